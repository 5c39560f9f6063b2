"""Validate the set and print word counts."""
import json, os, re, statistics, collections, datetime as dt
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
err = []
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: err.append(f"bad keys {a.get('id')}")
    if not re.fullmatch(r"b102-\d{4}", a["id"]): err.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): err.append("duplicate ids")
if [g["id"] for g in grps] != ids: err.append("groups.jsonl order/ids differ")
gm = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gm.get(a["id"], "")
    m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", g)
    if not m or not re.fullmatch(r"[a-z0-9_]+", g): err.append(f"bad slug {g}"); continue
    d = (dt.date.fromisoformat(a["published"]) - dt.date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: err.append(f"{a['id']} published {a['published']} vs {g} ({d} days)")
for i in range(len(ids) - 1):
    if gm[ids[i]] == gm[ids[i + 1]]: err.append(f"adjacent same group at line {i+1}")
cnt = collections.Counter(gm.values())
if len(cnt) != 13: err.append(f"{len(cnt)} groups, expected 13")
for g, c in cnt.items():
    if not 2 <= c <= 4: err.append(f"group {g} has {c}")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
for a, w in zip(arts, wc): print(f"{a['id']}  {w:4d}w  {a['outlet'][:24]:24s} {gm[a['id']]}")
print(f"\n{len(arts)} articles, {len(cnt)} groups, {len(set(a['outlet'] for a in arts))} outlets")
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(cc)}")
for g, c in sorted(cnt.items()): print(f"  {c}  {g}")
print("ERRORS:" if err else "OK: no errors", *err, sep="\n")
