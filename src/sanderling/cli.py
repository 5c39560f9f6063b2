"""The `sanderling` command: a thin layer over the Python API."""
from __future__ import annotations

import json
import sys
import time
from datetime import date
from importlib import resources
from pathlib import Path

import click

EXIT_OK, EXIT_FATAL, EXIT_PARTIAL = 0, 1, 2


def sample_corpus() -> Path:
    return Path(str(resources.files("sanderling") / "data" / "sample"))


def _err(msg: str) -> None:
    click.echo(msg, err=True)


@click.group()
@click.version_option(package_name="sanderling")
def main() -> None:
    """Sanderling: political event data from news (PLOVER and CAMEO)."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True, help="DuckDB store.")
@click.option("--out", "out", default=None, help="Write the events of these inputs (.jsonl .csv .parquet .json .tsv).")
@click.option("--actors", "actor_files", multiple=True, help="Extra actor dictionary (YAML/CSV).")
@click.option("--places", "place_files", multiple=True, help="Extra gazetteer file (CSV).")
@click.option("--triggers", "trigger_files", multiple=True, help="Extra trigger lexicon (CSV).")
@click.option("--processes", "-j", default=1, show_default=True, help="Worker processes for coding.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Code on the Dask cluster whose scheduler is at ADDRESS (e.g. tcp://127.0.0.1:8786); "
                   "the store and the resolve stage stay in this process. Needs the 'dask' extra.")
@click.option("--dask-local", "dask_local", type=click.IntRange(min=1), default=None, metavar="N",
              help="Code on a Dask cluster of N worker processes started on this machine for this run.")
@click.option("--force", is_flag=True, help="Re-code articles already in the store.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def code(inputs, db_path, out, actor_files, place_files, trigger_files, processes, dask_address, dask_local,
         force, quiet):
    """Code news articles into events. INPUTS are files, folders or '-' for stdin; with none, the
    bundled sample corpus is coded."""
    use_dask = dask_address is not None or dask_local is not None
    if use_dask and (processes > 1 or (dask_address is not None and dask_local is not None)):
        raise click.UsageError("choose one of --processes, --dask and --dask-local")
    from tqdm import tqdm

    from .ingest import NearDuplicateIndex, read_inputs
    from .pipeline import code_parallel, load_resources
    from .records import IngestError
    from .resolve import resolve_reports
    from .store import open_store

    paths = list(inputs) or [str(sample_corpus())]
    if not inputs:
        _err(f"no input given: coding the bundled sample corpus ({paths[0]})")
    t0 = time.time()
    errors, articles, duplicates, skipped = [], [], 0, 0
    store = open_store(db_path)
    dedup = NearDuplicateIndex()
    seen_ids: set[str] = set()
    run_ids: list[str] = []
    try:
        for item in read_inputs(paths, stdin=sys.stdin if "-" in paths else None):
            if isinstance(item, IngestError):
                errors.append(item)
                _err(f"error: {item.item}: {item.reason}")
                continue
            if item.id in seen_ids:
                errors.append(IngestError(item.source or item.id, f"duplicate article id {item.id!r}; skipped"))
                _err(f"error: {item.source or item.id}: duplicate article id {item.id!r}; skipped")
                continue
            seen_ids.add(item.id)
            run_ids.append(item.id)
            original = dedup.add(item)
            if original is not None:
                from dataclasses import replace
                item = replace(item, duplicate_of=original)
            if not force and store.has_article(item.id, item.text):
                skipped += 1
                continue
            if item.published is None:
                _err(f"warning: {item.source or item.id}: no publication date; relative dates stay unresolved")
            articles.append(item)
        to_code = [a for a in articles if a.duplicate_of is None]
        dups = [a for a in articles if a.duplicate_of is not None]
        duplicates = len(dups)
        if use_dask:
            res = None   # the workers load the resources; the resolve stage here needs only the knowledge base
        else:
            res = load_resources(tuple(actor_files), tuple(place_files), tuple(trigger_files))
        from .records import CodedArticle
        for a in dups:
            store.write(CodedArticle(article=a))
        n_events = 0
        bar = tqdm(total=len(to_code), unit="article", disable=quiet or not to_code, file=sys.stderr)
        gen = code_parallel(to_code, processes=processes,
                            files=(tuple(actor_files), tuple(place_files), tuple(trigger_files))) if processes > 1 else None
        if use_dask:
            gen = _code_on_dask(to_code, dask_address, dask_local,
                                (tuple(actor_files), tuple(place_files), tuple(trigger_files))) if to_code else iter(())
        elif gen is None:
            from .pipeline import code_articles
            gen = code_articles(to_code, res)
        for coded in gen:
            if coded.error is not None:
                # not stored, so the next run codes it again
                name = coded.article.source or coded.article.id
                errors.append(IngestError(name, f"could not code: {coded.error}"))
                _err(f"error: {name}: could not code: {coded.error}")
                bar.update(1)
                continue
            try:
                store.write(coded)
                n_events += len(coded.events)
            except Exception as exc:  # one bad article must not lose the rest
                errors.append(IngestError(coded.article.source or coded.article.id, f"could not store: {exc}"))
                _err(f"error: {coded.article.source or coded.article.id}: could not store: {exc}")
            bar.update(1)
        bar.close()
        stats = resolve_reports(store, res.kb if res is not None else _client_kb(actor_files))
        if out:
            from .export import write_events
            placeholders = ",".join("?" * len(run_ids)) or "NULL"
            evs = store.reports(f"r.doc_id IN ({placeholders})", run_ids) if run_ids else []
            n = write_events(evs, out)
            _err(f"wrote {n} events to {out}")
    finally:
        store.close()
    dt = time.time() - t0
    _err(f"{len(run_ids)} articles read, {len(to_code)} coded, {skipped} already stored, {duplicates} "
         f"republished copies linked, {len(errors)} failed; {n_events} events "
         f"({stats['events']} new, {stats['merged']} merged across articles) in {dt:.1f}s; store: {db_path}")
    sys.exit(EXIT_PARTIAL if errors else EXIT_OK)


def _client_kb(actor_files):
    """The knowledge base the resolve stage needs when the workers did the coding: the bundled one with the
    user's actor files, as the workers have it."""
    from .actors.kb import KnowledgeBase
    return KnowledgeBase.load([*actor_files]) if actor_files else KnowledgeBase.load()


