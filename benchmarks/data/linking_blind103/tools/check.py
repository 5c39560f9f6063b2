"""Validate blind set 103."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"))]
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append(f"bad keys {a.get('id')}")
    if not re.fullmatch(r"b103-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl not aligned with articles.jsonl")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    if g is None: errs.append(f"no group {a['id']}"); continue
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: errs.append(f"bad slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub} vs event {ev}")
for i in range(len(ids) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]: errs.append(f"adjacent same group at line {i+1}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n}")
print(f"{len(arts)} articles, {len(cnt)} groups, {len(set(a['outlet'] for a in arts))} outlets")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]): print(f"  {n}  {g}")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
for a, w in zip(arts, wc): print(f"  {a['id']}  {w:4d} words  {a['outlet']}")
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(cc)}")
print("ERRORS:" if errs else "OK", *errs, sep="\n")
sys.exit(1 if errs else 0)
