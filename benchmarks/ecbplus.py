"""ECB+ cross-document event coreference of the resolver (protocol: sanderling/evaluate/ecbplus.py).

    python benchmarks/ecbplus.py [--root ../shared/eval/ecbplus] [--topics 1,2] [--db /tmp/sanderling-ecbplus.duckdb]

Coding the 982 documents takes a few minutes; the coded store is kept (``--db``) and reused, and only the
resolution step is re-run on later calls (``--recode`` codes again)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sanderling.evaluate import ecbplus as E  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default=str(ROOT.parent / "shared" / "eval" / "ecbplus"))
    ap.add_argument("--topics", default="")
    ap.add_argument("--db", default="/tmp/sanderling-ecbplus.duckdb")
    ap.add_argument("--recode", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    topics = [t for t in args.topics.split(",") if t] or None
    docs, gold = E.load_corpus(args.root, topics)
    from sanderling.store import open_store
    db = Path(args.db)
    if args.recode and db.exists():
        db.unlink()
    store = open_store(db)
    have = store.article_ids()
    todo = [a for a in E.to_articles(docs) if a.id not in have]
    t0 = time.time()
    if todo:
        from sanderling.pipeline import code_articles, load_resources
        res = load_resources()
        for i, coded in enumerate(code_articles(todo, res), 1):
            store.write(coded)
            if i % 100 == 0:
                print(f"  coded {i}/{len(todo)} docs ({i / (time.time() - t0):.1f} docs/s)", file=sys.stderr)
    t1 = time.time()
    # resolution from scratch, every run
    store.con.execute("UPDATE reports SET event_id = NULL")
    store.con.execute("DELETE FROM events")
    from sanderling.actors.kb import KnowledgeBase
    from sanderling.resolve import resolve_reports
    KnowledgeBase.load()   # actor collapsing (Haftar -> LNA) as in `sanderling code`
    stats = resolve_reports(store)
    t2 = time.time()
    aligned = E.align(store, docs, gold)
    sc = E.score(aligned, gold)
    n_reports = store.con.execute("SELECT count(*) FROM reports").fetchone()[0]
    sc["run"] = {"docs": len(docs), "coded_now": len(todo), "coding_s": round(t1 - t0, 1),
                 "resolve_s": round(t2 - t1, 2), "reports": n_reports, **stats}
    store.close()
    if args.json:
        print(json.dumps(sc, indent=1))
        return
    cov = sc["coverage"]
    print(f"ECB+ {len(docs)} docs: {n_reports} reports, {stats['events']} events after resolution")
    print(f"coverage: {cov['aligned_mentions']}/{cov['gold_mentions']} gold event mentions aligned "
          f"({100 * cov['aligned_share']:.1f}%); {cov['cross_doc_clusters_touched']}/{cov['gold_cross_doc_clusters']} "
          f"gold cross-document clusters touched; {cov['aligned_gold_links_cross_doc']} aligned gold clusters span "
          f"2+ docs; {cov['system_cross_doc_events']} of our events span 2+ docs")
    for k in ("MUC", "B3", "CEAF-e"):
        v = sc[k]
        print(f"{k:7s} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}")
    print(f"CoNLL F1 {sc['CoNLL']:.3f}   (singleton baseline on the same mentions: B3 "
          f"{sc['singleton_baseline']['B3']:.3f}, CoNLL {sc['singleton_baseline']['CoNLL']:.3f})")


if __name__ == "__main__":
    main()
