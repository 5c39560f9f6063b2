"""Cross-article event resolution: many reports of one real-world event become one event.

Entry point: ``resolve_reports(store)``, run after every ``sanderling code``. It is incremental (only
reports without an event are resolved; they may join events stored by earlier runs) and blocked (a report
is compared only with stored reports of a compatible type whose date window overlaps its own; undated
reports only with reports sharing an actor or a place), never all pairs.

Two reports are of the same event when all hard constraints hold against *every* linkable report of
the event (complete link), and the soft evidence holds against at least one of them:

hard  - compatible types (same PLOVER type, or a close pair such as ASSAULT/COERCE);
      - both historical or both current (background never merges with news);
      - dates: day precision on both sides -> the same day, or one day apart when one of the two dates
        is soft (taken from the publication date, or a "late on"/"overnight"/"yesterday" expression,
        where outlets legitimately disagree), or up to two days when the later date only bounds the deed
        from above (the day a saying was reported, or the publication day of a report that opens its
        article; deep in the body a publication date bounds nothing); coarser precision -> the ranges
        overlap;
      - places: when both are exact (geo precision 1-2, and not just the wire dateline the sentence opens with),
        the same country and within ``MAX_KM``.
soft  - the resolved actors overlap (each side's actor/recipient set meets the other's, after collapsing
        persons to their organisation: Haftar -> LNA; a country written as such meets its own bodies);
      - TF-IDF cosine of the evidence sentences above a threshold that depends on how solid the date
        agreement is: text-derived same-day dates need little text overlap; coarse dates need more;
        dates taken from the publication date (generic background such as "Turkey supports the GNA")
        or missing dates need a strong similarity (``STRONG_SIM``).

Reports dated to the day are resolved before coarser ones, and a report joins an event with a member of its day (or
the next) before one it matches only by week, month or year.

Only asserted or claimed reports with confidence >= ``MIN_CONFIDENCE`` are linked; hypothetical, future
and denied reports, and low-confidence ones, stay events of their own, unless the same sentence of the
same article gave a linkable report of the same type and actors (a restatement, not a new link).

Every report is kept (``reports.event_id``). Events carry ``n_reports``, ``n_outlets`` (distinct outlets;
a republished copy, i.e. an article with ``duplicate_of``, counts as its original's outlet) and
``fatalities_min``/``fatalities_max``; ``event_reports(store, event_id)`` lists each report's figures side
by side with its source.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from datetime import timedelta

from ..places.gazetteer import haversine_km
from ..store.duck import Store
from .actors import family, use_kb
from .text import TfIdf, cosine

MAX_KM = 50.0
MIN_CONFIDENCE = 0.5
LINKABLE_STATUS = {"asserted", "claimed"}
SIM_EXACT_DAY = 0.10     # both dates from the text, same day, actors overlap
SIM_NEAR_DAY = 0.25      # one day apart, one date soft
SIM_COARSE = 0.30        # week/month/year ranges overlap
STRONG_SIM = 0.50        # publication-date or undated reports
SIM_NO_ACTORS = 0.35     # a side without resolved actors
SIM_SAME_VENUE = 0.05    # meetings on one day in one city with a party in common
# two reports opening their articles, dated by publication or by their report: set on the linking sets (0.25
# -> 0.18 gained blind 15 and 17 and lost nothing; 0.12 lost on blind 6 and 11 and the second real set)
SIM_OPENINGS = 0.18
RELATED = {frozenset(p) for p in (("ASSAULT", "COERCE"), ("AID", "COOPERATE"), ("AID", "SUPPORT"),
                                   ("SANCTION", "COERCE"), ("ACCUSE", "REJECT"), ("AGREE", "CONSULT"),
                                   ("AID", "MOBILIZE"), ("CONCEDE", "RETREAT"), ("CONSULT", "SUPPORT"))}
# a formal agreement is signed where its signatories meet: "Erdogan received Sarraj at Dolmabahce" and "Erdogan
# and Sarraj signed two memoranda" tell one encounter. Of SUPPORT only the signing (CAMEO 057) is such a meeting;
# a welcome or a vote of support is not
SIGNING_CAMEO = "057"
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4, None: 5}
_FROM_TEXT = ("text", "report")
# a date that only bounds the deed from above: the day it was reported or published
UPPER_BOUND = ("report", "published")
UPPER_BOUND_DAYS = 2
OPENING_CHARS = 400     # a report this early in its article is in its opening sentences
_SOFT_DATE = re.compile(r"night|overnight|late|early|midnight|dawn|yesterday|today|tonight|hours", re.I)

_COLS = ["id", "event_id", "doc_id", "event_type", "mode", "cameo", "quad_class", "actor_ids", "recipient_ids",
         "date", "date_end", "date_precision", "date_source", "status", "historical", "place_name", "country",
         "lat", "lon", "fatalities", "confidence", "sentence", "start_char"]
_SELECT = ", ".join(f"r.{c}" for c in _COLS) + (
    ", r.payload->>'date_text' AS date_text, TRY_CAST(r.payload->'location'->>'geo_precision' AS INTEGER) AS geo_precision"
    ", r.payload->'location'->>'text' AS place_text")


def _km(lat1, lon1, lat2, lon2) -> float | None:
    if None in (lat1, lon1, lat2, lon2):
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


def types_compatible(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in RELATED


def reports_compatible(r: dict, s: dict) -> bool:
    """The types of two reports may tell one happening (``types_compatible``, with a meeting matching only
    the signing kind of SUPPORT)."""
    a, b = r["event_type"], s["event_type"]
    if a == b:
        return True
    if {a, b} == {"CONSULT", "SUPPORT"}:
        support = r if a == "SUPPORT" else s
        return (support.get("cameo") or "").startswith(SIGNING_CAMEO)
    codes = NARROW_RELATED.get(frozenset((a, b)))
    if codes is not None:
        return (r.get("cameo") or "") == codes[a] and (s.get("cameo") or "") == codes[b]
    return types_compatible(a, b)


# pairs of types that only one CAMEO code of each relates (``reports_compatible``); blocking looks them up together
NARROW_RELATED = {
    # "the LNA will cease military operations for Ramadan" (intent to yield) and "Haftar's forces announced a halt
    # to their operations" (a declared truce) tell one declaration
    frozenset(("AGREE", "RETREAT")): {"AGREE": "035", "RETREAT": "0871"},
    # "the House appointed Bashagha prime minister" (PETRARCH's APPOINT, 060) and "the House chose Bashagha to head
    # the government" (elect, 051) tell one vote
    frozenset(("COOPERATE", "SUPPORT")): {"COOPERATE": "060", "SUPPORT": "051"},
}


def compatible_types(t: str) -> list[str]:
    return sorted({t} | {x for p in RELATED | set(NARROW_RELATED) if t in p for x in p})


# a threat or promise is made when it is voiced, whatever the mood of what it threatens or promises
# ("any advance would cross a red line"): such reports link like asserted ones
SPEECH_ACTS = {"THREATEN", "AGREE"}


def linkable(r: dict) -> bool:
    if r.get("template"):
        return False
    return (r["status"] in LINKABLE_STATUS or (r["event_type"] in SPEECH_ACTS and r["status"] in ("future", "hypothetical"))) \
        and (r["confidence"] or 0) >= MIN_CONFIDENCE


# A sentence one outlet prints on pages published weeks apart is site furniture (a promo for another piece,
# a ticker headline), not news of either page: "Hopes for a negotiated settlement remain alive, despite
# tensions stoked by recent air strikes, says Jim Muir" closing every page of a crisis for months.
TEMPLATE_DAYS = 14


def template_sentences(con, sentences: list[str]) -> set[str]:
    """Those of ``sentences`` that one outlet printed in articles published more than ``TEMPLATE_DAYS``
    apart (republished copies excluded)."""
    if not sentences:
        return set()
    rows = con.execute(
        "SELECT r.sentence FROM reports r JOIN articles a ON a.id = r.doc_id "
        "WHERE a.duplicate_of IS NULL AND a.published IS NOT NULL AND r.sentence IN (SELECT unnest(?::VARCHAR[])) "
        "GROUP BY lower(coalesce(a.outlet, '')), r.sentence "
        "HAVING count(DISTINCT r.doc_id) >= 2 AND max(a.published) - min(a.published) > ?",
        [sorted(set(sentences)), TEMPLATE_DAYS]).fetchall()
    return {x for (x,) in rows}


def _opens(r: dict) -> bool:
    return (r.get("start_char") or 0) < OPENING_CHARS


def _soft(r: dict) -> bool:
    return r["date_source"] != "text" or bool(_SOFT_DATE.search(r.get("date_text") or ""))


def soft_across(r: dict, s: dict) -> bool:
    """May two day dates one apart be one happening? The later one is soft, or the earlier one is soft for a
    reason other than bounding the deed: a day a deed was reported or published by bounds it from above, so
    it may be the day before another outlet's date, never the day after."""
    later, earlier = (r, s) if r["date"] > s["date"] else (s, r)
    return _soft(later) or (_soft(earlier) and earlier["date_source"] not in UPPER_BOUND)


