#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for linking_blind114 from parts/*.txt.

Part format: each article starts with
  @@@ group=<slug> | published=YYYY-MM-DD | outlet=<name>
  TITLE: <title>
followed by a blank line and the body text.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "114"

def parse():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))):
        chunks = re.split(r"^@@@ ", open(path, encoding="utf-8").read(), flags=re.M)
        for ch in chunks[1:]:
            header, rest = ch.split("\n", 1)
            meta = dict(kv.strip().split("=", 1) for kv in header.split("|"))
            title_line, body = rest.split("\n", 1)
            assert title_line.startswith("TITLE: "), title_line
            arts.append({"group": meta["group"], "published": meta["published"],
                         "outlet": meta["outlet"], "title": title_line[7:].strip(),
                         "text": body.strip()})
    return arts

def shuffle_no_adjacent(arts, rng):
    for _ in range(10000):
        rng.shuffle(arts)
        if all(a["group"] != b["group"] for a, b in zip(arts, arts[1:])):
            return arts
    raise SystemExit("could not shuffle without adjacent duplicates")

def main():
    rng = random.Random(114_2019)
    arts = shuffle_no_adjacent(parse(), rng)
    ids = rng.sample(range(1000, 10000), len(arts))
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a, n in zip(arts, ids):
            aid = f"b{SET}-{n}"
            fa.write(json.dumps({"id": aid, "published": a["published"], "outlet": a["outlet"],
                                 "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": aid, "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
