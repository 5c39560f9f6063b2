import json, os, re, datetime, collections, statistics
D = os.path.join(os.path.dirname(__file__), '..')
arts = [json.loads(l) for l in open(os.path.join(D, 'articles.jsonl'))]
grps = [json.loads(l) for l in open(os.path.join(D, 'groups.jsonl'))]
err = []
if len({a['id'] for a in arts}) != len(arts): err.append('duplicate ids')
for a in arts:
    if set(a) != {'id','published','outlet','title','text'}: err.append(f"keys {a['id']}")
    if not re.fullmatch(r'b97-\d{4}', a['id']): err.append(f"bad id {a['id']}")
if [a['id'] for a in arts] != [g['id'] for g in grps]: err.append('groups do not match articles order')
gm = {g['id']: g['group'] for g in grps}
for a in arts:
    m = re.search(r'_(\d{4})_(\d{2})_(\d{2})$', gm[a['id']])
    ev = datetime.date(*map(int, m.groups()))
    d = (datetime.date.fromisoformat(a['published']) - ev).days
    if not 0 <= d <= 2: err.append(f"{a['id']} published {d} days after event")
for x, y in zip(grps, grps[1:]):
    if x['group'] == y['group']: err.append(f"adjacent same group {x['id']} {y['id']}")
c = collections.Counter(gm.values())
if len(c) != 13: err.append(f'{len(c)} groups')
for k, v in c.items():
    if not 2 <= v <= 4: err.append(f'group {k} size {v}')
wc = [len(a['text'].split()) for a in arts]; cc = [len(a['text']) for a in arts]
for k, v in sorted(c.items()): print(f'{v}  {k}')
print('articles', len(arts), 'outlets', len({a['outlet'] for a in arts}))
print('words min/median/max', min(wc), statistics.median(wc), max(wc), '| chars median', statistics.median(cc))
print('ERRORS:' if err else 'OK', *err, sep='\n')