def _window(r: dict):
    return r["date"], (r["date_end"] or r["date"])


def date_relation(r: dict, s: dict) -> str | None:
    """'exact' | 'near' | 'coarse' | 'undated' when the dates allow one event, else None."""
    if r["date"] is None or s["date"] is None:
        return "undated"
    if r["date_precision"] == "day" and s["date_precision"] == "day":
        (a0, a1), (b0, b1) = _window(r), _window(s)
        if (a1 > a0 or b1 > b0) and a1 >= a0 and b1 >= b0 and a0 <= b1 and b0 <= a1:
            # a meeting of several days ("began two days of talks on Wednesday"), dated by either day
            return "exact" if (a0, a1) == (b0, b1) else "near"
        d = abs((r["date"] - s["date"]).days)
        if d == 0:
            return "exact"
        if d == 1 and soft_across(r, s):
            return "near"
        later, earlier = (r, s) if r["date"] > s["date"] else (s, r)
        if d <= UPPER_BOUND_DAYS and later["date_source"] in UPPER_BOUND and earlier["date_source"] == "text" \
                and (later["date_source"] == "report" or _opens(later)):
            return "near"   # "said it had taken the field", told on Friday: Wednesday's capture fits
        return None
    (a0, a1), (b0, b1) = _window(r), _window(s)
    return "coarse" if a0 <= b1 and b0 <= a1 else None


def _filed_from(r: dict) -> bool:
    """The place is the wire dateline the sentence opens with ("ANKARA (BNA) - Six Turkish citizens ... have been
    released"): where the copy was filed, which may be far from the deed."""
    text = r.get("place_text") or ""
    return bool(text) and text.isupper() and (r.get("sentence") or "").lstrip().startswith(text)


def place_ok(r: dict, s: dict) -> bool:
    exact = (r.get("geo_precision") or 9) <= 2 and (s.get("geo_precision") or 9) <= 2 \
        and not _filed_from(r) and not _filed_from(s)
    if not exact:
        return True
    if r["country"] and s["country"] and r["country"] != s["country"]:
        return False
    km = _km(r["lat"], r["lon"], s["lat"], s["lon"])
    return km is None or km <= MAX_KM or _names_place(r["sentence"], s["place_name"]) \
        or _names_place(s["sentence"], r["place_name"])


# words that name a kind of place, not the place ("Al-Watiya Air Base" is known by "Watiya")
_PLACE_KIND = {"air", "base", "airbase", "airport", "port", "city", "town", "district", "province", "region",
               "governorate", "camp", "field", "oilfield", "international", "military", "naval", "the", "of"}


