#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 54.

Articles live in part1.py .. part4.py. This script assigns random ids
(b54-NNNN), shuffles so that no two adjacent lines share a group, and
writes the two JSONL files one level up.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import part1, part2, part3, part4  # noqa: E402

SEED = 5454


def load():
    arts = []
    for m in (part1, part2, part3, part4):
        arts.extend(m.ARTICLES)
    return arts


def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise RuntimeError("could not shuffle without adjacent groups")


def main():
    rng = random.Random(SEED)
    arts = load()
    used = set()
    for a in arts:
        while True:
            i = "b54-%04d" % rng.randint(0, 9999)
            if i not in used:
                used.add(i)
                a["id"] = i
                break
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                   "title": a["title"], "text": a["text"]}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote %d articles" % len(arts))


if __name__ == "__main__":
    main()
