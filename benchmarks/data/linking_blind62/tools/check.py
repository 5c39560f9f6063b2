#!/usr/bin/env python3
"""Validate blind linking set 62 (articles.jsonl + groups.jsonl)."""
import collections, datetime, json, os, re, statistics, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
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

KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)} != {sorted(KEYS)}")
    if not re.fullmatch(r"b62-\d{4}", str(a.get("id", ""))):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids in articles.jsonl")
gids = [g["id"] for g in groups]
if len(gids) != len(set(gids)):
    errors.append("duplicate ids in groups.jsonl")
if ids != gids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")

gmap = {g["id"]: g["group"] for g in groups}
for g in groups:
    if not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g["group"]):
        errors.append(f"bad group slug {g['group']}")

for a in arts:
    grp = gmap.get(a["id"])
    if grp is None:
        continue
    ev = datetime.date(*map(int, grp[-10:].split("_")))
    try:
        pub = datetime.date.fromisoformat(a["published"])
    except ValueError:
        errors.append(f"{a['id']}: bad published {a['published']}")
        continue
    lag = (pub - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']}: published {pub} is {lag} days after event {ev}")

seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {seq[i]}")

counts = collections.Counter(seq)
if len(counts) != 13:
    errors.append(f"expected 13 groups, found {len(counts)}")
for grp, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {grp} has {n} articles (need 2-4)")

# report
print(f"articles: {len(arts)}  groups: {len(counts)}  outlets: {len(set(a['outlet'] for a in arts))}")
for grp in sorted(counts, key=lambda g: g[-10:]):
    print(f"  {counts[grp]}  {grp}")
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
print(f"words per article: min {min(wc)}  median {statistics.median(wc)}  max {max(wc)}  total {sum(wc)}")
print(f"chars per article: min {min(cc)}  median {statistics.median(cc)}  max {max(cc)}")
for a in arts:
    print(f"  {a['id']}  {a['published']}  {len(a['text'].split()):4d}w {len(a['text']):5d}c  {a['outlet'][:28]:28s} {gmap.get(a['id'])}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
