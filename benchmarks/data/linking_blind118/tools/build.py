#!/usr/bin/env python3
"""Build linking_blind118 from the part files.

Loads the article dicts from tools/parts/*.py, assigns random ids of the form
b118-NNNN, shuffles so that no two adjacent lines share a group, and writes
articles.jsonl and groups.jsonl into the set folder (parent of tools/).
"""
import importlib.util
import json
import os
import random
import sys

SET_NO = "118"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PARTS = os.path.join(HERE, "parts")
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 118_2019


def load_parts():
    arts = []
    for name in sorted(os.listdir(PARTS)):
        if not name.endswith(".py"):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(PARTS, name))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
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
    arts = load_parts()
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b{SET_NO}-{n:04d}"
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {k: a[k] for k in ("id", "published", "outlet", "title", "text")}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles to {OUT}")


if __name__ == "__main__":
    main()
