#!/usr/bin/env python3
"""Validate blind linking set 57."""
import collections, datetime, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n} invalid JSON: {e}")
    return rows


arts = load("articles.jsonl")
groups = load("groups.jsonl")

KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b57-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
for g in groups:
    if set(g) != {"id", "group"}:
        errors.append(f"groups row keys {sorted(g)}")
    if not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g.get("group", "")):
        errors.append(f"bad group slug {g.get('group')}")

gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    grp = gmap.get(a["id"])
    if grp is None:
        errors.append(f"{a['id']} missing group")
        continue
    ev = datetime.date(*map(int, grp[-10:].split("_")))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append(f"{a['id']} published {pub} is {d} days after {grp}")

seq = [g["group"] for g in groups]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {seq[i]}")

cnt = collections.Counter(seq)
if len(cnt) != 13:
    errors.append(f"{len(cnt)} groups, expected 13")
for grp, c in cnt.items():
    if not 2 <= c <= 4:
        errors.append(f"group {grp} has {c} articles")

print("Groups:")
for grp in sorted(cnt, key=lambda s: s[-10:]):
    print(f"  {cnt[grp]}  {grp}")

print("\nArticles (chars / words):")
lens = []
for a in arts:
    c, w = len(a["text"]), len(a["text"].split())
    lens.append(c)
    print(f"  {a['id']}  {a['published']}  {c:5d} ch  {w:4d} w  {a['outlet'][:26]:26s} {gmap[a['id']][:45]}")

lens.sort()
bins = [(0, 1500), (1500, 3000), (3000, 4500), (4500, 6000), (6000, 10**6)]
print("\nLength distribution (characters):")
for lo, hi in bins:
    print(f"  {lo:5d}-{hi if hi < 10**6 else '':>5}: {sum(lo <= x < hi for x in lens)}")
print(f"  min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}, total {sum(lens)}")
print(f"  outlets: {len(set(a['outlet'] for a in arts))}")
short = sum(x < 1500 for x in lens)
if short < 4:
    errors.append(f"only {short} articles under 1,500 chars")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
