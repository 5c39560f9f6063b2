#!/usr/bin/env python3
"""Validate blind linking set 87 and print word counts."""
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


arts, grps = load("articles.jsonl"), load("groups.jsonl")
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b87-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")
gmap = {g["id"]: g["group"] for g in grps}
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
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]:
        errors.append(f"adjacent lines share group {x['group']}")
sizes = collections.Counter(g["group"] for g in grps)
if len(sizes) != 13:
    errors.append(f"{len(sizes)} groups, expected 13")
for g, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

wc = {a["id"]: len(a["text"].split()) for a in arts}
print(f"articles: {len(arts)}  groups: {len(sizes)}  outlets: {len({a['outlet'] for a in arts})}")
for g, n in sorted(sizes.items(), key=lambda kv: kv[0][-10:]):
    print(f"  {g}: {n}")
for a in arts:
    print(f"  {a['id']} {a['published']} {wc[a['id']]:4d}w {len(a['text']):5d}c  {a['outlet']}")
chars = [len(a["text"]) for a in arts]
print(f"words: min {min(wc.values())} median {statistics.median(wc.values())} max {max(wc.values())}"
      f" total {sum(wc.values())}; median chars {statistics.median(chars)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
