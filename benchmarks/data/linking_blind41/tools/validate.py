"""Validate set 41 output files."""
import json, os, sys, datetime, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from events import EVENTS
OUT = os.path.dirname(HERE)
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
err = []
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): err.append("duplicate ids")
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}: err.append(f"fields {a['id']}")
    if not a["id"].startswith("b41-") or len(a["id"]) != 8: err.append(f"id form {a['id']}")
gmap = {g["id"]: g["group"] for g in grps}
if set(gmap) != set(ids) or len(grps) != len(arts): err.append("groups/articles mismatch")
if [g["id"] for g in grps] != ids: err.append("order mismatch between files")
for a in arts:
    g = gmap[a["id"]]
    ev = datetime.date.fromisoformat(EVENTS[g][0]); pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2: err.append(f"date {a['id']} {g} {d}")
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]: err.append(f"adjacent same group at line {k+1}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: err.append(f"{len(cnt)} groups")
for g, n in cnt.items():
    if not 2 <= n <= 4: err.append(f"group size {g} {n}")
words = sorted((len(a["text"].split()), a["outlet"], a["id"]) for a in arts)
print("articles", len(arts), "groups", len(cnt), "outlets", len({a['outlet'] for a in arts}))
for g, n in sorted(cnt.items()): print(f"  {n}  {g}")
print("word counts min/median/max:", words[0][0], words[len(words)//2][0], words[-1][0])
print("short (<160):", [(w, o) for w, o, _ in words if w < 160])
print("ERRORS:" if err else "OK", err)
sys.exit(1 if err else 0)
