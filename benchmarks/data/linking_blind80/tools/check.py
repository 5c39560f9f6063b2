"""Validate blind linking set 80 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8")]

keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b80-\d{4}", a.get("id", "")):
        errs.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not match articles.jsonl order/ids")
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

for k in range(len(arts) - 1):
    if gmap[ids[k]] == gmap[ids[k + 1]]:
        errs.append(f"adjacent same group at lines {k+1},{k+2}")

cnt = collections.Counter(gmap.values())
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, c in cnt.items():
    if not 2 <= c <= 4:
        errs.append(f"group {g} has {c} articles")

wc = {a["id"]: len(a["text"].split()) for a in arts}
for g in sorted(cnt, key=lambda s: s[-10:]):
    print(f"{g}: {cnt[g]}")
print()
for a in arts:
    print(f"{a['id']}  {a['published']}  {wc[a['id']]:4d}w {len(a['text']):5d}c  {a['outlet'][:22]:22s} {gmap[a['id']]}")
print(f"\narticles={len(arts)} groups={len(cnt)} outlets={len(set(a['outlet'] for a in arts))}")
print(f"words: min={min(wc.values())} median={statistics.median(wc.values())} max={max(wc.values())}")
print(f"chars median={statistics.median(len(a['text']) for a in arts)}")
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs:
    print("  " + e)
sys.exit(1 if errs else 0)