def _names_place(sentence: str | None, place: str | None) -> bool:
    """The sentence names ``place`` too: an offensive "on the southern fronts of Tripoli and in the west,
    where they moved on al-Watiya" is located at its first place but reaches the second."""
    if not sentence or not place:
        return False
    words = [w for w in re.findall(r"[^\W\d_]{4,}", place.lower()) if w not in _PLACE_KIND and w not in ("al", "el")]
    if not words:
        return False
    core = max(words, key=len)
    return re.search(rf"\b(?:al-|el-|ad-|as-|az-)?{re.escape(core)}\b", sentence.lower()) is not None


GATHERING_MODES = ("multilateral", "third-party")


def _gathering(r: dict) -> bool:
    """A conference, a summit or its hosting (CONSULT of a many-party mode)."""
    return r["event_type"] == "CONSULT" and r.get("mode") in GATHERING_MODES


def same_venue(r: dict, s: dict) -> bool:
    """Both reports name where it happened, one of them a city or site, and the places agree: the same place,
    or that city's country ("Berlin" / "Germany")."""
    pr, ps = r.get("geo_precision") or 9, s.get("geo_precision") or 9
    if not (r["place_name"] and s["place_name"]) or min(pr, ps) > 2:
        return False
    if r["place_name"] == s["place_name"]:
        return True
    return bool(r["country"]) and r["country"] == s["country"] and max(pr, ps) == 4


def hard_ok(r: dict, s: dict) -> bool:
    return (reports_compatible(r, s) and bool(r["historical"]) == bool(s["historical"])
            and date_relation(r, s) is not None and place_ok(r, s))


def _fam(r: dict, key: str):
    cache = r.setdefault("_fam", {})
    if key not in cache:
        cache[key] = family(r[key] or (), r["date"])
    return cache[key]


def actors_overlap(r: dict, s: dict) -> bool | None:
    """True/False when both sides have actors; None when one side has none."""
    ra, rr = _fam(r, "actor_ids"), _fam(r, "recipient_ids")
    sa, sr = _fam(s, "actor_ids"), _fam(s, "recipient_ids")
    # actors known only by their sector ("naval forces", "the troops": AGENT_MIL) are nobody in particular:
    # they neither make two reports share an actor nor keep them apart
    ra, rr, sa, sr = (_known(x) for x in (ra, rr, sa, sr))
    if not (ra | rr) or not (sa | sr):
        return None
    if not ((ra | rr) & (sa | sr)):
        return False
    # each side that both reports fill must meet the other report somewhere
    if ra and sa and not _meets(ra, sa | sr, r, s):
        return False
    if rr and sr and not _meets(rr, sr | sa, r, s):
        return False
    return True


def _meets(side: set, other: set, r: dict, s: dict) -> bool:
    """The two sets share an actor, or one holds a country written as such in ``r`` or ``s`` ("Libya", not "the
    Libyan army" collapsed to it) where the other holds one of that country's bodies: "a deal with Libya" and "a deal
    with the Government of National Accord" have one counterpart. The GNA and the LNA, kept apart from each other,
    are both Libyan; a country's own state bodies are already the country."""
    if side & other:
        return True
    named = {a for x in (r, s) for k in ("actor_ids", "recipient_ids") for a in (x[k] or ()) if len(a) == 3}
    return any(c in side and any(o.startswith(c + "_") for o in other) or
               c in other and any(o.startswith(c + "_") for o in side) for c in named)


def _same_doer(r: dict, s: dict) -> bool:
    """Both reports name one particular doer (a body or a person, not a country or a sector)."""
    shared = _known(_fam(r, "actor_ids")) & _known(_fam(s, "actor_ids"))
    return any("_" in a for a in shared)


def _known(ids: set) -> set:
    return {a for a in ids if not a.startswith("AGENT_")}


def required_similarity(r: dict, s: dict) -> float | None:
    rel = date_relation(r, s)
    if rel is None:
        return None
    if rel == "undated" or r["date_source"] not in _FROM_TEXT or s["date_source"] not in _FROM_TEXT:
        need = STRONG_SIM
        if rel in ("exact", "near") and _opens(r) and _opens(s):
            # both articles open with it: the news of the day, not background that took the publication date
            need = SIM_OPENINGS
            if rel == "exact" and _same_doer(r, s):
                # ... and the same body did it that day: "Turkey's parliament approved a motion" / "the tezkere was
                # accepted in the TBMM" share few words in translated copy
                need = SIM_EXACT_DAY
    else:
        need = {"exact": SIM_EXACT_DAY, "near": SIM_NEAR_DAY, "coarse": SIM_COARSE}[rel]
    ov = actors_overlap(r, s)
    if rel == "exact" and _gathering(r) and _gathering(s) and same_venue(r, s):
        # a summit or conference on one day in one city is one gathering, whichever of its many participants
        # each outlet names ("Sisi told the conference in Berlin" / "Merkel said after hosting the summit")
        return SIM_SAME_VENUE
    if ov is False:
        return None
    if ov and rel == "exact" and r["event_type"] == s["event_type"] == "CONSULT" and same_venue(r, s):
        # one day, one city, a party in common: one meeting, however differently two outlets word it ("Merkel
        # said after hosting a summit in Berlin" / "as he attended the conference hosted by Germany")
        need = min(need, SIM_SAME_VENUE)
    if ov is None:
        if not (r["place_name"] and r["place_name"] == s["place_name"]):
            return None
        need = max(need, SIM_NO_ACTORS)
        if tolls_apart(r, s):
            # "a shell killed 3 people from one family" / "the strike killed at least 28 students": with no doer
            # named, tolls this far apart are two attacks (reports of one attack may differ, as 3 and 6 do)
            return None
        if rel in ("exact", "near") and same_toll(r, s):
            # "the strike that killed around 30 cadets" / "the air strike killed at least 28": a day, a city and a
            # death toll in common say more than the words the two outlets happen to share
            need = min(need, SIM_NEAR_DAY)
    return need


