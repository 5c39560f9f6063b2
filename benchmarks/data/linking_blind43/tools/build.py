"""Build articles.jsonl and groups.jsonl for blind set 43.

Assigns random unique ids (b43-XXXX), shuffles so that no two adjacent lines share
a group, and writes both files to the parent folder.
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_part1 import ARTICLES_1
from data_part2 import ARTICLES_2
from data_part3 import ARTICLES_3

OUT = os.path.dirname(HERE)
SEED = 4343


def shuffle_no_adjacent(items, key, rng, tries=10000):
    for _ in range(tries):
        rng.shuffle(items)
        if all(key(items[i]) != key(items[i + 1]) for i in range(len(items) - 1)):
            return items
    raise RuntimeError("could not shuffle without adjacent duplicates")


def main():
    rng = random.Random(SEED)
    rows = ARTICLES_1 + ARTICLES_2 + ARTICLES_3
    ids = set()
    recs = []
    for group, published, outlet, title, text in rows:
        while True:
            i = "b43-%04d" % rng.randint(0, 9999)
            if i not in ids:
                ids.add(i)
                break
        recs.append({"id": i, "published": published, "outlet": outlet,
                     "title": title, "text": text.strip(), "_group": group})
    recs = shuffle_no_adjacent(recs, lambda r: r["_group"], rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            g = r.pop("_group")
            fa.write(json.dumps(r, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": g}, ensure_ascii=False) + "\n")
    print("wrote", len(recs), "articles")


if __name__ == "__main__":
    main()
