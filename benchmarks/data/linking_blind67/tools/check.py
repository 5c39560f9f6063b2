#!/usr/bin/env python3
"""Validate linking_blind67: JSON, keys, ids, group coverage, dates, adjacency, group sizes."""
import collections
import datetime
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = {"id", "published", "outlet", "title", "text"}
ID_RE = re.compile(r"^b67-\d{4}$")
SLUG_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})$")

errors = []


def err(msg):
    errors.append(msg)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}: invalid JSON ({e})")
    return rows


arts = load("articles.jsonl")
groups = load("groups.jsonl")

ids = [a.get("id") for a in arts]
if len(ids) != len(set(ids)):
    err("duplicate ids in articles.jsonl")
for a in arts:
    if set(a) != KEYS:
        err(f"{a.get('id')}: keys {sorted(a)} != {sorted(KEYS)}")
    if not ID_RE.match(str(a.get("id"))):
        err(f"bad id format: {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not isinstance(a.get(k), str) or not a.get(k).strip():
            err(f"{a.get('id')}: empty {k}")

if len(groups) != len(arts):
    err(f"groups.jsonl has {len(groups)} lines, articles.jsonl {len(arts)}")
for a, g in zip(arts, groups):
    if set(g) != {"id", "group"}:
        err(f"groups line keys {sorted(g)}")
    if g.get("id") != a.get("id"):
        err(f"order mismatch: {a.get('id')} vs {g.get('id')}")

gmap = {g["id"]: g["group"] for g in groups if "id" in g and "group" in g}
for a in arts:
    gname = gmap.get(a["id"])
    if gname is None:
        err(f"{a['id']}: no group")
        continue
    m = SLUG_RE.match(gname)
    if not m:
        err(f"{a['id']}: bad slug {gname}")
        continue
    ev = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        pub = datetime.date.fromisoformat(a["published"])
    except ValueError:
        err(f"{a['id']}: bad published {a['published']}")
        continue
    d = (pub - ev).days
    if not 0 <= d <= 2:
        err(f"{a['id']}: published {pub} is {d} days after event {ev} ({gname})")

seq = [gmap.get(a["id"]) for a in arts]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        err(f"adjacent lines {i + 1},{i + 2} share group {seq[i]}")

counts = collections.Counter(seq)
if len(counts) != 13:
    err(f"expected 13 groups, found {len(counts)}")
for gname, n in sorted(counts.items()):
    if not 2 <= n <= 4:
        err(f"group {gname} has {n} articles (need 2-4)")

# report
print(f"articles: {len(arts)}  groups: {len(counts)}  outlets: {len(set(a['outlet'] for a in arts))}")
for gname, n in sorted(counts.items()):
    print(f"  {n}  {gname}")
print("\nword / char counts:")
words, chars = [], []
for a in arts:
    w = len(a["text"].split())
    c = len(a["text"])
    words.append(w)
    chars.append(c)
    print(f"  {a['id']}  {a['published']}  {w:5d} w  {c:5d} c  {a['outlet'][:32]:32s}  {gmap.get(a['id'])}")
print(f"\nwords: min {min(words)} median {statistics.median(words)} max {max(words)}")
print(f"chars: min {min(chars)} median {statistics.median(chars)} max {max(chars)}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
