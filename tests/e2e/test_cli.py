"""The command line end to end, on the bundled sample corpus, the seeds and bad input."""
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from sanderling.cli import sample_corpus


def run(*args, cwd, stdin=None):
    return subprocess.run([sys.executable, "-m", "sanderling.cli", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sample")
    proc = run("code", "--out", "events.jsonl", "--quiet", cwd=tmp)
    return tmp, proc


def test_sample_corpus_codes_into_store_and_jsonl(sample_run):
    tmp, proc = sample_run
    assert proc.returncode == 0, proc.stderr
    events = [json.loads(l) for l in (tmp / "events.jsonl").read_text().splitlines()]
    assert len(events) > 40
    fields = ["id", "doc_id", "event_type", "mode", "cameo", "quad_class", "actor", "recipient", "date",
              "date_precision", "date_source", "date_text", "location", "status", "historical", "claimant",
              "fatalities", "evidence", "confidence"]
    for ev in events:
        for f in fields:
            assert f in ev
        assert ev["date_precision"] in ("day", "week", "month", "year", "unknown")
        assert ev["date_source"] in ("text", "report", "published", "unknown")
        for a in ev["actor"] + ev["recipient"]:
            assert set(a) >= {"name", "id", "code", "country", "sector", "kind", "text"}
    con = duckdb.connect(str(tmp / "sanderling.duckdb"), read_only=True)
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    n_dups = con.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    con.close()
    assert n_articles >= 25
    assert n_dups >= 1, "the republished wire story should be linked to its original"


def test_second_run_adds_nothing(sample_run):
    tmp, _ = sample_run
    con = duckdb.connect(str(tmp / "sanderling.duckdb"), read_only=True)
    before = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "reports", "events")]
    con.close()
    proc = run("code", "--quiet", cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    con = duckdb.connect(str(tmp / "sanderling.duckdb"), read_only=True)
    after = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "reports", "events")]
    con.close()
    assert before == after


@pytest.mark.parametrize("suffix", [".csv", ".parquet", ".json", ".tsv"])
def test_export_formats(sample_run, suffix):
    tmp, _ = sample_run
    out = tmp / f"all{suffix}"
    proc = run("export", "--out", str(out), cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert out.stat().st_size > 1000


def test_bad_inputs_are_named_and_the_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Turkish President Recep Tayyip Erdogan met Fayez al-Sarraj in Istanbul on Wednesday "
                    "to discuss the war in Libya.\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 200)
    (tmp_path / "broken.jsonl").write_text('{"id": "ok1", "text": "Egypt condemned the attack on Sirte.", '
                                           '"published": "2020-06-21"}\n{"id": "bad", "text": \n')
    proc = run("code", str(tmp_path), "--out", "ev.jsonl", "--quiet", cwd=tmp_path)
    assert proc.returncode == 2
    assert "empty.txt" in proc.stderr and "binary.txt" in proc.stderr and "broken.jsonl" in proc.stderr
    con = duckdb.connect(str(tmp_path / "sanderling.duckdb"), read_only=True)
    ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    con.close()
    assert {"good", "ok1"} <= ids


def test_stdin_jsonl_honours_published(tmp_path):
    line = json.dumps({"id": "wire1", "published": "2020-05-23",
                       "text": "Turkey warned on Thursday that attacks on its interests in Libya would have "
                               "grave consequences."})
    proc = run("code", "-", "--out", "ev.jsonl", "--quiet", cwd=tmp_path, stdin=line + "\n")
    assert proc.returncode == 0, proc.stderr
    evs = [json.loads(l) for l in (tmp_path / "ev.jsonl").read_text().splitlines()]
    threat = [e for e in evs if e["event_type"] == "THREATEN"]
    assert threat and threat[0]["date"] == "2020-05-21"


def test_seeds_score_above_the_first_bar(shared, tmp_path):
    proc = run("code", str(shared / "eval/seeds/articles.jsonl"), "--out", "seeds.jsonl", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = run("evaluate", "seeds.jsonl", "--gold", str(shared / "eval/seeds/gold.json"), "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    scores = json.loads(proc.stdout)
    assert scores["f1"] >= 0.5
    assert scores["date_accuracy"] >= 0.7


def test_an_article_that_breaks_a_stage_is_named_and_the_run_goes_on(tmp_path, monkeypatch):
    # a fault inside Sanderling on one article (simulated: the event stage raises for it) must not end the
    # run nor lose the other articles; the broken one is not stored, so the next run codes it again
    from click.testing import CliRunner

    import sanderling.events.build as build
    from sanderling.cli import main

    real = build.code_events

    def flaky(doc, article, *args, **kw):
        if article.id == "broken":
            raise ValueError("simulated fault")
        return real(doc, article, *args, **kw)
    monkeypatch.setattr(build, "code_events", flaky)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "broken", "text": "Turkey condemned the attack on Sirte on Sunday.",
                               "published": "2020-06-21"}) + "\n" +
                   json.dumps({"id": "fine", "text": "Egypt condemned the attack on Sirte on Sunday.",
                               "published": "2020-06-21"}) + "\n", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    res = CliRunner().invoke(main, ["code", str(src), "--db", str(db), "--quiet"])
    assert res.exit_code == 2
    assert "in.jsonl:1: could not code: ValueError: simulated fault" in res.output   # file and line name it
    con = duckdb.connect(str(db), read_only=True)
    ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    con.close()
    assert ids == {"fine"}
