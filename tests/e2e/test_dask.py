"""Coding on a real Dask cluster (two worker processes on localhost) gives what one process gives: the same
coded articles, the same failures by article, the same store after resolution."""
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import duckdb
import pytest

distributed = pytest.importorskip("distributed")

from sanderling.cli import sample_corpus  # noqa: E402
from sanderling.ingest import read_inputs  # noqa: E402
from sanderling.pipeline import code_articles, load_resources  # noqa: E402
from sanderling.records import Article, CodedArticle  # noqa: E402
from sanderling.resolve import resolve_reports  # noqa: E402
from sanderling.store import open_store  # noqa: E402

SRC = Path(__file__).resolve().parents[2] / "src"
GOOD = "Turkish President Recep Tayyip Erdogan met Fayez al-Sarraj in Istanbul on Wednesday."


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def sample():
    return [a for a in read_inputs([str(sample_corpus())]) if isinstance(a, Article)]


@pytest.fixture(scope="module")
def local_coded(resources, sample):
    return list(code_articles(sample, resources))


@pytest.fixture(scope="module")
def dask_coded(client, sample):
    from sanderling.distributed import code_dask
    return list(code_dask(sample, client, batch_size=3))


def _store(tmp_path, name, coded):
    store = open_store(tmp_path / name)
    for c in coded:
        store.write(c)
    resolve_reports(store)
    return store


def _dump(store):
    con = store.con
    return {t: con.execute(f"SELECT * EXCLUDE (coded_at) FROM {t} ORDER BY ALL" if t == "articles"
                           else f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("articles", "actors", "mentions", "reports", "events", "relations", "date_mentions")}


def test_workers_import_this_checkout(client):
    # worker processes start afresh: they must see the code under test, not another installed copy
    files = client.run(lambda: __import__("sanderling").__file__)
    assert len(files) == 2
    assert all(Path(f).resolve().is_relative_to(SRC) for f in files.values()), files


def test_dask_codes_what_one_process_codes(sample, local_coded, dask_coded):
    assert len(sample) >= 30
    assert [c.article.id for c in dask_coded] == [a.id for a in sample]      # input order
    assert all(c.error is None for c in dask_coded)
    assert sum(len(c.events) for c in dask_coded) > 200
    for here, there in zip(local_coded, dask_coded):
        # whole records: event types, actors, dates, places, evidence sentences, mentions, time expressions
        assert there == here, here.article.id
        assert [e.to_json() for e in there.events] == [e.to_json() for e in here.events]


def test_store_after_resolution_is_the_same(tmp_path, resources, local_coded, dask_coded):
    a, b = _store(tmp_path, "local.duckdb", local_coded), _store(tmp_path, "dask.duckdb", dask_coded)
    try:
        assert b.counts() == a.counts() and a.counts()["events"] > 100
        assert _dump(b) == _dump(a)
        assert b.reports() == a.reports()                          # merged reports with their corroboration
        assert any(r["corroboration"] and r["corroboration"] > 1 for r in b.reports())
    finally:
        a.close()
        b.close()


def _bad_batch():
    d = date(2020, 6, 10)
    return [Article("good1", GOOD, published=d),
            Article("empty", "", published=d),
            Article("junk", "\x00\x01\x02\xff" * 200, published=d),
            Article("nodate", "Egypt condemned the attack on Sirte on Sunday."),
            Article("overlong", "Turkey condemned the attack on Sirte. " * 27_000, published=d),
            Article("notext", None, published=d),
            Article("baddate", GOOD, published="2020-06-10"),
            Article("good2", "Turkish drones struck LNA positions near Sirte on Monday.", published=d)]


def test_bad_articles_fail_alone_by_id(client, resources):
    from sanderling.distributed import code_dask
    batch = _bad_batch()
    local = list(code_articles(batch, resources))
    there = list(code_dask(batch, client, batch_size=4))
    assert [(c.article.id, c.error) for c in there] == [(c.article.id, c.error) for c in local]
    assert {c.article.id for c in there if c.error} == {"overlong", "notext", "baddate"}
    assert all(x == y for x, y in zip(there, local))
    assert {c.article.id for c in there if c.events} >= {"good1", "good2", "nodate"}


def test_user_dictionary_files_reach_the_workers(client, tmp_path):
    from sanderling.distributed import code_dask
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - id: LBY_QARQUR\n    name: Qarqur Defence Brigade\n    kind: armed group\n"
                     "    country: LBY\n    code: LBYREB\n    sector: REB\n    aliases: [Qarqur Brigade]\n",
                     encoding="utf-8")
    arts = [Article("q1", "The Qarqur Brigade attacked LNA positions near Sirte on Monday.",
                    published=date(2020, 6, 10))]
    files = ((str(extra),), (), ())
    local = list(code_articles(arts, load_resources(*files)))
    there = list(code_dask(arts, client, files=files))
    assert there == local
    assert any(a.id == "LBY_QARQUR" for e in there[0].events for a in e.actor)
    # without the file the workers do not know the brigade: the file travelled, not a shared cache
    plain = list(code_dask(arts, client))
    assert not any(a.id == "LBY_QARQUR" for e in plain[0].events for a in e.actor)