TOLL_MIN = 5        # a toll this high is rare enough on one day in one city to tell an attack apart
TOLL_RATIO = 0.6    # first counts differ ("at least 28" / "around 30"); 3 against 6 is another attack or a
                    # conflicting report, left to the words


TOLLS_APART = 0.25   # one count under a quarter of the other


def tolls_apart(r: dict, s: dict) -> bool:
    a, b = r.get("fatalities"), s.get("fatalities")
    return a is not None and b is not None and min(a, b) / max(a, b, 1) < TOLLS_APART


def same_toll(r: dict, s: dict) -> bool:
    a, b = r.get("fatalities"), s.get("fatalities")
    return r["event_type"] == s["event_type"] == "ASSAULT" and a is not None and b is not None \
        and min(a, b) >= TOLL_MIN and min(a, b) / max(a, b) >= TOLL_RATIO


def same_event(r: dict, s: dict, tfidf: TfIdf) -> float | None:
    """Similarity when ``r`` and ``s`` may be one event (hard and soft constraints), else None."""
    if not hard_ok(r, s):
        return None
    need = required_similarity(r, s)
    if need is None:
        return None
    if r["doc_id"] == s["doc_id"] and r["sentence"] == s["sentence"]:
        return 1.0
    sim = cosine(_vec(r, tfidf), _vec(s, tfidf))
    return sim if sim >= need else None


def _vec(r: dict, tfidf: TfIdf):
    if "_vec" not in r:
        r["_vec"] = tfidf.vector(r["sentence"])
    return r["_vec"]


def _new_id(rep: dict) -> str:
    return "E" + hashlib.sha1(rep["id"].encode()).hexdigest()[:12]


def _rows(con, where: str, params: list) -> list[dict]:
    """Reports as dicts, each with its ``_row`` (the table's rowid: the order a scan returns them in)."""
    cols = _COLS + ["date_text", "geo_precision", "place_text", "_row"]
    return [dict(zip(cols, row)) for row in
            con.execute(f"SELECT {_SELECT}, r.rowid FROM reports r WHERE {where}", params).fetchall()]


# -- blocking in memory -----------------------------------------------------------------------------
# A report's blocking candidates are the resolved reports (stored by earlier runs, or resolved earlier in
# this run) that one query per report used to return:
#   dated report   -> reports of a compatible type and the same historical flag that are dated and whose
#                     window [date, coalesce(date_end, date)] meets [date - 1, coalesce(date_end, date) + 1],
#                     then undated such reports sharing an actor/recipient id or the place name;
#   undated report -> reports of a compatible type and the same historical flag, dated or not, sharing an
#                     actor/recipient id or the place name;
# with the SQL semantics (a NULL actor or recipient list shares no id, a NULL historical flag or type matches
# nothing) and in the table's order (rowid; dated ones first), since the first of two equally similar events
# wins. ``_load_blocks`` reads, in one query, the stored reports that can be candidates of the pending batch
# and all the members of their events; ``_Blocks`` indexes them, and each report once it is resolved, in
# dicts: dated reports by (type, historical flag, BUCKET_DAYS bucket), in every bucket their window overlaps
# (a window over WIDE_BUCKETS buckets goes to a per-(type, flag) list), the linkable ones also by actor (or
# organisation) and place, so that a dated report only meets the candidates that can give a similarity;
# undated reports by actor id and place. Assignments and event rows are written in bulk at the end.

BUCKET_DAYS = 7
WIDE_BUCKETS = 60
_NUL = "\x00"


def _ids(r: dict) -> set:
    """Ids ``list_has_any(r.actor_ids || r.recipient_ids, ...)`` can match (NULL list -> none)."""
    if r["actor_ids"] is None or r["recipient_ids"] is None:
        return set()
    return {a for a in (*r["actor_ids"], *r["recipient_ids"]) if a is not None}


def _probe_ids(rep: dict) -> set:
    """The ids the blocking query looks for: the report's actors and recipients, or a value none has."""
    ids = list(rep["actor_ids"] or []) + list(rep["recipient_ids"] or [])
    return {a for a in ids if a is not None} if ids else {_NUL}


def _fam_union(r: dict) -> set:
    u = r.get("_famu")
    if u is None:
        u = r["_famu"] = _fam(r, "actor_ids") | _fam(r, "recipient_ids")
    return u


def _may_match(ru: set, rplace, m_u: set, m_place) -> bool:
    """Necessary condition of ``required_similarity`` (actors overlap, or no actors and the same place)."""
    if ru and m_u:
        return not ru.isdisjoint(m_u)
    return bool(rplace) and rplace == m_place


def _may_join(rep: dict, ru: set, rplace, members, tfidf: TfIdf) -> bool:
    """Necessary condition of ``same_event(rep, m)`` for some linkable ``m`` of ``members``: the actors or
    place (``_may_match``), and when one of the two is undated (``STRONG_SIM`` needed) the similarity."""
    dated, doc, sentence = rep["date"] is not None, rep["doc_id"], rep["sentence"]
    for m in members:
        if linkable(m) and _may_match(ru, rplace, _fam_union(m), m["place_name"]):
            if dated and m["date"] is not None:
                return True
            if (doc == m["doc_id"] and sentence == m["sentence"]) \
                    or cosine(_vec(rep, tfidf), _vec(m, tfidf)) >= STRONG_SIM:
                return True
    return False


