import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from linking import load_groups, pairwise_f1  # noqa: E402


def test_sample_grouping_covers_the_sample_corpus():
    groups = load_groups(Path(__file__).with_name("sample_groups.json"))
    ids = {json.loads(l)["id"] for l in (ROOT / "src/sanderling/data/sample/reports.jsonl").read_text().splitlines() if l.strip()}
    ids |= {p.stem for p in (ROOT / "src/sanderling/data/sample").glob("*.*") if p.suffix in (".txt", ".html")}
    assert set(groups) == ids
    assert groups["s18-turkey-warns-haftar-grave-consequences"] == groups["s19-ankara-says-haftar-faces-consequences"]


def test_pairwise_f1():
    groups = {"a": "x", "b": "x", "c": "x", "d": "y"}
    res = pairwise_f1(groups, {frozenset(("a", "b")), frozenset(("c", "d"))})
    assert res["gold_pairs"] == 3 and res["true_pairs"] == 1
    assert abs(res["precision"] - 0.5) < 1e-9 and abs(res["recall"] - 1 / 3) < 1e-3
