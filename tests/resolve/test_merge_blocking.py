"""In-memory blocking and bulk writes give the same events as the per-report SQL resolver they replaced.

``_reference_resolve`` below is that resolver (one blocking query per report, one UPDATE per report, one
SELECT and UPDATE per touched event), kept as the specification. Random stores with the awkward cases
(undated and coarse dates, windows ending before they start, no historical flag, NULL actor lists,
restatements in one sentence, republished copies, re-coded articles whose old event ids are still stored,
reports pointing to a deleted event) are resolved in several incremental runs by both."""
import json
import random
from datetime import date, timedelta

import pytest

from sanderling.resolve import merge
from sanderling.resolve.merge import (
    LINKABLE_STATUS,
    _new_id,
    _outlets,
    _window,
    actors_overlap,
    compatible_types,
    date_relation,
    hard_ok,
    linkable,
    same_event,
)
from sanderling.resolve.text import TfIdf
from sanderling.store import open_store

_COLS = ["id", "event_id", "doc_id", "event_type", "mode", "cameo", "quad_class", "actor_ids", "recipient_ids",
         "date", "date_end", "date_precision", "date_source", "status", "historical", "place_name", "country",
         "lat", "lon", "fatalities", "confidence", "sentence", "start_char"]
_SELECT = ", ".join(f"r.{c}" for c in _COLS) + (
    ", r.payload->>'date_text' AS date_text, TRY_CAST(r.payload->'location'->>'geo_precision' AS INTEGER) AS geo_precision")


def _rows(con, where, params):
    cols = _COLS + ["date_text", "geo_precision"]
    return [dict(zip(cols, row)) for row in con.execute(f"SELECT {_SELECT} FROM reports r WHERE {where}", params).fetchall()]


def _candidates(con, rep):
    types = compatible_types(rep["event_type"])
    ph = ",".join("?" * len(types))
    base = f"r.event_id IS NOT NULL AND r.event_type IN ({ph}) AND r.historical = ?"
    params = [*types, bool(rep["historical"])]
    probe = [list(rep["actor_ids"] or []) + list(rep["recipient_ids"] or []) or ["\x00"], rep["place_name"] or "\x00"]
    if rep["date"] is not None:
        lo, hi = _window(rep)
        return _rows(con, base + " AND r.date IS NOT NULL AND r.date <= ? AND coalesce(r.date_end, r.date) >= ?",
                     params + [hi + timedelta(days=1), lo - timedelta(days=1)]) + \
            _rows(con, base + " AND r.date IS NULL AND (list_has_any(r.actor_ids || r.recipient_ids, ?) OR r.place_name = ?)",
                  params + probe)
    return _rows(con, base + " AND (list_has_any(r.actor_ids || r.recipient_ids, ?) OR r.place_name = ?)", params + probe)


def _best_event(con, rep, tfidf, members_cache):
    by_event = {}
    for c in _candidates(con, rep):
        by_event.setdefault(c["event_id"], []).append(c)
    best, best_fit = None, None
    for eid in by_event:
        members = members_cache.get(eid)
        if members is None:
            members = members_cache[eid] = _rows(con, "r.event_id = ?", [eid])
        link = [m for m in members if linkable(m)]
        if not link or not all(hard_ok(rep, m) for m in link):
            continue
        # a member of the same day (or the next) counts before any similarity
        fits = [(date_relation(rep, m) in ("exact", "near"), s) for m in link
                for s in [same_event(rep, m, tfidf)] if s is not None]
        if fits and (best_fit is None or max(fits) > best_fit):
            best, best_fit = eid, max(fits)
    return best


def _same_sentence_event(con, rep):
    for m in _rows(con, "r.event_id IS NOT NULL AND r.doc_id = ? AND r.sentence = ? AND r.event_type = ?",
                   [rep["doc_id"], rep["sentence"], rep["event_type"]]):
        same_status = m["status"] == rep["status"] or (m["status"] in LINKABLE_STATUS and rep["status"] in LINKABLE_STATUS)
        if same_status and actors_overlap(rep, m) is not False and date_relation(rep, m) in ("exact", "coarse", "undated"):
            return m["event_id"]
    return None


