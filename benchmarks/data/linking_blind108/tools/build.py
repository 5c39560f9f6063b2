"""Build articles.jsonl / groups.jsonl for blind set 108 from parts/*.txt.

Part format: blocks starting with a header line
=== <group_slug> | <YYYY-MM-DD> | <outlet>
TITLE: <title>
<text lines ...>
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def parse():
    arts = []
    for fn in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
        raw = open(fn, encoding="utf-8").read()
        for block in re.split(r"^=== ", raw, flags=re.M)[1:]:
            head, _, rest = block.partition("\n")
            group, pub, outlet = [x.strip() for x in head.split("|")]
            title_line, _, body = rest.partition("\n")
            assert title_line.startswith("TITLE: "), (fn, head)
            arts.append({"group": group, "published": pub, "outlet": outlet,
                         "title": title_line[7:].strip(), "text": body.strip()})
    return arts


def main(seed=108):
    rng = random.Random(seed)
    arts = parse()
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = "b108-%04d" % n
    while True:
        rng.shuffle(arts)
        if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
            break
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
    print("wrote", len(arts), "articles")


if __name__ == "__main__":
    main()
