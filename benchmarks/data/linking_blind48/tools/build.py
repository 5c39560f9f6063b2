#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind set 48 from tools/src/*.txt.

Each source file: header lines 'key: value' (outlet, published, group, title),
a line '---', then the body (paragraphs separated by blank lines).
Ids are random 4-digit numbers (seeded for reproducibility); lines are shuffled
so that no two adjacent lines share a group.
"""
import json, os, random, re, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "48"

def parse(path):
    raw = open(path, encoding="utf-8").read()
    head, body = raw.split("\n---\n", 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    paras = [p.strip() for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    meta["text"] = "\n\n".join(paras)
    meta["src"] = os.path.basename(path)
    return meta

def shuffle_no_adjacent(items, rng, key):
    for _ in range(10000):
        rng.shuffle(items)
        if all(key(items[i]) != key(items[i + 1]) for i in range(len(items) - 1)):
            return items
    raise RuntimeError("could not shuffle")

def main():
    rng = random.Random(4848)
    arts = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, "src", "*.txt")))]
    used = set()
    for a in arts:
        while True:
            n = "b%s-%04d" % (SET, rng.randint(0, 9999))
            if n not in used:
                used.add(n); a["id"] = n; break
    arts = shuffle_no_adjacent(arts, rng, key=lambda a: a["group"])
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                                "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote", len(arts), "articles")

if __name__ == "__main__":
    main()