def _summarise(con, eid, members, outlet_of):
    # the event row itself is not what this reference checks: the resolver's own row builder writes it
    names = [c for c, _ in merge._EVENT_COLS]
    con.execute(f"UPDATE events SET {', '.join(f'{c} = ?' for c in names)} WHERE id = ?",
                [*merge._summary(members, outlet_of), eid])


def _reference_resolve(store):
    con = store.con
    pending = _rows(con, "r.event_id IS NULL ORDER BY r.date NULLS LAST, r.doc_id, r.start_char, r.id", [])
    if not pending:
        return {"reports": 0, "merged": 0, "events": 0}
    tfidf = TfIdf(s for (s,) in con.execute("SELECT DISTINCT sentence FROM reports").fetchall())
    members_cache, touched = {}, set()
    merged = created = 0
    pending.sort(key=lambda r: (0 if linkable(r) else 1, 0 if r["date_precision"] == "day" else 1))
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
    return {"reports": len(pending), "merged": merged, "events": created}


# -- random stores ------------------------------------------------------------------------------------
TYPES = ["ASSAULT", "COERCE", "SANCTION", "AID", "COOPERATE", "SUPPORT", "ACCUSE", "REJECT", "PROTEST"]
WORDS = ["shelling", "strike", "convoy", "talks", "ceasefire", "border", "village", "town", "airport", "port",
         "capital"]
_INSERT = ["id", "event_id", "doc_id", "outlet", "published", "event_type", "actor_ids", "recipient_ids", "date",
           "date_end", "date_precision", "date_source", "status", "historical", "fatalities", "place_name",
           "country", "lat", "lon", "sentence", "start_char", "confidence", "payload", "mode", "cameo", "quad_class"]


def _batch(rng, n, k):
    reps, arts = [], {}
    actors = [f"A{i}" for i in range(rng.choice([4, 8, 20]))]
    while len(reps) < n:
        k += 1
        et, d = rng.choice(TYPES), date(2020, 1, 1) + timedelta(days=rng.randrange(40))
        pair, topic = rng.sample(actors, 2), rng.sample(WORDS, 4)
        for j in range(rng.choice([1, 2, 3])):
            doc = f"D{k}-{j}"
            arts[doc] = (f"o{rng.randrange(5)}", d, None if rng.random() < 0.9 else f"D{k}-0")
            sent = " ".join(rng.sample(topic, 3) + rng.sample(WORDS, rng.choice([0, 1])))
            for q in range(rng.choice([1, 1, 2, 3])):
                x = rng.random()
                if x < 0.1:
                    d0 = d1 = None
                    prec = "unknown"
                elif x < 0.25:
                    d0, prec = d.replace(day=1), "month"
                    d1 = d0 + timedelta(days=27)
                elif x < 0.3:
                    d0, d1, prec = d, d - timedelta(days=rng.choice([2, 5, 20])), "day"
                elif x < 0.32:
                    d0, d1, prec = date(2020, 1, 1), date(2020, 12, 31), "year"
                elif x < 0.34:
                    d0, d1, prec = date(2019, 6, 1), date(2021, 12, 31), "year"
                else:
                    d0 = d + timedelta(days=rng.choice([0, 0, 0, 1, -1]))
                    d1, prec = (d0 if rng.random() < .7 else None), "day"
                acts = None if rng.random() < 0.05 else ([] if rng.random() < 0.1 else [rng.choice(pair)])
                recs = None if rng.random() < 0.05 else (
                    [] if rng.random() < 0.3 else [a for a in pair if a not in (acts or [])][:1])
                place = rng.choice([None, "", "Tripoli", "Sirte", "Misrata"])
                lat = None if place is None else 32.0 + rng.random() * (0.1 if rng.random() < .8 else 3)
                reps.append(dict(
                    id=f"R{k}-{j}-{q}", event_id=None, doc_id=doc, outlet=arts[doc][0], published=d,
                    event_type=et if rng.random() < 0.8 else rng.choice(TYPES + [None]), actor_ids=acts,
                    recipient_ids=recs, date=d0, date_end=d1, date_precision=prec,
                    date_source=rng.choice(["text"] * 4 + ["published"]),
                    status=rng.choice(["asserted"] * 6 + ["claimed", "hypothetical", "denied"]),
                    historical=rng.choice([False] * 8 + [True, None]), fatalities=rng.choice([None, 3, 5, 10]),
                    place_name=place, country=None if place is None else rng.choice(["LBY", "LBY", "TUN"]), lat=lat,
                    lon=None if lat is None else 13.0,
                    sentence=sent if q == 0 or rng.random() < 0.7 else " ".join(rng.sample(WORDS, 3)),
                    start_char=rng.randrange(500), confidence=rng.choice([0.9, 0.8, 0.4, None]),
                    payload=json.dumps({"date_text": rng.choice(["on Monday", "late on Monday", "", None]),
                                        "location": {"geo_precision": rng.choice([1, 2, 3, None])}}),
                    mode=rng.choice([None, "m"]), cameo="190", quad_class=4))
    return reps, arts, k


