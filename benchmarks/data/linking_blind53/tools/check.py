#!/usr/bin/env python3
"""Validate blind linking set 53."""
import collections, datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors = []

def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append(f"{name}:{n}: invalid JSON: {e}")
    return rows

arts = load("articles.jsonl")
groups = load("groups.jsonl")
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b53-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"])
    if g is None:
        errors.append(f"{a['id']}: no group"); continue
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append(f"bad group slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append(f"{a['id']}: published {pub} not 0-2 days after {ev} ({g})")
for x, y in zip(groups, groups[1:]):
    if x["group"] == y["group"]:
        errors.append(f"adjacent same group {x['id']} {y['id']}")
cnt = collections.Counter(g["group"] for g in groups)
if len(cnt) != 13:
    errors.append(f"{len(cnt)} groups, expected 13")
for g, c in cnt.items():
    if not 2 <= c <= 4:
        errors.append(f"group {g} has {c} articles")

print("articles:", len(arts), "groups:", len(cnt))
for g in sorted(cnt, key=lambda s: s[-10:]):
    print(f"  {cnt[g]}  {g}")
print("\nid          chars  words  outlet / title")
chars = []
for a in arts:
    c, w = len(a["text"]), len(a["text"].split())
    chars.append(c)
    print(f"{a['id']}  {c:5d}  {w:5d}  {a['outlet']} / {a['title'][:60]}")
chars.sort()
print(f"\nchars: min {chars[0]} median {chars[len(chars)//2]} max {chars[-1]} total {sum(chars)}")
bins = [(0, 1500), (1500, 3000), (3000, 6000), (6000, 10**9)]
for lo, hi in bins:
    print(f"  {lo}-{hi if hi < 10**9 else ''}: {sum(lo <= c < hi for c in chars)}")
outlets = collections.Counter(a["outlet"] for a in arts)
print("\noutlets:", dict(outlets))
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" ", e)
    sys.exit(1)
print("\nOK")
