#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 87 from parts/*.txt.

Part format: records start with a line '@@@', then 'group:', 'published:', 'outlet:',
'title:' header lines, then a line 'text:' followed by the body up to the next '@@@'.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "87"


def parse(path):
    recs = []
    for chunk in open(path, encoding="utf-8").read().split("@@@\n"):
        if not chunk.strip():
            continue
        head, body = chunk.split("\ntext:\n", 1)
        rec = {}
        for line in head.strip().splitlines():
            k, v = line.split(":", 1)
            rec[k.strip()] = v.strip()
        rec["text"] = body.strip()
        recs.append(rec)
    return recs


def order(recs, rng):
    # random shuffle, retried until no two adjacent records share a group
    for _ in range(10000):
        rng.shuffle(recs)
        if all(a["group"] != b["group"] for a, b in zip(recs, recs[1:])):
            return recs
    raise SystemExit("could not find an order without adjacent groups")


def main():
    rng = random.Random(8787)
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        recs.extend(parse(p))
    nums = rng.sample(range(1000, 10000), len(recs))
    for r, n in zip(recs, nums):
        r["id"] = f"b{SET}-{n}"
    recs = order(recs, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")},
                                ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} articles")


if __name__ == "__main__":
    main()
