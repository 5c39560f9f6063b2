#!/usr/bin/env python3
"""Build linking_blind120: collect articles from part files, assign random ids,
shuffle so that no two adjacent lines share a group, write articles.jsonl and groups.jsonl."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import part1, part2, part3, part4  # noqa: E402

SET = "120"
SEED = 120_2020


def load():
    arts = []
    for mod in (part1, part2, part3, part4):
        arts.extend(mod.ARTICLES)
    return arts


def shuffle_no_adjacent(items, rng, tries=10000):
    for _ in range(tries):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not find a shuffle without adjacent groups")


def main():
    rng = random.Random(SEED)
    arts = load()
    numbers = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, numbers):
        a["id"] = f"b{SET}-{n:04d}"
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                   "title": a["title"], "text": a["text"].strip()}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles to {OUT}")


if __name__ == "__main__":
    main()
