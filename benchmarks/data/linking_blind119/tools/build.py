#!/usr/bin/env python3
"""Build linking_blind119 from the part files in tools/parts/.

Assigns random ids (b119-NNNN), shuffles so that no two adjacent lines share a
group, and writes articles.jsonl and groups.jsonl one level up.
Deterministic: uses a fixed seed so the build can be reproduced.
"""
import importlib.util
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SET = "119"
SEED = 11920201226


def load_parts():
    items = []
    for path in sorted((HERE / "parts").glob("part*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        for a in mod.ARTICLES:
            a = dict(a)
            a["text"] = a["text"].strip() + "\n"
            a["title"] = a["title"].strip()
            items.append(a)
    return items


def shuffle_no_adjacent(items, rng, tries=100000):
    for _ in range(tries):
        order = items[:]
        rng.shuffle(order)
        if all(order[i]["group"] != order[i + 1]["group"] for i in range(len(order) - 1)):
            return order
    raise SystemExit("could not find an order without adjacent groups")


def main():
    rng = random.Random(SEED)
    items = load_parts()
    nums = rng.sample(range(1000, 10000), len(items))
    for a, n in zip(items, nums):
        a["id"] = f"b{SET}-{n}"
    order = shuffle_no_adjacent(items, rng)
    with open(OUT / "articles.jsonl", "w", encoding="utf-8") as fa, \
         open(OUT / "groups.jsonl", "w", encoding="utf-8") as fg:
        for a in order:
            rec = {k: a[k] for k in ("id", "published", "outlet", "title", "text")}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} articles to {OUT}")


if __name__ == "__main__":
    main()
