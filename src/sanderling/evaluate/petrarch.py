"""Run Sanderling on PETRARCH's unit-test records (PETR.UnitTest.records.xml, Open Event Data, MIT) with
the suite's own dictionaries, and report how many records are coded as expected.

Each ``<Sentence>`` has ``<EventCoding sourcecode=... targetcode=... eventcode=...>`` elements (the events
PETRARCH must produce), or ``<EventCoding noevents="True">`` / ``<EventCoding error="...">`` (nothing may
be coded). Actors are fictional (Arnor, Gondor...) and come from ``PETR.Validate.actors.txt``; verbs and
their codes (mostly WEIS, not CAMEO) from ``PETR.Validate.verbs.txt``.

Set-up: the actors file is read by :func:`sanderling.actors.petrarch.import_petrarch` and loaded into the
knowledge base as an extra layer (``KnowledgeBase.load(extra_files=...)``); the verbs file is read by
:mod:`sanderling.events.petrarch_dict` into triggers that come *before* our own lexicon's (so the suite's
codes win where both know a verb; our lexicon still supplies the words the suite's dictionary lacks).
Codes the suite uses that have no PLOVER mapping (901-908, ...) still code, with a placeholder PLOVER
type (``fallback_type``), because the test is about the CAMEO-style code.

Matching rule (documented here and in the report): an expected event is found when one of our events in
the record has

- the same **event root code**: the first two digits of our CAMEO code equal the first two digits of
  the expected code (``064`` ~ ``0641``; ``1717`` ~ ``172``; ``903`` ~ ``904``);
- the expected **source** among our event's actor codes and the expected **target** among its
  recipient codes; an event with several actors and no recipient also reads reciprocally (each actor
  towards each other one), as PETRARCH codes "Gondor and Osgiliath delayed their meeting". Codes compare case-insensitively; an expected ``---XXX`` (no country, agent XXX)
  matches a code that ends with XXX and has no other country, and an expected target ``---`` matches an
  event with no recipient.

A record is **coded as expected** when every expected event is found (and, for a no-event record, when
we code nothing). Extra events do not fail a record in this rate; the strict rate (no extra event either)
is reported alongside.
"""
from __future__ import annotations

import json
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

DEFAULT_PATH = "../shared/eval/petrarch_validation/PETR.UnitTest.records.xml"
FALLBACK_TYPE = "REQUEST"   # a type build.py neither re-codes for intent nor codes without an actor


@dataclass(frozen=True)
class Expected:
    source: str
    target: str
    code: str


@dataclass(frozen=True)
class PetrRecord:
    id: str
    category: str
    date: date | None
    text: str
    expected: tuple[Expected, ...]
    no_event: bool                # noevents="True" or an error/discard record
    error: str | None = None


def _date(s: str | None) -> date | None:
    if not s or len(s) != 8:
        return None
    try:
        return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None


def read_records(path: str | Path = DEFAULT_PATH) -> list[PetrRecord]:
    root = ET.parse(str(path)).getroot()
    out = []
    for s in root.iter("Sentence"):
        text_el = s.find("Text")
        text = " ".join((text_el.text or "").split()) if text_el is not None else ""
        exp, no_event, error = [], False, None
        for ec in s.findall("EventCoding"):
            a = {k.strip(): v.strip() for k, v in ec.attrib.items()}
            if a.get("noevents", "").lower() == "true":
                no_event = True
            elif "error" in a:
                no_event, error = True, a["error"]
            elif "eventcode" in a:
                exp.append(Expected(a.get("sourcecode", "---").upper(), a.get("targetcode", "---").upper(),
                                    a["eventcode"].upper()))
        out.append(PetrRecord(id=s.get("id", ""), category=s.get("category", ""), date=_date(s.get("date")),
                              text=text, expected=tuple(exp), no_event=no_event and not exp, error=error))
    return out


def root_code(code: str | None) -> str:
    return (code or "").strip()[:2]


