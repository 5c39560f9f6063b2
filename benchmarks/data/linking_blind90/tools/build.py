"""Build articles.jsonl / groups.jsonl for blind linking set 90 from parts/*.txt.

Part format: blocks starting with '@@@ARTICLE', header lines 'key: value'
(group, published, outlet, title), a '---' line, then the article text.
Ids are random 'b90-NNNN'; order is shuffled so no two adjacent lines share a group.
"""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse(path):
    arts = []
    for block in open(path, encoding="utf-8").read().split("@@@ARTICLE")[1:]:
        head, body = block.split("\n---\n", 1)
        meta = dict(l.split(": ", 1) for l in head.strip().splitlines())
        meta["text"] = body.strip()
        arts.append(meta)
    return arts


def main(seed=90):
    rng = random.Random(seed)
    arts = [a for p in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))) for a in parse(p)]
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b90-{n}"
    while True:
        rng.shuffle(arts)
        if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
            break
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
