"""The map's country outlines: the converter (scripts/make_outlines.py) on a small topology of our own, and
the asset it made from Natural Earth's 1:110m countries, as the package ships it."""
import fnmatch
import importlib.util
import json
import tomllib
from pathlib import Path

import pytest

from sanderling.web.server import static_dir

ROOT = Path(__file__).resolve().parents[2]
ASSET = static_dir() / "countries.json"


def _script():
    spec = importlib.util.spec_from_file_location("make_outlines", ROOT / "scripts" / "make_outlines.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


mo = _script()


def rings_of(outlines, iso):
    unit = outlines["unit"]
    return [[(r[i] * unit, r[i + 1] * unit) for i in range(0, len(r), 2)] for r in outlines["countries"][iso]["rings"]]


def inside(rings, lon, lat) -> bool:
    """Even-odd rule over all rings, as the map fills them."""
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def bbox(rings):
    pts = [p for r in rings for p in r]
    return min(x for x, _ in pts), min(y for _, y in pts), max(x for x, _ in pts), max(y for _, y in pts)


# -- the converter --------------------------------------------------------------------------------
# Two unit squares side by side sharing the arc at lon 1 (Libya's numeric id 434 and Tunisia's 788), and a
# square straddling the antimeridian (Fiji, 242), quantized as world-atlas is: integer deltas and a transform.
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [-180, -10]},
    "arcs": [
        [[362, 40], [0, 4]],                              # 0: (1, 0) -> (1, 1), the shared border
        [[362, 44], [-2, 0], [0, -4], [2, 0]],            # 1: (1, 1) -> (0, 1) -> (0, 0) -> (1, 0)
        [[362, 40], [2, 0], [0, 4], [-2, 0]],             # 2: (1, 0) -> (2, 0) -> (2, 1) -> (1, 1)
        # 3: (179, 0) -> (180, 0), then (-180, 0) -> (-179, 0) -> (-179, 1) -> (-180, 1), then (180, 1) -> (179, 1)
        [[718, 40], [2, 0], [-720, 0], [2, 0], [0, 4], [-2, 0], [720, 0], [-2, 0], [0, -4]],
    ],
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "434", "properties": {"name": "Libya"}, "arcs": [[0, 1]]},
        {"type": "Polygon", "id": "788", "properties": {"name": "Tunisia"}, "arcs": [[2, ~0]]},
        {"type": "Polygon", "id": "242", "properties": {"name": "Fiji"}, "arcs": [[3]]},
    ]}},
}


def test_arcs_are_decoded_and_joined_with_reversed_arcs():
    out = mo.convert(TOPOLOGY, unit=0.1)
    assert set(out["countries"]) == {"LBY", "TUN", "FJI"}
    assert out["countries"]["LBY"]["name"] == "Libya"
    lby, tun = rings_of(out, "LBY"), rings_of(out, "TUN")
    assert bbox(lby) == (0, 0, 1, 1) and bbox(tun) == (1, 0, 2, 1)
    # each ring once round, without its closing vertex
    assert sorted(lby[0]) == [(0, 0), (0, 1), (1, 0), (1, 1)] and sorted(tun[0]) == [(1, 0), (1, 1), (2, 0), (2, 1)]
    assert inside(lby, 0.5, 0.5) and not inside(lby, 1.5, 0.5) and inside(tun, 1.5, 0.5)
    # the crossing square is cut at the antimeridian into a piece on each side, none stepping across the map
    fiji = rings_of(out, "FJI")
    assert sorted(bbox([r]) for r in fiji) == [(-180, 0, -179, 1), (179, 0, 180, 1)]
    for r in fiji:
        assert all(abs(a[0] - b[0]) <= 180 for a, b in zip(r, r[1:]))


def test_coordinates_are_rounded_and_repeats_dropped():
    assert mo.quantize([(13.18, 32.89), (13.21, 32.91), (13.5, 33.0), (13.5, 32.4)], 0.1) == [132, 329, 135, 330, 135, 324]
    assert mo.quantize([(0.01, 0.01), (0.02, 0.02), (0.03, 0.0)], 0.1) == []     # a speck at this scale


def test_a_shape_without_an_iso_code_is_refused_not_dropped():
    topo = json.loads(json.dumps(TOPOLOGY))
    topo["objects"]["countries"]["geometries"][0] = {"type": "Polygon", "properties": {"name": "Atlantis"},
                                                     "arcs": [[0, 1]]}
    with pytest.raises(ValueError, match="Atlantis"):
        mo.convert(topo)


def test_the_output_reads_back_as_written():
    out = mo.convert(TOPOLOGY)
    assert json.loads(mo.dumps(out)) == out


# -- the shipped asset -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def asset():
    return json.loads(ASSET.read_text(encoding="utf-8"))


def test_asset_is_small_and_named_by_iso3(asset):
    import pycountry
    assert ASSET.stat().st_size < 300_000
    assert "Natural Earth" in asset["source"] and asset["unit"] == 0.1
    codes = set(asset["countries"])
    assert len(codes) > 170
    assert all(c == "XKX" or pycountry.countries.get(alpha_3=c) for c in codes)


def test_capitals_lie_in_their_countries(asset):
    lby, tur = rings_of(asset, "LBY"), rings_of(asset, "TUR")
    x0, y0, x1, y1 = bbox(lby)
    assert x0 <= 13.19 <= x1 and y0 <= 32.89 <= y1           # Tripoli (on the coast, so in the box)
    x0, y0, x1, y1 = bbox(tur)
    assert x0 <= 32.85 <= x1 and y0 <= 39.93 <= y1           # Ankara
    assert inside(tur, 32.85, 39.93) and not inside(lby, 32.85, 39.93)
    assert inside(lby, 14.43, 27.04) and not inside(tur, 14.43, 27.04)   # Sabha, inland
    assert not inside(lby, 15.05, 12.11)                      # N'Djamena is in Chad
    assert inside(rings_of(asset, "DEU"), 13.40, 52.52) and not inside(rings_of(asset, "POL"), 13.40, 52.52)
    # Lesotho is a hole in South Africa's outline and a country of its own
    assert inside(rings_of(asset, "LSO"), 28.2, -29.5) and not inside(rings_of(asset, "ZAF"), 28.2, -29.5)


def test_no_ring_steps_across_the_antimeridian(asset):
    for iso in ("RUS", "FJI", "ATA", "USA"):
        for r in rings_of(asset, iso):
            assert all(abs(a[0] - b[0]) <= 180 for a, b in zip(r, r[1:])), iso


def test_asset_is_package_data():
    cfg = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = cfg["tool"]["setuptools"]["package-data"]["sanderling"]
    assert any(fnmatch.fnmatch("web/static/countries.json", p) for p in patterns)
