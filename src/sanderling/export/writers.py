"""Event writers: JSON Lines (the field names other tools read), CSV, Parquet, PLOVER JSON and CAMEO
tab-delimited (the GDELT/ICEWS-style 'date source target code' layout)."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterable

FLAT_FIELDS = ["id", "doc_id", "event_type", "mode", "cameo", "quad_class", "actor_name", "actor_id",
               "actor_code", "actor_country", "recipient_name", "recipient_id", "recipient_code",
               "recipient_country", "date", "date_end", "date_precision", "date_source", "date_text",
               "location_name", "location_country", "lat", "lon", "geo_precision", "status", "historical",
               "claimant", "fatalities", "evidence", "evidence_start", "evidence_end", "confidence",
               "event_group", "corroboration"]


def _join(actors: list[dict], key: str) -> str:
    return ";".join(str(a.get(key) or "") for a in actors)


def flatten(ev: dict) -> dict:
    loc = ev.get("location") or {}
    evid = (ev.get("evidence") or [{}])[0]
    return {
        "id": ev["id"], "doc_id": ev["doc_id"], "event_type": ev["event_type"], "mode": ev.get("mode"),
        "cameo": ev.get("cameo"), "quad_class": ev.get("quad_class"),
        "actor_name": _join(ev["actor"], "name"), "actor_id": _join(ev["actor"], "id"),
        "actor_code": _join(ev["actor"], "code"), "actor_country": _join(ev["actor"], "country"),
        "recipient_name": _join(ev["recipient"], "name"), "recipient_id": _join(ev["recipient"], "id"),
        "recipient_code": _join(ev["recipient"], "code"),
        "recipient_country": _join(ev["recipient"], "country"),
        "date": ev.get("date"), "date_end": ev.get("date_end"), "date_precision": ev.get("date_precision"),
        "date_source": ev.get("date_source"), "date_text": ev.get("date_text"),
        "location_name": loc.get("name"), "location_country": loc.get("country"), "lat": loc.get("lat"),
        "lon": loc.get("lon"), "geo_precision": loc.get("geo_precision"), "status": ev.get("status"),
        "historical": ev.get("historical"),
        "claimant": (ev.get("claimant") or {}).get("name"), "fatalities": ev.get("fatalities"),
        "evidence": evid.get("sentence"), "evidence_start": evid.get("start"), "evidence_end": evid.get("end"),
        "confidence": ev.get("confidence"), "event_group": ev.get("event_group"),
        "corroboration": ev.get("corroboration"),
    }


def _jsonl(events: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for ev in events:
            fh.write(json.dumps(ev, ensure_ascii=False) + "\n")


def _csv(events: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FLAT_FIELDS)
        w.writeheader()
        for ev in events:
            w.writerow(flatten(ev))


def _parquet(events: list[dict], path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = [flatten(ev) for ev in events]
    cols = {f: [r[f] for r in rows] for f in FLAT_FIELDS}
    types = {"quad_class": pa.int32(), "lat": pa.float64(), "lon": pa.float64(), "geo_precision": pa.int32(),
             "historical": pa.bool_(), "fatalities": pa.int64(), "evidence_start": pa.int64(),
             "evidence_end": pa.int64(), "confidence": pa.float64(), "corroboration": pa.int64()}
    table = pa.table({f: pa.array(cols[f], type=types.get(f, pa.string())) for f in FLAT_FIELDS})
    pq.write_table(table, path)


def _plover(events: list[dict], path: Path) -> None:
    """PLOVER JSON: one JSON array of event records with the PLOVER manual's field names."""
    out = []
    for ev in events:
        a0 = (ev["actor"] or [{}])[0]
        r0 = (ev["recipient"] or [{}])[0]
        loc = ev.get("location") or {}
        evid = (ev.get("evidence") or [{}])[0]
        out.append({
            "id": ev["id"], "date": ev.get("date"), "event": ev["event_type"], "mode": ev.get("mode") or "",
            "context": "", "actor": a0.get("name") or "", "actor_code": a0.get("code") or "",
            "recipient": r0.get("name") or "", "recipient_code": r0.get("code") or "",
            "source": ev["doc_id"], "text": evid.get("sentence") or "",
            "geolocation": {"placename": loc.get("name"), "lat": loc.get("lat"), "lon": loc.get("lon")},
            "status": ev.get("status"), "historical": ev.get("historical"),
        })
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


def _cameo_tsv(events: list[dict], path: Path) -> None:
    """CAMEO tab-delimited: date, source code, target code, CAMEO code, then ids and places."""
    with path.open("w", encoding="utf-8") as fh:
        fh.write("date\tsource\ttarget\tcameo\tquad_class\tevent_id\tdoc_id\tlat\tlon\n")
        for ev in events:
            loc = ev.get("location") or {}
            src = (ev["actor"] or [{}])[0].get("code") or "---"
            tgt = (ev["recipient"] or [{}])[0].get("code") or "---"
            d = (ev.get("date") or "").replace("-", "")
            fh.write(f"{d}\t{src}\t{tgt}\t{ev.get('cameo') or ''}\t{ev.get('quad_class') or ''}\t{ev['id']}\t"
                     f"{ev['doc_id']}\t{loc.get('lat') or ''}\t{loc.get('lon') or ''}\n")


FORMATS = {".jsonl": _jsonl, ".csv": _csv, ".parquet": _parquet, ".json": _plover, ".tsv": _cameo_tsv,
           ".tab": _cameo_tsv}


def write_events(events: Iterable[dict], path: str | Path) -> int:
    path = Path(path)
    writer = FORMATS.get(path.suffix.lower())
    if writer is None:
        raise ValueError(f"{path}: unknown output format {path.suffix!r}; use one of {', '.join(FORMATS)}")
    events = list(events)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer(events, path)
    return len(events)
