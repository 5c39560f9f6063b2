"""Validate blind linking set 82 and print word counts."""
import collections, datetime as dt, json, os, re, statistics, sys

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
                errors.append(f"{name}:{i} invalid JSON: {e}")
    return rows

arts, groups = load("articles.jsonl"), load("groups.jsonl")
ids = [a.get("id") for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b82-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
    if not all(isinstance(a.get(k), str) and a.get(k).strip() for k in KEYS):
        errors.append(f"{a.get('id')}: empty field")
if [g.get("id") for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order/coverage")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    slug = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})", slug)
    if not m:
        errors.append(f"{a['id']}: bad group slug {slug!r}")
        continue
    ev = dt.date(*map(int, m.groups()))
    try:
        pub = dt.date.fromisoformat(a["published"])
    except ValueError:
        errors.append(f"{a['id']}: bad date {a['published']}")
        continue
    if not 0 <= (pub - ev).days <= 2:
        errors.append(f"{a['id']}: published {pub} is {(pub - ev).days} days after {slug}")
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append(f"adjacent lines {i + 1},{i + 2} share group {seq[i]}")
counts = collections.Counter(seq)
if len(counts) != 13:
    errors.append(f"{len(counts)} groups, expected 13")
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

print(f"articles: {len(arts)}  groups: {len(counts)}  outlets: {len({a['outlet'] for a in arts})}")
for g, n in sorted(counts.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
words = []
print("\nword counts (id, group, outlet, words, chars):")
for a in arts:
    w = len(a["text"].split())
    words.append(w)
    print(f"  {a['id']}  {w:4d}w {len(a['text']):5d}c  {a['outlet'][:22]:22s}  {gmap[a['id']]}")
chars = [len(a["text"]) for a in arts]
print(f"\nwords min/median/max: {min(words)}/{statistics.median(words)}/{max(words)}; "
      f"chars median: {statistics.median(chars)}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
