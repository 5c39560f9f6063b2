import json, os, re, datetime, collections, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
err = []
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}: err.append(("keys", a.get("id")))
    if not re.fullmatch(r"b94-\d{4}", a["id"]): err.append(("idfmt", a["id"]))
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): err.append("duplicate ids")
if [g["id"] for g in grps] != ids: err.append("groups not aligned with articles")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"]); m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", g or "")
    if not m or not re.fullmatch(r"[a-z0-9_]+", g): err.append(("slug", g)); continue
    d = (datetime.date.fromisoformat(a["published"]) - datetime.date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: err.append(("pubdate", a["id"], g, a["published"]))
for k in range(len(ids) - 1):
    if gmap[ids[k]] == gmap[ids[k+1]]: err.append(("adjacent", ids[k], ids[k+1]))
c = collections.Counter(gmap.values())
if len(c) != 13: err.append(("ngroups", len(c)))
for g, n in c.items():
    if not 2 <= n <= 4: err.append(("groupsize", g, n))
wc = [len(a["text"].split()) for a in arts]
for a, w in zip(arts, wc): print(f'{a["id"]} {w:4d} words  {gmap[a["id"]]}  [{a["outlet"]}]')
print("articles:", len(arts), "groups:", len(c), "outlets:", len(set(a["outlet"] for a in arts)))
print("words min/median/max:", min(wc), statistics.median(wc), max(wc), " median chars:", statistics.median(len(a["text"]) for a in arts))
for g, n in sorted(c.items()): print(f"  {g}: {n}")
print("ERRORS:", err if err else "none")
