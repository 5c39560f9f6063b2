#!/usr/bin/env python3
"""Build blind linking set 51 from the part files.

Reads tools/parts/part*.py (each defines ARTICLES: dicts with group, published,
outlet, title, text), assigns random ids "b51-NNNN", shuffles so that no two
adjacent lines share a group, and writes articles.jsonl and groups.jsonl in the
set folder (one level above tools/).
"""
import importlib.util
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PARTS = os.path.join(HERE, "parts")
SEED = 5151


def load_parts():
    arts = []
    for fn in sorted(os.listdir(PARTS)):
        if not (fn.startswith("part") and fn.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(fn[:-3], os.path.join(PARTS, fn))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts


def shuffle_no_adjacent(items, rng, tries=10000):
    for _ in range(tries):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise RuntimeError("could not find an arrangement without adjacent groups")


def main():
    rng = random.Random(SEED)
    arts = load_parts()
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = "b51-%04d" % n
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                   "title": a["title"], "text": a["text"]}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote %d articles to %s" % (len(arts), OUT))


if __name__ == "__main__":
    main()
