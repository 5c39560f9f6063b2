"""Build articles.jsonl and groups.jsonl for set 44 from the hand-written data files.
Assigns random unique ids b44-XXXX and shuffles so no two adjacent lines share a group."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data_part3 import ARTICLES

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(44044)

def shuffle_no_adjacent(items, rng, tries=10000):
    for _ in range(tries):
        rng.shuffle(items)
        if all(items[i]['group'] != items[i+1]['group'] for i in range(len(items)-1)):
            return items
    raise RuntimeError("could not shuffle")

def main():
    ids = set()
    arts = []
    for a in ARTICLES:
        while True:
            i = "b44-%04d" % rng.randint(0, 9999)
            if i not in ids:
                ids.add(i); break
        arts.append(dict(a, id=i))
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w") as f:
        for a in arts:
            f.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "groups.jsonl"), "w") as f:
        for a in arts:
            f.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote", len(arts), "articles")

if __name__ == "__main__":
    main()
