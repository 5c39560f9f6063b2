"""PETRARCH unit-test records, coded with the suite's own actor and verb dictionaries.

    python benchmarks/petrarch.py [PETR.UnitTest.records.xml] [--out FAILURES.txt] [--no-base-lexicon] [--no-patterns]

Prints the pass rate ("coded as expected": event root code, source and target agree) and writes the
records that failed, with what we coded, to FAILURES.txt (default petrarch_failures.txt)."""
import argparse
import time

from sanderling.evaluate.petrarch import DEFAULT_PATH, evaluate_petrarch, failures_text, report

ap = argparse.ArgumentParser()
ap.add_argument("path", nargs="?", default=DEFAULT_PATH)
ap.add_argument("--out", default="petrarch_failures.txt")
ap.add_argument("--no-base-lexicon", action="store_true", help="Only the suite's verbs, not our lexicon.")
ap.add_argument("--no-patterns", action="store_true",
                help="Without the PETRARCH-mode pattern matcher (the suite's verbs as plain triggers only).")
args = ap.parse_args()
t0 = time.time()
sc, _ = evaluate_petrarch(args.path, with_base_lexicon=not args.no_base_lexicon,
                          use_patterns=not args.no_patterns)
print(report(sc))
with open(args.out, "w", encoding="utf-8") as fh:
    fh.write(failures_text(sc) + "\n")
print(f"{len(sc.failures)} failures written to {args.out} ({time.time() - t0:.1f}s)")
