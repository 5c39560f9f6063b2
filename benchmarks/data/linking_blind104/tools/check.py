#!/usr/bin/env python3
"""Validate articles.jsonl / groups.jsonl of this blind linking set."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8") if l.strip()]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8") if l.strip()]
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
for i in ids:
    if not re.fullmatch(r"b104-\d{4}", i):
        errs.append(f"bad id {i}")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m:
        errs.append(f"bad group slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errs.append(f"{a['id']} published {pub} vs event {ev}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]:
        errs.append(f"adjacent same group {x['id']} {y['id']}")
cnt = collections.Counter(g["group"] for g in grps)
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")
print(f"articles: {len(arts)}  groups: {len(cnt)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(cnt.items(), key=lambda kv: kv[0][-10:]):
    print(f"  {n}  {g}")
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)} total {sum(wc)}; chars median {statistics.median(cc)}")
for a, w in zip(arts, wc):
    print(f"  {a['id']}  {a['published']}  {w:4d}w  {a['outlet'][:28]:28s} {a['title'][:60]}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
