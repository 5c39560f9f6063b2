"""Throughput and peak memory of `sanderling code` on a corpus (default: ../shared/bench/news-1k.jsonl).

    python benchmarks/throughput.py [CORPUS] [--limit N] [--processes P]

Prints articles/s, tokens/s, peak resident memory, and the distribution of events per sentence."""
from __future__ import annotations

import argparse
import collections
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="../shared/bench/news-1k.jsonl")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args()

    from sanderling.ingest import read_inputs
    from sanderling.pipeline import code_articles, code_parallel, load_resources
    from sanderling.records import Article
    from sanderling.store import open_store

    t_load = time.time()
    res = load_resources()
    t_load = time.time() - t_load
    articles = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)]
    if args.limit:
        articles = articles[: args.limit]
    per_sentence = collections.Counter()
    n_tokens = n_events = 0
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.duckdb")
        gen = code_parallel(articles, processes=args.processes) if args.processes > 1 else code_articles(articles, res)
        for i, coded in enumerate(gen, 1):
            n_tokens += coded.n_tokens
            n_events += len(coded.events)
            store.write(coded)
            by_sent = collections.Counter(ev.evidence[0].start for ev in coded.events for _ in ev.evidence[:1])
            for c in by_sent.values():
                per_sentence[c] += 1
            if i % 100 == 0:
                print(f"  {i}/{len(articles)} articles, {time.time() - t0:.0f}s", file=sys.stderr)
        store.close()
    dt = time.time() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    out = {
        "articles": len(articles), "tokens": n_tokens, "events": n_events, "seconds": round(dt, 1),
        "articles_per_s": round(len(articles) / dt, 2), "tokens_per_s": round(n_tokens / dt),
        "resource_load_s": round(t_load, 1), "peak_rss_mb": round(max(peak_mb, children_mb)),
        "processes": args.processes,
        "events_per_sentence": dict(sorted(per_sentence.items())),
        "max_events_in_a_sentence": max(per_sentence) if per_sentence else 0,
    }
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
