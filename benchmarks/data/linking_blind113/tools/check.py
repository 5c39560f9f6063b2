"""Validate linking_blind113 output."""
import json, os, re, statistics, sys
from collections import Counter
from datetime import date
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, 'articles.jsonl'), encoding='utf-8')]
grps = [json.loads(l) for l in open(os.path.join(OUT, 'groups.jsonl'), encoding='utf-8')]
for a in arts:
    if set(a) != {'id', 'published', 'outlet', 'title', 'text'}: errs.append(f'bad keys {a.get("id")}')
    if not re.fullmatch(r'b113-\d{4}', a['id']): errs.append(f'bad id {a["id"]}')
ids = [a['id'] for a in arts]
if len(set(ids)) != len(ids): errs.append('duplicate ids')
if [g['id'] for g in grps] != ids: errs.append('groups.jsonl does not match articles order')
gmap = {g['id']: g['group'] for g in grps}
for a in arts:
    g = gmap.get(a['id'])
    m = re.fullmatch(r'[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})', g or '')
    if not m: errs.append(f'bad group slug {g}'); continue
    d = (date.fromisoformat(a['published']) - date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: errs.append(f'{a["id"]} published {d} days after {g}')
for x, y in zip(grps, grps[1:]):
    if x['group'] == y['group']: errs.append(f'adjacent same group {x["id"]} {y["id"]}')
c = Counter(gmap.values())
if len(c) != 13: errs.append(f'{len(c)} groups, expected 13')
for g, n in c.items():
    if not 2 <= n <= 4: errs.append(f'group {g} has {n} articles')
wc = [len(a['text'].split()) for a in arts]; cc = [len(a['text']) for a in arts]
for g, n in sorted(c.items()): print(f'{n}  {g}')
print(f'articles {len(arts)}, outlets {len(set(a["outlet"] for a in arts))}')
print(f'words min {min(wc)} median {statistics.median(wc)} max {max(wc)}; chars median {statistics.median(cc)}')
for a, w in zip(arts, wc): print(f'  {a["id"]} {a["published"]} {w:4d}w  {a["outlet"][:28]:28s} {a["title"][:60]}')
print('ERRORS:' if errs else 'OK: no errors'); [print(' ', e) for e in errs]
sys.exit(1 if errs else 0)
