#!/usr/bin/env python3
"""Validate linking_blind120 and print word counts."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "120"
KEYS = {"id", "published", "outlet", "title", "text"}
errors = []


def err(msg):
    errors.append(msg)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)} line {n}: invalid JSON ({e})")
    return rows


arts = read_jsonl(os.path.join(OUT, "articles.jsonl"))
groups = read_jsonl(os.path.join(OUT, "groups.jsonl"))

# articles: keys, ids, dates
ids = []
for i, a in enumerate(arts, 1):
    if set(a) != KEYS:
        err(f"article line {i}: keys {sorted(a)}")
    if not re.fullmatch(rf"b{SET}-\d{{4}}", a.get("id", "")):
        err(f"article line {i}: bad id {a.get('id')}")
    ids.append(a.get("id"))
    try:
        date.fromisoformat(a.get("published", ""))
    except ValueError:
        err(f"article line {i}: bad date {a.get('published')}")
    for k in ("outlet", "title", "text"):
        if not isinstance(a.get(k), str) or not a.get(k).strip():
            err(f"article line {i}: empty {k}")
dup = [k for k, v in Counter(ids).items() if v > 1]
if dup:
    err(f"duplicate ids: {dup}")

# groups: same order, coverage
if len(groups) != len(arts):
    err(f"groups.jsonl has {len(groups)} lines, articles.jsonl has {len(arts)}")
for i, (a, g) in enumerate(zip(arts, groups), 1):
    if set(g) != {"id", "group"}:
        err(f"groups line {i}: keys {sorted(g)}")
    if g.get("id") != a.get("id"):
        err(f"groups line {i}: id {g.get('id')} != article id {a.get('id')}")

slug_re = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})")
by_group = defaultdict(list)
for a, g in zip(arts, groups):
    slug = g.get("group", "")
    m = slug_re.fullmatch(slug)
    if not m:
        err(f"bad group slug {slug!r}")
        continue
    ev = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    pub = date.fromisoformat(a["published"])
    delta = (pub - ev).days
    if not 0 <= delta <= 2:
        err(f"{a['id']}: published {pub} is {delta} days after event {ev} ({slug})")
    by_group[slug].append(a)

# adjacency
for i in range(len(groups) - 1):
    if groups[i].get("group") == groups[i + 1].get("group"):
        err(f"lines {i+1} and {i+2} share group {groups[i].get('group')}")

# group sizes
if len(by_group) != 13:
    err(f"expected 13 groups, found {len(by_group)}")
for slug, items in by_group.items():
    if not 2 <= len(items) <= 4:
        err(f"group {slug} has {len(items)} articles")

# at most two events in any one week (ISO week)
weeks = Counter()
for slug in by_group:
    m = slug_re.fullmatch(slug)
    weeks[date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isocalendar()[:2]] += 1
for wk, n in weeks.items():
    if n > 2:
        err(f"{n} events in ISO week {wk}")

# report
print(f"{len(arts)} articles, {len(by_group)} groups, {len(set(a['outlet'] for a in arts))} outlets")
for slug in sorted(by_group, key=lambda s: s[-10:]):
    items = by_group[slug]
    print(f"\n{slug}  ({len(items)})")
    for a in items:
        print(f"  {a['id']}  {a['published']}  {len(a['text'].split()):4d}w  {a['outlet']}")
wc = [len(a["text"].split()) for a in arts]
print(f"\nwords: total {sum(wc)}, min {min(wc)}, max {max(wc)}, mean {sum(wc)/len(wc):.0f}")
oc = Counter(a["outlet"] for a in arts)
print("outlets:", ", ".join(f"{k} ({v})" for k, v in oc.most_common()))

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK")
