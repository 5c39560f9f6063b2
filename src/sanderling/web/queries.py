"""Read-only queries behind the HTTP API: events, their reports (the provenance), actors, articles, stats.

Every function takes a DuckDB connection (a per-request cursor) and returns plain JSON-able dicts, or
None for an unknown id. Values from the request only ever reach SQL as bound parameters."""
from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from ..events.ontology import EVENT_TYPES, QUAD_NAMES
from ..views.filters import EventFilter

EVENT_COLS = ("id, event_type, mode, cameo, quad_class, actor_ids, recipient_ids, date, date_end, date_precision, "
              "status, historical, place_name, country, lat, lon, n_reports, n_outlets, fatalities_min, "
              "fatalities_max, confidence, summary")
SORTS = {"date": "e.date ASC NULLS LAST, e.id", "-date": "e.date DESC NULLS LAST, e.id",
         "reports": "e.n_reports DESC, e.n_outlets DESC, e.date DESC NULLS LAST, e.id"}
CONTEXT_CHARS = 300


def _iso(v) -> str | None:
    return v.isoformat() if isinstance(v, date) else v


def _actor_names(con, ids) -> dict[str, dict]:
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    rows = con.execute("SELECT id, name, country, kind FROM actors WHERE list_contains(?::VARCHAR[], id)",
                       [ids]).fetchall()
    return {i: {"id": i, "name": n, "country": c, "kind": k} for i, n, c, k in rows}


def _party(names: dict, i: str) -> dict:
    return names.get(i) or {"id": i, "name": i, "country": None, "kind": None}


def _event(row, names: dict, claimants: list[dict]) -> dict:
    (eid, etype, mode, cameo, quad, actors, recips, when, when_end, precision, status, historical, place,
     country, lat, lon, n_reports, n_outlets, fat_min, fat_max, confidence, summary) = row
    return {
        "id": eid, "event_type": etype, "mode": mode, "cameo": cameo, "quad_class": quad,
        "quad_name": QUAD_NAMES.get(quad),
        "actors": [_party(names, a) for a in actors or []],
        "recipients": [_party(names, a) for a in recips or []],
        "date": _iso(when), "date_end": _iso(when_end), "date_precision": precision,
        "status": status, "historical": bool(historical), "claimants": claimants,
        "place": {"name": place, "country": country, "lat": lat, "lon": lon} if place else None,
        "corroboration": n_outlets, "n_reports": n_reports,
        "fatalities": {"min": fat_min, "max": fat_max} if fat_min is not None else None,
        "confidence": confidence, "summary": summary,
    }


def _claimants(con, event_ids: list[str]) -> dict[str, list[dict]]:
    """The parties to whom reports attribute each event ("..., the GNA said"), by event id."""
    out: dict[str, list[dict]] = {}
    if not event_ids:
        return out
    rows = con.execute("SELECT event_id, json_extract_string(payload, '$.claimant.id'), "
                       "json_extract_string(payload, '$.claimant.name') FROM reports "
                       "WHERE list_contains(?::VARCHAR[], event_id) AND json_extract_string(payload, '$.claimant.id') "
                       "IS NOT NULL ORDER BY doc_id, start_char, seq", [event_ids]).fetchall()
    for eid, cid, cname in rows:
        lst = out.setdefault(eid, [])
        if all(c["id"] != cid for c in lst):
            lst.append({"id": cid, "name": cname})
    return out


def _rows_to_events(con, rows) -> list[dict]:
    names = _actor_names(con, [a for r in rows for a in (r[5] or []) + (r[6] or [])])
    claims = _claimants(con, [r[0] for r in rows])
    return [_event(r, names, claims.get(r[0], [])) for r in rows]


