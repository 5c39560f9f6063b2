#!/usr/bin/env python3
"""Build linking_blind68: parse part files, assign random ids, shuffle (no adjacent same group)."""
import json, random, re, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
HDR = re.compile(r"^=== group: (\S+) \| published: (\S+) \| outlet: (.+)$")

def parse(path):
    arts, cur = [], None
    for line in open(path, encoding="utf-8").read().split("\n"):
        m = HDR.match(line)
        if m:
            if cur: arts.append(cur)
            cur = {"group": m[1], "published": m[2], "outlet": m[3].strip(), "lines": []}
        elif cur is not None:
            cur["lines"].append(line)
    if cur: arts.append(cur)
    res = []
    for a in arts:
        body = "\n".join(a["lines"]).strip("\n")
        assert body.startswith("TITLE: "), a["group"]
        title, rest = body.split("\n", 1)
        assert rest.startswith("TEXT:\n"), title
        res.append({"group": a["group"], "published": a["published"], "outlet": a["outlet"],
                    "title": title[len("TITLE: "):].strip(), "text": rest[len("TEXT:\n"):].strip()})
    return res

def main():
    rng = random.Random(6868)
    arts = [a for p in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))) for a in parse(p)]
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = f"b68-{n}"
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
