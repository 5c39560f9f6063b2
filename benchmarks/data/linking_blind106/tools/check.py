import json, os, re, collections, datetime, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
errs = []
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b106-\d{4}", a["id"]): errs.append("bad id " + a["id"])
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m: errs.append(f"bad slug {g}"); continue
    ev = datetime.date(*map(int, m.groups())); pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub} vs event {ev}")
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]: errs.append(f"adjacent same group at line {k+1}")
cnt = collections.Counter(g["group"] for g in grps)
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]): print(f"{n}  {g}")
print("outlets:", dict(collections.Counter(a["outlet"] for a in arts)))
print(f"articles={len(arts)} words min={min(wc)} median={statistics.median(wc)} max={max(wc)} chars median={statistics.median(cc)}")
print("word counts:", sorted(wc))
print("ERRORS:" if errs else "OK: no errors", *errs, sep="\n")
