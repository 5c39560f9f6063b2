"""`sanderling network`, `sanderling trends` and `sanderling map`: views over a coded store."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)")


def _open(db_path: str):
    from .store import open_store
    if not Path(db_path).exists():
        click.echo(f"error: {db_path}: no such store", err=True)
        sys.exit(1)
    return open_store(db_path, read_only=True)


@click.command()
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True, help="DuckDB store.")
@click.option("--from", "date_from", default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last day (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "graphml"]), default="text", show_default=True)
@click.option("--out", default=None, help="Write to this file instead of stdout.")
def network(db_path, date_from, date_to, fmt, out):
    """Who supports and who opposes whom, from events and explicit statements."""
    from .views.network import build_network, to_graphml, to_json, to_text
    with _open(db_path) as store:
        net = build_network(store, _date(date_from), _date(date_to))
    text = {"text": to_text, "json": to_json, "graphml": to_graphml}[fmt](net)
    if out:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        click.echo(f"wrote {len(net['edges'])} edges to {out}", err=True)
    else:
        click.echo(text)


@click.command()
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True, help="DuckDB store.")
@click.option("--by", type=click.Choice(["week", "month"]), default="week", show_default=True)
@click.option("--dyad", default=None, help="A:B (ids or names): A's actions towards B, e.g. TUR:LBY_LNA.")
@click.option("--from", "date_from", default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last day (YYYY-MM-DD).")
@click.option("--out", default=None, help="FILE.csv, FILE.png or FILE.svg; CSV to stdout when absent.")
def trends(db_path, by, dyad, date_from, date_to, out):
    """Event counts by type over time, or a dyad's conflict/cooperation series."""
    from .views import trends as T
    with _open(db_path) as store:
        if dyad:
            if ":" not in dyad:
                raise click.BadParameter("--dyad must be A:B")
            a, b = dyad.split(":", 1)
            rows = T.dyad_series(store, a, b, by, _date(date_from), _date(date_to))
            title = f"{a} -> {b} by {by}"
        else:
            rows = T.type_counts(store, by, _date(date_from), _date(date_to))
            title = f"events by type and {by}"
    if not rows:
        click.echo("no dated events in the store for this period", err=True)
    if out and out.lower().endswith((".png", ".svg")):
        try:
            T.plot(rows, out, title, dyad=bool(dyad))
        except RuntimeError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        click.echo(f"wrote {out} ({len(rows)} periods)", err=True)
    elif out:
        T.to_csv(rows, out)
        click.echo(f"wrote {len(rows)} rows to {out}", err=True)
    else:
        click.echo(T.to_csv(rows), nl=False)


@click.command("map")
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True, help="DuckDB store.")
@click.option("--from", "date_from", default=None, help="First day (YYYY-MM-DD).")
@click.option("--to", "date_to", default=None, help="Last day (YYYY-MM-DD).")
@click.option("--actor", default=None, help="Actor id or name: only events involving it (an organisation's "
              "or country's also those of whoever acts for it on the event's date, as Haftar for the LNA).")
@click.option("--country", default=None, help="ISO3 code: events located there or involving its actors.")
@click.option("--type", "types", multiple=True, help="PLOVER type (repeatable), e.g. --type ASSAULT.")
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv"]), default="geojson", show_default=True)
@click.option("--out", default=None, help="Write to this file instead of stdout.")
def map_(db_path, date_from, date_to, actor, country, types, fmt, out):
    """Events by the place they happened: GeoJSON points (or CSV rows) with counts by type."""
    from .views.filters import EventFilter
    from .views.map import build_map, to_csv, to_json
    try:
        flt = EventFilter(_date(date_from), _date(date_to), actor=actor, country=country,
                          types=tuple(t.upper() for t in types))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--type")
    with _open(db_path) as store:
        fc = build_map(store, flt)
    text = to_json(fc) if fmt == "geojson" else to_csv(fc)
    if out:
        Path(out).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
        click.echo(f"wrote {len(fc['features'])} places ({fc['events']} events; {fc['unlocated']} without "
                   f"coordinates) to {out}", err=True)
    else:
        click.echo(text, nl=not text.endswith("\n"))
