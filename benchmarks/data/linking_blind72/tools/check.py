"""Validate blind linking set 72."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts, groups = [], []
for name, store in (("articles.jsonl", arts), ("groups.jsonl", groups)):
    with open(os.path.join(D, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                store.append(json.loads(line))
            except Exception as e:
                errs.append(f"{name}:{i} invalid JSON ({e})")
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b72-\d{4}", a.get("id", "")):
        errs.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errs.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errs.append("groups.jsonl does not match articles.jsonl order/coverage")
gmap = {g["id"]: g["group"] for g in groups}
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
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errs.append(f"adjacent lines {i+1},{i+2} share group {seq[i]}")
cnt = collections.Counter(seq)
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")
print(f"{len(arts)} articles, {len(cnt)} groups, {len({a['outlet'] for a in arts})} outlets")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
for a, w in zip(arts, wc):
    print(f"  {a['id']}  {a['published']}  {w:4d}w  {a['outlet'][:26]:26s}  {a['title'][:60]}")
print(f"words min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(cc)}")
if errs:
    print("ERRORS:")
    for e in errs:
        print("  " + e)
    sys.exit(1)
print("OK")
