#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 66.

Reads tools/parts/*.txt. Each article block starts with a line '@@@',
then header lines (group, published, outlet, title), a line '---',
and the article text. Assigns random ids (b66-NNNN) and shuffles the
articles so that no two adjacent lines share a group.
"""
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "66"


def parse_parts():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        raw = open(path, encoding="utf-8").read()
        for block in raw.split("@@@\n"):
            if not block.strip():
                continue
            head, _, body = block.partition("\n---\n")
            meta = {}
            for line in head.strip().splitlines():
                k, _, v = line.partition(":")
                meta[k.strip()] = v.strip()
            for k in ("group", "published", "outlet", "title"):
                if k not in meta:
                    raise SystemExit(f"{path}: missing {k} in block {head[:80]!r}")
            meta["text"] = body.strip("\n").rstrip() 
            arts.append(meta)
    return arts


def shuffle_no_adjacent(arts, rng):
    for _ in range(10000):
        order = arts[:]
        rng.shuffle(order)
        if all(order[i]["group"] != order[i + 1]["group"] for i in range(len(order) - 1)):
            return order
    raise SystemExit("could not shuffle without adjacent groups")


def main():
    rng = random.Random()
    arts = parse_parts()
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = f"b{SET}-{n}"
    order = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in order:
            fa.write(json.dumps({"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                                 "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} articles")


if __name__ == "__main__":
    main()
