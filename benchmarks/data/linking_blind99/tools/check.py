"""Validate linking_blind99 articles.jsonl / groups.jsonl and print word counts."""
import datetime, json, os, re, statistics, sys
from collections import Counter

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def load(name):
    rows = []
    for i, line in enumerate(open(os.path.join(D, name), encoding='utf-8'), 1):
        try:
            rows.append(json.loads(line))
        except Exception as e:
            errs.append('%s line %d: bad JSON (%s)' % (name, i, e))
    return rows

arts, groups = load('articles.jsonl'), load('groups.jsonl')
ids = [a.get('id') for a in arts]
for a in arts:
    if set(a) != {'id', 'published', 'outlet', 'title', 'text'}:
        errs.append('bad keys in %s: %s' % (a.get('id'), sorted(a)))
    if not re.fullmatch(r'b99-\d{4}', str(a.get('id'))):
        errs.append('bad id %s' % a.get('id'))
if len(set(ids)) != len(ids):
    errs.append('duplicate ids')
if [g.get('id') for g in groups] != ids:
    errs.append('groups.jsonl ids do not match articles.jsonl order')
gmap = {g['id']: g['group'] for g in groups}
for a in arts:
    g = gmap.get(a['id'])
    if g is None:
        errs.append('no group for %s' % a['id']); continue
    m = re.fullmatch(r'[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})', g)
    if not m:
        errs.append('bad slug %s' % g); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a['published'])
    if not 0 <= (pub - ev).days <= 2:
        errs.append('%s published %s, %d days after %s' % (a['id'], pub, (pub - ev).days, g))
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errs.append('adjacent lines %d,%d share group %s' % (i + 1, i + 2, seq[i]))
cnt = Counter(seq)
if len(cnt) != 13:
    errs.append('expected 13 groups, found %d' % len(cnt))
for g, n in sorted(cnt.items()):
    if not 2 <= n <= 4:
        errs.append('group %s has %d articles' % (g, n))

wc = [len(a['text'].split()) for a in arts]
cc = [len(a['text']) for a in arts]
for a, w in zip(arts, wc):
    print('%s %-58s %-32s %4d words' % (a['id'], gmap.get(a['id'], '?')[:58], a['outlet'][:32], w))
print('\narticles %d, groups %d, outlets %d' % (len(arts), len(cnt), len({a['outlet'] for a in arts})))
print('words: min %d, median %d, max %d; chars median %d' % (min(wc), statistics.median(wc), max(wc), statistics.median(cc)))
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print('  %d  %s' % (n, g))
if errs:
    print('\nERRORS:'); [print(' -', e) for e in errs]; sys.exit(1)
print('\nOK: all checks passed')
