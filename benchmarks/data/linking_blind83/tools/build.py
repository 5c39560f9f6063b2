#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl for blind linking set 83 from parts/*.txt.

Part format: blocks starting with '@@@ group=<slug>', then 'published=', 'outlet=',
'title=' lines, a '---' line, then the article text up to the next '@@@'.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "83"


def parse(path):
    arts = []
    for block in open(path, encoding="utf-8").read().split("@@@ ")[1:]:
        head, _, text = block.partition("\n---\n")
        lines = head.strip().split("\n")
        meta = dict(l.split("=", 1) for l in lines)
        arts.append({"group": meta["group"].strip(), "published": meta["published"].strip(),
                     "outlet": meta["outlet"].strip(), "title": meta["title"].strip(),
                     "text": text.strip() + "\n"})
    return arts


def main():
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        arts.extend(parse(p))
    rng = random.Random(8383)
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = f"b{SET}-{n}"
    for _ in range(10000):
        rng.shuffle(arts)
        if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
            break
    else:
        raise SystemExit("could not shuffle without adjacent groups")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")},
                               ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as f:
        for a in arts:
            f.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