def _code_on_dask(articles, address, local_workers, files):
    """Coded articles from a Dask cluster, in input order; the cluster of --dask-local lives as long as this."""
    try:
        from .distributed import DaskCodingError, code_dask, dask_client
    except ImportError as exc:
        raise click.ClickException(str(exc))
    try:
        with dask_client(address, local_workers) as client:
            yield from code_dask(articles, client, files)
    except DaskCodingError as exc:   # exit code 1 (EXIT_FATAL), as any fatal error
        raise click.ClickException(str(exc))


@main.command()
@click.argument("events_file")
@click.option("--gold", default="../shared/eval/seeds/gold.json", show_default=True,
              help="Reference events (seeds gold.json format).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--quiet", "-q", is_flag=True, help="Scores only, no list of misses.")
def evaluate(events_file, gold, as_json, quiet):
    """Score an events export against reference events."""
    from .evaluate.seeds import load_jsonl, report, score_seeds
    if not Path(gold).exists():
        _err(f"error: {gold}: reference file not found")
        sys.exit(EXIT_FATAL)
    sc = score_seeds(load_jsonl(events_file), json.loads(Path(gold).read_text(encoding="utf-8")))
    click.echo(json.dumps(sc.as_dict(), indent=1) if as_json else report(sc, verbose=not quiet))


@main.command()
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True)
@click.option("--out", required=True, help="Output file; the extension picks the format.")
def export(db_path, out):
    """Export every stored event report."""
    from .export import write_events
    from .store import open_store
    if not Path(db_path).exists():
        _err(f"error: {db_path}: no such store")
        sys.exit(EXIT_FATAL)
    with open_store(db_path, read_only=True) as store:
        n = write_events(store.reports(), out)
    _err(f"wrote {n} events to {out}")


