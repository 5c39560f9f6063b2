#!/usr/bin/env python3
"""Validate blind linking set 61 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KEYS = ["id", "published", "outlet", "title", "text"]
errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: invalid JSON ({e})")
    return rows


arts = load("articles.jsonl")
grps = load("groups.jsonl")

ids = [a.get("id") for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
for a in arts:
    if list(a.keys()) != KEYS:
        errors.append(f"{a.get('id')}: keys {list(a.keys())} != {KEYS}")
    if not re.fullmatch(r"b61-\d{4}", str(a.get("id"))):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")

if len(grps) != len(arts):
    errors.append(f"groups.jsonl has {len(grps)} lines, articles.jsonl {len(arts)}")
gmap = {}
for a, g in zip(arts, grps):
    if set(g.keys()) != {"id", "group"}:
        errors.append(f"groups line keys {list(g.keys())}")
    if g.get("id") != a.get("id"):
        errors.append(f"order mismatch: {a.get('id')} vs {g.get('id')}")
    gmap[a["id"]] = g.get("group")

for a in arts:
    grp = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})", grp or "")
    if not m:
        errors.append(f"{a['id']}: bad group slug {grp}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    try:
        pub = datetime.date.fromisoformat(a["published"])
    except ValueError:
        errors.append(f"{a['id']}: bad published {a['published']}")
        continue
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append(f"{a['id']}: published {pub} is {d} days after event {ev}")

for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]:
        errors.append(f"adjacent lines {k+1},{k+2} share group {grps[k]['group']}")

counts = collections.Counter(g["group"] for g in grps)
if len(counts) != 13:
    errors.append(f"{len(counts)} groups, expected 13")
for g, c in sorted(counts.items()):
    if not 2 <= c <= 4:
        errors.append(f"group {g} has {c} articles")

print(f"{len(arts)} articles, {len(counts)} groups\n")
for g, c in sorted(counts.items(), key=lambda x: x[0][-10:]):
    print(f"  {c}  {g}")
print()
words, chars = [], []
for a in arts:
    w = len(a["text"].split()); words.append(w); chars.append(len(a["text"]))
    print(f"  {a['id']}  {a['published']}  {w:5d} words {len(a['text']):6d} chars  {a['outlet'][:28]:28s} {gmap[a['id']][:50]}")
print(f"\nwords: total {sum(words)}, median {statistics.median(words)}, min {min(words)}, max {max(words)}")
print(f"chars: median {statistics.median(chars)}, min {min(chars)}, max {max(chars)}")
print(f"outlets: {len(set(a['outlet'] for a in arts))}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
