"""The seeds check: coding ../shared/eval/seeds/articles.jsonl shows who backs whom in Libya's war."""
import json
from datetime import date

import pytest

from sanderling.records import Article


@pytest.fixture(scope="module")
def seeds_network(shared, resources, tmp_path_factory):
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.store import open_store
    from sanderling.views.network import build_network
    arts = []
    for line in (shared / "eval/seeds/articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            arts.append(Article(id=d["id"], text=d["text"], title=d.get("title"), outlet=d.get("outlet"),
                                published=date.fromisoformat(d["published"]) if d.get("published") else None))
    store = open_store(tmp_path_factory.mktemp("net") / "seeds.duckdb")
    for coded in code_articles(arts, resources):
        store.write(coded)
    resolve_reports(store)
    net = build_network(store, kb=resources.kb)
    store.close()
    return net


@pytest.mark.parametrize("source,target", [("TUR", "LBY_GNA"), ("QAT", "LBY_GNA"), ("RUS", "LBY_LNA"),
                                           ("ARE", "LBY_LNA"), ("EGY", "LBY_LNA")])
def test_supporters(seeds_network, source, target):
    from sanderling.views.network import has_edge
    assert has_edge(seeds_network, source, target, "support")


@pytest.mark.parametrize("a,b", [("LBY_LNA", "LBY_GNA"), ("LBY_LNA", "TUR")])
def test_opponents(seeds_network, a, b):
    from sanderling.views.network import has_edge
    assert has_edge(seeds_network, a, b, "oppose", either_way=True)


def test_no_cross_support(seeds_network):
    from sanderling.views.network import has_edge
    assert not has_edge(seeds_network, "TUR", "LBY_LNA", "support")
    assert not has_edge(seeds_network, "EGY", "LBY_GNA", "support")


def test_json_shape(seeds_network):
    e = seeds_network["edges"][0]
    assert set(e) >= {"source", "target", "source_name", "target_name", "kind", "weight", "events"}
    assert {n["id"] for n in seeds_network["nodes"]} >= {"TUR", "LBY_GNA", "LBY_LNA"}
