#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl for blind linking set 76 from parts/*.txt.

Part format: blocks starting with '@@@ ARTICLE', header lines 'key: value'
(group, published, outlet, title), then '@@@ TEXT' and the body.
Ids are random 'b76-NNNN'; order is shuffled so that no two adjacent lines
share a group.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SEED = 7606


def parse(path):
    arts = []
    for block in open(path, encoding="utf-8").read().split("@@@ ARTICLE")[1:]:
        head, body = block.split("@@@ TEXT", 1)
        meta = {}
        for line in head.strip().splitlines():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        meta["text"] = body.strip()
        arts.append(meta)
    return arts


def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not shuffle without adjacent groups")


def main():
    rng = random.Random(SEED)
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        arts.extend(parse(p))
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b76-{n}"
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {k: a[k] for k in ("id", "published", "outlet", "title", "text")}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