class _Blocks:
    """Resolved reports (stored ones and those resolved in this run), indexed for blocking."""

    def __init__(self, any_date_probe: bool, sent_docs: set):
        # every dated report: (type, historical, bucket) -> [(start, end, first bucket, row, event id)]
        self.dated: dict = {}
        self.wide: dict = {}          # (type, historical) -> [same], windows over WIDE_BUCKETS buckets
        # linkable dated reports, by what lets them pass ``_may_match``: (start, end, event id)
        self.by_actor: dict = {}      # (type, historical, bucket, actor or organisation id)
        self.no_actor: dict = {}      # (type, historical, bucket, place name), reports without actors
        self.by_place: dict = {}      # (type, historical, bucket, place name)
        self.wide_link: dict = {}     # (type, historical) -> [(start, end, event id, actors, place)]
        # undated reports: (type, historical, actor id | place name) -> [entry]
        self.und_actor: dict = {}
        self.und_place: dict = {}
        self.any_actor: dict | None = {} if any_date_probe else None   # same, dated or not
        self.any_place: dict | None = {} if any_date_probe else None
        self.sent: dict = {}          # (doc id, sentence, type) -> [report]
        self.sent_docs = sent_docs
        self.members: dict[str, list[dict]] = {}  # event id -> its reports, as the store has them
        # event id -> its linkable reports that a dated report's probe does not meet as dated candidates
        # (undated, no historical flag, a window ending before it starts); the dated reports of these
        # events are in ``special_dated`` (start, end, event id), to see when such an event comes up
        self.special: dict[str, list[dict]] = {}
        self.special_dated: dict = {}
        self.special_wide: dict = {}

    @staticmethod
    def _push(index: dict, key, item) -> None:
        lst = index.get(key)
        if lst is None:
            index[key] = [item]
        else:
            lst.append(item)

    @staticmethod
    def _span(r: dict):
        s, e = r["date"].toordinal(), (r["date_end"] or r["date"]).toordinal()
        b0, b1 = min(s, e) // BUCKET_DAYS, max(s, e) // BUCKET_DAYS
        return s, e, b0, b1, b1 - b0 > WIDE_BUCKETS

    def _index_special(self, m: dict) -> None:
        t, h = m["event_type"], m["historical"]
        if t is None or h is None or m["date"] is None:
            return
        h = bool(h)
        s, e, b0, b1, wide = self._span(m)
        item = (s, e, m["event_id"])
        if wide:
            self._push(self.special_wide, (t, h), item)
        else:
            for b in range(b0, b1 + 1):
                self._push(self.special_dated, (t, h, b), item)

    def add(self, r: dict) -> None:
        eid = r["event_id"]
        self.members.setdefault(eid, []).append(r)
        link = linkable(r)
        special = link and (r["date"] is None or r["historical"] is None
                            or (r["date_end"] is not None and r["date_end"] < r["date"]))
        if special and eid not in self.special:
            self.special[eid] = []
            for m in self.members[eid]:
                self._index_special(m)
        elif eid in self.special:
            self._index_special(r)
        if special:
            self.special[eid].append(r)
        if r["doc_id"] in self.sent_docs and r["sentence"] is not None and r["event_type"] is not None:
            self._push(self.sent, (r["doc_id"], r["sentence"], r["event_type"]), r)
        t, h = r["event_type"], r["historical"]
        if t is None or h is None:
            return
        h = bool(h)
        u, place, row = _fam_union(r), r["place_name"], r["_row"]
        ids = _ids(r)
        push = self._push
        if r["date"] is not None:
            s, e, b0, b1, wide = self._span(r)
            ent = (s, e, b0, row, eid)
            if wide:
                push(self.wide, (t, h), ent)
                if link:
                    push(self.wide_link, (t, h), (s, e, eid, u, place))
            else:
                item = (s, e, eid)
                for b in range(b0, b1 + 1):
                    push(self.dated, (t, h, b), ent)
                    if link:
                        for a in u:
                            push(self.by_actor, (t, h, b, a), item)
                        if place:
                            push(self.by_place, (t, h, b, place), item)
                            if not u:
                                push(self.no_actor, (t, h, b, place), item)
        else:
            ent = (row, eid, link, u, place)
            for a in ids:
                push(self.und_actor, (t, h, a), ent)
            if place is not None:
                push(self.und_place, (t, h, place), ent)
        if self.any_actor is not None:
            ent = (row, eid, link, u, place)
            for a in ids:
                push(self.any_actor, (t, h, a), ent)
            if place is not None:
                push(self.any_place, (t, h, place), ent)

    def _probe(self, by_actor: dict, by_place: dict, types: list, h: bool, rep: dict) -> dict:
        """Entries (row, event id, linkable, actors, place) sharing an actor/recipient id or the place
        name with ``rep``, by row."""
        found = {}
        ids, place = _probe_ids(rep), rep["place_name"] or _NUL
        for t in types:
            for a in ids:
                for ent in by_actor.get((t, h, a), ()):
                    found[ent[0]] = ent
            for ent in by_place.get((t, h, place), ()):
                found[ent[0]] = ent
        return found

    def _dated_candidates(self, types: list, h: bool, x: int, y: int):
        """Dated entries with date <= x and coalesce(date_end, date) >= y (ordinals), each once."""
        wl, wh = min(x, y) // BUCKET_DAYS, max(x, y) // BUCKET_DAYS
        for t in types:
            for w in range(wl, wh + 1):
                for ent in self.dated.get((t, h, w), ()):
                    if ent[0] <= x and ent[1] >= y and w == max(ent[2], wl):
                        yield ent
            for ent in self.wide.get((t, h), ()):
                if ent[0] <= x and ent[1] >= y:
                    yield ent

    def candidate_events(self, rep: dict, tfidf: TfIdf) -> list[str]:
        """The events of ``rep``'s blocking candidates, in the order the candidates come (an event at its
        first candidate), keeping only those with a linkable report that may be of the same event as ``rep``
        (``_may_join``): no report of the others gives a similarity, so leaving them out changes no
        decision."""
        types = [t for t in compatible_types(rep["event_type"]) if t is not None]
        h = bool(rep["historical"])
        ru, rplace = _fam_union(rep), rep["place_name"]
        if rep["date"] is None:
            if self.any_actor is None:
                raise RuntimeError("undated report probed without the any-date index")
            first: dict[str, int] = {}
            for row, ent in self._probe(self.any_actor, self.any_place, types, h, rep).items():
                k = first.get(ent[1])
                if k is None or row < k:
                    first[ent[1]] = row
            return sorted((eid for eid in first if _may_join(rep, ru, rplace, self.members[eid], tfidf)),
                          key=first.__getitem__)
        lo, hi = _window(rep)
        x, y = hi.toordinal() + 1, lo.toordinal() - 1    # r.date <= hi + 1 AND coalesce(date_end, date) >= lo - 1
        if hi < lo:
            # a window ending before it starts: a matching report need not be a dated candidate; check all
            order = {}
            for ent in sorted(self._dated_candidates(types, h, x, y), key=lambda e: e[3]):
                order.setdefault(ent[4], None)
            for _, ent in sorted(self._probe(self.und_actor, self.und_place, types, h, rep).items()):
                order.setdefault(ent[1], None)
            return [eid for eid in order if _may_join(rep, ru, rplace, self.members[eid], tfidf)]
        # A linkable report of the same event as ``rep`` is either a dated candidate (same type family and
        # flag, dates within a day) that passes ``_may_match``, found through ``by_actor``/``no_actor``/
        # ``by_place``, or one of its event's ``special`` reports, checked when the event comes up among
        # the candidates.
        viable: set = set()
        wl, wh = min(x, y) // BUCKET_DAYS, max(x, y) // BUCKET_DAYS
        by_actor, no_actor, by_place = self.by_actor, self.no_actor, self.by_place
        lists = []
        for t in types:
            for w in range(wl, wh + 1):
                if ru:
                    lists += [by_actor.get((t, h, w, a)) for a in ru]
                    if rplace:
                        lists.append(no_actor.get((t, h, w, rplace)))
                elif rplace:
                    lists.append(by_place.get((t, h, w, rplace)))
            for s, e, eid, u, place in self.wide_link.get((t, h), ()):
                if s <= x and e >= y and _may_match(ru, rplace, u, place):
                    viable.add(eid)
        for lst in lists:
            if lst:
                for s, e, eid in lst:
                    if s <= x and e >= y:
                        viable.add(eid)
        special = self.special
        appear = set()
        for _, eid, link, u, place in self._probe(self.und_actor, self.und_place, types, h, rep).values():
            if link and _may_match(ru, rplace, u, place):
                viable.add(eid)
            elif eid in special:
                appear.add(eid)
        if special:
            for t in types:
                for w in range(wl, wh + 1):
                    for s, e, eid in self.special_dated.get((t, h, w), ()):
                        if s <= x and e >= y:
                            appear.add(eid)
                for s, e, eid in self.special_wide.get((t, h), ()):
                    if s <= x and e >= y:
                        appear.add(eid)
            for eid in appear - viable:
                if _may_join(rep, ru, rplace, special[eid], tfidf):
                    viable.add(eid)
        if len(viable) < 2:
            return list(viable)
        # the candidates' order: dated ones by row, then undated ones by row
        ts, pids, pplace = set(types), _probe_ids(rep), rep["place_name"] or _NUL
        keys = {}
        for eid in viable:
            best = None
            for m in self.members[eid]:
                if m["event_type"] not in ts or m["historical"] is None or bool(m["historical"]) != h:
                    continue
                if m["date"] is not None:
                    if m["date"].toordinal() <= x and (m["date_end"] or m["date"]).toordinal() >= y:
                        k = (0, m["_row"])
                    else:
                        continue
                elif (_ids(m) & pids) or m["place_name"] == pplace:
                    k = (1, m["_row"])
                else:
                    continue
                if best is None or k < best:
                    best = k
            keys[eid] = best
        return sorted(viable, key=keys.__getitem__)

    def same_sentence(self, rep: dict) -> list[dict]:
        return sorted(self.sent.get((rep["doc_id"], rep["sentence"], rep["event_type"]), ()), key=lambda m: m["_row"])


