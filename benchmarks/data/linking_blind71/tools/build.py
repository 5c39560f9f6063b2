"""Build articles.jsonl and groups.jsonl for blind linking set 71 from parts/*.txt.

Part format: each article starts with a header line
  @@@ group=<slug> | published=YYYY-MM-DD | outlet=<name>
followed by 'TITLE: <title>' and the body text.
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "71"

def parse():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))):
        chunks = re.split(r"^@@@ ", open(path, encoding="utf-8").read(), flags=re.M)
        for ch in chunks:
            if not ch.strip():
                continue
            header, _, rest = ch.partition("\n")
            meta = dict(kv.strip().split("=", 1) for kv in header.split("|"))
            title_line, _, body = rest.partition("\n")
            assert title_line.startswith("TITLE: "), (path, title_line)
            arts.append({"group": meta["group"], "published": meta["published"],
                         "outlet": meta["outlet"], "title": title_line[7:].strip(),
                         "text": body.strip()})
    return arts

def order(arts, rng):
    for _ in range(10000):
        rng.shuffle(arts)
        if all(a["group"] != b["group"] for a, b in zip(arts, arts[1:])):
            return arts
    raise SystemExit("could not shuffle without adjacent groups")

def main():
    rng = random.Random(7123)
    arts = order(parse(), rng)
    nums = rng.sample(range(1000, 10000), len(arts))
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a, n in zip(arts, nums):
            aid = f"b{SET}-{n}"
            fa.write(json.dumps({"id": aid, "published": a["published"], "outlet": a["outlet"],
                                 "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": aid, "group": a["group"]}) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
