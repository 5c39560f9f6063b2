#!/usr/bin/env python3
"""Validate blind set 107."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS: errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b107-\d{4}", a.get("id", "")): errs.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl order/ids differ from articles.jsonl")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m: errs.append(f"bad group slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub} vs event {ev}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]: errs.append(f"adjacent same group {x['id']} {y['id']}")
cnt = collections.Counter(g["group"] for g in grps)
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
months = collections.Counter(g[-10:-3] for g in cnt)
for mth, n in months.items():
    if n > 2: errs.append(f"month {mth} has {n} events")
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
print(f"articles: {len(arts)}  groups: {len(cnt)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g in sorted(cnt, key=lambda s: s[-10:]): print(f"  {cnt[g]}  {g}")
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)} total {sum(wc)}; median chars {statistics.median(cc)}")
for a, w in zip(arts, wc): print(f"  {a['id']}  {w:4d}w  {a['outlet'][:26]:26s} {gmap[a['id']]}")
print("ERRORS:\n  " + "\n  ".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
