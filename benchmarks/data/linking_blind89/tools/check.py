#!/usr/bin/env python3
"""Validate blind linking set 89 and print word counts."""
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
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b89-\d{4}", str(a.get("id", ""))):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in grps}

for a in arts:
    g = gmap.get(a["id"])
    if g is None:
        errors.append(f"{a['id']}: no group"); continue
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d\d)_(\d\d)", g)
    if not m:
        errors.append(f"{a['id']}: bad group slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append(f"{a['id']}: published {pub} not 0-2 days after {ev} ({g})")

for i in range(len(arts) - 1):
    if gmap.get(arts[i]["id"]) == gmap.get(arts[i + 1]["id"]):
        errors.append(f"adjacent lines {i+1},{i+2} share group {gmap[arts[i]['id']]}")

sizes = collections.Counter(gmap.values())
if len(sizes) != 13:
    errors.append(f"expected 13 groups, found {len(sizes)}")
for g, n in sorted(sizes.items()):
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

months = collections.Counter(g[-10:-3] for g in sizes)
for mo, n in months.items():
    if n > 2:
        errors.append(f"{n} events in month {mo}")

print(f"articles: {len(arts)}  groups: {len(sizes)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(sizes.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
wc = []
for a in arts:
    w = len(a["text"].split())
    wc.append(w)
    print(f"  {a['id']}  {a['published']}  {w:4d} words {len(a['text']):5d} chars  {a['outlet']}")
chars = [len(a["text"]) for a in arts]
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(chars)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
