"""`sanderling serve`: the HTTP API and web app over a store (registered on the main group in cli.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option("--db", "db_path", default="sanderling.duckdb", show_default=True, help="DuckDB store (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
def serve(db_path, host, port, quiet):
    """Serve the JSON API (/api) and the web app (/) over a store, read-only."""
    from .web.server import make_server
    if not Path(db_path).exists():
        click.echo(f"error: {db_path}: no such store", err=True)
        sys.exit(1)
    click.echo("loading the actor knowledge base ...", err=True)
    from .actors.kb import KnowledgeBase
    kb = KnowledgeBase.load()
    try:
        server = make_server(db_path, host, port, kb=kb, quiet=quiet)
    except OSError as exc:
        click.echo(f"error: cannot listen on {host}:{port}: {exc}", err=True)
        sys.exit(1)
    h, p = server.server_address[:2]
    click.echo(f"serving {db_path} read-only at http://{h}:{p}/ (API: http://{h}:{p}/api); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.app.close()
