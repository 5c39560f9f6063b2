#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 57 from the part files."""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "parts"))
import part1, part2, part3, part4  # noqa: E402

OUT = os.path.dirname(HERE)
SET = "57"


def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not shuffle without adjacent groups")


def main():
    rng = random.Random(5719)
    arts = part1.ARTICLES + part2.ARTICLES + part3.ARTICLES + part4.ARTICLES
    used = set()
    for a in arts:
        while True:
            i = f"b{SET}-{rng.randint(1000, 9999)}"
            if i not in used:
                used.add(i)
                a["id"] = i
                break
    arts = shuffle_no_adjacent(list(arts), rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                   "title": a["title"], "text": a["text"].strip()}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
