"""Validate blind linking set 101."""
import json, os, re, sys, statistics
from collections import Counter
from datetime import date

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl")) if l.strip()]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl")) if l.strip()]

for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b101-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not match articles.jsonl order/coverage")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    if not g or not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g):
        errs.append(f"bad group for {a['id']}: {g}")
        continue
    ev = date(*map(int, g[-10:].split("_")))
    lag = (date.fromisoformat(a["published"]) - ev).days
    if not 0 <= lag <= 2:
        errs.append(f"{a['id']} published {a['published']} is {lag} days from {g}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]:
        errs.append(f"adjacent same group {x['id']} {y['id']}")
cnt = Counter(g["group"] for g in grps)
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")

words = [len(a["text"].split()) for a in arts]
chars = [len(a["text"]) for a in arts]
for a, w in zip(arts, words):
    print(f"{a['id']}  {a['published']}  {w:4d}w  {a['outlet'][:24]:24s}  {gmap.get(a['id'])}")
print(f"\narticles={len(arts)} groups={len(cnt)} outlets={len(set(a['outlet'] for a in arts))}")
print(f"words: min={min(words)} median={statistics.median(words)} max={max(words)} total={sum(words)}")
print(f"chars: median={statistics.median(chars)}")
for g, n in sorted(cnt.items(), key=lambda t: t[0][-10:]):
    print(f"  {n}  {g}")
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs:
    print("  " + e)
sys.exit(1 if errs else 0)
