"""Build articles.jsonl and groups.jsonl for linking_blind45 from src_a/b/c.

Usage: python3 tools/build.py   (run from the set folder or anywhere)
"""
import json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from src_a import ARTICLES_A
from src_b import ARTICLES_B
from src_c import ARTICLES_C
from shuffle import shuffle_no_adjacent

SET = 45


def clean(text):
    paras = [p.strip() for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paras if p)


def main():
    arts = ARTICLES_A + ARTICLES_B + ARTICLES_C
    rng = random.Random(4545)
    nums = rng.sample(range(1000, 10000), len(arts))
    rows = []
    for a, n in zip(arts, nums):
        rows.append(dict(id=f"b{SET}-{n:04d}", published=a["published"], outlet=a["outlet"],
                         title=a["title"].strip(), text=clean(a["text"]), group=a["group"]))
    rows = shuffle_no_adjacent(rows, seed=SET)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in rows:
            fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} articles")


if __name__ == "__main__":
    main()
