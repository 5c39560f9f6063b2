"""Validate blind linking set 109."""
import json, os, re, sys, statistics
from collections import Counter
from datetime import date

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b109-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order/coverage")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    if not g or not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g):
        errs.append(f"bad group {g} for {a['id']}"); continue
    y, m, d = map(int, g[-10:].split("_"))
    lag = (date.fromisoformat(a["published"]) - date(y, m, d)).days
    if not 0 <= lag <= 2: errs.append(f"{a['id']} published {a['published']} lag {lag} for {g}")
for i in range(len(arts) - 1):
    if gmap.get(arts[i]["id"]) == gmap.get(arts[i + 1]["id"]): errs.append(f"adjacent same group at lines {i+1},{i+2}")
cnt = Counter(gmap.values())
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
print(f"articles: {len(arts)}  groups: {len(cnt)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(cnt.items()): print(f"  {n}  {g}")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
print("words: min %d median %d max %d | chars median %d" % (min(wc), statistics.median(wc), max(wc), statistics.median(cc)))
for a, w in zip(arts, wc): print(f"  {a['id']} {a['published']} {w:4d}w  {a['outlet'][:28]:28s} {a['title'][:60]}")
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs: print("  " + e)
sys.exit(1 if errs else 0)
