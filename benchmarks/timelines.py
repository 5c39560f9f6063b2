"""Timeline summarisation benchmark on Timeline17 (and Crisis when it has articles).

    python benchmarks/timelines.py [--mode light|code] [--db-dir DIR] [--shared ../shared]

For each topic the articles are put into a DuckDB store (``light``: sentence split + time
expressions only; ``code``: the full coding pipeline), a timeline is built from the store for each
gold timeline (T = gold dates, gold span, mean gold sentences per date) and scored with Date-F1 and
alignment-based ROUGE-1/2 F (see ``sanderling.evaluate.timelines``). Published DATEWISE anchor on
the whole T17 set: AR1-F 0.120, AR2-F 0.035, Date-F1 0.544.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from sanderling.evaluate.timelines import (evaluate_topic, format_table, has_articles, mean_scores,
                                           read_crisis_timelines)

ROOT = Path(__file__).resolve().parents[1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--mode", choices=("light", "code"), default="light")
    ap.add_argument("--db-dir", default=None, help="keep one store per topic here (reused on rerun)")
    args = ap.parse_args(argv)
    base = Path(args.shared) / "eval" / "timelines"
    t0 = time.time()
    results = []
    for topic in sorted((base / "t17").iterdir()):
        if topic.is_dir() and has_articles(topic):
            t = time.time()
            results.append(evaluate_topic(topic, mode=args.mode, db_dir=args.db_dir))
            print(f"  {topic.name}: {time.time() - t:.1f}s", file=sys.stderr)
    print(f"T17 ({args.mode} store)")
    print(format_table(results))
    crisis = base / "crisis"
    if crisis.exists():
        runnable = [t for t in sorted(crisis.iterdir()) if t.is_dir() and has_articles(t)]
        if runnable:
            cres = [evaluate_topic(t, mode=args.mode, db_dir=args.db_dir) for t in runnable]
            print("\nCrisis")
            print(format_table(cres))
        else:
            n = sum(len(read_crisis_timelines(t)) for t in crisis.iterdir() if t.is_dir())
            print(f"\nCrisis: only gold timelines are available ({n} timelines, no articles); not run.")
    m = mean_scores(results)
    print(f"\nT17 mean: Date-F1 {m['date_f1']:.3f}  AR1-F {m['ar1_f']:.3f}  AR2-F {m['ar2_f']:.3f}"
          f"  (DATEWISE: 0.544 / 0.120 / 0.035)  in {time.time() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