def test_a_file_the_workers_cannot_load_is_fatal(client, tmp_path):
    from sanderling.distributed import DaskCodingError, code_dask
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors: [ {id: X, name: \n", encoding="utf-8")
    with pytest.raises(DaskCodingError, match="resources do not load"):
        list(code_dask([Article("x", GOOD)], client, files=((str(broken),), (), ())))


def test_cli_dask_local_end_to_end(tmp_path, resources, monkeypatch):
    inp = tmp_path / "in"
    inp.mkdir()
    rows = [{"id": "r1", "text": GOOD, "published": "2020-06-10"},
            {"id": "r2", "text": "Turkish drones struck LNA positions near Sirte on Monday.", "published": "2020-06-09"},
            {"id": "r3", "text": "Egypt condemned the Turkish strike near Sirte on Monday.", "published": "2020-06-09"},
            {"id": "r4", "text": "Egypt condemned the attack on Sirte on Sunday."}]                 # no date
    (inp / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (inp / "empty.txt").write_text("")
    (inp / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (inp / "long.txt").write_text("Turkey condemned the attack on Sirte. " * 27_000, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get("PYTHONPATH", "")])}

    def run(*extra, out, db):
        return subprocess.run([sys.executable, "-m", "sanderling.cli", "code", str(inp), "--out", out,
                               "--db", db, "--quiet", *extra], cwd=tmp_path, capture_output=True, text=True,
                              timeout=300, env=env)

    t0 = time.time()
    proc = run("--dask-local", "2", out="dask.jsonl", db="dask.duckdb")
    took = time.time() - t0
    assert proc.returncode == 2, proc.stderr        # as in one process: items failed, the rest is stored
    for name in ("empty.txt", "binary.txt", "long.txt: could not code: ValueError: [E088]"):
        assert name in proc.stderr
    events = [json.loads(line) for line in (tmp_path / "dask.jsonl").read_text().splitlines()]
    assert {e["doc_id"] for e in events} >= {"r1", "r2", "r3", "r4"}
    con = duckdb.connect(str(tmp_path / "dask.duckdb"), read_only=True)
    assert {r[0] for r in con.execute("SELECT id FROM articles").fetchall()} == {"r1", "r2", "r3", "r4"}
    con.close()

    # the one-process reference runs in this process, whose resources are loaded already
    from click.testing import CliRunner
    from sanderling.cli import main
    monkeypatch.chdir(tmp_path)
    local = CliRunner().invoke(main, ["code", str(inp), "--out", "local.jsonl", "--db", "local.duckdb", "--quiet"])
    assert local.exit_code == proc.returncode
    assert (tmp_path / "dask.jsonl").read_text() == (tmp_path / "local.jsonl").read_text()
    assert took < 120


def test_a_worker_killed_mid_run_loses_nothing(client, tmp_path, sample, local_coded):
    # last in this module: it takes a worker down (its nanny starts a new one)
    from sanderling.distributed import code_dask
    pids = client.run(os.getpid)
    store = open_store(tmp_path / "killed.duckdb")
    got, stored_before_kill = [], None
    try:
        for coded in code_dask(sample[:16], client, batch_size=2):
            store.write(coded)
            got.append(coded)
            if stored_before_kill is None:
                os.kill(next(iter(pids.values())), signal.SIGKILL)   # as the kernel's OOM killer would
                stored_before_kill = store.article_ids()
        assert got == local_coded[:16]            # the dead worker's batches were coded elsewhere
        assert stored_before_kill and store.article_ids() == {a.id for a in sample[:16]}
    finally:
        store.close()
    assert client.run(os.getpid) != pids       # the worker was really replaced
