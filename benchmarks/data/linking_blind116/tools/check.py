"""Validate the blind set: JSON, ids, groups, dates, adjacency, group sizes; print word counts."""
import json, os, re, sys, datetime as dt
from collections import Counter
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8")]
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}: errs.append(f"bad keys {a.get('id')}")
    if not re.fullmatch(r"b116-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order/coverage")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: errs.append(f"bad group slug {g}"); continue
    ev = dt.date(*map(int, m.groups())); pub = dt.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub} vs event {ev}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]: errs.append(f"adjacent same group {x['id']} {y['id']}")
c = Counter(g["group"] for g in grps)
if len(c) != 13: errs.append(f"{len(c)} groups, expected 13")
for g, n in c.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n}")
wc = sorted(len(a["text"].split()) for a in arts)
print(f"{len(arts)} articles, {len(c)} groups")
for g, n in sorted(c.items()): print(f"  {n}  {g}")
print(f"words: min {wc[0]} median {wc[len(wc)//2]} max {wc[-1]}; chars median {sorted(len(a['text']) for a in arts)[len(arts)//2]}")
print("\n".join(errs) if errs else "OK: all checks passed")
sys.exit(1 if errs else 0)
