"""The HTTP server: the JSON API under /api and the web app's static files, over a read-only store.

Standard library only (``ThreadingHTTPServer``): one process, one read-only DuckDB connection, a cursor
per request. GET and HEAD are the only methods; the store is opened read-only, so nothing a client
sends can change it. Static files are looked up by a strict name pattern, never by joining a client's
path onto the file system. HTML is served with a Content-Security-Policy that allows only this
origin's scripts and styles, so even text that escaped escaping could not run."""
from __future__ import annotations

import logging
import re
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb

from .api import Api, Response, json_response

log = logging.getLogger(__name__)

STATIC_TYPES = {".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
                ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml",
                ".json": "application/json; charset=utf-8"}
_STATIC_NAME = re.compile(r"[a-z0-9][a-z0-9_-]*\.(?:html|css|js|svg|json)")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
ALLOWED = "GET, HEAD"


def static_dir() -> Path:
    return Path(str(resources.files("sanderling") / "web" / "static"))


class StaticFiles:
    def __init__(self, root: Path | None = None):
        self.root = root or static_dir()
        self._cache: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> Response | None:
        if not _STATIC_NAME.fullmatch(name):
            return None
        with self._lock:
            if name not in self._cache:
                path = self.root / name
                if not path.is_file():
                    return None
                self._cache[name] = path.read_bytes()
            body = self._cache[name]
        suffix = name[name.rindex("."):]
        headers = {"Cache-Control": "no-cache"}
        if suffix == ".html":
            headers["Content-Security-Policy"] = CSP
        return Response(200, body, STATIC_TYPES[suffix], headers)


class App:
    """Routes a request path to the API or to a static file."""

    def __init__(self, db_path: str | Path, kb=None):
        if not Path(db_path).exists():
            raise FileNotFoundError(f"{db_path}: no such store")
        self.con = duckdb.connect(str(db_path), read_only=True)
        self.api = Api(self.con, db_path, kb)
        self.static = StaticFiles()

    def close(self) -> None:
        self.con.close()

    def respond(self, target: str) -> Response:
        parts = urlsplit(target)
        path = unquote(parts.path)
        if path == "/api" or path.startswith("/api/"):
            return self.api.handle(path, parts.query)
        name = "index.html" if path == "/" else path[len("/static/"):] if path.startswith("/static/") else ""
        found = self.static.get(name) if name else None
        return found or json_response({"error": {"status": 404, "message": f"not found: {path}"}}, 404)


class Handler(BaseHTTPRequestHandler):
    server_version = "sanderling"
    sys_version = ""
    app: App
    quiet = False

    def _send(self, resp: Response, body: bool = True) -> None:
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        for k, v in resp.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if body:
            self.wfile.write(resp.body)

    def do_GET(self):
        self._send(self.app.respond(self.path))

    def do_HEAD(self):
        self._send(self.app.respond(self.path), body=False)

    def _not_allowed(self):
        resp = json_response({"error": {"status": 405, "message": f"method {self.command} not allowed; use GET"}}, 405)
        resp.headers["Allow"] = ALLOWED
        # the request body, if any, is not read: close rather than misread it as the next request
        self.close_connection = True
        self._send(resp)

    do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed

    def log_message(self, fmt, *args):
        if not self.quiet:
            sys.stderr.write("%s - %s\n" % (self.address_string(), fmt % args))


def make_server(db_path: str | Path, host: str = "127.0.0.1", port: int = 8001, kb=None,
                quiet: bool = False) -> ThreadingHTTPServer:
    """A server ready for ``serve_forever()``; ``port=0`` picks a free port (see ``server_address``)."""
    app = App(db_path, kb)
    handler = type("SanderlingHandler", (Handler,), {"app": app, "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.app = app
    return server
