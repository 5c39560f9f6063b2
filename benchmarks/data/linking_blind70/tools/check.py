"""Validate blind set 70: JSON, ids, groups, dates, adjacency, group sizes; print word counts."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"))]
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS: errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b70-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles.jsonl order/ids")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: errs.append(f"{a['id']}: bad group slug {g!r}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']}: published {pub} vs event {ev}")
for i in range(len(ids) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]: errs.append(f"adjacent same group at lines {i+1},{i+2}")
sizes = collections.Counter(gmap.values())
if len(sizes) != 13: errs.append(f"{len(sizes)} groups, expected 13")
for g, n in sizes.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
print(f"articles: {len(arts)}  groups: {len(sizes)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(sizes.items()): print(f"  {n}  {g}")
print("words per article:", " ".join(map(str, wc)))
print(f"words min/median/max: {min(wc)}/{statistics.median(wc)}/{max(wc)}  chars median: {statistics.median(cc)}")
print("\n".join(errs) if errs else "OK: all checks passed")
sys.exit(1 if errs else 0)
