"""The map view on coded text: events land at the coordinates of the place the text names."""
import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from articles import ACADEMY_A, ACADEMY_B, BERLIN_HOST, MISRATA  # noqa: E402

from sanderling.views.filters import EventFilter  # noqa: E402
from sanderling.views.map import build_map, to_csv  # noqa: E402


@pytest.fixture(scope="module")
def map_db(tmp_path_factory, resources):
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.store import open_store
    path = tmp_path_factory.mktemp("map") / "map.duckdb"
    store = open_store(path)
    for coded in code_articles([MISRATA, ACADEMY_A, ACADEMY_B, BERLIN_HOST], resources):
        store.write(coded)
    resolve_reports(store)
    store.close()
    return path


@pytest.fixture
def store(map_db):
    from sanderling.store import open_store
    with open_store(map_db, read_only=True) as s:
        yield s


def place(fc, name):
    found = [f for f in fc["features"] if f["properties"]["name"] == name]
    return found[0] if found else None


def test_shelling_of_a_named_city_is_at_its_coordinates(store):
    misrata = place(build_map(store), "Misrata")
    assert misrata is not None
    lon, lat = misrata["geometry"]["coordinates"]
    assert abs(lat - 32.375) < 0.05 and abs(lon - 15.092) < 0.05
    p = misrata["properties"]
    assert p["country"] == "LBY" and p["event_count"] == 1
    assert p["by_type"] == {"ASSAULT": 1} and p["by_quad"] == {"4": 1}
    assert p["first_date"] == p["last_date"] == "2020-03-03"   # "on Tuesday", published Wednesday 4 March


def test_two_reports_of_one_strike_count_once(store):
    tripoli = place(build_map(store, EventFilter(types=("ASSAULT",))), "Tripoli")
    assert tripoli["properties"]["event_count"] == 1
    assert tripoli["properties"]["first_date"] == "2020-01-04"


def test_filters(store):
    everything = build_map(store)
    assert place(everything, "Berlin") is not None
    early = build_map(store, EventFilter(date_to=date(2020, 2, 1)))
    assert place(early, "Misrata") is None and place(early, "Tripoli") is not None
    lna = build_map(store, EventFilter(actor="LBY_LNA"))
    assert place(lna, "Berlin") is None and place(lna, "Misrata") is not None
    deu = build_map(store, EventFilter(country="DEU"))
    assert [f["properties"]["name"] for f in deu["features"]] == ["Berlin"]
    consult = build_map(store, EventFilter(types=("CONSULT",)))
    assert place(consult, "Misrata") is None
    counted = sum(f["properties"]["event_count"] for f in everything["features"])
    assert counted == everything["events"]
    assert everything["events"] + everything["unlocated"] == store.con.execute("SELECT count(*) FROM events").fetchone()[0]


def test_unknown_type_is_refused():
    with pytest.raises(ValueError, match="BOMB"):
        EventFilter(types=("BOMB",))


def test_csv_rows(store):
    rows = list(csv.DictReader(io.StringIO(to_csv(build_map(store)))))
    misrata = next(r for r in rows if r["name"] == "Misrata")
    assert misrata["event_count"] == "1" and misrata["quad_4"] == "1" and misrata["by_type"] == "ASSAULT:1"


def test_cli(map_db):
    from sanderling.cli import main
    res = CliRunner().invoke(main, ["map", "--db", str(map_db), "--actor", "Libyan National Army", "--from", "2020-03-01"])
    assert res.exit_code == 0, res.output
    fc = json.loads(res.output)
    assert [f["properties"]["name"] for f in fc["features"]] == ["Misrata"]
    res = CliRunner().invoke(main, ["map", "--db", str(map_db), "--format", "csv"])
    assert res.exit_code == 0 and res.output.startswith("name,country,lat,lon,event_count")
    res = CliRunner().invoke(main, ["map", "--db", str(map_db), "--from", "March"])
    assert res.exit_code != 0 and "not a date" in res.output
