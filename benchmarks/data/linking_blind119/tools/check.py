#!/usr/bin/env python3
"""Validate linking_blind119: JSON, ids, group coverage, dates, adjacency, group sizes; print word counts."""
import collections
import datetime as dt
import json
import pathlib
import re
import sys

OUT = pathlib.Path(__file__).resolve().parent.parent
SET = "119"
KEYS = ["id", "published", "outlet", "title", "text"]
errors = []


def err(msg):
    errors.append(msg)


def read_jsonl(path):
    rows = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            err(f"{path.name}:{i}: blank line")
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"{path.name}:{i}: invalid JSON ({e})")
    return rows


arts = read_jsonl(OUT / "articles.jsonl")
grps = read_jsonl(OUT / "groups.jsonl")

# keys and ids
ids = []
for i, a in enumerate(arts, 1):
    if list(a.keys()) != KEYS:
        err(f"articles line {i}: keys {list(a.keys())} != {KEYS}")
    if not re.fullmatch(rf"b{SET}-\d{{4}}", str(a.get("id", ""))):
        err(f"articles line {i}: bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            err(f"articles line {i}: empty {k}")
    try:
        dt.date.fromisoformat(a.get("published", ""))
    except ValueError:
        err(f"articles line {i}: bad published {a.get('published')}")
    ids.append(a.get("id"))
if len(set(ids)) != len(ids):
    err("duplicate ids in articles.jsonl")

# group coverage, same order
if len(grps) != len(arts):
    err(f"groups.jsonl has {len(grps)} lines, articles.jsonl has {len(arts)}")
for i, (a, g) in enumerate(zip(arts, grps), 1):
    if list(g.keys()) != ["id", "group"]:
        err(f"groups line {i}: keys {list(g.keys())}")
    if g.get("id") != a.get("id"):
        err(f"line {i}: id mismatch {a.get('id')} vs {g.get('id')}")

# slugs and dates
by_group = collections.defaultdict(list)
for a, g in zip(arts, grps):
    slug = g.get("group", "")
    m = re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})", slug)
    if not m:
        err(f"{a['id']}: bad group slug {slug}")
        continue
    ev = dt.date(int(m[1]), int(m[2]), int(m[3]))
    pub = dt.date.fromisoformat(a["published"])
    lag = (pub - ev).days
    if not 0 <= lag <= 2:
        err(f"{a['id']}: published {pub} is {lag} days after event {ev}")
    by_group[slug].append(a)

# adjacency
for i in range(len(grps) - 1):
    if grps[i]["group"] == grps[i + 1]["group"]:
        err(f"lines {i+1} and {i+2} share group {grps[i]['group']}")

# group count and sizes
if len(by_group) != 13:
    err(f"{len(by_group)} groups, expected 13")
for slug, members in by_group.items():
    if not 2 <= len(members) <= 4:
        err(f"group {slug} has {len(members)} articles")

# at most two events in any 7-day window
evdates = sorted(dt.date(*map(int, s.rsplit("_", 3)[1:])) for s in by_group)
for i, d in enumerate(evdates):
    window = [e for e in evdates if 0 <= (e - d).days < 7]
    if len(window) > 2:
        err(f"more than two events within 7 days starting {d}: {window}")

# report
print(f"articles: {len(arts)}  groups: {len(by_group)}")
print("\nGroups (event date, size, word counts):")
for slug in sorted(by_group, key=lambda s: s[-10:]):
    wc = [len(a["text"].split()) for a in by_group[slug]]
    print(f"  {slug:70s} n={len(wc)} words={wc}")
print("\nPer article:")
for a, g in zip(arts, grps):
    print(f"  {a['id']}  {a['published']}  {len(a['text'].split()):5d}w  {a['outlet'][:38]:38s}  {g['group']}")
total = [len(a["text"].split()) for a in arts]
if total:
    print(f"\nwords: total={sum(total)} min={min(total)} max={max(total)} mean={sum(total)/len(total):.0f}")
print("\nOutlets:")
for o, n in collections.Counter(a["outlet"] for a in arts).most_common():
    print(f"  {n:2d}  {o}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
