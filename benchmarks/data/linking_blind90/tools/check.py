"""Validate blind linking set 90 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]

keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b90-\d{4}", a.get("id", "")):
        errs.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl ids/order differ from articles.jsonl")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m:
        errs.append(f"{a['id']}: bad group slug {g}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errs.append(f"{a['id']}: published {pub} vs event {ev}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]:
        errs.append(f"adjacent same group: {x['id']} {y['id']}")
sizes = collections.Counter(g["group"] for g in grps)
if len(sizes) != 13:
    errs.append(f"{len(sizes)} groups, expected 13")
for g, n in sizes.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")

print(f"{len(arts)} articles, {len(sizes)} groups, {len(set(a['outlet'] for a in arts))} outlets")
for g, n in sorted(sizes.items(), key=lambda kv: kv[0][-10:]):
    print(f"  {g}: {n}")
wc = []
for a in arts:
    w = len(a["text"].split())
    wc.append(w)
    print(f"  {a['id']} {a['published']} {gmap[a['id']][:38]:38} {w:5d}w {len(a['text']):5d}c  {a['outlet']}")
chars = sorted(len(a["text"]) for a in arts)
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(chars)}")
if errs:
    print("ERRORS:")
    print("\n".join("  " + e for e in errs))
    sys.exit(1)
print("OK")