def code_matches(expected: str, ours: list[str | None]) -> bool:
    expected = expected.upper()
    ours_u = [(c or "").upper() for c in ours]
    if expected in ("---", ""):
        return not ours_u
    if expected.startswith("---"):
        agent = expected[3:]
        return any(c == agent or (c.endswith(agent) and not c[:3].isalpha() or c == "---" + agent)
                   for c in ours_u)
    return expected in ours_u


def event_codes(ev) -> dict:
    if not isinstance(ev, dict):
        ev = ev.to_json()
    return {"cameo": ev.get("cameo"), "event_type": ev.get("event_type"), "trigger": ev.get("trigger", ""),
            "actor": [a.get("code") for a in ev.get("actor", [])],
            "recipient": [a.get("code") for a in ev.get("recipient", [])]}


def _dyads(ev: dict) -> list[tuple[list, list]]:
    """(actor codes, recipient codes) readings of an event: as coded, and for an event with several
    actors and no recipient ("Gondor and Osgiliath delayed their meeting") the reciprocal reading
    PETRARCH and CAMEO use, each actor towards each of the others."""
    out = [(ev["actor"], ev["recipient"])]
    if len(ev["actor"]) > 1 and not ev["recipient"]:
        out += [([a], [b]) for a in ev["actor"] for b in ev["actor"] if a != b]
    return out


def expected_found(e: Expected, events: list[dict]) -> bool:
    return any(root_code(ev["cameo"]) == root_code(e.code) and code_matches(e.source, src)
               and code_matches(e.target, tgt) for ev in events for src, tgt in _dyads(ev))


@dataclass
class PetrScore:
    n: int = 0
    passed: int = 0
    strict: int = 0
    n_expected: int = 0
    found: int = 0
    type_only: int = 0               # expected events whose root code we produced (actors aside)
    no_event_records: int = 0
    no_event_passed: int = 0
    by_category: Counter = field(default_factory=Counter)
    passed_by_category: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)

    @property
    def pass_rate(self) -> float:
        return self.passed / self.n if self.n else 0.0

    def as_dict(self) -> dict:
        r = lambda a, b: round(a / b, 3) if b else None
        return {"records": self.n, "coded_as_expected": self.passed, "pass_rate": r(self.passed, self.n),
                "strict_pass_rate": r(self.strict, self.n), "expected_events": self.n_expected,
                "expected_events_found": self.found, "event_recall": r(self.found, self.n_expected),
                "root_code_recall": r(self.type_only, self.n_expected),
                "no_event_records": self.no_event_records, "no_event_passed": self.no_event_passed}


def score_records(records: list[PetrRecord], coded: list[list[dict]]) -> PetrScore:
    sc = PetrScore()
    for rec, events in zip(records, coded, strict=True):
        events = [e if isinstance(e, dict) and "cameo" in e and "actor_names" not in e and
                  all(not isinstance(x, dict) for x in e.get("actor", [])) else event_codes(e) for e in events]
        sc.n += 1
        sc.by_category[rec.category] += 1
        if rec.no_event:
            sc.no_event_records += 1
            ok = not events
            sc.no_event_passed += ok
            strict = ok
        else:
            found = [expected_found(e, events) for e in rec.expected]
            sc.n_expected += len(found)
            sc.found += sum(found)
            sc.type_only += sum(any(root_code(ev["cameo"]) == root_code(e.code) for ev in events)
                                for e in rec.expected)
            ok = all(found)
            strict = ok and len(events) <= len(rec.expected)
        sc.passed += ok
        sc.strict += strict
        if ok:
            sc.passed_by_category[rec.category] += 1
        else:
            sc.failures.append((rec, events))
    return sc


