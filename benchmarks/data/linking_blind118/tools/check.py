#!/usr/bin/env python3
"""Validate linking_blind118 (articles.jsonl + groups.jsonl) and print word counts."""
import collections
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET_NO = "118"
N_GROUPS = 13
MIN_G, MAX_G = 2, 4
KEYS = {"id", "published", "outlet", "title", "text"}

errors = []


def err(msg):
    errors.append(msg)


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                err(f"{os.path.basename(path)}:{i}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{i}: invalid JSON ({e})")
    return rows


arts = load(os.path.join(OUT, "articles.jsonl"))
groups = load(os.path.join(OUT, "groups.jsonl"))

# keys and id format
id_re = re.compile(rf"^b{SET_NO}-\d{{4}}$")
for i, a in enumerate(arts, 1):
    if set(a) != KEYS:
        err(f"article line {i}: keys {sorted(a)} != {sorted(KEYS)}")
    if not id_re.match(str(a.get("id", ""))):
        err(f"article line {i}: bad id {a.get('id')!r}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            err(f"article line {i}: empty {k}")
    try:
        datetime.date.fromisoformat(a.get("published", ""))
    except Exception:
        err(f"article line {i}: bad published {a.get('published')!r}")

# unique ids
ids = [a.get("id") for a in arts]
dups = [k for k, v in collections.Counter(ids).items() if v > 1]
if dups:
    err(f"duplicate ids: {dups}")

# group coverage, same order
if len(groups) != len(arts):
    err(f"groups.jsonl has {len(groups)} lines, articles.jsonl {len(arts)}")
for i, (a, g) in enumerate(zip(arts, groups), 1):
    if set(g) != {"id", "group"}:
        err(f"groups line {i}: keys {sorted(g)}")
    if g.get("id") != a.get("id"):
        err(f"groups line {i}: id {g.get('id')} != article id {a.get('id')}")

slug_re = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})$")
by_group = collections.defaultdict(list)
for i, (a, g) in enumerate(zip(arts, groups), 1):
    slug = g.get("group", "")
    m = slug_re.match(slug)
    if not m:
        err(f"groups line {i}: bad slug {slug!r}")
        continue
    ev = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        pub = datetime.date.fromisoformat(a["published"])
        lag = (pub - ev).days
        if not 0 <= lag <= 2:
            err(f"{a['id']}: published {pub} is {lag} days after event {ev} ({slug})")
    except Exception:
        pass
    by_group[slug].append(a)

# adjacency
for i in range(len(groups) - 1):
    if groups[i].get("group") == groups[i + 1].get("group"):
        err(f"lines {i+1} and {i+2} share group {groups[i]['group']}")

# group counts
if len(by_group) != N_GROUPS:
    err(f"{len(by_group)} groups, expected {N_GROUPS}")
for slug, items in by_group.items():
    if not MIN_G <= len(items) <= MAX_G:
        err(f"group {slug} has {len(items)} articles (want {MIN_G}-{MAX_G})")

# report
def wc(s):
    return len(re.findall(r"\S+", s))

print(f"{len(arts)} articles, {len(by_group)} groups, {len(set(a['outlet'] for a in arts))} outlets\n")
for slug in sorted(by_group, key=lambda s: s[-10:]):
    items = by_group[slug]
    print(f"{slug}  ({len(items)})")
    for a in items:
        print(f"    {a['id']}  {a['published']}  {wc(a['text']):5d}w  {a['outlet']}: {a['title'][:70]}")
words = [wc(a["text"]) for a in arts]
print(f"\nwords: min {min(words)}, max {max(words)}, mean {sum(words)/len(words):.0f}, total {sum(words)}")
print("outlets:", dict(collections.Counter(a["outlet"] for a in arts)))

if errors:
    print(f"\n{len(errors)} ERROR(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
