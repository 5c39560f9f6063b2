#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 55 from the part files.

Assigns random ids (b55-NNNN) and shuffles so that no two adjacent lines share a group.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import part1, part2, part3

SEED = 5507

def main():
    arts = part1.ARTICLES + part2.ARTICLES + part3.ARTICLES
    rng = random.Random(SEED)
    ids = set()
    for a in arts:
        while True:
            i = "b55-%04d" % rng.randint(0, 9999)
            if i not in ids:
                ids.add(i); a["id"] = i; break
    # shuffle until no adjacent pair shares a group
    for _ in range(100000):
        rng.shuffle(arts)
        if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
            break
    else:
        raise SystemExit("could not find a valid order")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                                 "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote %d articles" % len(arts))

if __name__ == "__main__":
    main()
