"""Score Sanderling on the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt, OEDA, CC BY-SA 4.0).

The file is a JSON array of one-sentence records taken from the CAMEO manual's examples. Each record has
``event`` (a PLOVER 0.5b1 label), ``text``, ``date`` and ``source``/``target`` lists of
``{actorText, code, sector}``. ``DOCUMENT`` records are documentation and are skipped. Labels are mapped
to the current PLOVER types by :func:`sanderling.events.ontology.normalise_label` (DEMAND -> REQUEST,
DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT).

Scores (see :class:`GsrScore`):

- **first-event type accuracy**: the type of the first event we code in the record's text (in text
  order) equals the gold type; a record where we code nothing counts as wrong;
- **any-event accuracy**: some event we code in the text has the gold type;
- **source/target country agreement**, on the first event, over records whose gold side names a
  country: the first three letters of a gold code (``HUNGOV`` -> ``HUN``; CAMEO's ``JAP`` and ``ITL``
  read as ``JPN`` and ``ITA``) form the gold country set of that side; the side agrees when one of our
  first event's actors (for the source) or recipients (for the target) has a country in that set.
  Codes that are not countries (``IGO``, ``NGO``, ``IMG``...) are not scored.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..events.ontology import normalise_label

DEFAULT_PATH = "../shared/eval/plover_gsr/PLOVER_GSR_CAMEO.txt"
CAMEO_COUNTRY_ALIASES = {"JAP": "JPN", "ITL": "ITA"}


@dataclass(frozen=True)
class GsrRecord:
    id: str
    event_type: str               # current PLOVER label
    label: str                    # label as written in the file (PLOVER 0.5b1)
    text: str
    date: date | None
    mode: str | None = None
    source: tuple[dict, ...] = ()
    target: tuple[dict, ...] = ()


def _actors(value) -> tuple[dict, ...]:
    if isinstance(value, list):
        return tuple(a for a in value if isinstance(a, dict))
    return ()             # "" (no target) or a stray string


def read_gsr(path: str | Path = DEFAULT_PATH) -> list[GsrRecord]:
    """The event records of a PLOVER GSR file, in file order (DOCUMENT records skipped)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for r in data:
        label = (r.get("event") or "").strip()
        if not label or label.upper() == "DOCUMENT" or not r.get("text"):
            continue
        d = None
        if r.get("date"):
            try:
                d = date.fromisoformat(r["date"])
            except ValueError:
                d = None
        out.append(GsrRecord(id=r["id"], event_type=normalise_label(label), label=label.upper(),
                             text=" ".join(r["text"].split()), date=d, mode=(r.get("mode") or None),
                             source=_actors(r.get("source")), target=_actors(r.get("target"))))
    return out


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.countries)


def gold_country(code: str | None) -> str | None:
    """Country of a gold CAMEO code (its first three letters), or None when it names no country."""
    if not code:
        return None
    head = code.strip().upper()[:3]
    head = CAMEO_COUNTRY_ALIASES.get(head, head)
    return head if head in _iso3() else None


def gold_countries(actors: Iterable[dict]) -> set[str]:
    return {c for c in (gold_country(a.get("code")) for a in actors) if c}


def event_summary(ev) -> dict:
    """The parts of an Event (or its JSON dict) the scorer reads."""
    if not isinstance(ev, dict):
        ev = ev.to_json()
    return {"event_type": ev["event_type"], "cameo": ev.get("cameo"), "trigger": ev.get("trigger", ""),
            "actor": [a.get("country") for a in ev.get("actor", [])],
            "recipient": [a.get("country") for a in ev.get("recipient", [])],
            "actor_names": [a.get("name") for a in ev.get("actor", [])],
            "recipient_names": [a.get("name") for a in ev.get("recipient", [])]}


def code_records(records: list[GsrRecord], res=None) -> list[list[dict]]:
    """Code every record's text (resources loaded once); the events of each, as summaries, in order."""
    from ..pipeline import code_articles, load_resources
    from ..records import Article
    res = res or load_resources()
    arts = [Article(id=r.id, text=r.text, published=r.date) for r in records]
    return [[event_summary(e) for e in coded.events] for coded in code_articles(arts, res)]


