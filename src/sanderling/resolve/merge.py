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
        where outlets legitimately disagree); coarser precision -> the ranges overlap;
      - places: when both are exact (geo precision 1-2), the same country and within ``MAX_KM``.
soft  - the resolved actors overlap (each side's actor/recipient set meets the other's, after collapsing
        persons to their organisation: Haftar -> LNA);
      - TF-IDF cosine of the evidence sentences above a threshold that depends on how solid the date
        agreement is: text-derived same-day dates need little text overlap; coarse dates need more;
        dates taken from the publication date (generic background such as "Turkey supports the GNA")
        or missing dates need a strong similarity (``STRONG_SIM``).

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
from .actors import family
from .text import TfIdf, cosine

MAX_KM = 50.0
MIN_CONFIDENCE = 0.5
LINKABLE_STATUS = {"asserted", "claimed"}
SIM_EXACT_DAY = 0.10     # both dates from the text, same day, actors overlap
SIM_NEAR_DAY = 0.25      # one day apart, one date soft
SIM_COARSE = 0.30        # week/month/year ranges overlap
STRONG_SIM = 0.50        # publication-date or undated reports
SIM_NO_ACTORS = 0.35     # a side without resolved actors
RELATED = {frozenset(p) for p in (("ASSAULT", "COERCE"), ("AID", "COOPERATE"), ("AID", "SUPPORT"),
                                   ("SANCTION", "COERCE"), ("ACCUSE", "REJECT"), ("AGREE", "CONSULT"))}
PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4, None: 5}
_SOFT_DATE = re.compile(r"night|overnight|late|early|midnight|dawn|yesterday|today|tonight|hours", re.I)

_COLS = ["id", "event_id", "doc_id", "event_type", "mode", "cameo", "quad_class", "actor_ids", "recipient_ids",
         "date", "date_end", "date_precision", "date_source", "status", "historical", "place_name", "country",
         "lat", "lon", "fatalities", "confidence", "sentence", "start_char"]
_SELECT = ", ".join(f"r.{c}" for c in _COLS) + (
    ", r.payload->>'date_text' AS date_text, TRY_CAST(r.payload->'location'->>'geo_precision' AS INTEGER) AS geo_precision")


def _km(lat1, lon1, lat2, lon2) -> float | None:
    if None in (lat1, lon1, lat2, lon2):
        return None
    return haversine_km(lat1, lon1, lat2, lon2)


def types_compatible(a: str, b: str) -> bool:
    return a == b or frozenset((a, b)) in RELATED


def compatible_types(t: str) -> list[str]:
    return sorted({t} | {x for p in RELATED if t in p for x in p})


def linkable(r: dict) -> bool:
    return r["status"] in LINKABLE_STATUS and (r["confidence"] or 0) >= MIN_CONFIDENCE


def _soft(r: dict) -> bool:
    return r["date_source"] != "text" or bool(_SOFT_DATE.search(r.get("date_text") or ""))


def _window(r: dict):
    return r["date"], (r["date_end"] or r["date"])


def date_relation(r: dict, s: dict) -> str | None:
    """'exact' | 'near' | 'coarse' | 'undated' when the dates allow one event, else None."""
    if r["date"] is None or s["date"] is None:
        return "undated"
    if r["date_precision"] == "day" and s["date_precision"] == "day":
        d = abs((r["date"] - s["date"]).days)
        if d == 0:
            return "exact"
        if d == 1 and (_soft(r) or _soft(s)):
            return "near"
        return None
    (a0, a1), (b0, b1) = _window(r), _window(s)
    return "coarse" if a0 <= b1 and b0 <= a1 else None


def place_ok(r: dict, s: dict) -> bool:
    exact = (r.get("geo_precision") or 9) <= 2 and (s.get("geo_precision") or 9) <= 2
    if not exact:
        return True
    if r["country"] and s["country"] and r["country"] != s["country"]:
        return False
    km = _km(r["lat"], r["lon"], s["lat"], s["lon"])
    return km is None or km <= MAX_KM


