#!/usr/bin/env python3
"""Validate blind linking set 66 (articles.jsonl + groups.jsonl)."""
import collections
import datetime
import json
import os
import re
import statistics
import sys

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

keys = {"id", "published", "outlet", "title", "text"}
ids = [a.get("id") for a in arts]
for a in arts:
    if set(a) != keys:
        errors.append(f"{a.get('id')}: keys {sorted(a)} != {sorted(keys)}")
    if not re.fullmatch(r"b66-\d{4}", str(a.get("id"))):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")
if len(set(ids)) != len(ids):
    errors.append("duplicate ids in articles.jsonl")

if [g.get("id") for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order/coverage")
gmap = {g.get("id"): g.get("group") for g in groups}
for g in groups:
    if set(g) != {"id", "group"}:
        errors.append(f"groups row keys {sorted(g)}")

for a in arts:
    slug = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})", str(slug))
    if not m:
        errors.append(f"{a['id']}: bad group slug {slug!r}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    try:
        pub = datetime.date.fromisoformat(a["published"])
    except ValueError:
        errors.append(f"{a['id']}: bad published {a['published']!r}")
        continue
    lag = (pub - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']}: published {pub} is {lag} days after event {ev} ({slug})")

seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append(f"adjacent lines {i + 1} and {i + 2} share group {seq[i]}")

counts = collections.Counter(seq)
if len(counts) != 13:
    errors.append(f"expected 13 groups, found {len(counts)}")
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles (need 2-4)")

print(f"articles: {len(arts)}  groups: {len(counts)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(counts.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
words = [len(a["text"].split()) for a in arts]
chars = [len(a["text"]) for a in arts]
print(f"words: min {min(words)} median {statistics.median(words)} max {max(words)} total {sum(words)}")
print(f"chars: min {min(chars)} median {statistics.median(chars)} max {max(chars)}")
for a in arts:
    print(f"  {a['id']}  {a['published']}  {len(a['text'].split()):4d}w  {a['outlet'][:28]:28s}  {gmap.get(a['id'])}")

if errors:
    print("\nFAIL")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
