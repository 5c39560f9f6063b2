"""Build articles.jsonl / groups.jsonl for blind linking set 75 from parts/*.txt."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "75"

def parse(path):
    recs = []
    for chunk in re.split(r'^=== ', open(path, encoding='utf-8').read(), flags=re.M)[1:]:
        head, body = chunk.split('\n---\n', 1)
        meta = {}
        for i, line in enumerate(head.split('\n')):
            if i == 0:
                meta['group'] = line.split(':', 1)[1].strip()
            elif ':' in line:
                k, v = line.split(':', 1)
                meta[k.strip()] = v.strip()
        recs.append({'group': meta['group'], 'published': meta['published'],
                     'outlet': meta['outlet'], 'title': meta['title'], 'text': body.strip()})
    return recs

def main(seed=75):
    rng = random.Random(seed)
    recs = [r for p in sorted(glob.glob(os.path.join(HERE, 'parts', '*.txt'))) for r in parse(p)]
    nums = rng.sample(range(1000, 10000), len(recs))
    for r, n in zip(recs, nums):
        r['id'] = f"b{SET}-{n}"
    while True:
        rng.shuffle(recs)
        if all(a['group'] != b['group'] for a, b in zip(recs, recs[1:])):
            break
    with open(os.path.join(OUT, 'articles.jsonl'), 'w', encoding='utf-8') as fa, \
         open(os.path.join(OUT, 'groups.jsonl'), 'w', encoding='utf-8') as fg:
        for r in recs:
            fa.write(json.dumps({k: r[k] for k in ('id', 'published', 'outlet', 'title', 'text')}, ensure_ascii=False) + '\n')
            fg.write(json.dumps({'id': r['id'], 'group': r['group']}, ensure_ascii=False) + '\n')
    print(f"wrote {len(recs)} articles")

if __name__ == '__main__':
    main()
