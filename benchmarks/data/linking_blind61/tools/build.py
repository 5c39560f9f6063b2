#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl for blind linking set 61 from tools/parts/*.txt.

Part-file format: records separated by lines '@@@'; each record has header lines
'group: ...', 'published: ...', 'outlet: ...', 'title: ...', then a line '---',
then the article text. Ids are assigned at random (b61-NNNN) and the order is
shuffled so that no two adjacent lines share a group.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "61"


def parse(path):
    recs = []
    for chunk in open(path, encoding="utf-8").read().split("\n@@@"):
        chunk = chunk.strip().lstrip("@").strip()
        if not chunk:
            continue
        head, sep, body = chunk.partition("\n---\n")
        assert sep, f"no separator in {path}: {chunk[:80]}"
        meta = {}
        for line in head.splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        for k in ("group", "published", "outlet", "title"):
            assert meta.get(k), f"missing {k} in {path}"
        meta["text"] = body.strip()
        recs.append(meta)
    return recs


def main():
    rng = random.Random(6161)
    recs = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        recs.extend(parse(p))
    ids = set()
    for r in recs:
        while True:
            i = f"b{SET}-{rng.randint(0, 9999):04d}"
            if i not in ids:
                ids.add(i)
                r["id"] = i
                break
    for _ in range(100000):
        rng.shuffle(recs)
        if all(recs[k]["group"] != recs[k + 1]["group"] for k in range(len(recs) - 1)):
            break
    else:
        raise SystemExit("could not shuffle without adjacent groups")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} articles")


if __name__ == "__main__":
    main()
