"""`sanderling evaluate-gsr` and `sanderling evaluate-petrarch`: the reference evaluations (registered
on the main command group in cli.py)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .evaluate.petrarch import DEFAULT_PATH as PETRARCH_PATH
from .evaluate.plover_gsr import DEFAULT_PATH as GSR_PATH


def _need(path: str) -> None:
    if not Path(path).exists():
        click.echo(f"error: {path}: file not found", err=True)
        sys.exit(1)


@click.command("evaluate-gsr")
@click.argument("path", default=GSR_PATH)
@click.option("--triggers", "trigger_files", multiple=True, help="Extra trigger lexicon (CSV).")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--misses", default=None, help="Write the records whose first event has the wrong type here.")
def evaluate_gsr(path, trigger_files, as_json, misses):
    """Event-type accuracy on the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt)."""
    from .evaluate.plover_gsr import evaluate_gsr as run, misses_text, report
    from .pipeline import load_resources
    _need(path)
    sc, _ = run(path, load_resources(trigger_files=tuple(trigger_files)))
    click.echo(json.dumps(sc.as_dict(), indent=1) if as_json else report(sc))
    if misses:
        Path(misses).write_text(misses_text(sc) + "\n", encoding="utf-8")


@click.command("evaluate-petrarch")
@click.argument("path", default=PETRARCH_PATH)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--failures", default=None, help="Write the records not coded as expected here.")
@click.option("--no-base-lexicon", is_flag=True, help="Only the suite's verb dictionary, not our lexicon.")
def evaluate_petrarch(path, as_json, failures, no_base_lexicon):
    """Pass rate on PETRARCH's unit-test records, coded with the suite's own dictionaries (the
    actors and verbs files next to PATH)."""
    from .evaluate.petrarch import evaluate_petrarch as run, failures_text, report
    _need(path)
    sc, _ = run(path, with_base_lexicon=not no_base_lexicon)
    click.echo(json.dumps(sc.as_dict(), indent=1) if as_json else report(sc))
    if failures:
        Path(failures).write_text(failures_text(sc) + "\n", encoding="utf-8")
