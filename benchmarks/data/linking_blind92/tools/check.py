import json, os, re, datetime, collections, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__))); errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}: errs.append(f"keys {a['id']}")
    if not re.fullmatch(r"b92-\d{4}", a["id"]): errs.append(f"id format {a['id']}")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl order/coverage mismatch")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], ""); m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", g)
    if not m or not re.fullmatch(r"[a-z0-9_]+", g): errs.append(f"bad slug {g}"); continue
    d = (datetime.date.fromisoformat(a["published"]) - datetime.date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: errs.append(f"{a['id']} published {d} days after {g}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]: errs.append(f"adjacent {x['id']} {y['id']}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: errs.append(f"{len(cnt)} groups")
for g, c in cnt.items():
    if not 2 <= c <= 4: errs.append(f"group size {g}={c}")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
for g, c in sorted(cnt.items()): print(f"{c}  {g}")
print("articles", len(arts), "outlets", len(set(a["outlet"] for a in arts)))
print("words min/median/max", min(wc), statistics.median(wc), max(wc), "| chars median", statistics.median(cc))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
