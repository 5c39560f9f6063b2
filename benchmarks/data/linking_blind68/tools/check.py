#!/usr/bin/env python3
"""Validate linking_blind68 output files."""
import json, os, re, sys
from collections import Counter
from datetime import date

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8") if l.strip()]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8") if l.strip()]
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS: errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b68-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl ids do not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m: errs.append(f"bad group slug {g}"); continue
    ev = date(int(m[1]), int(m[2]), int(m[3]))
    d = (date.fromisoformat(a["published"]) - ev).days
    if not 0 <= d <= 2: errs.append(f"{a['id']} published {a['published']} is {d} days after {g}")
for i in range(len(grps) - 1):
    if grps[i]["group"] == grps[i + 1]["group"]: errs.append(f"adjacent same group at lines {i+1},{i+2}")
cnt = Counter(g["group"] for g in grps)
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
print(f"{len(arts)} articles, {len(cnt)} groups, {len(Counter(a['outlet'] for a in arts))} outlets")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {g}: {n}")
wc = sorted(len(a["text"].split()) for a in arts)
chars = sorted(len(a["text"]) for a in arts)
for a in arts:
    print(f"  {a['id']} {a['published']} {len(a['text'].split()):4d}w  {a['outlet'][:28]:28s} {a['title'][:60]}")
print(f"words min {wc[0]} median {wc[len(wc)//2]} max {wc[-1]}; chars median {chars[len(chars)//2]}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
