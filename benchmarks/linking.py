"""Pairwise article-link F1 of the cross-document resolver against a grouping of articles by main event.

    python benchmarks/linking.py --groups tests/resolve/sample_groups.json [CORPUS ...] [--db STORE]

Two articles are *linked* when they share a merged, non-historical event whose date lies within
``--days`` (2) days of both publication dates. A republished copy (``duplicate_of``) is not coded again:
it is linked through its original's events. Gold: two articles are linked when the grouping puts them in
the same group. Precision, recall and F1 are over unordered article pairs among the articles of the
grouping. The grouping file is JSON Lines (``{"id": ..., "group": ...}`` per line) or a JSON object with a
``groups`` mapping (article id -> group).

With CORPUS paths the articles are coded into a fresh temporary store (``sanderling code``); with only
``--db`` an already coded store is read (and its events are resolved again from scratch). Give ``--db`` a
new path when coding: articles already in an existing store are not coded again.

Data sets (our own writing about real events, invented outlets): ``benchmarks/data/linking`` (development,
48 articles) and a hundred and twenty blind sets, ``benchmarks/data/linking_blind`` and ``linking_blind2`` to
``linking_blind120`` (32-40 articles each, written by teammates who had not seen the code or the other sets;
sets 17, 35, 68, 69, 85, 108, 109 and 114 are dense: events days apart whose stories recall each other; most sets
from 50 on have articles of realistic length, median 2,200-3,700 characters; 102, 106, 110, 111, 117 and 120 are
conflicts outside Libya).

Real news: ``benchmarks/data/linking_real_syria`` and ``linking_real_syria2`` group BBC and Reuters articles
of 2011 on Syria (71 and 63 articles of ``../shared/bench/news-1k.jsonl``, which holds the texts) by main
event; run them with ``--only-grouped`` and that corpus. ``benchmarks/data/linking_real_libya_web`` groups 294
web pages on Turkey and Libya of 2019-2020 (six sets) by main event; their texts are other outlets' writing and are
not in the repository, only their addresses (``sources.jsonl``)."""
from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def load_groups(path: str | Path) -> dict[str, str]:
    text = Path(path).read_text(encoding="utf-8")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        obj = None
    if isinstance(obj, dict):
        groups = obj.get("groups", obj)
        return {str(k): str(v["group"] if isinstance(v, dict) else v) for k, v in groups.items()}
    out = {}
    for line in text.splitlines():
        if line.strip():
            d = json.loads(line)
            out[str(d["id"])] = str(d["group"])
    return out


def _gap(pub, d0, d1) -> int:
    if pub < d0:
        return (d0 - pub).days
    if pub > d1:
        return (pub - d1).days
    return 0


def predicted_links(store, days: int = 2) -> set[frozenset]:
    con = store.con
    pub = dict(con.execute("SELECT id, published FROM articles").fetchall())
    copies = defaultdict(list)
    for cid, orig in con.execute("SELECT id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL").fetchall():
        copies[orig].append(cid)
    rows = con.execute("SELECT e.id, e.date, coalesce(e.date_end, e.date), list(DISTINCT r.doc_id) FROM events e "
                       "JOIN reports r ON r.event_id = e.id WHERE NOT coalesce(e.historical, false) "
                       "AND e.date IS NOT NULL GROUP BY e.id, e.date, e.date_end").fetchall()
    links = set()
    for _eid, d0, d1, docs in rows:
        docs = set(docs)
        for d in list(docs):
            docs.update(copies.get(d, ()))
        near = [d for d in docs if pub.get(d) is not None and _gap(pub[d], d0, d1) <= days]
        for a, b in itertools.combinations(sorted(near), 2):
            links.add(frozenset((a, b)))
    return links


def pairwise_f1(groups: dict[str, str], links: set[frozenset]) -> dict:
    ids = sorted(groups)
    gold = {frozenset((a, b)) for a, b in itertools.combinations(ids, 2) if groups[a] == groups[b]}
    pred = {p for p in links if p <= set(ids)}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else (1.0 if not gold else 0.0)
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"articles": len(ids), "gold_pairs": len(gold), "predicted_pairs": len(pred), "true_pairs": tp,
            "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "false_links": sorted(sorted(x) for x in pred - gold), "missed_links": sorted(sorted(x) for x in gold - pred)}


def _grouped_subset(paths: list[str], groups: dict[str, str], out: Path) -> str:
    """The JSON Lines rows of ``paths`` whose id the grouping names, written to ``out``."""
    with out.open("w", encoding="utf-8") as sink:
        for path in paths:
            for line in Path(path).read_text(encoding="utf-8").splitlines():
                if line.strip() and str(json.loads(line).get("id")) in groups:
                    sink.write(line + "\n")
    return str(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--groups", required=True)
    ap.add_argument("--db", default=None)
    ap.add_argument("--days", type=int, default=2)
    ap.add_argument("--only-grouped", action="store_true",
                    help="code only the articles the grouping names (for a grouping over part of a large corpus, "
                         "such as ../shared/bench/news-1k.jsonl)")
    args = ap.parse_args()
    groups = load_groups(args.groups)
    from sanderling.store import open_store
    tmp = None
    if args.corpus or not args.db:
        tmp = tempfile.TemporaryDirectory()
        db = args.db or str(Path(tmp.name) / "links.duckdb")
        corpus = args.corpus
        if args.only_grouped:
            corpus = [_grouped_subset(corpus, groups, Path(tmp.name) / "grouped.jsonl")]
        cmd = [sys.executable, "-m", "sanderling.cli", "code", *corpus, "--db", db, "-q"]
        coded = subprocess.run(cmd, check=False)
        if coded.returncode != 0:
            # an article the coder could not code is missing from the store: its links would silently count
            # as misses, so say so (the coder's own message names the article)
            print(f"warning: sanderling code exited {coded.returncode}; some articles were not coded",
                  file=sys.stderr)
        store = open_store(db)
    else:
        store = open_store(args.db)
        from sanderling.actors.kb import KnowledgeBase
        from sanderling.resolve import resolve_reports
        KnowledgeBase.load()
        store.con.execute("UPDATE reports SET event_id = NULL")
        store.con.execute("DELETE FROM events")
        resolve_reports(store)
    res = pairwise_f1(groups, predicted_links(store, args.days))
    store.close()
    print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()
