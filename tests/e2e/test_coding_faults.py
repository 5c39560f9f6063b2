"""An article that spaCy refuses (too long, not a string) fails alone: the rest of its batch is coded as
it would be on its own."""
import json
import subprocess
import sys
from datetime import date

import duckdb

from sanderling.pipeline import code_article, code_articles
from sanderling.records import Article

GOOD = "Turkish President Recep Tayyip Erdogan met Fayez al-Sarraj in Istanbul on Wednesday."
OVERLONG = "Turkey condemned the attack on Sirte. " * 27_000          # past spaCy's max_length


def test_one_refused_text_does_not_end_its_batch(resources):
    batch = [Article("a", GOOD, published=date(2020, 6, 10)),
             Article("long", OVERLONG, published=date(2020, 6, 10)),
             Article("none", None, published=date(2020, 6, 10)),
             Article("b", "Egypt condemned the attack on Sirte on Sunday.", published=date(2020, 6, 21)),
             Article("baddate", GOOD, published="2020-06-10")]   # a stage fails on it, spaCy does not
    out = list(code_articles(batch, resources, batch_size=8))
    assert [c.article.id for c in out] == ["a", "long", "none", "b", "baddate"]
    failed = {c.article.id: c.error for c in out if c.error}
    assert set(failed) == {"long", "none", "baddate"}
    assert "E088" in failed["long"] and "E1041" in failed["none"]
    for c in out:
        if c.error is None:
            alone = code_article(c.article, resources)
            assert c.events == alone.events and c.events


def test_cli_names_the_overlong_article_and_stores_the_rest(tmp_path):
    (tmp_path / "long.txt").write_text(OVERLONG, encoding="utf-8")
    (tmp_path / "good.jsonl").write_text(json.dumps({"id": "good", "text": GOOD, "published": "2020-06-10"})
                                         + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "sanderling.cli", "code", str(tmp_path), "--db", "s.duckdb",
                           "--quiet"], cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 2, proc.stderr
    assert "long.txt: could not code: ValueError: [E088]" in proc.stderr
    con = duckdb.connect(str(tmp_path / "s.duckdb"), read_only=True)
    ids = {r[0] for r in con.execute("SELECT id FROM articles").fetchall()}
    con.close()
    assert ids == {"good"}
