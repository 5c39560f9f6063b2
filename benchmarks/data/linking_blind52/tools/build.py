#!/usr/bin/env python3
"""Build linking_blind52: collect articles from tools/parts/part*.py,
assign random ids (b52-NNNN), shuffle so that no two adjacent lines share
a group, and write articles.jsonl + groups.jsonl in the set folder."""
import importlib.util
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PARTS = os.path.join(HERE, "parts")
SET = "52"


def load_parts():
    arts = []
    for name in sorted(os.listdir(PARTS)):
        if not (name.startswith("part") and name.endswith(".py")):
            continue
        spec = importlib.util.spec_from_file_location(name[:-3], os.path.join(PARTS, name))
        mod = importlib.util.module_from_spec(spec)
        sys.path.insert(0, PARTS)
        spec.loader.exec_module(mod)
        sys.path.pop(0)
        for a in mod.ARTICLES:
            for k in ("group", "published", "outlet", "title", "text"):
                if k not in a:
                    raise SystemExit(f"{name}: article missing {k}: {a.get('title')}")
            a = dict(a)
            a["text"] = a["text"].strip("\n")
            arts.append(a)
    return arts


def shuffle_no_adjacent(arts, rng):
    for _ in range(10000):
        order = arts[:]
        rng.shuffle(order)
        if all(order[i]["group"] != order[i + 1]["group"] for i in range(len(order) - 1)):
            return order
    raise SystemExit("could not find a shuffle without adjacent groups")


def main():
    rng = random.Random(5252)
    arts = load_parts()
    ids = set()
    for a in arts:
        while True:
            i = f"b{SET}-{rng.randint(1000, 9999)}"
            if i not in ids:
                ids.add(i)
                a["id"] = i
                break
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
