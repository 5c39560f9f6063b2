"""Validate blind linking set 75 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []

def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(OUT, name), encoding='utf-8'), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"{name}:{i}: invalid JSON ({e})")
    return rows

arts, groups = load('articles.jsonl'), load('groups.jsonl')
keys = {'id', 'published', 'outlet', 'title', 'text'}
for a in arts:
    if set(a) != keys:
        errors.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r'b75-\d{4}', a.get('id', '')):
        errors.append(f"bad id {a.get('id')}")
ids = [a['id'] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g['id'] for g in groups] != ids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")
gmap = {g['id']: g['group'] for g in groups}
for a in arts:
    g = gmap.get(a['id'], '')
    m = re.fullmatch(r'[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})', g)
    if not m:
        errors.append(f"{a['id']}: bad group slug {g!r}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    lag = (datetime.date.fromisoformat(a['published']) - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']}: published {a['published']} is {lag} days after {g}")
for x, y in zip(groups, groups[1:]):
    if x['group'] == y['group']:
        errors.append(f"adjacent lines share group {x['group']}")
sizes = collections.Counter(g['group'] for g in groups)
if len(sizes) != 13:
    errors.append(f"{len(sizes)} groups, expected 13")
for g, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append(f"group {g} has {n} articles")

words = {a['id']: len(a['text'].split()) for a in arts}
chars = [len(a['text']) for a in arts]
for g in sorted(sizes, key=lambda s: s[-10:]):
    print(f"{g} ({sizes[g]})")
    for a in arts:
        if gmap[a['id']] == g:
            print(f"   {a['id']} {a['published']} {words[a['id']]:4d}w  {a['outlet']}")
print(f"articles {len(arts)}, outlets {len({a['outlet'] for a in arts})}, "
      f"words min {min(words.values())} median {statistics.median(words.values())} max {max(words.values())}, "
      f"median chars {statistics.median(chars)}")
if errors:
    print("ERRORS:"); print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed")
