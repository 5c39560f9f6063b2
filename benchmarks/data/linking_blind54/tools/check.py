#!/usr/bin/env python3
"""Validate blind linking set 54 (articles.jsonl + groups.jsonl)."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors = []


def err(msg):
    errors.append(msg)


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err("%s line %d: blank line" % (os.path.basename(path), n))
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("%s line %d: invalid JSON (%s)" % (os.path.basename(path), n, e))
    return rows


arts = read_jsonl(os.path.join(OUT, "articles.jsonl"))
groups = read_jsonl(os.path.join(OUT, "groups.jsonl"))

KEYS = {"id", "published", "outlet", "title", "text"}
ids = []
for a in arts:
    if set(a.keys()) != KEYS:
        err("article %s: keys %s" % (a.get("id"), sorted(a.keys())))
    if not re.fullmatch(r"b54-\d{4}", str(a.get("id", ""))):
        err("bad id %r" % a.get("id"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(a.get("published", ""))):
        err("bad date %r" % a.get("published"))
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            err("article %s: empty %s" % (a.get("id"), k))
    ids.append(a.get("id"))
dup = [i for i, c in Counter(ids).items() if c > 1]
if dup:
    err("duplicate ids: %s" % dup)

if len(groups) != len(arts):
    err("groups.jsonl has %d lines, articles.jsonl %d" % (len(groups), len(arts)))
gmap = {}
for n, (a, g) in enumerate(zip(arts, groups), 1):
    if set(g.keys()) != {"id", "group"}:
        err("groups line %d: keys %s" % (n, sorted(g.keys())))
    if g.get("id") != a.get("id"):
        err("line %d: id mismatch %s vs %s" % (n, a.get("id"), g.get("id")))
    gmap[a.get("id")] = g.get("group")

slug_re = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})$")
for a in arts:
    grp = gmap.get(a["id"])
    m = slug_re.match(grp or "")
    if not m:
        err("bad group slug %r" % grp)
        continue
    ev = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    pub = date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2:
        err("%s: published %s is %d days after event %s" % (a["id"], pub, d, grp))

for n in range(len(groups) - 1):
    if groups[n].get("group") == groups[n + 1].get("group"):
        err("lines %d and %d share group %s" % (n + 1, n + 2, groups[n]["group"]))

cnt = Counter(gmap.values())
if len(cnt) != 13:
    err("expected 13 groups, found %d" % len(cnt))
for g, c in cnt.items():
    if not 2 <= c <= 4:
        err("group %s has %d articles" % (g, c))
if len(arts) != 39:
    err("expected 39 articles, found %d" % len(arts))

# report
print("articles: %d  groups: %d  outlets: %d" % (len(arts), len(cnt), len({a['outlet'] for a in arts})))
print()
by_group = defaultdict(list)
for a in arts:
    by_group[gmap[a["id"]]].append(a)
for g in sorted(by_group, key=lambda s: s[-10:]):
    print("%-72s %d" % (g, len(by_group[g])))
    for a in sorted(by_group[g], key=lambda x: x["published"]):
        print("    %s %s %-38s %5d chars %4d words" % (
            a["id"], a["published"], a["outlet"][:38], len(a["text"]), len(a["text"].split())))
lens = sorted(len(a["text"]) for a in arts)
words = sorted(len(a["text"].split()) for a in arts)
print()
print("chars: min %d  median %d  max %d  total %d" % (lens[0], lens[len(lens) // 2], lens[-1], sum(lens)))
print("words: min %d  median %d  max %d" % (words[0], words[len(words) // 2], words[-1]))
bins = [(0, 1500), (1500, 3000), (3000, 4500), (4500, 6000), (6000, 10 ** 6)]
for lo, hi in bins:
    print("  %5d-%-7s %d" % (lo, hi if hi < 10 ** 6 else "", sum(lo <= x < hi for x in lens)))
short = sum(x < 1500 for x in lens)
if short < 4:
    err("only %d articles under 1,500 characters (need at least 4)" % short)

print()
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("OK: all checks passed")
