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

PETRARCH mode (:func:`code_records`, on by default when the directory holds PETR.Validate.agents.txt):
actor codes are composed with the suite's agents dictionary the way PETRARCH does ("Arnor cleric" ->
ARNREL, "MSF Arnor" -> NGOARN, "the government" -> ---GOV; :func:`sanderling.actors.petrarch.petrarch_mentions`),
records matching PETR.Validate.discards.txt are not coded, and a verb trigger our role finder left without
a subject gets a subject from the clause it complements ("Arnor is about to restore ties" ->
:func:`_extended_subject`). ``code_records(..., petrarch_mode=False)`` codes with the plain pipeline.

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
import re
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
    from ..actors.petrarch import read_agents
    agents_path = directory / "PETR.Validate.agents.txt"
    options = {"petrarch_agents": read_agents(agents_path)} if agents_path.exists() else {}
    if (directory / "PETR.Validate.discards.txt").exists():
        options["petrarch_discards"] = read_discards(directory / "PETR.Validate.discards.txt")
    return Resources(nlp=load_nlp(), kb=kb, gazetteer=base_res.gazetteer if base_res else Gazetteer.load(),
                     lexicon=Lexicon(triggers), options=options)


def read_discards(path: str | Path) -> list[re.Pattern]:
    """PETR.Validate.discards.txt: phrases (``+PHRASE`` discards the story, ``PHRASE`` the sentence) that
    mark a text PETRARCH does not code (sports, weather). One record is one sentence, so both skip it."""
    out = []
    for raw in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        s = raw.split("#", 1)[0].strip().lstrip("+").strip()
        if s and not s.startswith("<!--"):
            words = s.replace("_", " ").split()
            out.append(re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I))
    return out


def _extended_subject(tok):
    """PETRARCH-mode fallback for the subject of a trigger the role finder left without one: climb
    complement links ("Arnor is about to restore ties": restore <-xcomp- about <-acomp- is) to the first
    clause with a subject."""
    t = tok
    for _ in range(5):
        if t.head is t or t.dep_ not in ("xcomp", "acomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj", "oprd"):
            return None
        t = t.head
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return None


def _supplement(doc, mentions, events: list[dict], lexicon) -> list[dict]:
    """Events for trigger words our builder dropped only because it found no subject (see
    :func:`_extended_subject`); negated triggers stay dropped."""
    from ..events.roles import MentionIndex, np_actors, roles
    from ..events.status import assess
    from ..events.triggers import find_triggers
    index = MentionIndex(mentions)
    have = {(e["trigger"], e.get("_start")) for e in events}
    have_trig = {e["trigger"] for e in events}
    out = []
    for sent in doc.sents:
        for hit in find_triggers(sent, lexicon):
            tok = hit.token
            if tok.text in have_trig or tok.pos_ not in ("VERB", "AUX"):
                continue
            if tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
                continue          # "Rebuked by Eriador, Osgiliath ...": a participle clause, not a new act
            if assess(tok, sent, hit.intent).negated:
                continue
            act, rec = roles(tok, hit.trigger.event_type, index)
            if act:
                continue
            subj = _extended_subject(tok)
            act = np_actors(subj, index) if subj is not None else []
            if not act:
                continue
            ids = {m.actor.id for m in act}
            rec = [m for m in rec if m.actor.id not in ids]
            seen, a_codes, r_codes = set(), [], []
            for m, lst in [(m, a_codes) for m in act] + [(m, r_codes) for m in rec]:
                if (m.actor.id, id(lst)) not in seen:
                    seen.add((m.actor.id, id(lst)))
                    lst.append(m.actor.code)
            out.append({"cameo": hit.trigger.cameo, "event_type": hit.trigger.event_type, "trigger": tok.text,
                        "actor": a_codes, "recipient": r_codes})
    return out


def code_records(records: list[PetrRecord], res, petrarch_mode: bool = True) -> list[list[dict]]:
    """Code each record. In PETRARCH mode (the default) actor codes are composed with the suite's agents
    (:func:`sanderling.actors.petrarch.petrarch_mentions`) and triggers left without a subject get the
    fallback of :func:`_extended_subject`; otherwise the plain pipeline codes them."""
    from ..pipeline import code_articles
    from ..records import Article
    # A record is one sentence; without closing punctuation our coder would read it as a headline and
    # skip it, so a full stop is added where it is missing.
    arts = [Article(id=r.id or f"rec{i}", text=r.text if r.text[-1:] in ".!?\"'" else r.text + ".",
                    published=r.date) for i, r in enumerate(records)]
    agents = res.options.get("petrarch_agents") if petrarch_mode else None
    discards = res.options.get("petrarch_discards") or [] if petrarch_mode else []
    if not agents:
        return [[event_codes(e) for e in coded.events] for coded in code_articles(arts, res)]
    from ..actors.mentions import find_mentions
    from ..actors.petrarch import petrarch_mentions
    from ..events.build import code_events
    out = []
    for art, doc in zip(arts, res.nlp.pipe([a.text for a in arts], batch_size=16)):
        if any(d.search(art.text) for d in discards):
            out.append([])
            continue
        mentions = petrarch_mentions(doc, find_mentions(doc, res.kb, art.id, art.published), res.kb, agents,
                                     art.published)
        events = [event_codes(e) for e in code_events(doc, art, mentions, res.lexicon, {}, None, kb=res.kb)]
        out.append(events + _supplement(doc, mentions, events, res.lexicon))
    return out


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
