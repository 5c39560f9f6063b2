"""Validate linking_blind56: JSON, ids, group coverage, dates, adjacency,
group counts; print per-article lengths and a summary."""
import json, os, re, sys
from collections import Counter, defaultdict
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{i} invalid JSON: {e}")
    return rows


arts = load("articles.jsonl")
groups = load("groups.jsonl")

for i, a in enumerate(arts, 1):
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errors.append(f"article line {i}: keys {sorted(a)}")
    if not re.fullmatch(r"b56-\d{4}", a.get("id", "")):
        errors.append(f"article line {i}: bad id {a.get('id')}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("published", "")):
        errors.append(f"article line {i}: bad date {a.get('published')}")

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
gids = [g["id"] for g in groups]
if gids != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}

for a in arts:
    g = gmap.get(a["id"])
    if g is None:
        errors.append(f"{a['id']} has no group")
        continue
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append(f"bad group slug {g}")
        continue
    ev = date(*map(int, m.groups()))
    pub = date.fromisoformat(a["published"])
    lag = (pub - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']} published {pub} is {lag} days after {g}")

for i in range(len(arts) - 1):
    if gmap[arts[i]["id"]] == gmap[arts[i + 1]["id"]]:
        errors.append(f"adjacent lines {i+1},{i+2} share group")

cnt = Counter(gmap.values())
if len(cnt) != 13:
    errors.append(f"expected 13 groups, got {len(cnt)}")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

# report
by_group = defaultdict(list)
for a in arts:
    by_group[gmap[a["id"]]].append(a)
lens = []
print(f"{'group':55s} n")
for g in sorted(by_group, key=lambda x: x[-10:]):
    print(f"{g:55s} {len(by_group[g])}")
    for a in sorted(by_group[g], key=lambda x: x["published"]):
        c, w = len(a["text"]), len(a["text"].split())
        lens.append(c)
        print(f"    {a['id']} {a['published']} {c:5d} chars {w:4d} words  {a['outlet']}")
lens.sort()
buckets = Counter()
for c in lens:
    if c < 1500: buckets["<1500"] += 1
    elif c < 3000: buckets["1500-2999"] += 1
    elif c <= 6000: buckets["3000-6000"] += 1
    else: buckets[">6000"] += 1
print("\nlength distribution (chars):", dict(buckets))
print(f"min {lens[0]}  median {lens[len(lens)//2]}  max {lens[-1]}  total {sum(lens)}")
print("outlets:", dict(Counter(a["outlet"] for a in arts)))
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  ", e)
    sys.exit(1)
print("\nOK: all checks passed")