def _event_similarity(rep: dict, members: list[dict], tfidf: TfIdf) -> tuple[bool, float] | None:
    """How well ``rep`` fits an event: (whether a member it matches is dated to the same day or the next, the best
    ``same_event`` similarity), or None when it matches no linkable member or fails a hard constraint against one
    of them (complete link)."""
    best = None
    link = False
    for m in members:
        if not linkable(m):
            continue
        link = True
        if not hard_ok(rep, m):
            return None
        need = required_similarity(rep, m)
        if need is None:
            continue
        if rep["doc_id"] == m["doc_id"] and rep["sentence"] == m["sentence"]:
            sim = 1.0
        else:
            sim = cosine(_vec(rep, tfidf), _vec(m, tfidf))
            if sim < need:
                continue
        fit = (date_relation(rep, m) in ("exact", "near"), sim)
        if best is None or fit > best:
            best = fit
    return best if link else None


def _best_event(blocks: _Blocks, rep: dict, tfidf: TfIdf, reset: dict) -> str | None:
    """The event ``rep`` fits best. A report dated to the day joins an event told of that day before one known
    only by its month, however alike the words: 'lawmakers have ratified the security memorandum' (on the 21st)
    belongs with 'parliament approved the deal on Saturday', not with 'the maritime deal was ratified by
    lawmakers earlier this month'."""
    best, best_fit = None, None
    for eid in blocks.candidate_events(rep, tfidf):
        fit = _event_similarity(rep, reset[eid] if eid in reset else blocks.members[eid], tfidf)
        if fit is not None and (best_fit is None or fit > best_fit):
            best, best_fit = eid, fit
    return best


