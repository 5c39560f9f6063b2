#!/usr/bin/env python3
"""Validate blind linking set 64: JSON shape, ids, group coverage, dates, adjacency,
group sizes; print word and character counts."""
import collections, datetime, json, pathlib, re, statistics, sys

OUT = pathlib.Path(__file__).resolve().parent.parent
errors = []

def load(name):
    rows = []
    for i, line in enumerate(open(OUT / name, encoding="utf-8"), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{i}: invalid JSON ({e})")
    return rows

arts = load("articles.jsonl")
grps = load("groups.jsonl")

KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)} != {sorted(KEYS)}")
    if not re.fullmatch(r"b64-\d{4}", str(a.get("id", ""))):
        errors.append(f"bad id {a.get('id')}")
    for k in ("outlet", "title", "text"):
        if not str(a.get(k, "")).strip():
            errors.append(f"{a.get('id')}: empty {k}")

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids in articles.jsonl")
if [g.get("id") for g in grps] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl ids line by line")
for g in grps:
    if set(g) != {"id", "group"}:
        errors.append(f"groups.jsonl row keys {sorted(g)}")
    if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*_\d{4}_\d{2}_\d{2}", g.get("group", "")):
        errors.append(f"bad group slug {g.get('group')}")

gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    slug = gmap.get(a["id"], "")
    m = re.search(r"(\d{4})_(\d{2})_(\d{2})$", slug)
    if not m:
        continue
    ev = datetime.date(*map(int, m.groups()))
    try:
        pub = datetime.date.fromisoformat(a["published"])
    except ValueError:
        errors.append(f"{a['id']}: bad published {a['published']}")
        continue
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append(f"{a['id']}: published {pub} is {d} days after event {ev} ({slug})")

for i in range(len(grps) - 1):
    if grps[i]["group"] == grps[i + 1]["group"]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {grps[i]['group']}")

sizes = collections.Counter(g["group"] for g in grps)
if len(sizes) != 13:
    errors.append(f"{len(sizes)} groups, expected 13")
for slug, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append(f"group {slug} has {n} articles (need 2-4)")

words = {a["id"]: len(a["text"].split()) for a in arts}
chars = {a["id"]: len(a["text"]) for a in arts}
print(f"{'id':10} {'pub':10} {'words':>5} {'chars':>6}  outlet / group")
for a in arts:
    print(f"{a['id']:10} {a['published']:10} {words[a['id']]:5d} {chars[a['id']]:6d}  {a['outlet']} / {gmap.get(a['id'])}")
print()
for slug in sorted(sizes):
    print(f"{sizes[slug]}  {slug}")
print()
print(f"articles: {len(arts)}  groups: {len(sizes)}  outlets: {len({a['outlet'] for a in arts})}")
print(f"words: total {sum(words.values())}, median {statistics.median(words.values())}, "
      f"min {min(words.values())}, max {max(words.values())}")
print(f"chars: median {statistics.median(chars.values())}, min {min(chars.values())}, max {max(chars.values())}")

if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks passed")
