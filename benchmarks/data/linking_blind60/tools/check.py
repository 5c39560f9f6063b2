#!/usr/bin/env python3
"""Validate blind linking set 60: JSON validity, keys, unique ids, group coverage,
publication 0-2 days after the slug date, no adjacent lines sharing a group,
13 groups of 2-4 articles; prints word/char counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
grps = load("groups.jsonl")

for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errors.append(f"{a.get('id')}: wrong keys {sorted(a)}")
    if not re.fullmatch(r"b60-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
for g in grps:
    if set(g) != {"id", "group"}:
        errors.append(f"groups row wrong keys {g}")

gmap = {g["id"]: g["group"] for g in grps}
slug_re = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})$")
for a in arts:
    grp = gmap.get(a["id"])
    if grp is None:
        errors.append(f"{a['id']}: no group"); continue
    m = slug_re.match(grp)
    if not m:
        errors.append(f"bad slug {grp}"); continue
    ev = datetime.date(*map(int, m.groups()))
    try:
        pub = datetime.date.fromisoformat(a["published"])
    except ValueError:
        errors.append(f"{a['id']}: bad date {a['published']}"); continue
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append(f"{a['id']}: published {pub} is {d} days after {grp}")

for i in range(len(grps) - 1):
    if grps[i]["group"] == grps[i + 1]["group"]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {grps[i]['group']}")

counts = collections.Counter(g["group"] for g in grps)
if len(counts) != 13:
    errors.append(f"{len(counts)} groups, expected 13")
for grp, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {grp} has {n} articles")

print(f"{len(arts)} articles, {len(counts)} groups, {len(set(a['outlet'] for a in arts))} outlets")
for grp, n in sorted(counts.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {grp}")
words = [len(a["text"].split()) for a in arts]
chars = [len(a["text"]) for a in arts]
for a, w, c in zip(arts, words, chars):
    print(f"  {a['id']}  {a['published']}  {w:5d} words {c:6d} chars  {a['outlet'][:28]:28s} {gmap[a['id']]}")
print(f"words: min {min(words)} median {statistics.median(words)} max {max(words)} total {sum(words)}")
print(f"chars: min {min(chars)} median {statistics.median(chars)} max {max(chars)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
