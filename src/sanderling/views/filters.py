"""Selecting resolved events: one filter shared by the map view, the HTTP API and the timeline view.

``actor`` is an actor id, or a name matched case-insensitively (exactly or as a substring) against the
stored actor names, or a name the knowledge base knows ("LNA" -> LBY_LNA). An event matches when one of its
actors or recipients is such an actor, or acts for one on the event's date the way the network view
collapses actors (``sanderling.resolve.actors.lineage``): a person through the affiliation valid on that
date (for a date outside all of them, the latest one, as the network view does), an organisation through
its ``part_of`` chain, a country's state bodies and office-holders for the country. So ``actor=LBY_LNA``
finds events coded to Khalifa Haftar, ``actor=LBY_GNA`` Fathi Bashagha's as interior minister (2018-2021)
but not as the eastern government's prime minister (2022), ``actor=TUR`` those of Turkey's army and
ministers; ``actor=LBY_HAFTAR`` finds only Haftar's, since nothing acts for a person.

``country`` (ISO3) matches events located in that country or involving an actor of it. ``q`` asks that
every word occur (case-insensitively) in the event's summary or in one of its reports' sentences;
``place`` is a resolved place name as the map view shows it.

Everything reaches DuckDB as a bound parameter; only fixed column names are put into the SQL text."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..events.ontology import EVENT_TYPES
from ..records import STATUSES
from ..resolve.actors import lineage


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
    # the knowledge base whose affiliations an actor filter follows; None: the bundled one, loaded when needed
    kb: object = field(default=None, compare=False, repr=False)

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
        if self.actor:
            c, p = ActorSelection(con, self.actor, self.kb).sql(con, e)
            cond.append(c)
            params += p
        if self.country:
            c, p = CountrySelection(con, self.country).sql(con, e)
            cond.append(c)
            params += p
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


def _parties(alias: str) -> str:
    return f"list_concat(coalesce({alias}.actor_ids, []), coalesce({alias}.recipient_ids, []))"


def actor_ids(con, actor: str, kb=None) -> set[str]:
    """The stored actor ids an ``actor`` filter names (the text itself is kept as an id too), with the id
    ``kb``, when given, has for the name."""
    rows = con.execute("SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?) "
                       "OR contains(lower(name), lower(?))", [actor, actor, actor]).fetchall()
    ids = {r[0] for r in rows} | {actor}
    ref = kb.lookup(actor, None, allow_fuzzy=False) if kb is not None else None
    if ref is not None:
        ids.add(ref.id)
    return ids


def _bundled_kb():
    from ..actors.kb import KnowledgeBase
    return KnowledgeBase.load()


class ActorSelection:
    """The parties an ``actor`` filter selects (see the module docstring): ``ids``, the actors it names,
    and ``members``, the stored actors that act for one of them on some date; whether one does on a given
    date is ``matches``."""

    def __init__(self, con, actor: str, kb=None):
        self.kb = kb if kb is not None else _bundled_kb()
        self.ids = frozenset(actor_ids(con, actor, self.kb))
        self.members = frozenset(a for (a,) in con.execute("SELECT id FROM actors").fetchall()
                                 if a not in self.ids and not self.ids.isdisjoint(self._heads(a)))
        self._acts_for: dict[tuple[str, date | None], bool] = {}   # (member, date) -> matches, asked per report

    def _heads(self, actor_id: str) -> set[str]:
        """Everything the actor acts for on any date: undated, and through each of its affiliations."""
        out = set(lineage(actor_id, None, self.kb))
        a = self.kb.get(actor_id)
        for f in a.affiliations if a is not None and a.kind == "person" else ():
            if f.org:
                out.update(lineage(f.org, f.start, self.kb))
        return out

    def matches(self, parties, when: date | None) -> bool:
        return any(p in self.ids or (p in self.members and self._member_acts_for(p, when)) for p in parties or ())

    def _member_acts_for(self, member: str, when: date | None) -> bool:
        key = (member, when)
        if key not in self._acts_for:
            self._acts_for[key] = not self.ids.isdisjoint(lineage(member, when, self.kb))
        return self._acts_for[key]

    def sql(self, con, e: str) -> tuple[str, list]:
        """The condition on the ``events`` table (aliased ``e``): the named actors in SQL; for the events of
        members, whose match depends on the date, the ids of those that match."""
        found: list[str] = []
        if self.members:
            rows = con.execute(f"SELECT id, date, actor_ids, recipient_ids FROM events ev "
                               f"WHERE list_has_any({_parties('ev')}, ?::VARCHAR[])", [sorted(self.members)]).fetchall()
            found = [eid for eid, when, a, r in rows if self.matches([*(a or ()), *(r or ())], when)]
        return (f"(list_has_any({_parties(e)}, ?::VARCHAR[]) OR {e}.id IN (SELECT unnest(?::VARCHAR[])))",
                [sorted(self.ids), found])


class CountrySelection:
    """What a ``country`` filter selects: events located in the country (ISO3) or with a party of it."""

    def __init__(self, con, country: str):
        self.iso = country.upper()
        self.ids = frozenset(r[0] for r in con.execute("SELECT id FROM actors WHERE upper(country) = ?",
                                                       [self.iso]).fetchall())

    def matches(self, parties, country: str | None) -> bool:
        return (country or "").upper() == self.iso or not self.ids.isdisjoint(parties or ())

    def sql(self, con, e: str) -> tuple[str, list]:
        return f"(upper({e}.country) = ? OR list_has_any({_parties(e)}, ?::VARCHAR[]))", [self.iso, sorted(self.ids)]
