#!/usr/bin/env python3
"""Build linking_blind67 from the part files in tools/parts/.

Each part file holds one or more articles in the form:

@@@ARTICLE
group: <slug ending in yyyy_mm_dd>
published: YYYY-MM-DD
outlet: <outlet>
title: <title>
---
<text...>

The script assigns random ids (b67-NNNN), shuffles the articles so that no two
adjacent lines share a group, and writes articles.jsonl and groups.jsonl to the
set folder (parent of tools/).
"""
import glob
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "67"


def parse_file(path):
    raw = open(path, encoding="utf-8").read()
    chunks = [c for c in raw.split("@@@ARTICLE") if c.strip()]
    arts = []
    for c in chunks:
        head, _, body = c.partition("\n---\n")
        meta = {}
        for line in head.strip().splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        text = body.strip("\n").rstrip()
        arts.append({
            "group": meta["group"],
            "published": meta["published"],
            "outlet": meta["outlet"],
            "title": meta["title"],
            "text": text,
        })
    return arts


def shuffle_no_adjacent(items, rng, tries=10000):
    for _ in range(tries):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise RuntimeError("could not shuffle without adjacent groups")


def main():
    rng = random.Random(6767)
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        arts.extend(parse_file(p))
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = f"b{SET}-{n:04d}"
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
