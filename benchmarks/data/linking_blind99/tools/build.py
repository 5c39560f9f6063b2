"""Build linking_blind99: parse parts/*.txt, assign random ids, shuffle with no adjacent same-group lines."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
HDR = re.compile(r'^@@@ group=(\S+) \| published=(\d{4}-\d{2}-\d{2}) \| outlet=(.+)$')

def parse():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, 'parts', 'p*.txt'))):
        cur = None
        for line in open(path, encoding='utf-8').read().split('\n'):
            m = HDR.match(line)
            if m:
                cur = {'group': m.group(1), 'published': m.group(2), 'outlet': m.group(3).strip(), 'lines': []}
                arts.append(cur)
            elif cur is not None:
                cur['lines'].append(line)
    out = []
    for a in arts:
        lines = a['lines']
        assert lines[0].startswith('TITLE: '), a
        title = lines[0][7:].strip()
        text = '\n'.join(lines[1:]).strip()
        out.append({'group': a['group'], 'published': a['published'], 'outlet': a['outlet'], 'title': title, 'text': text})
    return out

def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]['group'] != items[i + 1]['group'] for i in range(len(items) - 1)):
            return items
    raise SystemExit('could not shuffle')

def main():
    rng = random.Random(9901)
    arts = parse()
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a['id'] = 'b99-%04d' % n
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, 'articles.jsonl'), 'w', encoding='utf-8') as fa, \
         open(os.path.join(OUT, 'groups.jsonl'), 'w', encoding='utf-8') as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ('id', 'published', 'outlet', 'title', 'text')}, ensure_ascii=False) + '\n')
            fg.write(json.dumps({'id': a['id'], 'group': a['group']}, ensure_ascii=False) + '\n')
    print('wrote', len(arts), 'articles')

if __name__ == '__main__':
    main()
