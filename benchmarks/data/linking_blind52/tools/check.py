#!/usr/bin/env python3
"""Validate linking_blind52: JSON, keys, unique ids, group coverage,
publication 0-2 days after the slug date, no adjacent lines sharing a group,
13 groups of 2-4 articles; print word/character counts and length distribution."""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ["id", "published", "outlet", "title", "text"]
errors = []


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{os.path.basename(path)} line {n}: bad JSON ({e})")
    return rows


arts = load(os.path.join(OUT, "articles.jsonl"))
groups = load(os.path.join(OUT, "groups.jsonl"))

for a in arts:
    if list(a.keys()) != KEYS:
        errors.append(f"{a.get('id')}: keys {list(a.keys())} != {KEYS}")
    if not re.fullmatch(r"b52-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
    try:
        datetime.date.fromisoformat(a["published"])
    except Exception:
        errors.append(f"{a.get('id')}: bad published {a.get('published')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")

gmap = {g["id"]: g["group"] for g in groups}
for g in groups:
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*_\d{4}_\d{2}_\d{2}", g["group"]):
        errors.append(f"bad group slug {g['group']}")

for a in arts:
    g = gmap.get(a["id"])
    if g is None:
        errors.append(f"{a['id']} has no group")
        continue
    m = re.search(r"(\d{4})_(\d{2})_(\d{2})$", g)
    ev = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    lag = (datetime.date.fromisoformat(a["published"]) - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']} published {a['published']} is {lag} days after {g}")

for i in range(len(groups) - 1):
    if groups[i]["group"] == groups[i + 1]["group"]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {groups[i]['group']}")

cnt = collections.Counter(g["group"] for g in groups)
if len(cnt) != 13:
    errors.append(f"{len(cnt)} groups, expected 13")
for g, c in cnt.items():
    if not 2 <= c <= 4:
        errors.append(f"group {g} has {c} articles")

# report
print(f"{len(arts)} articles, {len(cnt)} groups, {len(set(a['outlet'] for a in arts))} outlets\n")
print("Groups:")
for g in sorted(cnt, key=lambda s: s[-10:]):
    print(f"  {cnt[g]}  {g}")
print("\nPer article (chars / words):")
by_id = {a["id"]: a for a in arts}
for a in arts:
    t = a["text"]
    print(f"  {a['id']}  {a['published']}  {len(t):5d} ch  {len(t.split()):4d} w  {a['outlet'][:28]:28s}  {gmap.get(a['id'])}")
lens = sorted(len(a["text"]) for a in arts)
words = [len(a["text"].split()) for a in arts]
bins = [(0, 1500), (1500, 3000), (3000, 4000), (4000, 5000), (5000, 6000), (6000, 10**9)]
print("\nLength distribution (characters):")
for lo, hi in bins:
    n = sum(lo <= x < hi for x in lens)
    label = f"{lo}-{hi-1}" if hi < 10**9 else f">={lo}"
    print(f"  {label:>11}: {n}")
print(f"  min {lens[0]}, median {lens[len(lens)//2]}, max {lens[-1]}, total words {sum(words)}")
short = sum(x < 1500 for x in lens)
longish = sum(3000 <= x <= 6000 for x in lens)
print(f"  under 1500: {short}; 3000-6000: {longish} of {len(lens)}")
if short < 4:
    errors.append(f"only {short} articles under 1500 characters (need >= 4)")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
