"""Build articles.jsonl / groups.jsonl for blind set 96 from parts/*.txt."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
def parse(path):
    recs = []
    for chunk in open(path, encoding="utf-8").read().split("\n=====\n"):
        head, body = chunk.strip().split("\n---\n", 1)
        meta = dict(l.split(": ", 1) for l in head.splitlines())
        recs.append({"group": meta["group"], "published": meta["published"], "outlet": meta["outlet"],
                     "title": meta["title"], "text": body.strip()})
    return recs
def main(seed=96):
    rng = random.Random(seed)
    recs = [r for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))) for r in parse(p)]
    ids = rng.sample(range(1000, 10000), len(recs))
    for r, i in zip(recs, ids): r["id"] = f"b96-{i}"
    while True:
        rng.shuffle(recs)
        if all(a["group"] != b["group"] for a, b in zip(recs, recs[1:])): break
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}) + "\n")
    print(len(recs), "articles written")
if __name__ == "__main__": main()
