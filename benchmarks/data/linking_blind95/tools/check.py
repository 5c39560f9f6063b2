import json, os, re, datetime, collections, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
err = []
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): err.append("duplicate ids")
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}: err.append(f"bad keys {a['id']}")
    if not re.fullmatch(r"b95-\d{4}", a["id"]): err.append(f"bad id {a['id']}")
if [g["id"] for g in grps] != ids: err.append("groups.jsonl does not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"]); m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", g or "")
    if not m or not re.fullmatch(r"[a-z0-9_]+", g): err.append(f"bad slug {g}"); continue
    d = (datetime.date.fromisoformat(a["published"]) - datetime.date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: err.append(f"{a['id']} published {d} days after event")
for i in range(len(grps) - 1):
    if grps[i]["group"] == grps[i+1]["group"]: err.append(f"adjacent same group at line {i+1}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: err.append(f"{len(cnt)} groups, expected 13")
for g, c in cnt.items():
    if not 2 <= c <= 4: err.append(f"group {g} has {c}")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
for g, c in sorted(cnt.items()): print(f"{c}  {g}")
print(f"articles={len(arts)} outlets={len(set(a['outlet'] for a in arts))} words min={min(wc)} median={statistics.median(wc)} max={max(wc)} chars median={statistics.median(cc)}")
for a, w in zip(arts, wc): print(f"  {a['id']} {w:4d}w {a['outlet']}")
print("ERRORS:" if err else "OK: no errors", *err, sep="\n")
