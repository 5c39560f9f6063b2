"""Build articles.jsonl / groups.jsonl for linking_blind113 from part*.txt.
Part format: '@@ group|published|outlet', then a title line, then body text."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
recs = []
for p in sorted(glob.glob(os.path.join(HERE, 'part*.txt'))):
    for chunk in open(p, encoding='utf-8').read().split('@@ ')[1:]:
        head, rest = chunk.split('\n', 1)
        group, pub, outlet = [x.strip() for x in head.split('|')]
        title, body = rest.split('\n', 1)
        recs.append(dict(group=group, published=pub, outlet=outlet, title=title.strip(), text=body.strip()))
rng = random.Random(113)
ids = rng.sample(range(1000, 10000), len(recs))
for r, i in zip(recs, ids): r['id'] = f'b113-{i}'
for _ in range(10000):  # shuffle until no two adjacent lines share a group
    rng.shuffle(recs)
    if all(a['group'] != b['group'] for a, b in zip(recs, recs[1:])): break
else: raise SystemExit('could not shuffle')
with open(os.path.join(OUT, 'articles.jsonl'), 'w', encoding='utf-8') as fa, open(os.path.join(OUT, 'groups.jsonl'), 'w', encoding='utf-8') as fg:
    for r in recs:
        fa.write(json.dumps({k: r[k] for k in ('id', 'published', 'outlet', 'title', 'text')}, ensure_ascii=False) + '\n')
        fg.write(json.dumps({'id': r['id'], 'group': r['group']}, ensure_ascii=False) + '\n')
print(len(recs), 'articles written')
