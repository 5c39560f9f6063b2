"""Actor phrase resolution: country and role (sector) accuracy of ``resolve_phrase`` on a hand-written set.

    python benchmarks/actors_phrases.py [PHRASES.jsonl|PHRASES.csv] [-v]

Each line of the file (default ``tests/actors/phrases.jsonl``) is ``{"text", "country", "sector"}`` with an
optional ``"context"`` (the sentence the phrase comes from) and ``"date"`` (ISO). A CSV has the columns
``phrase,date,context,country,sector`` (empty = none), e.g. ``benchmarks/data/actor_phrases_blind.csv``,
written blind to the knowledge base. Country accuracy: the
resolved country equals the expected one (``null`` expects no country); role accuracy: the resolved sector
equals the expected one. Targets: country >= 0.90, role >= 0.80. ``-v`` lists every phrase."""
import json
import sys
import time
from datetime import date
from pathlib import Path

from sanderling.actors import KnowledgeBase, resolve_phrase

ROOT = Path(__file__).resolve().parent.parent
args = [a for a in sys.argv[1:] if not a.startswith("-")]
verbose = "-v" in sys.argv
path = Path(args[0]) if args else ROOT / "tests" / "actors" / "phrases.jsonl"
if path.suffix == ".csv":
    import csv
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [{"text": r["phrase"], "date": r["date"] or None, "context": r["context"] or None,
                 "country": r["country"] or None, "sector": r["sector"] or None} for r in csv.DictReader(fh)]
else:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
kb = KnowledgeBase.load()
t0 = time.time()
ok_c = ok_s = 0
for r in rows:
    when = date.fromisoformat(r["date"]) if r.get("date") else None
    got = resolve_phrase(r["text"], when=when, context=r.get("context"), kb=kb)
    c_ok = got["country"] == r["country"]
    s_ok = got["sector"] == r["sector"]
    ok_c += c_ok
    ok_s += s_ok
    if verbose or not (c_ok and s_ok):
        flag = "ok  " if c_ok and s_ok else "MISS"
        print(f"{flag} {r['text']!r}: got {got['country']}/{got['sector']} ({got['id']}), "
              f"want {r['country']}/{r['sector']}")
n = len(rows)
print(f"\n{n} phrases ({time.time() - t0:.1f}s)")
print(f"country accuracy {ok_c / n:.3f} ({ok_c}/{n})  target >= 0.90")
print(f"role accuracy    {ok_s / n:.3f} ({ok_s}/{n})  target >= 0.80")
