"""The JSON API: routes, their parameters, and the views and queries they answer from.

``Api.handle(path, query)`` returns a ``Response``; it never raises. Parameter and lookup problems are
``ApiError``s rendered as ``{"error": {"status", "message", "param"}}``; anything unexpected is logged
and answered with a plain 500 that carries no traceback. Timeline, network and trends come from the
view modules unchanged, so the API and the command line print the same JSON."""
from __future__ import annotations

import json
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import queries
from .params import EVENT_FILTERS, PAGING, ApiError, Params

log = logging.getLogger(__name__)

JSON = "application/json; charset=utf-8"
GEOJSON = "application/geo+json; charset=utf-8"
CSV = "text/csv; charset=utf-8"


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = JSON
    headers: dict[str, str] = field(default_factory=dict)


def json_response(data, status: int = 200, content_type: str = JSON) -> Response:
    return Response(status, json.dumps(data, ensure_ascii=False, default=str).encode("utf-8"), content_type)


@dataclass(frozen=True)
class Route:
    pattern: re.Pattern
    handler: Callable
    params: tuple[str, ...]
    doc: str


class _Store:
    """What the view functions expect of a store: a ``con``."""

    def __init__(self, con):
        self.con = con


class Api:
    def __init__(self, con, db_path: str | Path, kb=None):
        self.con = con               # a read-only connection; each request works on its own cursor
        self.db_name = Path(db_path).name
        self._kb = kb
        self._kb_lock = threading.Lock()
        self._cursor_lock = threading.Lock()   # cursors are made one at a time, then used in parallel
        self.routes = [
            Route(re.compile(r"/api/?"), self.index, (), "this index: what the store holds and the endpoints"),
            Route(re.compile(r"/api/stats"), self.stats, (), "counts, date ranges, events by type and status"),
            Route(re.compile(r"/api/events"), self.events, EVENT_FILTERS + PAGING + ("sort",),
                  "resolved events, paged (sort: -date, date, reports)"),
            Route(re.compile(r"/api/events/(.+)"), self.event, (), "one event with all its reports (provenance)"),
            Route(re.compile(r"/api/actors"), self.actors, ("q", "country") + PAGING, "actors by number of events"),
            Route(re.compile(r"/api/actors/(.+)"), self.actor, (), "one actor: aliases, event counts, partners"),
            Route(re.compile(r"/api/articles/(.+)"), self.article, (),
                  "one article: metadata, text and the sentences that yielded events"),
            Route(re.compile(r"/api/timeline"), self.timeline,
                  ("from", "to", "q", "actor", "country", "dates", "sentences"),
                  "the story's key dates with summary sentences (as `sanderling timeline --format json`)"),
            Route(re.compile(r"/api/network"), self.network, ("from", "to", "actor", "historical"),
                  "who supports / opposes whom (as `sanderling network --format json`)"),
            Route(re.compile(r"/api/map"), self.map, EVENT_FILTERS, "events by place, GeoJSON"),
            Route(re.compile(r"/api/trends"), self.trends, ("from", "to", "by", "dyad", "format"),
                  "event counts by type per week/month, or a dyad's series (format=csv for CSV)"),
        ]

    @property
    def kb(self):
        # loading takes seconds: once, on first need, shared by all request threads
        with self._kb_lock:
            if self._kb is None:
                from ..actors.kb import KnowledgeBase
                self._kb = KnowledgeBase.load()
            return self._kb

    def handle(self, path: str, query: str) -> Response:
        try:
            for route in self.routes:
                m = route.pattern.fullmatch(path)
                if m:
                    params = Params(query, route.params)
                    with self._cursor_lock:
                        cur = self.con.cursor()
                    try:
                        return route.handler(cur, params, *m.groups())
                    finally:
                        cur.close()
            raise ApiError(404, f"no such endpoint: {path}")
        except ApiError as err:
            return json_response(err.to_json(), err.status)
        except Exception:
            log.exception("error answering %s?%s", path, query)
            return json_response({"error": {"status": 500, "message": "internal error"}}, 500)

    # -- endpoints ------------------------------------------------------------------------------
    def index(self, con, params) -> Response:
        return json_response({
            "name": "sanderling", "database": self.db_name, **queries.stats(con),
            "endpoints": [{"path": r.pattern.pattern.replace("(.+)", "{id}").replace("/?", ""),
                           "params": list(r.params), "description": r.doc} for r in self.routes],
        })

    def stats(self, con, params) -> Response:
        return json_response({"database": self.db_name, **queries.stats(con)})

    def _kb_for_actor(self, params):
        # the knowledge base is loaded only for what needs it: an actor filter follows its affiliations
        return self.kb if params.str("actor") else None

    def events(self, con, params) -> Response:
        flt = params.event_filter(self._kb_for_actor(params))
        limit, offset = params.paging()
        sort = params.choice("sort", tuple(queries.SORTS), "-date")
        return json_response(queries.list_events(con, flt, limit, offset, sort))

    def event(self, con, params, event_id) -> Response:
        return _found(queries.event_detail(con, event_id), "event", event_id)

    def actors(self, con, params) -> Response:
        limit, offset = params.paging()
        return json_response(queries.list_actors(con, params.str("q"), params.str("country"), limit, offset))

    def actor(self, con, params, actor_id) -> Response:
        return _found(queries.actor_detail(con, actor_id, self.kb), "actor", actor_id)

    def article(self, con, params, article_id) -> Response:
        return _found(queries.article_detail(con, article_id), "article", article_id)

    def timeline(self, con, params) -> Response:
        from ..views.timeline import build_timeline
        start, end = params.period()
        entries = build_timeline(con, n_dates=params.int("dates", 10, 1, 200),
                                 sents_per_date=params.int("sentences", 2, 1, 10), start=start, end=end,
                                 query=params.str("q", 500), actor=params.str("actor"), country=params.str("country"),
                                 kb=self._kb_for_actor(params))
        return json_response([e.to_json() for e in entries])

    def network(self, con, params) -> Response:
        from ..views.filters import actor_ids
        from ..views.network import build_network, subnetwork
        start, end = params.period()
        historical = params.bool("historical")
        net = build_network(_Store(con), start, end, kb=self.kb,
                            include_historical=True if historical is None else historical)
        actor = params.str("actor")
        if actor:
            net = subnetwork(net, actor_ids(con, actor, self.kb), self.kb)
        return json_response(net)

    def map(self, con, params) -> Response:
        from ..views.map import build_map
        return json_response(build_map(con, params.event_filter(self._kb_for_actor(params))), content_type=GEOJSON)

    def trends(self, con, params) -> Response:
        from ..views import trends as T
        start, end = params.period()
        by = params.choice("by", ("week", "month"), "week")
        fmt = params.choice("format", ("json", "csv"), "json")
        dyad = params.str("dyad")
        if dyad:
            a, _, b = dyad.partition(":")
            if not a.strip() or not b.strip():
                raise ApiError(400, "parameter 'dyad' must be A:B (actor ids or names), e.g. TUR:LBY_LNA", "dyad")
            rows = T.dyad_series(_Store(con), a.strip(), b.strip(), by, start, end, kb=self.kb)
        else:
            rows = T.type_counts(_Store(con), by, start, end)
        if fmt == "csv":
            return Response(200, T.to_csv(rows).encode("utf-8"), CSV)
        return json_response({"by": by, "dyad": dyad, "from": start, "to": end, "rows": rows})


def _found(data, kind: str, ident: str) -> Response:
    if data is None:
        raise ApiError(404, f"no {kind} with id {ident!r}")
    return json_response(data)
