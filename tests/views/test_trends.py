import csv
import io
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "resolve"))
from merge_articles import ACADEMY_A, ACADEMY_B, SHELL_MON, SHELL_TUE, code_into  # noqa: E402

from sanderling.events.ontology import EVENT_TYPES  # noqa: E402


def test_trends_csv_shape(tmp_path, resources):
    from sanderling.cli import main
    from sanderling.store import open_store
    db = tmp_path / "t.duckdb"
    store = open_store(db)
    code_into(store, resources, [ACADEMY_A, ACADEMY_B, SHELL_MON, SHELL_TUE])
    n_events = store.con.execute("SELECT count(*) FROM events WHERE date IS NOT NULL AND NOT historical "
                                 "AND status IN ('asserted', 'claimed')").fetchone()[0]
    store.close()
    out = tmp_path / "by_month.csv"
    res = CliRunner().invoke(main, ["trends", "--db", str(db), "--by", "month", "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert list(rows[0]) == ["period", *EVENT_TYPES, "total"]
    assert [r["period"] for r in rows] == ["2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01", "2020-05-01"]
    assert sum(int(r["total"]) for r in rows) == n_events
    assert int(rows[0]["ASSAULT"]) == 1 and int(rows[4]["ASSAULT"]) == 2   # one merged strike; two shellings
    res = CliRunner().invoke(main, ["trends", "--db", str(db), "--by", "week", "--dyad", "LBY_LNA:LBY_GNA"])
    assert res.exit_code == 0, res.output
    drows = list(csv.DictReader(io.StringIO(res.output)))
    assert list(drows[0]) == ["period", "n_events", "conflict", "cooperation", "net", "events"]
    assert drows[0]["period"] == "2019-12-30" and float(drows[0]["conflict"]) > 0   # the week of 4 January 2020
