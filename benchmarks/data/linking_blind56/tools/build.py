"""Build articles.jsonl and groups.jsonl from the part files.

Assigns random ids of the form b56-NNNN and shuffles the articles so that no
two adjacent lines share a group. Deterministic given SEED.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import part1, part2, part3, part4  # noqa: E402

SEED = 5656


def shuffled_no_adjacent(items, rng, tries=10000):
    for _ in range(tries):
        order = items[:]
        rng.shuffle(order)
        if all(order[i]["group"] != order[i + 1]["group"] for i in range(len(order) - 1)):
            return order
    raise RuntimeError("could not shuffle without adjacent groups")


def main():
    rng = random.Random(SEED)
    arts = part1.ARTICLES + part2.ARTICLES + part3.ARTICLES + part4.ARTICLES
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b56-{n}"
        a["text"] = a["text"].strip()
    order = shuffled_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in order:
            rec = {k: a[k] for k in ("id", "published", "outlet", "title", "text")}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(order)} articles")


if __name__ == "__main__":
    main()
