"""Cross-article event resolution: many reports of one real-world event become one event.

Incremental and blocked: each new report is compared only with stored events of the same type whose
date window overlaps its own (and which share an actor), never with all pairs."""
from __future__ import annotations

import hashlib
import math
from datetime import timedelta

from ..store.duck import Store

# how far apart two day-precision reports of one event may be dated (outlets disagree by a day)
DAY_SLACK = 1
MAX_KM = 60.0


def _km(lat1, lon1, lat2, lon2) -> float:
    if None in (lat1, lon1, lat2, lon2):
        return 0.0
    p = math.pi / 180
    a = 0.5 - math.cos((lat2 - lat1) * p) / 2 + math.cos(lat1 * p) * math.cos(lat2 * p) * (1 - math.cos((lon2 - lon1) * p)) / 2
    return 12742 * math.asin(math.sqrt(max(a, 0.0)))


def _compatible(rep: dict, ev: dict) -> bool:
    ra, rr = set(rep["actor_ids"] or []), set(rep["recipient_ids"] or [])
    ea, er = set(ev["actor_ids"] or []), set(ev["recipient_ids"] or [])
    if not ra or not (ra & (ea | er)):
        return False
    if rr and er and not (rr & (er | ea)):
        return False
    if rep["historical"] != ev["historical"]:
        return False
    if rep["country"] and ev["country"] and rep["country"] != ev["country"]:
        return False
    if _km(rep["lat"], rep["lon"], ev["lat"], ev["lon"]) > MAX_KM and rep["place_name"] and ev["place_name"]:
        return False
    return True


def _new_id(rep: dict) -> str:
    return "E" + hashlib.sha1(rep["id"].encode()).hexdigest()[:12]


def resolve_reports(store: Store) -> dict[str, int]:
    con = store.con
    cols = ["id", "doc_id", "event_type", "mode", "cameo", "quad_class", "actor_ids", "recipient_ids",
            "date", "date_end", "date_precision", "status", "historical", "place_name", "country", "lat",
            "lon", "fatalities", "confidence", "sentence"]
    pending = [dict(zip(cols, r)) for r in con.execute(
        f"SELECT {', '.join(cols)} FROM reports WHERE event_id IS NULL ORDER BY date NULLS LAST, id").fetchall()]
    ecols = ["id", "event_type", "actor_ids", "recipient_ids", "date", "date_end", "historical",
             "place_name", "country", "lat", "lon"]
    merged = created = 0
    con.execute("BEGIN TRANSACTION")
    try:
        for rep in pending:
            target = None
            if rep["date"] is not None and rep["actor_ids"]:
                lo = rep["date"] - timedelta(days=DAY_SLACK)
                hi = (rep["date_end"] or rep["date"]) + timedelta(days=DAY_SLACK)
                cands = con.execute(
                    f"SELECT {', '.join(ecols)} FROM events WHERE event_type = ? AND date <= ? AND date_end >= ? "
                    "AND list_has_any(actor_ids || recipient_ids, ?)",
                    [rep["event_type"], hi, lo, list(rep["actor_ids"])]).fetchall()
                for row in cands:
                    ev = dict(zip(ecols, row))
                    if _compatible(rep, ev):
                        target = ev
                        break
            if target is None:
                eid = _new_id(rep)
                con.execute("INSERT INTO events (id, event_type, mode, cameo, quad_class, actor_ids, recipient_ids, "
                            "date, date_end, date_precision, status, historical, place_name, country, lat, lon, "
                            "n_reports, n_outlets, fatalities_min, fatalities_max, confidence, summary) "
                            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,0,NULL,NULL,?,?) ON CONFLICT DO NOTHING",
                            [eid, rep["event_type"], rep["mode"], rep["cameo"], rep["quad_class"],
                             rep["actor_ids"], rep["recipient_ids"], rep["date"], rep["date_end"],
                             rep["date_precision"], rep["status"], rep["historical"], rep["place_name"],
                             rep["country"], rep["lat"], rep["lon"], rep["confidence"], rep["sentence"]])
                created += 1
            else:
                eid = target["id"]
                merged += 1
            con.execute("UPDATE reports SET event_id = ? WHERE id = ?", [eid, rep["id"]])
        # corroboration: distinct outlets, counting republished copies once
        con.execute("""
            UPDATE events SET
              n_reports = s.n_reports, n_outlets = s.n_outlets,
              fatalities_min = s.fmin, fatalities_max = s.fmax
            FROM (
              SELECT r.event_id,
                     count(*) AS n_reports,
                     count(DISTINCT coalesce(o.outlet, r.outlet, r.doc_id)) AS n_outlets,
                     min(r.fatalities) AS fmin, max(r.fatalities) AS fmax
              FROM reports r JOIN articles a ON a.id = r.doc_id
              LEFT JOIN articles o ON o.id = a.duplicate_of
              GROUP BY r.event_id) s
            WHERE events.id = s.event_id""")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return {"reports": len(pending), "merged": merged, "events": created}
