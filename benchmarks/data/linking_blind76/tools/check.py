#!/usr/bin/env python3
"""Validate blind linking set 76."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(OUT, name), encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{i} invalid JSON: {e}")
    return rows


arts, groups = load("articles.jsonl"), load("groups.jsonl")
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b76-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append(f"{a['id']}: bad group slug {g!r}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append(f"{a['id']}: published {pub} vs event {ev}")
for x, y in zip(groups, groups[1:]):
    if x["group"] == y["group"]:
        errors.append(f"adjacent same group: {x['id']} {y['id']}")
counts = collections.Counter(g["group"] for g in groups)
if len(counts) != 13:
    errors.append(f"{len(counts)} groups, expected 13")
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

wc = {a["id"]: len(a["text"].split()) for a in arts}
cc = [len(a["text"]) for a in arts]
print(f"articles: {len(arts)}  groups: {len(counts)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(counts.items(), key=lambda kv: kv[0][-10:]):
    print(f"  {n}  {g}")
print("word counts:", " ".join(str(wc[i]) for i in ids))
print(f"words min/median/max: {min(wc.values())}/{statistics.median(wc.values())}/{max(wc.values())}; "
      f"chars median: {statistics.median(cc)}")
if errors:
    print("ERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