def _state(con):
    return (con.execute("SELECT id, event_id FROM reports ORDER BY id").fetchall(),
            con.execute("SELECT * FROM events ORDER BY id").fetchall())


def _compare(seed, batches=3, n=60):
    rng = random.Random(seed)
    ref, new = open_store(":memory:"), open_store(":memory:")
    ins = f"INSERT INTO reports ({', '.join(_INSERT)}) VALUES ({', '.join('?' * len(_INSERT))})"
    k = 0
    try:
        for b in range(batches):
            reps, arts, k = _batch(rng, n, k)
            recode = rng.randrange(40) if b and rng.random() < 0.6 else None
            shift, drop = rng.random() < 0.5, b and rng.random() < 0.3
            for store in (ref, new):
                con = store.con
                con.executemany("INSERT INTO articles (id, outlet, published, duplicate_of) VALUES (?,?,?,?) "
                                "ON CONFLICT DO NOTHING", [(a, o, p, dup) for a, (o, p, dup) in arts.items()])
                con.executemany(ins, [[r[c] for c in _INSERT] for r in reps])
                if recode is not None:
                    # a re-coded article: its reports come back without an event (maybe moved), the old
                    # events stay, and a new event may get the id of a stored one
                    doc = con.execute("SELECT doc_id FROM reports ORDER BY doc_id LIMIT 1 OFFSET ?", [recode]).fetchone()[0]
                    rows = [list(r) for r in con.execute(f"SELECT {', '.join(_INSERT)} FROM reports WHERE doc_id = ?",
                                                         [doc]).fetchall()]
                    con.execute("DELETE FROM reports WHERE doc_id = ?", [doc])
                    for r in rows:
                        r[1] = None
                        if shift and r[8] is not None:
                            r[8], r[9] = r[8] + timedelta(days=9), None
                    con.executemany(ins, rows[::-1])
                if drop:
                    con.execute("DELETE FROM events WHERE id = (SELECT min(id) FROM events)")
            assert merge.resolve_reports(new) == _reference_resolve(ref)
            assert _state(new.con) == _state(ref.con)
    finally:
        ref.close()
        new.close()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_same_events_as_per_report_sql(seed):
    _compare(seed)


def test_same_events_with_fine_buckets_and_wide_windows(monkeypatch):
    monkeypatch.setattr(merge, "BUCKET_DAYS", 1)
    monkeypatch.setattr(merge, "WIDE_BUCKETS", 3)
    _compare(3)


def test_failure_rolls_back(monkeypatch):
    store = open_store(":memory:")
    reps, arts, _ = _batch(random.Random(5), 30, 0)
    store.con.executemany("INSERT INTO articles (id, outlet, published, duplicate_of) VALUES (?,?,?,?)",
                          [(a, o, p, dup) for a, (o, p, dup) in arts.items()])
    store.con.executemany(f"INSERT INTO reports ({', '.join(_INSERT)}) VALUES ({', '.join('?' * len(_INSERT))})",
                          [[r[c] for c in _INSERT] for r in reps])

    def boom(*a):
        raise RuntimeError("boom")
    monkeypatch.setattr(merge, "_summary", boom)
    with pytest.raises(RuntimeError):
        merge.resolve_reports(store)
    assert store.con.execute("SELECT count(*) FROM reports WHERE event_id IS NOT NULL").fetchone()[0] == 0
    assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    monkeypatch.undo()
    assert merge.resolve_reports(store)["reports"] == len(reps)
    store.close()
