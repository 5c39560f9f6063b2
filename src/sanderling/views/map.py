"""Map: resolved events aggregated by the place they were located at, as GeoJSON or CSV.

One feature per resolved place (name, country and coordinates as the gazetteer gave them), with the
number of events there, counts by PLOVER type and by quad class, the first and last event date and the
event ids (oldest first). Events are selected with ``EventFilter`` (dates, actor, country, types, words,
status, historical). Events without coordinates cannot be drawn; the collection says how many of the
selected events that left out (``unlocated``), so a sparse map is not mistaken for a quiet one."""
from __future__ import annotations

import csv
import io
import json
from collections import Counter

from ..events.ontology import EVENT_TYPES
from .filters import EventFilter

CSV_FIELDS = ["name", "country", "lat", "lon", "event_count", "first_date", "last_date", "quad_1", "quad_2",
              "quad_3", "quad_4", "by_type", "event_ids"]


def build_map(store, flt: EventFilter | None = None) -> dict:
    """A GeoJSON FeatureCollection; ``store`` is a ``Store`` or a DuckDB connection."""
    con = getattr(store, "con", store)
    flt = flt or EventFilter()
    where, params = flt.where(con, "e")
    rows = con.execute(f"SELECT e.id, e.event_type, e.quad_class, e.date, e.place_name, e.country, e.lat, e.lon "
                       f"FROM events e WHERE {where} ORDER BY e.date NULLS LAST, e.id", params).fetchall()
    places: dict[tuple, dict] = {}
    unlocated = 0
    for eid, etype, quad, when, name, country, lat, lon in rows:
        if lat is None or lon is None:
            unlocated += 1
            continue
        key = (name, country, round(lat, 5), round(lon, 5))
        p = places.setdefault(key, {"types": Counter(), "quads": Counter(), "dates": [], "ids": []})
        p["types"][etype] += 1
        if quad:
            p["quads"][quad] += 1
        if when is not None:
            p["dates"].append(when)
        p["ids"].append(eid)
    features = []
    for (name, country, lat, lon), p in places.items():
        features.append({
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "name": name, "country": country, "lat": lat, "lon": lon, "event_count": len(p["ids"]),
                "by_type": {t: p["types"][t] for t in EVENT_TYPES if p["types"][t]},
                "by_quad": {str(q): p["quads"][q] for q in (1, 2, 3, 4) if p["quads"][q]},
                "first_date": min(p["dates"]).isoformat() if p["dates"] else None,
                "last_date": max(p["dates"]).isoformat() if p["dates"] else None,
                "event_ids": p["ids"],
            }})
    features.sort(key=lambda f: (-f["properties"]["event_count"], f["properties"]["name"] or ""))
    return {"type": "FeatureCollection", "features": features,
            "events": len(rows) - unlocated, "unlocated": unlocated}


def to_json(fc: dict) -> str:
    return json.dumps(fc, ensure_ascii=False, indent=1)


def to_csv(fc: dict) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    w.writeheader()
    for f in fc["features"]:
        p = f["properties"]
        w.writerow({"name": p["name"], "country": p["country"], "lat": p["lat"], "lon": p["lon"],
                    "event_count": p["event_count"], "first_date": p["first_date"], "last_date": p["last_date"],
                    **{f"quad_{q}": p["by_quad"].get(str(q), 0) for q in (1, 2, 3, 4)},
                    "by_type": ";".join(f"{t}:{n}" for t, n in p["by_type"].items()),
                    "event_ids": " ".join(p["event_ids"])})
    return buf.getvalue()