@dataclass
class GsrScore:
    n: int = 0
    first_right: int = 0
    any_right: int = 0
    no_event: int = 0
    src_scored: int = 0
    src_right: int = 0
    tgt_scored: int = 0
    tgt_right: int = 0
    confusion: Counter = field(default_factory=Counter)      # (gold type, our first type or "-") -> n
    misses: list = field(default_factory=list)               # (record, events) with a wrong first type
    by_type: Counter = field(default_factory=Counter)        # gold type -> n
    right_by_type: Counter = field(default_factory=Counter)

    @staticmethod
    def _r(a: int, b: int) -> float | None:
        return round(a / b, 3) if b else None

    @property
    def accuracy(self) -> float:
        return self.first_right / self.n if self.n else 0.0

    def as_dict(self) -> dict:
        return {"records": self.n, "first_event_type_accuracy": self._r(self.first_right, self.n),
                "first_event_right": self.first_right,
                "any_event_type_accuracy": self._r(self.any_right, self.n), "any_event_right": self.any_right,
                "records_without_event": self.no_event,
                "source_country_agreement": self._r(self.src_right, self.src_scored),
                "source_scored": self.src_scored,
                "target_country_agreement": self._r(self.tgt_right, self.tgt_scored),
                "target_scored": self.tgt_scored}


def score_gsr(records: list[GsrRecord], coded: list[list[dict]]) -> GsrScore:
    """Score coded events (one list of event summaries per record, in text order) against the records."""
    if len(records) != len(coded):
        raise ValueError(f"{len(records)} records but {len(coded)} coded results")
    sc = GsrScore()
    for rec, events in zip(records, coded):
        events = [e if "actor_names" in e else event_summary(e) for e in events]
        sc.n += 1
        sc.by_type[rec.event_type] += 1
        first = events[0] if events else None
        ours = first["event_type"] if first else "-"
        sc.confusion[(rec.event_type, ours)] += 1
        if first is None:
            sc.no_event += 1
        if ours == rec.event_type:
            sc.first_right += 1
            sc.right_by_type[rec.event_type] += 1
        else:
            sc.misses.append((rec, events))
        if any(e["event_type"] == rec.event_type for e in events):
            sc.any_right += 1
        gsrc, gtgt = gold_countries(rec.source), gold_countries(rec.target)
        if gsrc:
            sc.src_scored += 1
            sc.src_right += bool(first and set(first["actor"]) & gsrc)
        if gtgt:
            sc.tgt_scored += 1
            sc.tgt_right += bool(first and set(first["recipient"]) & gtgt)
    return sc


def report(sc: GsrScore) -> str:
    d = sc.as_dict()
    return "\n".join([
        f"PLOVER GSR: {d['records']} records",
        f"first-event type accuracy {d['first_event_type_accuracy']} ({d['first_event_right']}/{d['records']})",
        f"any-event type accuracy   {d['any_event_type_accuracy']} ({d['any_event_right']}/{d['records']})",
        f"records with no event     {d['records_without_event']}",
        f"source country agreement  {d['source_country_agreement']} on {d['source_scored']} records with a gold country",
        f"target country agreement  {d['target_country_agreement']} on {d['target_scored']} records with a gold country",
    ])


def confusion_table(sc: GsrScore) -> str:
    """Gold type (rows) x our first type (columns), plus per-type accuracy."""
    golds = sorted(sc.by_type)
    ours = sorted({o for (_, o) in sc.confusion})
    w = max(len(x) for x in golds + ours + ["gold\\ours"]) + 1
    head = "gold\\ours".ljust(w) + "".join(o[:6].rjust(7) for o in ours) + "   acc"
    lines = [head]
    for g in golds:
        row = g.ljust(w) + "".join((str(sc.confusion.get((g, o), "")) or ".").rjust(7) for o in ours)
        lines.append(row + f"  {sc.right_by_type[g] / sc.by_type[g]:.2f}")
    return "\n".join(lines)


def misses_text(sc: GsrScore) -> str:
    out = []
    for rec, events in sc.misses:
        got = "; ".join(f"{e['event_type']}/{e['cameo']} '{e['trigger']}' {e['actor_names']}->{e['recipient_names']}"
                        for e in events) or "(no event)"
        out.append(f"{rec.id}  gold {rec.event_type}" + (f" ({rec.label})" if rec.label != rec.event_type else "")
                   + f"\n  {rec.text}\n  ours: {got}")
    return "\n".join(out)


def evaluate_gsr(path: str | Path = DEFAULT_PATH, res=None) -> tuple[GsrScore, list[GsrRecord]]:
    records = read_gsr(path)
    return score_gsr(records, code_records(records, res)), records
