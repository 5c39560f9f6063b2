"""Query-string parameters of the HTTP API: parsing, validation, and the errors that name them.

Each endpoint declares the parameters it understands; anything else is a 400 naming the parameter, so
a misspelt filter is never silently ignored. An empty value counts as absent, which is what an HTML
form with blank fields sends."""
from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs

from ..views.filters import EventFilter

# parameters that may be repeated (or comma-separated) and mean a set of values
MULTI = {"type", "status"}
EVENT_FILTERS = ("from", "to", "actor", "country", "type", "q", "status", "historical", "place")
PAGING = ("limit", "offset")
MAX_LIMIT = 1000


class ApiError(Exception):
    def __init__(self, status: int, message: str, param: str | None = None):
        super().__init__(message)
        self.status, self.message, self.param = status, message, param

    def to_json(self) -> dict:
        err = {"status": self.status, "message": self.message}
        if self.param:
            err["param"] = self.param
        return {"error": err}


class Params:
    def __init__(self, query: str, allowed: tuple[str, ...]):
        try:
            raw = parse_qs(query, keep_blank_values=True, max_num_fields=200)
        except ValueError as exc:
            raise ApiError(400, f"malformed query string: {exc}") from None
        self.values: dict[str, list[str]] = {}
        for name, vals in raw.items():
            if name not in allowed:
                expected = ", ".join(allowed) if allowed else "none"
                raise ApiError(400, f"unknown parameter {name!r} (this endpoint takes: {expected})", name)
            vals = [v.strip() for v in vals if v.strip()]
            if len(vals) > 1 and name not in MULTI:
                raise ApiError(400, f"parameter {name!r} given more than once", name)
            if vals:
                self.values[name] = vals

    def str(self, name: str, max_len: int = 200) -> str | None:
        vals = self.values.get(name)
        if not vals:
            return None
        if len(vals[0]) > max_len:
            raise ApiError(400, f"parameter {name!r} is longer than {max_len} characters", name)
        return vals[0]

    def list(self, name: str) -> list[str]:
        return [v.strip() for val in self.values.get(name, []) for v in val.split(",") if v.strip()]

    def date(self, name: str) -> date | None:
        v = self.str(name)
        if v is None:
            return None
        try:
            return date.fromisoformat(v)
        except ValueError:
            raise ApiError(400, f"parameter {name!r}: {v!r} is not a date (YYYY-MM-DD)", name) from None

    def int(self, name: str, default: int, lo: int, hi: int) -> int:
        v = self.str(name)
        if v is None:
            return default
        try:
            n = int(v)
        except ValueError:
            raise ApiError(400, f"parameter {name!r}: {v!r} is not an integer", name) from None
        if not lo <= n <= hi:
            raise ApiError(400, f"parameter {name!r} must be between {lo} and {hi}", name)
        return n

    def bool(self, name: str) -> bool | None:
        v = self.str(name)
        if v is None:
            return None
        low = v.lower()
        if low in ("true", "1", "yes"):
            return True
        if low in ("false", "0", "no"):
            return False
        raise ApiError(400, f"parameter {name!r}: {v!r} is not true or false", name)

    def choice(self, name: str, choices: tuple[str, ...], default: str) -> str:
        v = self.str(name)
        if v is None:
            return default
        if v not in choices:
            raise ApiError(400, f"parameter {name!r} must be one of {', '.join(choices)}", name)
        return v

    def period(self) -> tuple[date | None, date | None]:
        start, end = self.date("from"), self.date("to")
        if start and end and start > end:
            raise ApiError(400, "parameter 'from' is after 'to'", "from")
        return start, end

    def paging(self, default: int = 50) -> tuple[int, int]:
        return self.int("limit", default, 1, MAX_LIMIT), self.int("offset", 0, 0, 10**9)

    def event_filter(self, kb=None) -> EventFilter:
        """The event filters of the request; ``kb`` is the knowledge base an actor filter follows."""
        start, end = self.period()
        types = tuple(t.upper() for t in self.list("type"))
        statuses = tuple(s.lower() for s in self.list("status"))
        country = self.str("country")
        if country and not (country.isascii() and country.isalpha() and 2 <= len(country) <= 4):
            raise ApiError(400, f"parameter 'country': {country!r} is not a country code (ISO3)", "country")
        try:
            return EventFilter(start, end, actor=self.str("actor"), country=country, types=types,
                               q=self.str("q", 500), statuses=statuses, historical=self.bool("historical"),
                               place=self.str("place"), kb=kb)
        except ValueError as exc:
            param = "type" if "type" in str(exc) else "status"
            raise ApiError(400, f"parameter {param!r}: {exc}", param) from None
