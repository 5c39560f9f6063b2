#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl for blind linking set 50 from parts/*.txt.

Part format: blocks starting with '@@@ARTICLE', header lines 'key: value'
(group, published, outlet, title), a line '---', then the body text.
Ids are random 'b50-NNNN'; order is shuffled so that no two adjacent lines
share a group.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "50"

def parse():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        raw = open(path, encoding="utf-8").read()
        for block in raw.split("@@@ARTICLE")[1:]:
            head, body = block.split("\n---\n", 1)
            meta = {}
            for line in head.strip().splitlines():
                k, v = line.split(":", 1)
                meta[k.strip()] = v.strip()
            arts.append({
                "group": meta["group"], "published": meta["published"],
                "outlet": meta["outlet"], "title": meta["title"],
                "text": body.strip(),
            })
    return arts

def shuffle_no_adjacent(arts, rng):
    for _ in range(10000):
        order = arts[:]
        rng.shuffle(order)
        if all(order[i]["group"] != order[i + 1]["group"] for i in range(len(order) - 1)):
            return order
    raise SystemExit("could not find a valid order")

def main():
    rng = random.Random(5050)
    arts = parse()
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b{SET}-{n}"
    order = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in order:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} articles")

if __name__ == "__main__":
    main()
