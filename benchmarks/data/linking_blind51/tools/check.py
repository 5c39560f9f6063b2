#!/usr/bin/env python3
"""Validate blind linking set 51 (articles.jsonl + groups.jsonl in the parent folder)."""
import datetime as dt
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ["id", "published", "outlet", "title", "text"]
errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("%s line %d: invalid JSON (%s)" % (name, i, e))
    return rows


arts = load("articles.jsonl")
groups = load("groups.jsonl")

# keys and ids
for a in arts:
    if list(a.keys()) != KEYS:
        errors.append("%s: keys %s" % (a.get("id"), list(a.keys())))
    if not re.fullmatch(r"b51-\d{4}", str(a.get("id", ""))):
        errors.append("bad id %r" % a.get("id"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(a.get("published", ""))):
        errors.append("%s: bad published %r" % (a.get("id"), a.get("published")))
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append("%s: empty %s" % (a.get("id"), k))
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")

# group coverage, same order
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
for g in groups:
    if list(g.keys()) != ["id", "group"]:
        errors.append("group row keys %s" % list(g.keys()))
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*_\d{4}_\d{2}_\d{2}", g["group"]):
        errors.append("bad group slug %r" % g["group"])
gmap = {g["id"]: g["group"] for g in groups}

# publication 0-2 days after slug date
for a in arts:
    grp = gmap.get(a["id"])
    if not grp:
        errors.append("%s has no group" % a["id"])
        continue
    y, m, d = grp.rsplit("_", 3)[1:]
    ev = dt.date(int(y), int(m), int(d))
    pub = dt.date.fromisoformat(a["published"])
    lag = (pub - ev).days
    if not 0 <= lag <= 2:
        errors.append("%s published %s, %d days after %s" % (a["id"], pub, lag, grp))

# adjacency
for i in range(len(groups) - 1):
    if groups[i]["group"] == groups[i + 1]["group"]:
        errors.append("lines %d and %d share group %s" % (i + 1, i + 2, groups[i]["group"]))

# group sizes
cnt = Counter(g["group"] for g in groups)
if len(cnt) != 13:
    errors.append("expected 13 groups, found %d" % len(cnt))
for grp, n in cnt.items():
    if not 2 <= n <= 4:
        errors.append("group %s has %d articles" % (grp, n))

# report
print("articles: %d, groups: %d, outlets: %d" % (len(arts), len(cnt), len({a['outlet'] for a in arts})))
print("\nGroup sizes:")
for grp in sorted(cnt, key=lambda s: s[-10:]):
    print("  %d  %s" % (cnt[grp], grp))
print("\nPer article (chars / words):")
for a in arts:
    print("  %s  %5d chars  %4d words  %s  %-32s %s" % (a["id"], len(a["text"]), len(a["text"].split()),
          a["published"], a["outlet"][:32], gmap.get(a["id"], "?")))
lens = sorted(len(a["text"]) for a in arts)
bins = [(0, 1500), (1500, 3000), (3000, 6000), (6000, 10**9)]
print("\nLength distribution (characters):")
for lo, hi in bins:
    n = sum(lo <= x < hi for x in lens)
    print("  %5d-%-6s %2d" % (lo, hi if hi < 10**9 else "", n))
print("  min %d, median %d, max %d, mean %.0f" % (lens[0], lens[len(lens) // 2], lens[-1], sum(lens) / len(lens)))
words = [len(a["text"].split()) for a in arts]
print("  words: min %d, median %d, max %d, total %d" % (min(words), sorted(words)[len(words) // 2], max(words), sum(words)))
if sum(x < 1500 for x in lens) < 4:
    errors.append("fewer than 4 articles under 1,500 characters")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
