#!/usr/bin/env python3
"""Validate linking_blind77 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b77-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl order/ids differ from articles.jsonl")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m: errs.append(f"bad group slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    d = (datetime.date.fromisoformat(a["published"]) - ev).days
    if not 0 <= d <= 2: errs.append(f"{a['id']} published {a['published']} is {d} days after {g}")
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]: errs.append(f"adjacent same group at lines {k+1},{k+2}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
wc = {a["id"]: len(a["text"].split()) for a in arts}
for g in sorted(cnt, key=lambda s: s[-10:]):
    print(f"{g}: {cnt[g]}")
for a in arts:
    print(f"{a['id']}  {a['published']}  {wc[a['id']]:4d}w {len(a['text']):5d}c  {a['outlet'][:24]:24s}  {a['title'][:60]}")
ch = [len(a["text"]) for a in arts]
print(f"articles={len(arts)} outlets={len({a['outlet'] for a in arts})} words: min={min(wc.values())} median={statistics.median(wc.values())} max={max(wc.values())}; chars median={statistics.median(ch)}")
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs: print("  " + e)
sys.exit(1 if errs else 0)