def hard_ok(r: dict, s: dict) -> bool:
    return (types_compatible(r["event_type"], s["event_type"]) and bool(r["historical"]) == bool(s["historical"])
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
    if not (ra | rr) or not (sa | sr):
        return None
    if not ((ra | rr) & (sa | sr)):
        return False
    # each side that both reports fill must meet the other report somewhere
    if ra and sa and not (ra & (sa | sr)):
        return False
    if rr and sr and not (rr & (sr | sa)):
        return False
    return True


def required_similarity(r: dict, s: dict) -> float | None:
    rel = date_relation(r, s)
    if rel is None:
        return None
    if rel == "undated" or r["date_source"] != "text" or s["date_source"] != "text":
        need = STRONG_SIM
    else:
        need = {"exact": SIM_EXACT_DAY, "near": SIM_NEAR_DAY, "coarse": SIM_COARSE}[rel]
    ov = actors_overlap(r, s)
    if ov is False:
        return None
    if ov is None:
        if not (r["place_name"] and r["place_name"] == s["place_name"]):
            return None
        need = max(need, SIM_NO_ACTORS)
    return need


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
    cols = _COLS + ["date_text", "geo_precision"]
    return [dict(zip(cols, row)) for row in con.execute(f"SELECT {_SELECT} FROM reports r WHERE {where}", params).fetchall()]


def _candidates(con, rep: dict) -> list[dict]:
    """Blocking: stored reports already in an event, of a compatible type and the same historical flag,
    whose date window overlaps the report's (+1 day), or, for undated reports, sharing an actor or place."""
    types = compatible_types(rep["event_type"])
    ph = ",".join("?" * len(types))
    base = f"r.event_id IS NOT NULL AND r.event_type IN ({ph}) AND r.historical = ?"
    params: list = [*types, bool(rep["historical"])]
    if rep["date"] is not None:
        lo, hi = _window(rep)
        return _rows(con, base + " AND r.date IS NOT NULL AND r.date <= ? AND coalesce(r.date_end, r.date) >= ?",
                     params + [hi + timedelta(days=1), lo - timedelta(days=1)]) + \
            _rows(con, base + " AND r.date IS NULL AND (list_has_any(r.actor_ids || r.recipient_ids, ?) OR r.place_name = ?)",
                  params + [list(rep["actor_ids"] or []) + list(rep["recipient_ids"] or []) or ["\x00"], rep["place_name"] or "\x00"])
    return _rows(con, base + " AND (list_has_any(r.actor_ids || r.recipient_ids, ?) OR r.place_name = ?)",
                 params + [list(rep["actor_ids"] or []) + list(rep["recipient_ids"] or []) or ["\x00"], rep["place_name"] or "\x00"])


def _best_event(con, rep: dict, tfidf: TfIdf, members_cache: dict) -> str | None:
    cands = _candidates(con, rep)
    by_event: dict[str, list[dict]] = {}
    for c in cands:
        by_event.setdefault(c["event_id"], []).append(c)
    best, best_sim = None, -1.0
    for eid in by_event:
        members = members_cache.get(eid)
        if members is None:
            members = _rows(con, "r.event_id = ?", [eid])
            members_cache[eid] = members
        link = [m for m in members if linkable(m)]
        if not link or not all(hard_ok(rep, m) for m in link):
            continue
        sims = [s for s in (same_event(rep, m, tfidf) for m in link) if s is not None]
        if sims and max(sims) > best_sim:
            best, best_sim = eid, max(sims)
    return best


def _same_sentence_event(con, rep: dict) -> str | None:
    """A report that may not be linked across articles (low confidence, hypothetical...) still joins an
    event of the same type, status and actors coded from the very same sentence of the same article."""
    for m in _rows(con, "r.event_id IS NOT NULL AND r.doc_id = ? AND r.sentence = ? AND r.event_type = ?",
                   [rep["doc_id"], rep["sentence"], rep["event_type"]]):
        same_status = m["status"] == rep["status"] or (m["status"] in LINKABLE_STATUS and rep["status"] in LINKABLE_STATUS)
        if same_status and actors_overlap(rep, m) is not False and date_relation(rep, m) in ("exact", "coarse", "undated"):
            return m["event_id"]
    return None


def _summarise(con, eid: str, members: list[dict], outlet_of: dict[str, str]) -> None:
    def rank(m):
        return (0 if linkable(m) else 1, 0 if m["date_source"] == "text" else 1,
                PRECISION_RANK.get(m["date_precision"], 5), -(m["confidence"] or 0))
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
    con.execute(
        "UPDATE events SET event_type=?, mode=?, cameo=?, quad_class=?, actor_ids=?, recipient_ids=?, date=?, "
        "date_end=?, date_precision=?, status=?, historical=?, place_name=?, country=?, lat=?, lon=?, n_reports=?, "
        "n_outlets=?, fatalities_min=?, fatalities_max=?, confidence=?, summary=? WHERE id=?",
        [etype, best["mode"], best["cameo"], best["quad_class"], actors, recips, best["date"], best["date_end"],
         best["date_precision"], status, best["historical"],
         place["place_name"] if place else None, place["country"] if place else None,
         place["lat"] if place else None, place["lon"] if place else None, len(members), len(outlets),
         min(fats) if fats else None, max(fats) if fats else None,
         max(m["confidence"] or 0 for m in members), best["sentence"], eid])


def _outlets(con) -> dict[str, str]:
    """doc id -> corroboration unit: the outlet of the article, or of its original when it is a copy."""
    rows = con.execute("SELECT a.id, coalesce(o.outlet, o.id, a.outlet, a.id) FROM articles a "
                       "LEFT JOIN articles o ON o.id = a.duplicate_of").fetchall()
    return {i: (k or i).strip().lower() for i, k in rows}


def resolve_reports(store: Store) -> dict[str, int]:
    con = store.con
    pending = _rows(con, "r.event_id IS NULL ORDER BY r.date NULLS LAST, r.doc_id, r.start_char, r.id", [])
    if not pending:
        return {"reports": 0, "merged": 0, "events": 0}
    tfidf = TfIdf(s for (s,) in con.execute("SELECT DISTINCT sentence FROM reports").fetchall())
    members_cache: dict[str, list[dict]] = {}
    touched: set[str] = set()
    merged = created = 0
    con.execute("BEGIN TRANSACTION")
    try:
        # linkable reports first, so that a weaker restatement in the same sentence finds their event
        pending.sort(key=lambda r: 0 if linkable(r) else 1)
        for rep in pending:
            eid = _best_event(con, rep, tfidf, members_cache) if linkable(rep) else _same_sentence_event(con, rep)
            if eid is None:
                eid = _new_id(rep)
                con.execute("INSERT INTO events (id, event_type, n_reports, n_outlets) VALUES (?,?,0,0) "
                            "ON CONFLICT DO NOTHING", [eid, rep["event_type"]])
                members_cache[eid] = []
                created += 1
            else:
                merged += 1
            con.execute("UPDATE reports SET event_id = ? WHERE id = ?", [eid, rep["id"]])
            rep["event_id"] = eid
            members_cache.setdefault(eid, []).append(rep)
            touched.add(eid)
        outlet_of = _outlets(con)
        for eid in touched:
            _summarise(con, eid, _rows(con, "r.event_id = ?", [eid]), outlet_of)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"reports": len(pending), "merged": merged, "events": created}


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