def _same_sentence_event(blocks: _Blocks, rep: dict) -> str | None:
    """A report that may not be linked across articles (low confidence, hypothetical...) still joins an
    event of the same type, status and actors coded from the very same sentence of the same article."""
    for m in blocks.same_sentence(rep):
        same_status = m["status"] == rep["status"] or (m["status"] in LINKABLE_STATUS and rep["status"] in LINKABLE_STATUS)
        if same_status and actors_overlap(rep, m) is not False and date_relation(rep, m) in ("exact", "coarse", "undated"):
            return m["event_id"]
    return None


_EVENT_COLS = [("event_type", "string"), ("mode", "string"), ("cameo", "string"), ("quad_class", "int32"),
               ("actor_ids", "list"), ("recipient_ids", "list"), ("date", "date32"), ("date_end", "date32"),
               ("date_precision", "string"), ("status", "string"), ("historical", "bool"),
               ("place_name", "string"), ("country", "string"), ("lat", "float64"), ("lon", "float64"),
               ("n_reports", "int32"), ("n_outlets", "int32"), ("fatalities_min", "int32"),
               ("fatalities_max", "int32"), ("confidence", "float64"), ("summary", "string")]


def _summary(members: list[dict], outlet_of: dict[str, str]) -> list:
    """The event row (``_EVENT_COLS``) for its members, in the store's order."""
    def rank(m):
        # a date read from the text or from the telling beats the publication day, and a day beats a month:
        # "signed on Monday" (reported on Monday) dates the event better than "signed in October"
        return (0 if linkable(m) else 1, 0 if m["date_source"] in _FROM_TEXT else 1,
                PRECISION_RANK.get(m["date_precision"], 5), 0 if m["date_source"] == "text" else 1,
                -(m["confidence"] or 0))
    best = min(members, key=rank)
    types = Counter(m["event_type"] for m in members)
    etype = best["event_type"] if types[best["event_type"]] == max(types.values()) else types.most_common(1)[0][0]
    acount, rcount = Counter(), Counter()
    for m in members:
        acount.update(m["actor_ids"] or [])
        rcount.update(m["recipient_ids"] or [])
    actors = [a for a, _ in acount.most_common()]
    recips = [a for a, _ in rcount.most_common() if a not in acount]
    placed = [m for m in members if m["place_name"]]
    place = min(placed, key=lambda m: (m.get("geo_precision") or 9, rank(m))) if placed else None
    fats = [m["fatalities"] for m in members if m["fatalities"] is not None]
    outlets = {outlet_of.get(m["doc_id"], m["doc_id"]) for m in members}
    status = "asserted" if any(m["status"] == "asserted" for m in members) else best["status"]
    return [etype, best["mode"], best["cameo"], best["quad_class"], actors, recips, best["date"], best["date_end"],
            best["date_precision"], status, best["historical"],
            place["place_name"] if place else None, place["country"] if place else None,
            place["lat"] if place else None, place["lon"] if place else None, len(members), len(outlets),
            min(fats) if fats else None, max(fats) if fats else None,
            max(m["confidence"] or 0 for m in members), best["sentence"]]


def _outlets(con) -> dict[str, str]:
    """doc id -> corroboration unit: the outlet of the article, or of its original when it is a copy."""
    rows = con.execute("SELECT a.id, coalesce(o.outlet, o.id, a.outlet, a.id) FROM articles a "
                       "LEFT JOIN articles o ON o.id = a.duplicate_of").fetchall()
    return {i: (k or i).strip().lower() for i, k in rows}


class _Tables:
    """Python columns registered with DuckDB as (Arrow) tables for set-based statements."""

    def __init__(self, con):
        self.con, self.names = con, []

    def add(self, name: str, columns: dict[str, tuple[str, list]]) -> str:
        import pyarrow as pa
        types = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(), "bool": pa.bool_(),
                 "date32": pa.date32(), "list": pa.list_(pa.string())}
        table = pa.table({c: pa.array(v, type=types[t]) for c, (t, v) in columns.items()})
        name = f"_sanderling_resolve_{name}"
        self.con.register(name, table)
        self.names.append(name)
        return name

    def close(self) -> None:
        for name in self.names:
            self.con.unregister(name)
        self.names = []


def _load_blocks(con, tables: _Tables, pending: list[dict]) -> _Blocks:
    """One query: every stored report (already in an event) that can be a blocking candidate of a pending
    report, or shares a sentence with a pending unlinkable one, with all the members of their events (and of
    any stored event with the id a pending report would give a new event)."""
    link = [r for r in pending if linkable(r)]
    dated = [r for r in link if r["date"] is not None]
    undated = [r for r in link if r["date"] is None]
    sent_docs = {r["doc_id"] for r in pending if not linkable(r) and r["doc_id"] is not None}
    conds, params = [], []
    if dated:
        conds.append("(p.date IS NOT NULL AND p.date <= ? AND coalesce(p.date_end, p.date) >= ?) OR p.date IS NULL")
        params += [max(_window(r)[1] for r in dated) + timedelta(days=1),
                   min(_window(r)[0] for r in dated) - timedelta(days=1)]
    if undated:
        ids = sorted(set().union(*(_probe_ids(r) for r in undated)))
        places = sorted({r["place_name"] or _NUL for r in undated})
        conds.append("list_has_any(p.actor_ids || p.recipient_ids, ?::VARCHAR[]) OR p.place_name IN (SELECT unnest(?::VARCHAR[]))")
        params += [ids, places]
    if sent_docs:
        docs = tables.add("docs", {"id": ("string", sorted(sent_docs))})
        conds.append(f"p.doc_id IN (SELECT id FROM {docs})")
    new = tables.add("new_ids", {"id": ("string", [_new_id(r) for r in pending])})
    pool = " OR ".join(f"({c})" for c in conds) or "FALSE"
    blocks = _Blocks(bool(undated), sent_docs)
    for r in _rows(con, f"r.event_id IN (SELECT DISTINCT p.event_id FROM reports p WHERE p.event_id IS NOT NULL "
                        f"AND ({pool})) OR r.event_id IN (SELECT id FROM {new}) ORDER BY r.rowid", params):
        blocks.add(r)
    return blocks


