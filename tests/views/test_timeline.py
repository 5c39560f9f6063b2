"""Story timeline over a small store filled by coding short articles (our own writing about the Beirut
port explosion of Tuesday 4 August 2020 and its aftermath)."""
import json
from datetime import date

import pytest
from click.testing import CliRunner

from sanderling.records import Article

ARTICLES = [
    ("beirut-1", "2020-08-05", "A huge explosion tore through the port of Beirut on Tuesday, killing at least "
     "100 people and injuring thousands. Lebanese officials said the blast was caused by 2,750 tonnes of "
     "ammonium nitrate stored in a port warehouse for six years. President Michel Aoun called an emergency "
     "meeting of the Supreme Defence Council."),
    ("beirut-2", "2020-08-07", "Rescue teams kept searching the rubble of Beirut's port for survivors. The "
     "explosion on August 4 destroyed the grain silos and damaged half of the city. French President "
     "Emmanuel Macron visited Beirut on Thursday and called for deep political reforms."),
    ("beirut-3", "2020-08-11", "Prime Minister Hassan Diab announced the resignation of his government on "
     "Monday. Protesters blamed the ruling class for the August 4 explosion at the port, which killed more "
     "than 170 people. Thousands of demonstrators clashed with security forces in central Beirut on Saturday."),
    ("beirut-4", "2020-08-14", "Investigators questioned customs and port officials about the blast of "
     "August 4, the judge leading the inquiry said on Thursday. Sixteen port employees have been detained "
     "since the explosion."),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, resources):
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.store import open_store
    path = tmp_path_factory.mktemp("timeline") / "beirut.duckdb"
    arts = [Article(id=i, text=t, published=date.fromisoformat(p), outlet="test") for i, p, t in ARTICLES]
    with open_store(path) as store:
        for coded in code_articles(arts, resources):
            store.write(coded)
        resolve_reports(store)
    return path


def test_the_date_several_articles_refer_to_comes_first(store_path):
    from sanderling.store import open_store
    from sanderling.views.timeline import build_timeline
    with open_store(store_path, read_only=True) as store:
        (top,) = build_timeline(store, n_dates=1, sents_per_date=2)
        assert top.date == date(2020, 8, 4)
        assert top.summary and all(("explosion" in s or "blast" in s) for s in top.summary)
        assert len(top.summary) == len(set(top.summary))
        three = build_timeline(store, n_dates=3, sents_per_date=1)
        assert [e.date for e in three] == sorted(e.date for e in three)
        assert date(2020, 8, 4) in [e.date for e in three]
        # a span that leaves 4 August out
        later = build_timeline(store, n_dates=5, start="2020-08-05", end="2020-08-31")
        assert later and all(date(2020, 8, 5) <= e.date <= date(2020, 8, 31) for e in later)


def test_actor_and_query_filters(store_path):
    from sanderling.store import open_store
    from sanderling.views.timeline import build_timeline
    with open_store(store_path, read_only=True) as store:
        macron = build_timeline(store, n_dates=3, actor="Macron")
        assert [e.date for e in macron] == [date(2020, 8, 6)]
        assert "Macron" in macron[0].summary[0]
        # only the article about the inquiry has "investigators"
        inquiry = build_timeline(store, n_dates=5, query="investigators")
        assert {e.date for e in inquiry} <= {date(2020, 8, 4), date(2020, 8, 13), date(2020, 8, 14)}
        assert date(2020, 8, 10) not in {e.date for e in inquiry}


def test_cli_json_shape(store_path):
    from sanderling.cli import main
    res = CliRunner().invoke(main, ["timeline", "--db", str(store_path), "--dates", "2", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert isinstance(data, list) and 1 <= len(data) <= 2
    for entry in data:
        assert set(entry) == {"date", "summary", "events"}
        date.fromisoformat(entry["date"])
        assert isinstance(entry["summary"], list) and all(isinstance(s, str) for s in entry["summary"])
        assert isinstance(entry["events"], list) and all(isinstance(e, str) for e in entry["events"])
    assert "2020-08-04" in [e["date"] for e in data]
    md = CliRunner().invoke(main, ["timeline", "--db", str(store_path), "--dates", "1", "--format", "md"])
    assert md.exit_code == 0 and md.output.startswith("### 2020-08-04")
    bad = CliRunner().invoke(main, ["timeline", "--db", str(store_path), "--from", "4 August"])
    assert bad.exit_code != 0
