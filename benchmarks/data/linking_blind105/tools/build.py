"""Build articles.jsonl / groups.jsonl from parts/*.txt.
Part format: articles separated by a line '=====';
header lines 'group:', 'published:', 'outlet:', 'title:', then a blank line, then body text."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "105"

def parse(path):
    arts = []
    for chunk in open(path, encoding="utf-8").read().split("\n=====\n"):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        head, body = chunk.split("\n\n", 1)
        meta = dict(l.split(":", 1) for l in head.splitlines())
        meta = {k.strip(): v.strip() for k, v in meta.items()}
        arts.append({"group": meta["group"], "published": meta["published"],
                     "outlet": meta["outlet"], "title": meta["title"], "text": body.strip()})
    return arts

def main():
    rng = random.Random(105)
    arts = [a for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))) for a in parse(p)]
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, i in zip(arts, ids):
        a["id"] = f"b{SET}-{i}"
    for _ in range(10000):
        rng.shuffle(arts)
        if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
            break
    else:
        raise SystemExit("could not shuffle")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