def list_events(con, flt: EventFilter, limit: int, offset: int, sort: str = "-date") -> dict:
    where, params = flt.where(con, "e")
    total = con.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0]
    rows = con.execute(f"SELECT {', '.join('e.' + c.strip() for c in EVENT_COLS.split(','))} FROM events e "
                       f"WHERE {where} ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset, "sort": sort, "events": _rows_to_events(con, rows)}


def _trigger_span(sentence: str, trigger: str | None) -> list[int] | None:
    """Where the trigger word first stands in the sentence (as a whole word), for highlighting."""
    if not sentence or not trigger:
        return None
    m = re.search(r"(?<!\w)" + re.escape(trigger) + r"(?!\w)", sentence)
    return [m.start(), m.end()] if m else None


def _context(text: str | None, start: int, end: int) -> tuple[str, str]:
    """The rest of the sentence's paragraph on either side, at most CONTEXT_CHARS each."""
    if not text or start is None or end is None:
        return "", ""
    p0 = text.rfind("\n", 0, start) + 1
    p1 = text.find("\n", end)
    p1 = len(text) if p1 < 0 else p1
    before = text[max(p0, start - CONTEXT_CHARS):start]
    after = text[end:min(p1, end + CONTEXT_CHARS)]
    return before, after


def event_detail(con, event_id: str) -> dict | None:
    row = con.execute(f"SELECT {EVENT_COLS} FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    ev = _rows_to_events(con, [row])[0]
    reports = con.execute(
        "SELECT r.id, r.doc_id, r.payload, r.sentence, r.start_char, r.end_char, a.title, a.url, "
        "coalesce(r.outlet, a.outlet), coalesce(r.published, a.published), a.duplicate_of, a.text "
        "FROM reports r LEFT JOIN articles a ON a.id = r.doc_id WHERE r.event_id = ? "
        "ORDER BY coalesce(r.published, a.published) NULLS LAST, r.doc_id, r.start_char, r.seq",
        [event_id]).fetchall()
    ev["reports"] = []
    for rid, doc_id, payload, sentence, s0, s1, title, url, outlet, published, dup, text in reports:
        p = json.loads(payload)
        before, after = _context(text, s0, s1)
        ev["reports"].append({
            "id": rid,
            "article": {"id": doc_id, "title": title, "url": url, "outlet": outlet, "published": _iso(published),
                        "duplicate_of": dup},
            "event_type": p.get("event_type"), "mode": p.get("mode"), "cameo": p.get("cameo"),
            "status": p.get("status"), "claimant": p.get("claimant"), "historical": p.get("historical"),
            "actors": p.get("actor", []), "recipients": p.get("recipient", []),
            "date": p.get("date"), "date_text": p.get("date_text"), "date_source": p.get("date_source"),
            "date_precision": p.get("date_precision"), "location": p.get("location"),
            "fatalities": p.get("fatalities"), "quantities": p.get("quantities"), "confidence": p.get("confidence"),
            "trigger": p.get("trigger"), "trigger_span": _trigger_span(sentence, p.get("trigger")),
            "sentence": sentence, "start": s0, "end": s1, "context_before": before, "context_after": after,
        })
    return ev


def list_actors(con, q: str | None, country: str | None, limit: int, offset: int) -> dict:
    cond, params = ["true"], []
    if q:
        cond.append("(contains(lower(a.name), lower(?)) OR contains(lower(a.id), lower(?)))")
        params += [q, q]
    if country:
        cond.append("upper(a.country) = upper(?)")
        params.append(country)
    where = " AND ".join(cond)
    total = con.execute(f"SELECT count(*) FROM actors a WHERE {where}", params).fetchone()[0]
    rows = con.execute(
        "WITH p AS (SELECT id AS event_id, unnest(list_distinct(list_concat(coalesce(actor_ids, []), "
        "coalesce(recipient_ids, [])))) AS actor_id FROM events), "
        "m AS (SELECT actor_id, count(*) AS n FROM mentions GROUP BY actor_id) "
        "SELECT a.id, a.name, a.country, a.kind, a.sector, a.discovered, count(p.event_id) AS n_events, "
        f"coalesce(any_value(m.n), 0) FROM actors a LEFT JOIN p ON p.actor_id = a.id LEFT JOIN m ON m.actor_id = a.id "
        f"WHERE {where} GROUP BY a.id, a.name, a.country, a.kind, a.sector, a.discovered "
        "ORDER BY n_events DESC, a.id LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()
    return {"total": total, "limit": limit, "offset": offset,
            "actors": [{"id": i, "name": n, "country": c, "kind": k, "sector": s, "discovered": bool(d),
                        "n_events": ne, "n_mentions": nm} for i, n, c, k, s, d, ne, nm in rows]}


def actor_detail(con, actor_id: str, kb=None, partners: int = 15) -> dict | None:
    row = con.execute("SELECT id, name, country, code, sector, kind, discovered, first_seen FROM actors WHERE id = ?",
                      [actor_id]).fetchone()
    if row is None:
        return None
    i, name, country, code, sector, kind, discovered, first_seen = row
    written = con.execute("SELECT text, count(*) AS n FROM mentions WHERE actor_id = ? GROUP BY text "
                          "ORDER BY n DESC, text LIMIT 50", [actor_id]).fetchall()
    kb_actor = kb.get(actor_id) if kb is not None else None
    parties = "list_concat(coalesce(actor_ids, []), coalesce(recipient_ids, []))"
    total, as_actor, as_recipient, first, last = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE list_contains(actor_ids, ?)), count(*) FILTER (WHERE list_contains(recipient_ids, ?)), "
        f"min(date), max(date) FROM events WHERE list_contains({parties}, ?)", [actor_id] * 3).fetchone()
    top = con.execute(
        f"WITH ev AS (SELECT id, quad_class, unnest(list_distinct({parties})) AS partner FROM events "
        f"WHERE list_contains({parties}, ?)) "
        "SELECT partner, count(*) AS n, count(*) FILTER (WHERE quad_class IN (1, 2)), "
        "count(*) FILTER (WHERE quad_class IN (3, 4)) FROM ev WHERE partner <> ? "
        "GROUP BY partner ORDER BY n DESC, partner LIMIT ?", [actor_id, actor_id, partners]).fetchall()
    names = _actor_names(con, [p for p, *_ in top])
    # what the events view lists for this actor (for an organisation or country, with the events of those
    # acting for it), so that the counts and by-type links of the actor page agree with the lists they open
    where, params = EventFilter(actor=actor_id, kb=kb).where(con, "e")
    by_type = dict(con.execute(f"SELECT event_type, count(*) FROM events e WHERE {where} GROUP BY event_type",
                               params).fetchall())
    selected = sum(by_type.values())
    return {
        "id": i, "name": name, "country": country, "code": code, "sector": sector, "kind": kind,
        "discovered": bool(discovered), "first_seen_in": first_seen,
        "aliases": sorted(set(kb_actor.aliases)) if kb_actor is not None else [],
        "written_as": [{"text": t, "mentions": n} for t, n in written],
        # total, as_actor, as_recipient and the dates: events coded to the actor itself; selected and by_type:
        # the events view's list
        "events": {"total": total, "as_actor": as_actor, "as_recipient": as_recipient,
                   "first_date": _iso(first), "last_date": _iso(last), "selected": selected,
                   "by_type": {t: by_type[t] for t in EVENT_TYPES if t in by_type}},
        "partners": [{**_party(names, p), "events": n, "cooperation": coop, "conflict": conf}
                     for p, n, coop, conf in top],
    }


def article_detail(con, article_id: str) -> dict | None:
    row = con.execute("SELECT id, title, url, outlet, published, published_source, source, duplicate_of, text, "
                      "n_tokens, coded_at FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    i, title, url, outlet, published, pub_source, source, dup, text, n_tokens, coded_at = row
    copies = [r[0] for r in con.execute("SELECT id FROM articles WHERE duplicate_of = ? ORDER BY id", [i]).fetchall()]
    reps = con.execute("SELECT id, event_id, event_type, cameo, status, sentence, start_char, end_char, "
                       "json_extract_string(payload, '$.trigger') FROM reports WHERE doc_id = ? "
                       "ORDER BY start_char, seq", [i]).fetchall()
    sentences: dict[tuple[int, int], dict] = {}
    for rid, eid, etype, cameo, status, sentence, s0, s1, trigger in reps:
        s = sentences.setdefault((s0, s1), {"start": s0, "end": s1, "text": sentence, "reports": []})
        s["reports"].append({"id": rid, "event_id": eid, "event_type": etype, "cameo": cameo, "status": status,
                             "trigger": trigger, "trigger_span": _trigger_span(sentence, trigger)})
    return {"id": i, "title": title, "url": url, "outlet": outlet, "published": _iso(published),
            "published_source": pub_source,
            # the file name only: a server should not tell its clients where the input sat on disk
            "source": Path(source).name if source else None, "duplicate_of": dup, "copies": copies,
            "n_tokens": n_tokens, "coded_at": coded_at.isoformat() if coded_at else None,
            "text": text, "sentences": list(sentences.values())}


def stats(con) -> dict:
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "events", "reports", "actors", "mentions", "relations")}
    first, last, located = con.execute("SELECT min(date), max(date), count(lat) FROM events").fetchone()
    pub_first, pub_last, outlets, copies = con.execute(
        "SELECT min(published), max(published), count(DISTINCT outlet), count(duplicate_of) FROM articles").fetchone()
    by_type = dict(con.execute("SELECT event_type, count(*) FROM events GROUP BY 1").fetchall())
    by_status = dict(con.execute("SELECT status, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC").fetchall())
    historical = con.execute("SELECT count(*) FROM events WHERE historical").fetchone()[0]
    return {"counts": counts,
            "events": {"first_date": _iso(first), "last_date": _iso(last), "located": located,
                       "historical": historical, "by_type": {t: by_type[t] for t in EVENT_TYPES if t in by_type},
                       "by_status": by_status},
            "articles": {"first_published": _iso(pub_first), "last_published": _iso(pub_last),
                         "outlets": outlets, "republished_copies": copies}}
