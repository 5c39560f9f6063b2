"""Trends over time: event counts by PLOVER type, and dyad series (e.g. Turkey -> LNA conflict intensity).

Counts are over resolved events (one per real-world event), bucketed by the event's date into weeks
(starting Monday) or months; empty periods between the first and last one are filled with zeros. A dyad
``A:B`` is directed (A acts, B is the recipient); actors match after collapsing to organisation/country,
so ``TUR:LBY_LNA`` counts Erdogan's and the Turkish army's actions against Haftar's forces. Intensity is the
sum of the PLOVER conflict-cooperation score magnitudes (/10) of the dyad's conflict (quad 3-4) or
cooperation (quad 1-2) events; ``net`` is cooperation minus conflict.

CSV always; PNG and SVG through matplotlib (an optional dependency, imported only when plotting)."""
from __future__ import annotations

import csv
import io
from datetime import date, timedelta
from pathlib import Path

from ..events.ontology import EVENT_TYPES, QUAD_CLASS, SCORES
from ..resolve.actors import canonical

COUNTED_STATUS = ("asserted", "claimed")


def period_start(d: date, by: str) -> date:
    if by == "week":
        return d - timedelta(days=d.weekday())
    if by == "month":
        return d.replace(day=1)
    raise ValueError(f"unknown period {by!r}: week or month")


def _next(d: date, by: str) -> date:
    if by == "week":
        return d + timedelta(days=7)
    return (d.replace(day=28) + timedelta(days=4)).replace(day=1)


def _periods(first: date, last: date, by: str) -> list[date]:
    out, d = [], period_start(first, by)
    while d <= last:
        out.append(d)
        d = _next(d, by)
    return out


def _events(store, date_from=None, date_to=None, include_historical=False):
    sql = ("SELECT id, event_type, quad_class, date, actor_ids, recipient_ids FROM events "
           "WHERE date IS NOT NULL AND status IN ('asserted', 'claimed')")
    params: list = []
    if not include_historical:
        sql += " AND NOT coalesce(historical, false)"
    if date_from:
        sql += " AND date >= ?"
        params.append(date_from)
    if date_to:
        sql += " AND date <= ?"
        params.append(date_to)
    return store.con.execute(sql + " ORDER BY date", params).fetchall()


def type_counts(store, by: str = "week", date_from: date | None = None, date_to: date | None = None) -> list[dict]:
    """One row per period: ``period`` then one column per PLOVER type, then ``total``."""
    rows = _events(store, date_from, date_to)
    if not rows:
        return []
    counts: dict[date, dict[str, int]] = {}
    for _id, etype, _q, d, _a, _r in rows:
        p = period_start(d, by)
        counts.setdefault(p, {t: 0 for t in EVENT_TYPES})
        if etype in counts[p]:
            counts[p][etype] += 1
    out = []
    for p in _periods(date_from or rows[0][3], date_to or rows[-1][3], by):
        c = counts.get(p, {t: 0 for t in EVENT_TYPES})
        out.append({"period": p.isoformat(), **c, "total": sum(c.values())})
    return out


def resolve_actor(store, text: str, kb=None) -> str:
    """An actor id from an id or a name ("TUR", "Turkey", "LNA")."""
    con = store.con
    if con.execute("SELECT 1 FROM actors WHERE id = ?", [text]).fetchone():
        return text
    row = con.execute("SELECT id FROM actors WHERE lower(name) = lower(?) LIMIT 1", [text]).fetchone()
    if row:
        return row[0]
    if kb is not None:
        if kb.get(text) is not None:
            return text
        ref = kb.lookup(text, None, allow_fuzzy=False)
        if ref is not None:
            return ref.id
    return text


def dyad_series(store, a: str, b: str, by: str = "week", date_from: date | None = None,
                date_to: date | None = None, kb=None) -> list[dict]:
    """One row per period: ``period, n_events, conflict, cooperation, net, events`` for A acting on B."""
    if kb is None:
        from ..actors.kb import KnowledgeBase
        kb = KnowledgeBase.load()
    a_id, b_id = resolve_actor(store, a, kb), resolve_actor(store, b, kb)
    ca, cb = canonical(a_id, None, kb), canonical(b_id, None, kb)
    rows = _events(store, date_from, date_to)
    buckets: dict[date, dict] = {}
    for eid, etype, quad, d, actors, recips in rows:
        acts = {canonical(x, d, kb) for x in actors or ()} | set(actors or ())
        recs = {canonical(x, d, kb) for x in recips or ()} | set(recips or ())
        if not ({a_id, ca} & acts and {b_id, cb} & recs):
            continue
        p = period_start(d, by)
        bk = buckets.setdefault(p, {"n_events": 0, "conflict": 0.0, "cooperation": 0.0, "events": []})
        w = abs(SCORES.get(etype, 0)) / 10
        bk["n_events"] += 1
        bk["conflict" if (quad or QUAD_CLASS.get(etype)) in (3, 4) else "cooperation"] += w
        bk["events"].append(eid)
    if not rows:
        return []
    out = []
    for p in _periods(date_from or rows[0][3], date_to or rows[-1][3], by):
        bk = buckets.get(p, {"n_events": 0, "conflict": 0.0, "cooperation": 0.0, "events": []})
        out.append({"period": p.isoformat(), "n_events": bk["n_events"], "conflict": round(bk["conflict"], 3),
                    "cooperation": round(bk["cooperation"], 3), "net": round(bk["cooperation"] - bk["conflict"], 3),
                    "events": " ".join(bk["events"])})
    return out


def to_csv(rows: list[dict], path: str | Path | None = None) -> str:
    buf = io.StringIO()
    if rows:
        w = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    text = buf.getvalue()
    if path:
        Path(path).write_text(text, encoding="utf-8")
    return text


def plot(rows: list[dict], path: str | Path, title: str = "", dyad: bool = False) -> None:
    """Write a PNG or SVG (by extension). Needs matplotlib."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError("plotting needs matplotlib: pip install matplotlib") from exc
    x = [date.fromisoformat(r["period"]) for r in rows]
    fig, ax = plt.subplots(figsize=(10, 4.5))
    if dyad:
        ax.bar(x, [r["conflict"] for r in rows], width=5, color="#c0392b", label="conflict")
        ax.bar(x, [r["cooperation"] for r in rows], width=5, bottom=[r["conflict"] for r in rows],
               color="#2e86c1", label="cooperation")
        ax.set_ylabel("intensity (sum of |PLOVER score| / 10)")
    else:
        types = [t for t in EVENT_TYPES if any(r.get(t) for r in rows)]
        bottom = [0] * len(rows)
        cmap = plt.get_cmap("tab20")
        for i, t in enumerate(types):
            vals = [r[t] for r in rows]
            ax.bar(x, vals, width=5 if len(rows) > 1 and (x[1] - x[0]).days <= 7 else 20, bottom=bottom,
                   label=t, color=cmap(i % 20))
            bottom = [b + v for b, v in zip(bottom, vals)]
        ax.set_ylabel("events")
    ax.set_title(title)
    ax.legend(fontsize=7, ncol=2, loc="upper left")
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(str(path))
    plt.close(fig)
