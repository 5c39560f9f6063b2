#!/usr/bin/env python3
"""Validate linking_blind81 output files and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(OUT, name), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append("%s line %d: invalid JSON (%s)" % (name, i, e))
    return rows


arts = load("articles.jsonl")
groups = load("groups.jsonl")
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errors.append("%s: keys %s" % (a.get("id"), sorted(a)))
    if not re.fullmatch(r"b81-\d{4}", a.get("id", "")):
        errors.append("bad id %r" % a.get("id"))
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"])
    if g is None:
        errors.append("%s has no group" % a["id"]); continue
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append("bad group slug %r" % g); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append("%s published %s, %d days after %s" % (a["id"], pub, (pub - ev).days, g))
for i in range(len(groups) - 1):
    if groups[i]["group"] == groups[i + 1]["group"]:
        errors.append("adjacent lines %d,%d share group %s" % (i + 1, i + 2, groups[i]["group"]))
sizes = collections.Counter(g["group"] for g in groups)
if len(sizes) != 13:
    errors.append("expected 13 groups, found %d" % len(sizes))
for g, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append("group %s has %d articles" % (g, n))

wc = []
for a in arts:
    n = len(a["text"].split())
    wc.append(n)
    print("%s  %-48s %-28s %5d words %6d chars" % (a["id"], gmap.get(a["id"], "?")[:48], a["outlet"][:28], n, len(a["text"])))
print()
for g, n in sorted(sizes.items()):
    print("%-55s %d" % (g, n))
print("\narticles: %d  groups: %d  outlets: %d" % (len(arts), len(sizes), len({a['outlet'] for a in arts})))
print("words: min %d  median %d  max %d | chars median %d" % (
    min(wc), statistics.median(wc), max(wc), statistics.median(len(a["text"]) for a in arts)))
if errors:
    print("\nERRORS:"); [print(" -", e) for e in errors]; sys.exit(1)
print("\nOK: all checks passed")
