#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 53 from parts/*.txt.

Each part file holds blocks starting with a line '@@@@', then header lines
(group:, published:, outlet:, title:), a line '---', then the article text.
Ids are random 'b53-NNNN'; order is shuffled so no two adjacent lines share a group.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "53"

def parse(path):
    arts = []
    raw = open(path, encoding="utf-8").read()
    for block in raw.split("@@@@\n")[1:]:
        head, text = block.split("\n---\n", 1)
        meta = {}
        for line in head.strip().splitlines():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        arts.append({"group": meta["group"], "published": meta["published"],
                     "outlet": meta["outlet"], "title": meta["title"],
                     "text": text.strip("\n")})
    return arts

def main():
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        arts.extend(parse(p))
    rng = random.Random(5353)
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, i in zip(arts, ids):
        a["id"] = f"b{SET}-{i}"
    for _ in range(10000):
        rng.shuffle(arts)
        if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
            break
    else:
        raise SystemExit("could not find a valid order")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
