#!/usr/bin/env python3
"""Build linking_blind77 from tools/parts/*.txt: random ids, shuffle with no adjacent same group."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def parse(path):
    arts = []
    for chunk in open(path, encoding="utf-8").read().split("@@@ARTICLE")[1:]:
        head, text = chunk.split("@@@TEXT", 1)
        meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
        arts.append({"group": meta["group"].strip(), "published": meta["published"].strip(),
                     "outlet": meta["outlet"].strip(), "title": meta["title"].strip(),
                     "text": text.strip("\n").rstrip() + "\n"})
    return arts

def main():
    arts = [a for p in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))) for a in parse(p)]
    rng = random.Random(7719)
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, i in zip(arts, ids):
        a["id"] = f"b77-{i}"
    while True:
        rng.shuffle(arts)
        if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
            break
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
