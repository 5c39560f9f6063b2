#!/usr/bin/env python3
"""Validate blind linking set 50 and print length statistics."""
import collections, datetime, json, os, re, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "published", "outlet", "title", "text"]
errors = []

def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{i}: invalid JSON ({e})")
    return rows

arts = load("articles.jsonl")
groups = load("groups.jsonl")

for i, a in enumerate(arts, 1):
    if sorted(a.keys()) != sorted(KEYS):
        errors.append(f"articles line {i}: keys {sorted(a.keys())}")
    if not re.fullmatch(r"b50-\d{4}", a.get("id", "")):
        errors.append(f"articles line {i}: bad id {a.get('id')}")
    for k in KEYS:
        if not isinstance(a.get(k), str) or not a.get(k).strip():
            errors.append(f"articles line {i}: empty {k}")

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl does not match articles.jsonl order/ids")
for g in groups:
    if sorted(g.keys()) != ["group", "id"]:
        errors.append(f"groups row keys {sorted(g.keys())}")
    if not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g["group"]):
        errors.append(f"bad group slug {g['group']}")

gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    grp = gmap.get(a["id"])
    if grp is None:
        errors.append(f"{a['id']} has no group"); continue
    ev = datetime.date(*map(int, grp[-10:].split("_")))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append(f"{a['id']} published {pub} is {d} days after {grp}")

for i in range(len(groups) - 1):
    if groups[i]["group"] == groups[i + 1]["group"]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {groups[i]['group']}")

counts = collections.Counter(g["group"] for g in groups)
if len(counts) != 13:
    errors.append(f"{len(counts)} groups, expected 13")
for grp, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {grp} has {n} articles")

print(f"articles: {len(arts)}  groups: {len(counts)}")
for grp in sorted(counts, key=lambda s: s[-10:]):
    print(f"  {counts[grp]}  {grp}")
print("\nper article (chars / words):")
lens = []
for a in arts:
    c, w = len(a["text"]), len(a["text"].split())
    lens.append(c)
    print(f"  {a['id']}  {a['published']}  {c:5d} ch  {w:4d} w  {a['outlet'][:24]:24s} {gmap.get(a['id'],'?')[:45]}")
bins = [(0, 1500), (1500, 3000), (3000, 6000), (6000, 10**9)]
print("\nlength distribution (chars):")
for lo, hi in bins:
    n = sum(lo <= x < hi for x in lens)
    print(f"  {lo:>5}-{hi if hi < 10**9 else '':<5}: {n}")
s = sorted(lens)
print(f"  min {s[0]}  median {s[len(s)//2]}  max {s[-1]}  mean {sum(s)//len(s)}")
print(f"  words total {sum(len(a['text'].split()) for a in arts)}")
outlets = collections.Counter(a["outlet"] for a in arts)
print("\noutlets:", dict(outlets))

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
