"""Validate the set: JSON, keys, unique ids, group coverage, dates 0-2 days after slug date, no adjacent same group, 13 groups of 2-4."""
import json, os, re, sys, datetime, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
err = []
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}: err.append(("keys", a.get("id")))
    if not re.fullmatch(r"b59-\d{4}", a["id"]): err.append(("idfmt", a["id"]))
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): err.append("dup ids")
if [g["id"] for g in grps] != ids: err.append("groups order/coverage mismatch")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap[a["id"]]
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: err.append(("slug", g)); continue
    ev = datetime.date(*map(int, m.groups()))
    d = (datetime.date.fromisoformat(a["published"]) - ev).days
    if not 0 <= d <= 2: err.append(("date", a["id"], g, a["published"]))
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]: err.append(("adjacent", k))
c = collections.Counter(gmap.values())
if len(c) != 13: err.append(("ngroups", len(c)))
for g, n in c.items():
    if not 2 <= n <= 4: err.append(("size", g, n))
for g, n in sorted(c.items()): print(f"{n}  {g}")
print()
for a in arts:
    print(f"{a['id']}  {a['published']}  {len(a['text'].split()):5d} words {len(a['text']):5d} chars  {a['outlet'][:24]:24s} {gmap[a['id']]}")
L = sorted(len(a["text"]) for a in arts)
print("\nchars: min", L[0], "median", L[len(L)//2], "max", L[-1],
      "| <1500:", sum(x < 1500 for x in L), " 1500-2499:", sum(1500 <= x < 2500 for x in L), " 2500-5000:", sum(2500 <= x <= 5000 for x in L))
print("ERRORS:", err if err else "none")
sys.exit(1 if err else 0)
