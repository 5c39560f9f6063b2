#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl from tools/parts/*.txt.

Part format: blocks starting with '=== <group_slug>', then 'published:',
'outlet:', 'title:' header lines, a '---' line, then the article text."""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "104"

def parse(path):
    arts = []
    for block in open(path, encoding="utf-8").read().split("=== ")[1:]:
        head, text = block.split("\n---\n", 1)
        lines = head.strip().split("\n")
        rec = {"group": lines[0].strip()}
        for ln in lines[1:]:
            k, v = ln.split(":", 1)
            rec[k.strip()] = v.strip()
        rec["text"] = text.strip()
        arts.append(rec)
    return arts

def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not shuffle")

def main():
    rng = random.Random(104104)
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        arts.extend(parse(p))
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b{SET}-{n}"
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
