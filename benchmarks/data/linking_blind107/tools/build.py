#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl from parts/*.txt (blind set 107)."""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "107"

def parse(path):
    recs = []
    for chunk in open(path, encoding="utf-8").read().split("@@@ ")[1:]:
        head, _, rest = chunk.partition("\n")
        meta = dict(kv.strip().split("=", 1) for kv in head.split("|"))
        title_line, _, body = rest.partition("\n")
        assert title_line.startswith("# "), (path, head)
        recs.append({"group": meta["group"].strip(), "published": meta["published"].strip(),
                     "outlet": meta["outlet"].strip(), "title": title_line[2:].strip(),
                     "text": body.strip()})
    return recs

def main(seed=107):
    rng = random.Random(seed)
    recs = [r for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))) for r in parse(p)]
    ids = rng.sample(range(1000, 10000), len(recs))
    for r, i in zip(recs, ids):
        r["id"] = f"b{SET}-{i}"
    for _ in range(10000):
        rng.shuffle(recs)
        if all(a["group"] != b["group"] for a, b in zip(recs, recs[1:])):
            break
    else:
        raise SystemExit("could not shuffle")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} articles")

if __name__ == "__main__":
    main()