@main.group()
def actors():
    """Inspect and curate actors."""


@actors.command("resolve")
@click.argument("text")
@click.option("--date", "when", default=None, help="YYYY-MM-DD: the role held on this date.")
@click.option("--context", default=None, help="The sentence the phrase comes from.")
def actors_resolve(text, when, context):
    from .actors.resolve import resolve_phrase
    d = date.fromisoformat(when) if when else None
    click.echo(json.dumps(resolve_phrase(text, d, context), ensure_ascii=False))


@actors.command("list")
@click.argument("query", required=False)
@click.option("--country", default=None, help="ISO 3166 alpha-3 or IGO code.")
@click.option("--limit", default=50, show_default=True)
@click.option("--actors", "actor_files", multiple=True, help="Extra actor dictionary (YAML/CSV).")
def actors_list(query, country, limit, actor_files):
    """List known actors, optionally matching QUERY."""
    from .actors.curate import list_actors
    from .actors.kb import KnowledgeBase
    kb = KnowledgeBase.load(list(actor_files)) if actor_files else KnowledgeBase.load()
    for row in list_actors(kb, query, country, limit):
        click.echo(json.dumps(row, ensure_ascii=False))


@actors.command("show")
@click.argument("actor_id")
@click.option("--actors", "actor_files", multiple=True, help="Extra actor dictionary (YAML/CSV).")
def actors_show(actor_id, actor_files):
    """Everything known about one actor: aliases and affiliations over time."""
    from .actors.curate import show_actor
    from .actors.kb import KnowledgeBase
    kb = KnowledgeBase.load(list(actor_files)) if actor_files else KnowledgeBase.load()
    row = show_actor(kb, actor_id)
    if row is None:
        _err(f"error: {actor_id}: no such actor")
        sys.exit(EXIT_FATAL)
    click.echo(json.dumps(row, ensure_ascii=False, indent=1, default=str))


@actors.command("merge")
@click.argument("keep_id")
@click.argument("merge_id")
@click.option("--into", "user_file", default="actors.local.yaml", show_default=True,
              help="Your actor overlay file; pass it later with --actors.")
def actors_merge(keep_id, merge_id, user_file):
    """Make MERGE_ID an alias of KEEP_ID (written to your overlay file)."""
    from .actors.curate import merge_actors
    merge_actors(Path(user_file), keep_id, merge_id)
    _err(f"{merge_id} now resolves to {keep_id} when {user_file} is passed with --actors")


@actors.command("import")
@click.argument("src")
@click.argument("out")
def actors_import(src, out):
    """Convert a PETRARCH/CAMEO actor dictionary into a Sanderling actor file."""
    from .actors.curate import import_dictionary
    if not Path(src).exists():
        _err(f"error: {src}: no such file")
        sys.exit(EXIT_FATAL)
    n = import_dictionary(Path(src), Path(out))
    _err(f"imported {n} actors from {src} into {out}; use it with --actors {out}")


@main.group()
def places():
    """Look up places."""


@places.command("resolve")
@click.argument("text")
@click.option("--context", default=None, help="The sentence the name comes from.")
def places_resolve(text, context):
    from .places.resolve_text import resolve_place
    click.echo(json.dumps(resolve_place(text, context), ensure_ascii=False))


# Commands that live in their own modules, registered here so `sanderling --help` lists them all.
from .cli_eval import evaluate_gsr, evaluate_petrarch  # noqa: E402
from .cli_timeline import evaluate_timeline, timeline  # noqa: E402
from .cli_views import map_, network, trends  # noqa: E402
from .cli_web import serve  # noqa: E402

main.add_command(timeline)
main.add_command(evaluate_timeline, "evaluate-timeline")
main.add_command(evaluate_gsr, "evaluate-gsr")
main.add_command(evaluate_petrarch, "evaluate-petrarch")
main.add_command(network)
main.add_command(trends)
main.add_command(map_)
main.add_command(serve)


if __name__ == "__main__":  # pragma: no cover
    main()
