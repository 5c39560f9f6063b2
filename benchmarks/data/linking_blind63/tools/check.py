#!/usr/bin/env python3
"""Validate linking_blind63: JSON, ids, groups, dates, adjacency, group sizes; print word counts."""
import json, os, re, sys, datetime, statistics
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except Exception as e:
                errors.append('%s line %d: bad JSON (%s)' % (name, n, e))
    return rows


arts = load('articles.jsonl')
grps = load('groups.jsonl')

for a in arts:
    if set(a) != {'id', 'published', 'outlet', 'title', 'text'}:
        errors.append('bad keys %s' % sorted(a))
    if not re.fullmatch(r'b63-\d{4}', a.get('id', '')):
        errors.append('bad id %r' % a.get('id'))
    for k in ('outlet', 'title', 'text'):
        if not str(a.get(k, '')).strip():
            errors.append('%s empty %s' % (a.get('id'), k))
ids = [a['id'] for a in arts]
if len(ids) != len(set(ids)):
    errors.append('duplicate ids')
if len(grps) != len(arts):
    errors.append('groups.jsonl length %d != articles %d' % (len(grps), len(arts)))
for a, g in zip(arts, grps):
    if set(g) != {'id', 'group'}:
        errors.append('bad group keys %s' % sorted(g))
    if g.get('id') != a['id']:
        errors.append('order mismatch %s vs %s' % (a['id'], g.get('id')))

gmap = {g['id']: g['group'] for g in grps}
for a in arts:
    grp = gmap.get(a['id'])
    if grp is None:
        errors.append('no group for %s' % a['id'])
        continue
    m = re.fullmatch(r'[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})', grp)
    if not m:
        errors.append('bad slug %s' % grp)
        continue
    ev = datetime.date(*map(int, m.groups()))
    try:
        pub = datetime.date.fromisoformat(a['published'])
    except Exception:
        errors.append('bad date %s' % a['published'])
        continue
    d = (pub - ev).days
    if not 0 <= d <= 2:
        errors.append('%s published %s is %d days after event %s' % (a['id'], pub, d, ev))

seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append('adjacent lines %d,%d share group %s' % (i + 1, i + 2, seq[i]))

sizes = Counter(seq)
if len(sizes) != 13:
    errors.append('expected 13 groups, got %d' % len(sizes))
for g, n in sizes.items():
    if not 2 <= n <= 4:
        errors.append('group %s has %d articles' % (g, n))

# report
wc = [len(a['text'].split()) for a in arts]
cc = [len(a['text']) for a in arts]
print('articles: %d  groups: %d  outlets: %d' % (len(arts), len(sizes), len(set(a['outlet'] for a in arts))))
for g in sorted(sizes, key=lambda x: x[-10:]):
    print('  %-60s %d' % (g, sizes[g]))
print('words: min %d  median %d  max %d  total %d' % (min(wc), statistics.median(wc), max(wc), sum(wc)))
print('chars: min %d  median %d  max %d' % (min(cc), statistics.median(cc), max(cc)))
for a, w, c in zip(arts, wc, cc):
    print('  %s %s %-28s %5d words %6d chars  %s' % (a['id'], a['published'], a['outlet'][:28], w, c, gmap.get(a['id'])))
if errors:
    print('\nERRORS:')
    for e in errors:
        print(' -', e)
    sys.exit(1)
print('\nOK: all checks passed')
