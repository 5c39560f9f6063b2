"""Validate blind linking set 84 and print word counts."""
import json, os, re, sys, statistics
from collections import Counter
from datetime import date

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = {"id", "published", "outlet", "title", "text"}
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


arts, groups = load("articles.jsonl"), load("groups.jsonl")
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b84-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}
counts = Counter(gmap.values())
if len(counts) != 13:
    errors.append(f"expected 13 groups, found {len(counts)}")
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")
    if not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g):
        errors.append(f"bad slug {g}")
for a in arts:
    g = gmap.get(a["id"])
    if g is None:
        errors.append(f"{a['id']} has no group")
        continue
    y, m, d = map(int, g[-10:].split("_"))
    lag = (date.fromisoformat(a["published"]) - date(y, m, d)).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']} published {a['published']} is {lag} days after {g}")
for i in range(len(ids) - 1):
    if gmap.get(ids[i]) == gmap.get(ids[i + 1]):
        errors.append(f"adjacent lines {i + 1},{i + 2} share group {gmap[ids[i]]}")

words = []
for a in arts:
    w = len(a["text"].split())
    words.append(w)
    print(f"{a['id']}  {a['published']}  {w:5d} words  {len(a['text']):5d} chars  {a['outlet'][:24]:24s}  {gmap.get(a['id'])}")
chars = [len(a["text"]) for a in arts]
print(f"\narticles: {len(arts)}  groups: {len(counts)}  outlets: {len({a['outlet'] for a in arts})}")
print(f"words: min {min(words)}  median {statistics.median(words)}  max {max(words)}")
print(f"chars: median {statistics.median(chars)}")
for g, n in sorted(counts.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
