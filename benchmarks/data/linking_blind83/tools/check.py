#!/usr/bin/env python3
"""Validate blind linking set 83."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8")]
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b83-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not match articles.jsonl order/coverage")
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
for i in range(len(arts) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]:
        errs.append(f"adjacent same group at lines {i+1},{i+2}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")

wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
for g, n in sorted(cnt.items()):
    print(f"{n}  {g}")
print(f"articles={len(arts)} groups={len(cnt)} outlets={len(set(a['outlet'] for a in arts))}")
print(f"words: min={min(wc)} median={statistics.median(wc)} max={max(wc)}; chars median={statistics.median(cc)}")
for a, w in zip(arts, wc):
    print(f"  {a['id']} {a['published']} {w:4d}w  {a['outlet'][:24]:24s} {a['title'][:60]}")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