def load_petrarch_resources(directory: str | Path, with_base_lexicon: bool = True):
    """Resources for the validation suite: its actors over our knowledge base, its verbs before our
    lexicon. ``directory`` holds PETR.Validate.actors.txt and PETR.Validate.verbs.txt."""
    from ..actors.kb import KnowledgeBase
    from ..actors.petrarch import import_petrarch
    from ..events.lexicon import Lexicon, load_lexicon
    from ..events.petrarch_dict import load_verb_triggers
    from ..nlp import load_nlp
    from ..pipeline import Resources, load_resources
    from ..places.gazetteer import Gazetteer
    import re

    directory = Path(directory)
    actors = import_petrarch(directory / "PETR.Validate.actors.txt")
    tmp = Path(tempfile.mkdtemp(prefix="sanderling-petr-")) / "petr_actors.jsonl"
    with tmp.open("w", encoding="utf-8") as fh:
        for a in actors:
            aid = "PETR_" + re.sub(r"[^A-Z0-9]+", "_", a["name"].upper()).strip("_")
            codes = [c for c in a["codes"] if c["code"] != "---"]
            if not codes:
                continue
            fh.write(json.dumps({"id": aid, "name": a["name"], "aliases": a["aliases"], "codes": codes,
                                 "code": codes[0]["code"].lstrip("~"), "country": a["country"],
                                 "sector": a["sector"], "kind": a["kind"]}) + "\n")
    kb = KnowledgeBase.load(extra_files=[tmp])
    triggers = load_verb_triggers(directory / "PETR.Validate.verbs.txt", fallback_type=FALLBACK_TYPE)
    if with_base_lexicon:
        base = load_lexicon()
        triggers = triggers + [t for lst in base.by_key.values() for t in lst]
    base_res = load_resources()
    return Resources(nlp=load_nlp(), kb=kb, gazetteer=base_res.gazetteer if base_res else Gazetteer.load(),
                     lexicon=Lexicon(triggers))


def code_records(records: list[PetrRecord], res) -> list[list[dict]]:
    from ..pipeline import code_articles
    from ..records import Article
    # A record is one sentence; without closing punctuation our coder would read it as a headline and
    # skip it, so a full stop is added where it is missing.
    arts = [Article(id=r.id or f"rec{i}", text=r.text if r.text[-1:] in ".!?\"'" else r.text + ".",
                    published=r.date) for i, r in enumerate(records)]
    return [[event_codes(e) for e in coded.events] for coded in code_articles(arts, res)]


def evaluate_petrarch(path: str | Path = DEFAULT_PATH, with_base_lexicon: bool = True):
    path = Path(path)
    records = read_records(path)
    res = load_petrarch_resources(path.parent, with_base_lexicon=with_base_lexicon)
    return score_records(records, code_records(records, res)), records


def report(sc: PetrScore) -> str:
    d = sc.as_dict()
    lines = [f"PETRARCH unit-test records: {d['records']}",
             f"coded as expected {d['pass_rate']} ({d['coded_as_expected']}/{d['records']}); "
             f"strict (no extra events) {d['strict_pass_rate']}",
             f"expected events found {d['expected_events_found']}/{d['expected_events']} ({d['event_recall']}); "
             f"root code produced for {d['root_code_recall']}",
             f"no-event records right {d['no_event_passed']}/{d['no_event_records']}",
             "rule: event root code (first two digits) agrees and the expected source/target codes are "
             "among our actor/recipient codes",
             "by category: " + ", ".join(f"{c} {sc.passed_by_category[c]}/{n}" for c, n in sorted(sc.by_category.items()))]
    return "\n".join(lines)


def failures_text(sc: PetrScore) -> str:
    out = []
    for rec, events in sc.failures:
        exp = "; ".join(f"{e.source}->{e.target} {e.code}" for e in rec.expected) or "(no event)"
        got = "; ".join(f"{ev['actor']}->{ev['recipient']} {ev['cameo']} '{ev['trigger']}'" for ev in events) or "(none)"
        out.append(f"{rec.id} [{rec.category}] {rec.text}\n  expected: {exp}\n  ours:     {got}")
    return "\n".join(out)
