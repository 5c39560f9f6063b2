"""Country outlines for the web map, from Natural Earth's 1:110m countries as TopoJSON.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_outlines.py package/countries-110m.json      # writes src/sanderling/web/static/countries.json

The input is the ``countries`` object of world-atlas (Natural Earth, public domain; world-atlas is ISC). The
output is our own light format, read by ``web/static/map.js``:

    {"source": "...", "unit": 0.1, "countries": {"LBY": {"name": "Libya", "rings": [[lon, lat, lon, lat, ...], ...]}, ...}}

Coordinates are integers in ``unit`` degrees (tenths: finer than the map can show at its zoom limits), each
ring a flat list, unclosed. A country's rings are its polygons' outer rings and holes together: the map fills
them with the even-odd rule, so holes (Lesotho inside South Africa) stay holes without telling rings apart.

Countries are keyed by ISO 3166 alpha-3, as the gazetteer gives place countries (world-atlas ids are ISO
numeric). Three shapes have no id: Kosovo takes XKX (the gazetteer's code), Somaliland and Northern Cyprus
join Somalia and Cyprus, the countries the gazetteer puts their towns in.

Rings that cross the antimeridian (Fiji, Chukotka, Antarctica) jump from +180 to -180 between two vertices;
they are cut there into pieces, each of which closes along the edge of the map instead of across it."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "sanderling" / "web" / "static" / "countries.json"
SOURCE = ("Natural Earth 1:110m Admin 0 countries, v4.1.0 (public domain), "
          "via the world-atlas 2.0.2 TopoJSON (ISC licence)")
# shapes world-atlas gives no ISO numeric id
UNNUMBERED = {"Kosovo": "XKX", "Somaliland": "SOM", "N. Cyprus": "CYP"}


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs in degrees (a quantized topology stores each arc as deltas of integers)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y, *_ in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        pts = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring_points(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    """A ring from its arc indices (``~i`` is arc ``i`` reversed); each arc starts where the last one ended,
    so that shared point is taken once. The closing point is dropped."""
    pts: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(arc[1:] if pts else arc)
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    return pts


def split_at_antimeridian(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """The ring cut wherever two vertices are more than 180 degrees of longitude apart. The ring is first
    turned to begin just after a cut, so that every piece is one unbroken run of the coast."""
    jumps = [i for i in range(len(ring)) if abs(ring[i][0] - ring[i - 1][0]) > 180]
    if not jumps:
        return [ring]
    ring = ring[jumps[0]:] + ring[:jumps[0]]
    pieces = [[ring[0]]]
    for p in ring[1:]:
        if abs(p[0] - pieces[-1][-1][0]) > 180:
            pieces.append([])
        pieces[-1].append(p)
    return pieces


def quantize(ring: list[tuple[float, float]], unit: float) -> list[int]:
    """The ring in whole ``unit``s as a flat list, repeated vertices once; [] when fewer than three remain."""
    out: list[tuple[int, int]] = []
    for lon, lat in ring:
        p = (round(lon / unit), round(lat / unit))
        if not out or p != out[-1]:
            out.append(p)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return [v for p in out for v in p] if len(out) >= 3 else []


def iso3(geometry: dict) -> str | None:
    ident = geometry.get("id")
    if ident is None:
        return UNNUMBERED.get((geometry.get("properties") or {}).get("name"))
    country = pycountry.countries.get(numeric=str(ident).zfill(3))
    return country.alpha_3 if country else None


def convert(topology: dict, unit: float = 0.1, obj: str = "countries") -> dict:
    arcs = decode_arcs(topology)
    countries: dict[str, dict] = {}
    unmapped = []
    for g in topology["objects"][obj]["geometries"]:
        if g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        code = iso3(g)
        name = (g.get("properties") or {}).get("name") or code
        if code is None:
            unmapped.append(f"{g.get('id')} {name}")
            continue
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        entry = countries.setdefault(code, {"name": name, "rings": []})
        if g.get("id") is not None:
            entry["name"] = name      # Cyprus, not the N. Cyprus that may have come first
        for polygon in polygons:
            for indices in polygon:
                for piece in split_at_antimeridian(ring_points(arcs, indices)):
                    flat = quantize(piece, unit)
                    if flat:
                        entry["rings"].append(flat)
    if unmapped:
        # a new edition of the input with new shapes should be looked at, not silently dropped
        raise ValueError("no ISO3 code for: " + "; ".join(unmapped))
    return {"source": SOURCE, "unit": unit,
            "countries": {k: v for k, v in sorted(countries.items()) if v["rings"]}}


def dumps(outlines: dict) -> str:
    """Compact JSON with one country per line, so that a new edition reads as a diff by country."""
    head = json.dumps({k: v for k, v in outlines.items() if k != "countries"}, ensure_ascii=False)[:-1]
    lines = [f"{json.dumps(k)}:{json.dumps(v, ensure_ascii=False, separators=(',', ':'))}"
             for k, v in outlines["countries"].items()]
    return head + ', "countries": {\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("topojson", type=Path, help="world-atlas countries-110m.json")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--unit", type=float, default=0.1, help="coordinate step in degrees (default 0.1)")
    args = ap.parse_args(argv)
    outlines = convert(json.loads(args.topojson.read_text(encoding="utf-8")), args.unit)
    text = dumps(outlines)
    args.out.write_text(text, encoding="utf-8")
    n_rings = sum(len(c["rings"]) for c in outlines["countries"].values())
    print(f"{args.out}: {len(outlines['countries'])} countries, {n_rings} rings, {len(text.encode()):,} bytes",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
