"""Articles per second coding the first N articles of a corpus in one process and on a Dask LocalCluster.

    python benchmarks/dask_throughput.py [CORPUS] [-n 100] [--workers 2] [--pool]

CORPUS defaults to ../shared/bench/news-1k.jsonl. Both runs write every coded article to a fresh DuckDB
store, as `sanderling code` does; the Dask run's store writes overlap with the workers' coding. Resource
loading is timed apart: the one-process rate counts from loaded resources, the Dask rate is given both
from warm workers and from the start of the cluster. --pool adds the local process pool (`-j`) for
comparison. Checks that every run coded the same records."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path


def _store_all(gen, path: Path) -> list:
    from sanderling.store import open_store
    store = open_store(path)
    out = []
    for coded in gen:
        store.write(coded)
        out.append(coded)
    store.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default="../shared/bench/news-1k.jsonl")
    ap.add_argument("-n", type=int, default=100, help="articles to code (the first N)")
    ap.add_argument("--workers", type=int, default=2, help="Dask worker processes, one thread each")
    ap.add_argument("--pool", action="store_true", help="also time the local process pool (-j WORKERS)")
    args = ap.parse_args()

    from distributed import Client, LocalCluster

    from sanderling.distributed import _resources, code_dask, prepare
    from sanderling.ingest import read_inputs
    from sanderling.pipeline import code_articles, code_parallel, load_resources
    from sanderling.records import Article

    articles = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)][: args.n]
    n = len(articles)
    result = {"articles": n, "corpus": args.corpus, "workers": args.workers}
    with tempfile.TemporaryDirectory() as tmp:
        t = time.time()
        res = load_resources()
        result["one_process_load_s"] = round(time.time() - t, 1)
        t = time.time()
        single = _store_all(code_articles(articles, res), Path(tmp) / "single.duckdb")
        dt = time.time() - t
        result["one_process_s"], result["one_process_articles_per_s"] = round(dt, 1), round(n / dt, 2)
        print(f"one process: {n / dt:.2f} articles/s ({dt:.1f}s)", file=sys.stderr)

        t_start = time.time()
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster, Client(cluster) as client:
            # every worker loads its resources before the clock starts, so the timed run counts coding
            spec = prepare(client)
            client.run(lambda key: _resources(key) and None, spec.key)
            result["dask_start_and_load_s"] = round(time.time() - t_start, 1)
            t = time.time()
            dask = _store_all(code_dask(articles, client), Path(tmp) / "dask.duckdb")
            dt = time.time() - t
        total = time.time() - t_start
        result["dask_s"], result["dask_articles_per_s"] = round(dt, 1), round(n / dt, 2)
        result["dask_articles_per_s_with_start"] = round(n / total, 2)
        result["dask_identical"] = dask == single
        print(f"dask, {args.workers} workers: {n / dt:.2f} articles/s ({dt:.1f}s; "
              f"{n / total:.2f}/s counting {result['dask_start_and_load_s']}s of cluster start and loading)",
              file=sys.stderr)

        if args.pool:
            t = time.time()
            pool = _store_all(code_parallel(articles, processes=args.workers), Path(tmp) / "pool.duckdb")
            dt = time.time() - t
            result["pool_s"], result["pool_articles_per_s"] = round(dt, 1), round(n / dt, 2)
            result["pool_identical"] = pool == single
            print(f"process pool, {args.workers} processes: {n / dt:.2f} articles/s ({dt:.1f}s, workers "
                  f"forked with resources loaded)", file=sys.stderr)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