def _write(con, tables: _Tables, assigned: list[tuple[str, str]], touched: set[str], created: set[str],
           blocks: _Blocks) -> None:
    """Set ``reports.event_id``, then write every touched event's row from all its members."""
    assign = tables.add("assign", {"id": ("string", [i for i, _ in assigned]),
                                   "event_id": ("string", [e for _, e in assigned])})
    con.execute(f"UPDATE reports SET event_id = a.event_id FROM {assign} a WHERE reports.id = a.id")
    outlet_of = _outlets(con)
    ids = sorted(touched)
    rows = [_summary(sorted(blocks.members[eid], key=lambda m: m["_row"]), outlet_of) for eid in ids]
    tid = tables.add("touched", {"id": ("string", ids)})
    existing = {i for (i,) in con.execute(f"SELECT e.id FROM events e JOIN {tid} t ON t.id = e.id").fetchall()}
    # an event that exists gets all its columns rewritten; a new one is inserted whole; a touched event id
    # without a row (reports pointing to a deleted event) stays without one, as an UPDATE would leave it
    for name, keep in (("update", lambda i: i in existing), ("insert", lambda i: i not in existing and i in created)):
        sel = [k for k, i in enumerate(ids) if keep(i)]
        if not sel:
            continue
        cols = {"id": ("string", [ids[k] for k in sel])}
        for j, (c, t) in enumerate(_EVENT_COLS):
            cols[c] = (t, [rows[k][j] for k in sel])
        t = tables.add(name, cols)
        names = [c for c, _ in _EVENT_COLS]
        if name == "update":
            con.execute(f"UPDATE events SET {', '.join(f'{c} = t.{c}' for c in names)} FROM {t} t WHERE events.id = t.id")
        else:
            con.execute(f"INSERT INTO events (id, {', '.join(names)}) SELECT id, {', '.join(names)} FROM {t}")


def resolve_reports(store: Store, kb=None) -> dict[str, int]:
    """Resolve every report without an event. ``kb`` is the knowledge base whose affiliations say who acts
    for whom (Haftar for the LNA); by default the bundled one. It is set explicitly so that the result never
    depends on what else the process happened to load before."""
    con = store.con
    pending = _rows(con, "r.event_id IS NULL ORDER BY r.date NULLS LAST, r.doc_id, r.start_char, r.id", [])
    if not pending:
        return {"reports": 0, "merged": 0, "events": 0}
    from ..actors.kb import KnowledgeBase
    use_kb(kb if kb is not None else KnowledgeBase.load())
    tfidf = TfIdf(s for (s,) in con.execute("SELECT DISTINCT sentence FROM reports").fetchall())
    furniture = template_sentences(con, [r["sentence"] for r in pending if r["sentence"]])
    for r in pending:
        r["template"] = r["sentence"] in furniture
    reset: dict[str, list[dict]] = {}
    touched: set[str] = set()
    created_ids: set[str] = set()
    assigned: list[tuple[str, str]] = []
    merged = created = 0
    tables = _Tables(con)
    con.execute("BEGIN TRANSACTION")
    try:
        # linkable reports first, so that a weaker restatement in the same sentence finds their event; among them
        # those dated to the day, so that "ratified earlier this month" joins the day's event instead of drawing
        # the day's reports into an event known only by its month
        pending.sort(key=lambda r: (0 if linkable(r) else 1, 0 if r["date_precision"] == "day" else 1))
        blocks = _load_blocks(con, tables, pending)
        for rep in pending:
            eid = _best_event(blocks, rep, tfidf, reset) if linkable(rep) else _same_sentence_event(blocks, rep)
            if eid is None:
                eid = _new_id(rep)
                # a new event starts empty for linking, even if stored reports still carry its id
                if blocks.members.get(eid) or eid in reset:
                    reset[eid] = []
                created_ids.add(eid)
                created += 1
            else:
                merged += 1
            rep["event_id"] = eid
            if eid in reset:
                reset[eid].append(rep)
            blocks.add(rep)
            assigned.append((rep["id"], eid))
            touched.add(eid)
        _write(con, tables, assigned, touched, created_ids, blocks)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        tables.close()
    # second pass: lead events of articles telling one story, coded with different types or actors
    from .stories import merge_story_events
    story = merge_story_events(store, {r["doc_id"] for r in pending if r["doc_id"] is not None})
    return {"reports": len(pending), "merged": merged + story, "events": created - story}


def event_reports(store: Store, event_id: str) -> list[dict]:
    """Every report of one event with its source and its own figures, side by side."""
    rows = store.con.execute(
        "SELECT r.id, r.doc_id, a.title, a.url, coalesce(r.outlet, a.outlet), r.published, a.duplicate_of, "
        "r.event_type, r.status, r.date, r.date_end, r.date_precision, r.date_source, r.payload->>'date_text', "
        "r.place_name, r.fatalities, r.payload->'quantities', r.actor_ids, r.recipient_ids, r.sentence, "
        "r.confidence FROM reports r LEFT JOIN articles a ON a.id = r.doc_id WHERE r.event_id = ? "
        "ORDER BY r.published NULLS LAST, r.doc_id, r.start_char", [event_id]).fetchall()
    keys = ["report_id", "doc_id", "title", "url", "outlet", "published", "duplicate_of", "event_type", "status",
            "date", "date_end", "date_precision", "date_source", "date_text", "place", "fatalities", "quantities",
            "actor_ids", "recipient_ids", "sentence", "confidence"]
    out = []
    for row in rows:
        d = dict(zip(keys, row))
        for k in ("published", "date", "date_end"):
            d[k] = d[k].isoformat() if d[k] else None
        d["quantities"] = json.loads(d["quantities"]) if d["quantities"] else {}
        out.append(d)
    return out
