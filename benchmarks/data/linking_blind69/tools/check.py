"""Validate linking_blind69 output files and print word counts."""
import json, os, re, statistics, sys
from collections import Counter
from datetime import date

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8")]

for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b69-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not match articles.jsonl order/ids")
g_of = {g["id"]: g["group"] for g in grps}

for a in arts:
    g = g_of.get(a["id"])
    if not g or not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g):
        errs.append(f"bad group for {a['id']}: {g}"); continue
    y, m, d = map(int, g[-10:].split("_"))
    lag = (date.fromisoformat(a["published"]) - date(y, m, d)).days
    if not 0 <= lag <= 2:
        errs.append(f"{a['id']} published {a['published']} is {lag} days after {g}")

for i in range(len(ids) - 1):
    if g_of[ids[i]] == g_of[ids[i + 1]]:
        errs.append(f"adjacent lines {i+1},{i+2} share group {g_of[ids[i]]}")

cnt = Counter(g_of.values())
if len(cnt) != 13:
    errs.append(f"expected 13 groups, got {len(cnt)}")
for g, n in sorted(cnt.items()):
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")

print("groups:")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {g}: {n}")
print("articles (words / chars):")
for a in arts:
    print(f"  {a['id']} {a['published']} {g_of[a['id']][:40]:40s} {len(a['text'].split()):5d} {len(a['text']):6d}  {a['outlet']}")
w = [len(a["text"].split()) for a in arts]; c = [len(a["text"]) for a in arts]
print(f"total {len(arts)} articles, {len(Counter(a['outlet'] for a in arts))} outlets; words min {min(w)} median {statistics.median(w)} max {max(w)}; chars median {statistics.median(c)}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
