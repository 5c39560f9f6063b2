#!/usr/bin/env python3
"""Build linking_blind63 from the part files in tools/parts.

Each part file holds articles separated by lines '@@@'. An article block has
header lines (group, published, outlet, title), a line '---', then the text.
Ids are random 'b63-NNNN'; order is shuffled so that no two adjacent lines share
a group.
"""
import json, os, random, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 6363


def parse(path):
    raw = open(path, encoding='utf-8').read()
    arts = []
    for block in raw.split('@@@\n'):
        if not block.strip():
            continue
        head, _, body = block.partition('\n---\n')
        meta = {}
        for line in head.strip().splitlines():
            k, _, v = line.partition(':')
            meta[k.strip()] = v.strip()
        for k in ('group', 'published', 'outlet', 'title'):
            assert k in meta, (path, k, head[:80])
        meta['text'] = body.strip('\n').rstrip() 
        arts.append(meta)
    return arts


def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]['group'] != items[i + 1]['group'] for i in range(len(items) - 1)):
            return items
    raise SystemExit('could not shuffle')


def main():
    rng = random.Random(SEED)
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, 'parts', '*.txt'))):
        arts.extend(parse(p))
    ids = set()
    for a in arts:
        while True:
            i = 'b63-%04d' % rng.randint(0, 9999)
            if i not in ids:
                ids.add(i)
                a['id'] = i
                break
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, 'articles.jsonl'), 'w', encoding='utf-8') as fa, \
         open(os.path.join(OUT, 'groups.jsonl'), 'w', encoding='utf-8') as fg:
        for a in arts:
            fa.write(json.dumps({'id': a['id'], 'published': a['published'], 'outlet': a['outlet'],
                                 'title': a['title'], 'text': a['text']}, ensure_ascii=False) + '\n')
            fg.write(json.dumps({'id': a['id'], 'group': a['group']}, ensure_ascii=False) + '\n')
    print('wrote', len(arts), 'articles')


if __name__ == '__main__':
    main()
