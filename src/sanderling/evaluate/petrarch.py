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
:func:`_extended_subject`). The suite's verbs are coded with their own patterns
(:mod:`sanderling.events.petrarch_patterns`, :func:`_pattern_events`): every verb token the suite's
dictionary knows gets the code of its first matching pattern (longest first; words before and after the
verb, synsets, ``_`` adjacency, ``NOT`` patterns for negated verbs), else the verb's default, and this
replaces what our lexicon made of that word; the pattern's ``$``/``+`` positions give source and target
when present, and a verb without a target takes the first actor phrase after it, as PETRARCH does.
Paired codes ``a:b`` give the event and its reverse. ``code_records(..., petrarch_mode=False)`` codes
with the plain pipeline; ``load_petrarch_resources(..., use_patterns=False)`` without the patterns.

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


def load_petrarch_resources(directory: str | Path, with_base_lexicon: bool = True, use_patterns: bool = True):
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
    if use_patterns:
        from ..events.petrarch_patterns import load_pattern_dictionary
        options["petrarch_verbs"] = load_pattern_dictionary(directory / "PETR.Validate.verbs.txt")
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
        if t.head.i == t.i or t.dep_ not in ("xcomp", "acomp", "ccomp", "advcl", "conj", "pcomp", "prep", "pobj", "oprd"):
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


def _np_units(doc, index, lo: int, hi: int) -> list[tuple[int, int, list, bool]]:
    """Noun phrases in tokens lo..hi-1 that name actors: (start, end, mentions, compound?), in text
    order. A phrase is a spaCy noun chunk (or a lone mention token); it is compound when it names
    several actors or is coordinated ("the Philippines and France")."""
    from ..events.roles import np_actors
    units, covered = [], set()
    for ch in doc.noun_chunks:
        if ch.start < lo or ch.end > hi:
            continue
        ms = np_actors(ch.root, index)
        covered.update(range(ch.start, ch.end))
        if ms:
            comp = len({m.actor.id for m in ms}) > 1 or ch.root.dep_ == "conj" or any(
                c.dep_ == "conj" for c in ch.root.children)
            units.append((ch.start, ch.end, ms, comp))
    for t in doc[lo:hi]:
        if t.i not in covered and index.at(t) is not None:
            ms = np_actors(t, index) or [index.at(t)]
            units.append((t.i, t.i + 1, ms, len({m.actor.id for m in ms}) > 1))
            covered.add(t.i)
    return sorted(units, key=lambda u: u[0])


def _resolve_markers(doc, index, markers, lo: int, hi: int) -> tuple[dict, bool]:
    """Mentions at a matched pattern's ``$``/``+`` positions, and whether its ``%`` conditions hold.
    After the verb each marker takes the next actor phrase from its position on (``^`` skips one);
    before the verb, the nearest one before its position (markers there arrive nearest first)."""
    found: dict[str, list] = {}
    ok = True
    for side in ("lower", "upper"):
        seq = [(m, p) for m, s, p in markers if s == side]
        if not seq:
            continue
        units = _np_units(doc, index, lo, hi)
        cursor = None
        for mark, pos in seq:
            if side == "lower":
                cursor = pos if cursor is None else max(cursor, pos)
                unit = next((u for u in units if u[0] >= cursor), None)
                if unit is not None:
                    cursor = unit[1]
            else:
                cursor = pos if cursor is None else min(cursor, pos)
                unit = next((u for u in reversed(units) if u[1] <= cursor), None)
                if unit is not None:
                    cursor = unit[0]
            if mark == "%":
                ok = ok and unit is not None and unit[3]
            elif mark in ("$", "+") and unit is not None:
                found.setdefault(mark, unit[2])
    return found, ok


def _first_actor_after(doc, index, tok, exclude: set[str]) -> list:
    """PETRARCH's target when the role finder has none: the first actor phrase in the verb's phrase
    after the verb ("has risen in the dispute with Osgiliath", "criticized the closure of guest houses
    in Michel Delving"), outside the clauses under it ("... after a hafling was reported on the pass of
    Cirith Ungol")."""
    hi = tok.right_edge.i + 1
    skip = set()
    for t in doc[tok.i + 1:hi]:
        if t.dep_ in ("relcl", "ccomp", "advcl", "acl"):
            skip.update(x.i for x in t.subtree)
    for u in _np_units(doc, index, tok.i + 1, hi):
        if u[0] in skip:
            continue
        ms = [m for m in u[2] if m.actor.id not in exclude]
        if ms:
            return ms
    return []


