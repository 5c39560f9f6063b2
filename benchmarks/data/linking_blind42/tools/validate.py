"""Validate linking_blind42 output: ids, groups, JSON, dates 0-2 days after event, adjacency, sizes."""
import json, os, re, datetime, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
errs = []
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
for a in arts:
    if not re.fullmatch(r"b42-\d{4}", a["id"]): errs.append("bad id " + a["id"])
    for k in ("id", "published", "outlet", "title", "text"):
        if not a.get(k): errs.append(f"{a['id']} missing {k}")
g = {x["id"]: x["group"] for x in grps}
if set(g) != set(ids) or len(grps) != len(arts): errs.append("groups/articles id mismatch")
for a in arts:
    slug = g[a["id"]]
    m = re.search(r"(\d{4})_(\d{2})_(\d{2})$", slug)
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub} vs event {ev}")
order = [g[a["id"]] for a in arts]
for i in range(len(order) - 1):
    if order[i] == order[i + 1]: errs.append(f"adjacent same group at line {i+1}")
if [x["id"] for x in grps] != ids: errs.append("groups.jsonl order differs from articles.jsonl")
cnt = collections.Counter(order)
print("events:", len(cnt), "articles:", len(arts), "outlets:", len({a['outlet'] for a in arts}))
for k, v in sorted(cnt.items()): print(f"  {v}  {k}")
wc = sorted((len(a["text"].split()), a["id"], a["outlet"]) for a in arts)
print("word counts min/median/max:", wc[0][0], wc[len(wc)//2][0], wc[-1][0])
for w, i, o in wc: print(f"   {w:4d} {i} {o}")
for k, v in cnt.items():
    if not 2 <= v <= 4: errs.append(f"group size {k}={v}")
print("ERRORS:" if errs else "OK", *errs, sep="\n")
