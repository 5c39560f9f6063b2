"""PLOVER gold standard records: type accuracy, confusion table and the list of misses.

    python benchmarks/plover_gsr.py [GSR_FILE] [--out MISSES.txt] [--triggers EXTRA.csv ...]

Prints the scores and the confusion table (gold type -> our first type); writes the misses (record,
gold type, the events we coded) to MISSES.txt (default plover_gsr_misses.txt) for inspection."""
import argparse
import time

from sanderling.evaluate.plover_gsr import DEFAULT_PATH, confusion_table, evaluate_gsr, misses_text, report
from sanderling.pipeline import load_resources

ap = argparse.ArgumentParser()
ap.add_argument("path", nargs="?", default=DEFAULT_PATH)
ap.add_argument("--out", default="plover_gsr_misses.txt")
ap.add_argument("--triggers", action="append", default=[])
args = ap.parse_args()
t0 = time.time()
sc, _ = evaluate_gsr(args.path, load_resources(trigger_files=tuple(args.triggers)))
print(report(sc))
print()
print(confusion_table(sc))
with open(args.out, "w", encoding="utf-8") as fh:
    fh.write(misses_text(sc) + "\n")
print(f"\n{len(sc.misses)} misses written to {args.out} ({time.time() - t0:.1f}s)")
