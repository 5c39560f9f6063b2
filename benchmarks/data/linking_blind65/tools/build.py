#!/usr/bin/env python3
"""Build blind linking set 65 from the part files in tools/parts/.

Each part file holds articles separated by lines of '@@@'. An article block has
header lines (group, published, outlet, title), a line '---', then the body.
The script assigns random ids (b65-NNNN), shuffles the articles so that no two
adjacent lines share a group, and writes articles.jsonl and groups.jsonl to the
set folder (parent of tools/).
"""
import glob
import json
import os
import random

SET_NO = 65
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse_part(path):
    arts = []
    raw = open(path, encoding="utf-8").read()
    for block in raw.split("@@@"):
        block = block.strip("\n")
        if not block.strip():
            continue
        head, sep, body = block.partition("\n---\n")
        if not sep:
            raise SystemExit(f"{path}: block without '---' separator: {block[:80]!r}")
        meta = {}
        for line in head.splitlines():
            if not line.strip():
                continue
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        for k in ("group", "published", "outlet", "title"):
            if k not in meta:
                raise SystemExit(f"{path}: missing {k} in {head[:80]!r}")
        meta["text"] = body.strip("\n")
        arts.append(meta)
    return arts


def shuffle_no_adjacent(items, rng, tries=10000):
    for _ in range(tries):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not find a shuffle without adjacent groups")


def main():
    rng = random.Random(6565)
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        arts.extend(parse_part(path))
    ids = set()
    for a in arts:
        while True:
            i = f"b{SET_NO}-{rng.randint(0, 9999):04d}"
            if i not in ids:
                ids.add(i)
                a["id"] = i
                break
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                                 "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles to {OUT}")


if __name__ == "__main__":
    main()
