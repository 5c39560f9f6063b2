"""The shared seed articles (../shared/eval/seeds), read through the real readers."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanderling.ingest import NearDuplicateIndex, read_inputs
from sanderling.records import Article

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "eval" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/eval/seeds is absent")


def test_rfi_seed_cleaned_and_dated_from_text():
    [a] = list(read_inputs([SEEDS / "000_67322f1a74c5297d.txt"]))
    assert isinstance(a, Article)
    assert a.id == "000_67322f1a74c5297d"
    assert "The Libyan Parliament, installed in Benghazi, severed its relations with Turkey" in a.text
    assert "Read also" not in a.text
    assert "On the same subject" not in a.text
    assert "insists Macron" not in a.text and "Egyptian Sissi goes to the front" not in a.text
    assert not a.text.rstrip().endswith("comments")
    assert "Posted on" not in a.text
    assert a.text.startswith("The Libyan Parliament, installed in Benghazi")
    assert a.text.endswith("much to the chagrin of Greece, Egypt, Cyprus and Israel.")
    assert a.published == date(2020, 1, 4) and a.published_source == "text"


def test_seed_jsonl_gives_five_articles_with_metadata_dates():
    items = list(read_inputs([SEEDS / "articles.jsonl"]))
    assert all(isinstance(a, Article) for a in items)
    assert [a.id for a in items] == ["000_67322f1a74c5297d", "001_95318f47aea74e28", "002_71366c0f16030d27",
                                     "003_6c0324138f148479", "004_22b7b797cb052baa"]
    assert [a.published for a in items] == [date(2020, 1, 4), date(2019, 12, 19), date(2020, 12, 26),
                                            date(2020, 4, 29), date(2020, 5, 23)]
    assert {a.published_source for a in items} == {"metadata"}
    assert items[0].outlet == "RFI" and items[4].outlet == "iNewsToday"
    assert not items[1].text.startswith("Site icon") and "Exit mobile version" not in items[1].text
    assert "[ad_1]" not in items[2].text
    assert not items[3].text.endswith("Related Articles")
    assert "Other reports by" not in items[4].text


def test_seed_debris_per_file():
    by_id = {a.id: a for a in read_inputs(sorted(SEEDS.glob("*.txt")))}
    assert by_id["004_22b7b797cb052baa"].published == date(2020, 5, 23)   # the "May 23, 2020" line
    assert by_id["004_22b7b797cb052baa"].published_source == "text"
    assert "(ANSAmed)." in by_id["004_22b7b797cb052baa"].text
    assert "Russia and US react" in by_id["003_6c0324138f148479"].text   # a real subheading stays
    assert by_id["001_95318f47aea74e28"].published is None               # no date anywhere: never today


def test_seed_txt_and_jsonl_copies_are_near_duplicates():
    idx = NearDuplicateIndex()
    firsts = [idx.add(a) for a in read_inputs([SEEDS / "articles.jsonl"])]
    assert firsts == [None] * 5       # five different reports
    copies = [idx.add(a) for a in read_inputs(sorted(SEEDS.glob("*.txt")))]
    assert copies == ["000_67322f1a74c5297d", "001_95318f47aea74e28", "002_71366c0f16030d27",
                      "003_6c0324138f148479", "004_22b7b797cb052baa"]


def test_gold_evidence_survives_cleaning():
    """Every gold evidence string is an exact substring of the cleaned text: cleaning changes no
    character inside a sentence, so evidence offsets stay valid."""
    import json
    gold = json.loads((SEEDS / "gold.json").read_text(encoding="utf-8"))
    texts = {a.id: a.text for a in read_inputs([SEEDS / "articles.jsonl"])}
    evidence = [(e["doc"], ev) for e in gold["events"] for ev in (e.get("evidence") or [])]
    assert len(evidence) > 50
    missing = [(doc, ev) for doc, ev in evidence if ev not in texts[doc]]
    assert missing == []
