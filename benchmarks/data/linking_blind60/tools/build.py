#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 60 from tools/parts/*.txt.

Part file format: records start with a line '@@@', followed by header lines
'group: ...', 'published: ...', 'outlet: ...', 'title: ...', a line '---',
and then the article text up to the next '@@@'.
Ids are random 'b60-NNNN'; order is shuffled so that no two adjacent lines share a group.
"""
import glob, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "60"


def parse(path):
    recs = []
    chunks = open(path, encoding="utf-8").read().split("@@@\n")
    for ch in chunks:
        if not ch.strip():
            continue
        head, sep, body = ch.partition("\n---\n")
        if not sep:
            sys.exit(f"{path}: record without '---' separator: {ch[:80]!r}")
        meta = {}
        for line in head.strip().splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        for k in ("group", "published", "outlet", "title"):
            if k not in meta:
                sys.exit(f"{path}: missing {k} in {head!r}")
        meta["text"] = body.strip("\n")
        recs.append(meta)
    return recs


def shuffle_no_adjacent(recs, rng):
    for _ in range(10000):
        rng.shuffle(recs)
        if all(recs[i]["group"] != recs[i + 1]["group"] for i in range(len(recs) - 1)):
            return recs
    sys.exit("could not find an arrangement without adjacent groups")


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 6060
    rng = random.Random(seed)
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))):
        recs.extend(parse(p))
    nums = rng.sample(range(1000, 10000), len(recs))
    for r, n in zip(recs, nums):
        r["id"] = f"b{SET}-{n}"
    recs = shuffle_no_adjacent(recs, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            fa.write(json.dumps({"id": r["id"], "published": r["published"], "outlet": r["outlet"],
                                 "title": r["title"], "text": r["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} articles")


if __name__ == "__main__":
    main()
