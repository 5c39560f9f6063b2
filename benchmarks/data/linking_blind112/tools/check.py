"""Validate blind linking set 112."""
import json, os, re, statistics, sys
from collections import Counter
from datetime import date

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b112-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not match articles order/ids")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errs.append(f"bad group slug {g}")
        continue
    d = (date.fromisoformat(a["published"]) - date(*map(int, m.groups()))).days
    if not 0 <= d <= 2:
        errs.append(f"{a['id']} published {a['published']} is {d} days after {g}")
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]:
        errs.append(f"adjacent lines {k+1},{k+2} share group")
cnt = Counter(gmap.values())
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")
words = [len(a["text"].split()) for a in arts]
chars = [len(a["text"]) for a in arts]
print(f"articles={len(arts)} groups={len(cnt)} outlets={len(set(a['outlet'] for a in arts))}")
for g, n in sorted(cnt.items()):
    print(f"  {n}  {g}")
print(f"words min={min(words)} median={statistics.median(words)} max={max(words)}; chars median={statistics.median(chars)}")
for a, w in zip(arts, words):
    print(f"  {a['id']} {a['published']} {w:4d}w  {a['outlet'][:26]:26s} {a['title'][:70]}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
