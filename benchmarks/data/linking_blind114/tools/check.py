#!/usr/bin/env python3
"""Validate linking_blind114 output and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []

def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(OUT, name), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{i}: invalid JSON ({e})")
    return rows

arts, groups = load("articles.jsonl"), load("groups.jsonl")
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b114-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}

for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append(f"{a['id']}: bad group slug {g!r}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append(f"{a['id']}: published {pub} not 0-2 days after {ev}")

seq = [gmap.get(i) for i in ids]
for i, (x, y) in enumerate(zip(seq, seq[1:]), 1):
    if x == y:
        errors.append(f"lines {i} and {i+1} share group {x}")

counts = collections.Counter(seq)
if len(counts) != 13:
    errors.append(f"{len(counts)} groups, expected 13")
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")
if len(arts) != 39:
    errors.append(f"{len(arts)} articles, expected 39")

print(f"{len(arts)} articles, {len(counts)} groups, {len({a['outlet'] for a in arts})} outlets")
for g, n in sorted(counts.items()):
    print(f"  {n}  {g}")
words = []
for a in arts:
    w = len(a["text"].split())
    words.append(w)
    print(f"{a['id']}  {a['published']}  {w:4d}w {len(a['text']):5d}c  {a['outlet'][:28]:28s} {gmap[a['id']]}")
chars = [len(a["text"]) for a in arts]
print(f"words: min {min(words)} median {statistics.median(words)} max {max(words)} total {sum(words)}")
print(f"chars: median {statistics.median(chars)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
