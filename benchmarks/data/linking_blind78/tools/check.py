"""Validate blind linking set 78 and print word counts."""
import collections, datetime as dt, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b78-\d{4}", str(a.get("id"))):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if len(arts) != 39:
    errors.append(f"expected 39 articles, got {len(arts)}")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g.get("group") for g in groups}
for a in arts:
    slug = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", slug or "")
    if not m:
        errors.append(f"{a['id']}: bad group slug {slug}")
        continue
    ev = dt.date(*map(int, m.groups()))
    pub = dt.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append(f"{a['id']}: published {pub} vs event {ev}")
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {seq[i]}")
counts = collections.Counter(seq)
if len(counts) != 13:
    errors.append(f"expected 13 groups, got {len(counts)}")
for g, c in counts.items():
    if not 2 <= c <= 4:
        errors.append(f"group {g} has {c} articles")

print("groups:")
for g, c in sorted(counts.items(), key=lambda x: x[0][-10:]):
    print(f"  {c}  {g}")
words = {a["id"]: len(a["text"].split()) for a in arts}
chars = [len(a["text"]) for a in arts]
print("\nword counts:")
for a in arts:
    print(f"  {a['id']}  {words[a['id']]:4d}w  {a['published']}  {a['outlet'][:28]:28s} {a['title'][:60]}")
w = list(words.values())
print(f"\nwords min {min(w)} median {statistics.median(w)} max {max(w)}; chars median {statistics.median(chars)}")
print(f"outlets: {len(set(a['outlet'] for a in arts))}")
if errors:
    print("\nERRORS:")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: all checks passed")
