#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl for linking_blind81 from tools/parts/*.txt.

Part format: blocks starting with '### ARTICLE', header lines 'key: value'
(group, published, outlet, title), a '---' line, then the article text.
Ids are random 'b81-NNNN'; order is shuffled so no two adjacent lines share a group.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse(path):
    items = []
    for block in open(path, encoding="utf-8").read().split("### ARTICLE")[1:]:
        head, body = block.split("\n---\n", 1)
        meta = {}
        for line in head.strip().splitlines():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        meta["text"] = body.strip()
        items.append(meta)
    return items


def main(seed=81):
    rng = random.Random(seed)
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))):
        arts.extend(parse(p))
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = "b81-%04d" % n
    while True:
        rng.shuffle(arts)
        if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
            break
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote %d articles" % len(arts))


if __name__ == "__main__":
    main()
