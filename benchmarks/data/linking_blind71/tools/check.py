"""Validate blind linking set 71 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
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
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b71-\d{4}", a.get("id", "")):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    slug = gmap.get(a["id"], "")
    m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", slug)
    if not re.fullmatch(r"[a-z0-9_]+", slug) or not m:
        errors.append(f"{a['id']}: bad group slug {slug!r}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    lag = (datetime.date.fromisoformat(a["published"]) - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']}: published {a['published']} is {lag} days after {slug}")
for x, y in zip(groups, groups[1:]):
    if x["group"] == y["group"]:
        errors.append(f"adjacent lines share group {x['group']}")
sizes = collections.Counter(gmap.values())
if len(sizes) != 13:
    errors.append(f"{len(sizes)} groups, expected 13")
for g, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

wc = {a["id"]: len(a["text"].split()) for a in arts}
chars = [len(a["text"]) for a in arts]
print(f"articles: {len(arts)}  groups: {len(sizes)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(sizes.items(), key=lambda kv: kv[0][-10:]):
    print(f"  {n}  {g}")
print("word counts:")
for a in arts:
    print(f"  {a['id']}  {a['published']}  {wc[a['id']]:4d}w  {a['outlet'][:28]:28s}  {gmap[a['id']]}")
print(f"words min/median/max: {min(wc.values())}/{statistics.median(wc.values())}/{max(wc.values())}; "
      f"median chars: {statistics.median(chars)}")
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
