import threading
from contextlib import contextmanager

import pytest

from articles import WEB_ARTICLES


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, resources):
    """A store coded from WEB_ARTICLES, closed again so that servers can open it read-only."""
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.store import open_store
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    store = open_store(path)
    for coded in code_articles(WEB_ARTICLES, resources):
        assert coded.error is None, coded.error
        store.write(coded)
    resolve_reports(store)
    store.close()
    return path


@contextmanager
def running_server(db_path, kb):
    """The real server on a free loopback port, in a thread; yields its base URL."""
    from sanderling.web.server import make_server
    server = make_server(db_path, "127.0.0.1", 0, kb=kb, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        server.app.close()
        thread.join(5)
