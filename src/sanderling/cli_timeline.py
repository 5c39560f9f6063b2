"""`sanderling timeline` and `sanderling evaluate-timeline` (registered on the main group in cli.py)."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

EXIT_OK, EXIT_FATAL = 0, 1


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=name)


@click.command()
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True, help="DuckDB store.")
@click.option("--query", default=None, help="Keywords; every one must occur in an article for it to count.")
@click.option("--actor", default=None, help="Actor id or name: only events and sentences involving it (an "
              "organisation's or country's also those of whoever acts for it on that date, as Haftar for the LNA).")
@click.option("--country", default=None, help="ISO3 code: only events and sentences involving it.")
@click.option("--from", "date_from", default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last day (YYYY-MM-DD).")
@click.option("--dates", "n_dates", default=10, show_default=True, type=click.IntRange(min=1),
              help="How many dates.")
@click.option("--sentences", "n_sents", default=2, show_default=True, type=click.IntRange(min=1),
              help="Summary sentences per date.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
def timeline(db_path, query, actor, country, date_from, date_to, n_dates, n_sents, fmt):
    """The most important dates of the stored story, each with its best evidence sentences."""
    from .store import open_store
    from .views.timeline import build_timeline, render_text
    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    if not Path(db_path).exists():
        click.echo(f"error: {db_path}: no such store", err=True)
        sys.exit(EXIT_FATAL)
    with open_store(db_path, read_only=True) as store:
        entries = build_timeline(store, n_dates=n_dates, sents_per_date=n_sents, start=start, end=end,
                                 query=query, actor=actor, country=country)
    if fmt == "json":
        click.echo(json.dumps([e.to_json() for e in entries], ensure_ascii=False, indent=1))
    else:
        out = render_text(entries, markdown=fmt == "md")
        click.echo(out if out else "no dated sentences in the store for this selection", nl=not out)


@click.command()
@click.option("--data", "data_dir", default="../shared/eval/timelines/t17", show_default=True,
              help="A Timeline17-style folder: one sub-folder per topic with articles.jsonl and timelines.jsonl.")
@click.option("--topic", "topics", multiple=True, help="Only these topic folders (repeatable).")
@click.option("--mode", type=click.Choice(["light", "code"]), default="light", show_default=True,
              help="light: sentences + time expressions only; code: the full coding pipeline (slow).")
@click.option("--db-dir", default=None, help="Keep one store per topic in this folder (reused when rerun).")
@click.option("--no-keywords", is_flag=True, help="Do not use the topic keyword as the timeline query.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def evaluate_timeline(data_dir, topics, mode, db_dir, no_keywords, as_json):
    """Score story timelines against Timeline17 gold timelines: Date-F1 and alignment-based ROUGE-1/2 F."""
    from .evaluate.timelines import evaluate_topic, format_table, has_articles, mean_scores
    base = Path(data_dir)
    if not base.is_dir():
        click.echo(f"error: {data_dir}: no such folder", err=True)
        sys.exit(EXIT_FATAL)
    dirs = [d for d in sorted(base.iterdir()) if d.is_dir() and (not topics or d.name in topics)]
    runnable = [d for d in dirs if has_articles(d) and (d / "timelines.jsonl").exists()]
    for d in dirs:
        if d not in runnable:
            click.echo(f"warning: {d}: no articles.jsonl/timelines.jsonl; skipped", err=True)
    if not runnable:
        click.echo(f"error: {data_dir}: no topic with articles and gold timelines", err=True)
        sys.exit(EXIT_FATAL)
    if db_dir:
        Path(db_dir).mkdir(parents=True, exist_ok=True)
    results = []
    for d in runnable:
        click.echo(f"{d.name}: building the store ({mode}) and the timelines ...", err=True)
        results.append(evaluate_topic(d, mode=mode, db_dir=db_dir, use_keywords=not no_keywords))
    if as_json:
        click.echo(json.dumps({"timelines": [t.as_dict() for r in results for t in r.timelines],
                               "mean": mean_scores(results)}, indent=1))
    else:
        click.echo(format_table(results))
