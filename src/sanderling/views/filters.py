"""Selecting resolved events: one filter shared by the map view and the HTTP API.

The meanings follow the timeline view's filters so that one selection reads the same everywhere:
``actor`` is an actor id, or a name matched case-insensitively (exactly or as a substring) against the
stored actor names, and an event matches when one of those actors is among its actors or recipients;
``country`` (ISO3) matches events located in that country or involving an actor of it. ``q`` asks that
every word occur (case-insensitively) in the event's summary or in one of its reports' sentences;
``place`` is a resolved place name as the map view shows it.

Everything reaches DuckDB as a bound parameter; only fixed column names are put into the SQL text."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..events.ontology import EVENT_TYPES
from ..records import STATUSES


@dataclass(frozen=True)
class EventFilter:
    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None
    country: str | None = None
    types: tuple[str, ...] = ()
    q: str | None = None
    statuses: tuple[str, ...] = ()
    historical: bool | None = None      # None: both; False: only current events; True: only background
    place: str | None = None            # a resolved place name, exactly as stored (the map's features)

    def __post_init__(self):
        bad = [t for t in self.types if t not in EVENT_TYPES]
        if bad:
            raise ValueError(f"unknown PLOVER type {bad[0]!r}")
        bad = [s for s in self.statuses if s not in STATUSES]
        if bad:
            raise ValueError(f"unknown status {bad[0]!r}")

    def where(self, con, alias: str = "e") -> tuple[str, list]:
        """A SQL condition on the ``events`` table (aliased ``alias``) and its parameters."""
        e = alias
        cond, params = ["true"], []
        if self.date_from:
            cond.append(f"{e}.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            cond.append(f"{e}.date <= ?")
            params.append(self.date_to)
        parties = f"list_concat(coalesce({e}.actor_ids, []), coalesce({e}.recipient_ids, []))"
        if self.actor:
            cond.append(f"list_has_any({parties}, ?::VARCHAR[])")
            params.append(sorted(actor_ids(con, self.actor)))
        if self.country:
            c = self.country.upper()
            ids = [r[0] for r in con.execute("SELECT id FROM actors WHERE upper(country) = ?", [c]).fetchall()]
            cond.append(f"(upper({e}.country) = ? OR list_has_any({parties}, ?::VARCHAR[]))")
            params += [c, ids]
        if self.types:
            cond.append(f"{e}.event_type IN ({','.join('?' * len(self.types))})")
            params += list(self.types)
        if self.statuses:
            cond.append(f"{e}.status IN ({','.join('?' * len(self.statuses))})")
            params += list(self.statuses)
        if self.historical is not None:
            cond.append(f"coalesce({e}.historical, false) = ?")
            params.append(self.historical)
        if self.place:
            cond.append(f"{e}.place_name = ?")
            params.append(self.place)
        for word in (self.q or "").split():
            cond.append(f"(contains(lower(coalesce({e}.summary, '')), lower(?)) OR EXISTS (SELECT 1 FROM reports rq "
                        f"WHERE rq.event_id = {e}.id AND contains(lower(rq.sentence), lower(?))))")
            params += [word, word]
        return " AND ".join(cond), params


def actor_ids(con, actor: str) -> set[str]:
    """The stored actor ids an ``actor`` filter stands for (the text itself is kept as an id too)."""
    rows = con.execute("SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?) "
                       "OR contains(lower(name), lower(?))", [actor, actor, actor]).fetchall()
    return {r[0] for r in rows} | {actor}