def _pattern_events(doc, mentions, pv) -> tuple[list[dict], set[str]]:
    """PETRARCH-mode coding of the suite's verbs with :mod:`sanderling.events.petrarch_patterns`: each
    verb token the suite's dictionary knows is coded by its first matching pattern (longest first), else
    its default code; a negated verb is coded only through a pattern that asks for the negation ("NOT *",
    "&NEGATVAUXVRB * OVER EFFORTS"). Source and target come from the pattern's ``$``/``+`` positions when
    it has them, else from the role finder. Paired codes ``a:b`` give the event and its reverse.
    Returns the events and the (lower-cased) words handled."""
    from ..events.petrarch_patterns import find_verb, match_verb, split_pair
    from ..events.roles import MentionIndex, _first_in_complements, np_actors, roles
    from ..events.status import assess
    from ..events.syntax import is_passive
    index = MentionIndex(mentions)
    toks = [t.lower_.replace("\u2019", "'") for t in doc]
    out, handled = [], set()
    for sent in doc.sents:
        for tok in sent:
            if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
                continue
            if tok.dep_ in ("aux", "auxpass") or tok.tag_ == "MD":
                continue
            found = find_verb(pv, toks, tok.i, tok.lemma_)
            if found is None:
                continue
            verb, vs, ve = found
            handled.update(toks[vs:ve])
            if tok.dep_ in ("amod", "compound") or (tok.tag_ == "VBN" and not any(
                    c.dep_ in ("aux", "auxpass") for c in tok.children) and tok.dep_ in ("advcl", "acl", "amod")):
                continue      # "Rebuked by Eriador, Osgiliath ...": a participle clause, not a new act
            m = match_verb(pv, verb, toks, vs, ve, lo=sent.start, hi=max(tok.right_edge.i + 1, ve))
            if not m.code:
                continue
            if assess(tok, sent, None).negated and not m.negative:
                continue
            act, rec = roles(tok, "REQUEST", index)
            if is_passive(tok) and not act:
                # PETRARCH reads the grammatical subject as the source unless a pattern says otherwise
                act = rec
                rec = _first_in_complements(tok, index, {x.actor.id for x in act})
            # "Arnor will restore ties with Gondor, an official said": the clause a speech verb reports
            # before it is not the verb's target (PETRARCH looks for the target after the verb)
            spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in tok.children
                     if c.dep_ == "ccomp" and c.i < tok.i]
            rec = [x for x in rec if not any(a <= x.start < b for a, b in spans)]
            if not act:
                subj = _extended_subject(tok)
                act = np_actors(subj, index) if subj is not None else []
            marks, ok = _resolve_markers(doc, index, m.markers, sent.start, max(tok.right_edge.i + 1, ve))
            if not ok:     # a '%' pattern without a compound actor: the default code
                m = type(m)(code=verb.code, pattern=None, span=m.span)
                if not m.code:
                    continue
            else:
                if "+" in marks:
                    rec = marks["+"]
                if "$" in marks:
                    act = marks["$"]
                elif "+" in marks:
                    tids = {x.actor.id for x in rec}
                    act = [x for x in act if x.actor.id not in tids]
                    t = tok
                    while not act and t.head.i != t.i:
                        t = t.head
                        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                        if subj is not None:
                            act = [x for x in np_actors(subj, index) if x.actor.id not in tids]
            if not act:
                continue
            aids = {x.actor.id for x in act}
            if not rec:
                rec = _first_actor_after(doc, index, tok, aids)
            rec = [x for x in rec if x.actor.id not in aids]
            a_codes = list(dict.fromkeys(x.actor.code for x in act))
            r_codes = list(dict.fromkeys(x.actor.code for x in rec))
            fwd, back = split_pair(m.code)
            if fwd:
                out.append({"cameo": fwd, "event_type": "PETRARCH", "trigger": tok.text, "actor": a_codes,
                            "recipient": r_codes})
            if back and r_codes:
                out.append({"cameo": back, "event_type": "PETRARCH", "trigger": tok.text, "actor": r_codes,
                            "recipient": a_codes})
            elif back and not fwd:
                out.append({"cameo": back, "event_type": "PETRARCH", "trigger": tok.text, "actor": a_codes,
                            "recipient": r_codes})
    return out, handled


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
        events = events + _supplement(doc, mentions, events, res.lexicon)
        pv = res.options.get("petrarch_verbs")
        if pv is not None:
            suite, handled = _pattern_events(doc, mentions, pv)
            # the suite's verbs take precedence over our lexicon: what our coder made of a word the
            # suite's dictionary knows as a verb gives way to the suite's pattern coding
            events = [e for e in events if e["trigger"].lower() not in handled] + suite
        out.append(events)
    return out


def evaluate_petrarch(path: str | Path = DEFAULT_PATH, with_base_lexicon: bool = True, use_patterns: bool = True):
    path = Path(path)
    records = read_records(path)
    res = load_petrarch_resources(path.parent, with_base_lexicon=with_base_lexicon, use_patterns=use_patterns)
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
