#!/usr/bin/env python3
"""Validate blind linking set 55: JSON, ids, group coverage, dates, adjacency, group sizes; print lengths."""
import json, os, re, sys, datetime, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []

def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append("%s line %d: invalid JSON (%s)" % (name, n, e))
    return rows

arts = load("articles.jsonl")
groups = load("groups.jsonl")

KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append("article %s: keys %s" % (a.get("id"), sorted(a)))
    if not re.fullmatch(r"b55-\d{4}", a.get("id", "")):
        errors.append("bad id %r" % a.get("id"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("published", "")):
        errors.append("bad date %r" % a.get("published"))
    for k in ("outlet", "title", "text"):
        if not isinstance(a.get(k), str) or not a.get(k).strip():
            errors.append("article %s: empty %s" % (a.get("id"), k))

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if len(arts) != len(groups):
    errors.append("articles (%d) and groups (%d) differ in length" % (len(arts), len(groups)))
for a, g in zip(arts, groups):
    if set(g) != {"id", "group"}:
        errors.append("groups line keys %s" % sorted(g))
    if a["id"] != g["id"]:
        errors.append("order mismatch %s vs %s" % (a["id"], g["id"]))

gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    grp = gmap.get(a["id"])
    if grp is None:
        errors.append("no group for %s" % a["id"]); continue
    m = re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})", grp)
    if not m:
        errors.append("bad group slug %r" % grp); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append("%s published %s, %d days after event %s" % (a["id"], pub, d, ev))

for k in range(len(groups) - 1):
    if groups[k]["group"] == groups[k + 1]["group"]:
        errors.append("adjacent lines %d and %d share group %s" % (k + 1, k + 2, groups[k]["group"]))

sizes = collections.Counter(g["group"] for g in groups)
if len(sizes) != 13:
    errors.append("expected 13 groups, found %d" % len(sizes))
for grp, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append("group %s has %d articles" % (grp, n))

print("articles: %d, groups: %d, outlets: %d" % (len(arts), len(sizes), len({a['outlet'] for a in arts})))
print("\nper group:")
for grp in sorted(sizes, key=lambda g: g[-10:]):
    print("  %-62s %d" % (grp, sizes[grp]))
print("\nper article (chars / words):")
byid = {a["id"]: a for a in arts}
for g in groups:
    a = byid[g["id"]]
    print("  %s %s %-30s %5d chars %4d words  %s" % (a["id"], a["published"], a["outlet"][:30], len(a["text"]), len(a["text"].split()), g["group"]))
lens = sorted(len(a["text"]) for a in arts)
print("\nlength distribution (chars): min %d, median %d, max %d" % (lens[0], lens[len(lens)//2], lens[-1]))
bins = [(0, 1500), (1500, 3000), (3000, 6000), (6000, 10**9)]
for lo, hi in bins:
    print("  %5d-%-9s %d" % (lo, hi if hi < 10**9 else "", sum(lo <= x < hi for x in lens)))
short = sum(x < 1500 for x in lens)
if short < 4:
    errors.append("need at least 4 articles under 1,500 characters, found %d" % short)

if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
