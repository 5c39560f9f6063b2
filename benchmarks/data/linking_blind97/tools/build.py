import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import part1, part2, part3, part4
OUT = os.path.join(os.path.dirname(__file__), '..')
arts = part1.ARTS + part2.ARTS + part3.ARTS + part4.ARTS
rng = random.Random(97)
ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids): a['id'] = f"b97-{i}"
while True:
    rng.shuffle(arts)
    if all(arts[k]['group'] != arts[k+1]['group'] for k in range(len(arts)-1)): break
with open(os.path.join(OUT, 'articles.jsonl'), 'w') as f, open(os.path.join(OUT, 'groups.jsonl'), 'w') as g:
    for a in arts:
        f.write(json.dumps({k: a[k] for k in ('id','published','outlet','title','text')}, ensure_ascii=False) + '\n')
        g.write(json.dumps({'id': a['id'], 'group': a['group']}) + '\n')
print(len(arts), 'articles written')
