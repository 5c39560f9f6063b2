"""Validate the blind linking set."""
import json, os, re, sys, statistics
from collections import Counter
from datetime import date
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b105-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", g or "")
    if not g or not re.fullmatch(r"[a-z0-9_]+", g) or not m:
        errs.append(f"bad group {g}"); continue
    d = (date.fromisoformat(a["published"]) - date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: errs.append(f"{a['id']} published {a['published']} vs {g} ({d} days)")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]: errs.append(f"adjacent same group {x['id']} {y['id']}")
c = Counter(gmap.values())
if len(c) != 13: errs.append(f"{len(c)} groups, want 13")
for g, n in c.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n}")
wc = [len(a["text"].split()) for a in arts]
print(f"articles {len(arts)}, groups {len(c)}, outlets {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(c.items(), key=lambda x: x[0][-10:]): print(f"  {n}  {g}")
print(f"words min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(len(a['text']) for a in arts)}")
print("per article words:", sorted(wc))
print("ERRORS:\n  " + "\n  ".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
