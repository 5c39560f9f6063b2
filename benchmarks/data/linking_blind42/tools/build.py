"""Build articles.jsonl and groups.jsonl for linking_blind42 from the part files.

Assigns random unique ids b42-XXXX (fixed seed), shuffles so that no two adjacent
lines share a group, writes both files in the same order.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ns = {}
for part in ["articles_part1.py", "articles_part2.py", "articles_part3.py", "articles_part4.py"]:
    exec(open(os.path.join(HERE, part), encoding="utf-8").read(), ns)
arts = ns["ARTICLES"]

rng = random.Random(4242)
ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids):
    a["id"] = f"b42-{n:04d}"
    # normalise paragraphs: blank-line separated -> "\n\n"
    paras = [p.strip() for p in a["text"].split("\n\n") if p.strip()]
    a["text"] = "\n\n".join(" ".join(l.strip() for l in p.splitlines()) if not p.startswith(("- ", "Notes")) else p for p in paras)

def shuffle_no_adjacent(items, key, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(key(items[i]) != key(items[i + 1]) for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not shuffle")

arts = shuffle_no_adjacent(arts, lambda a: a["ev"], rng)
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        fa.write(json.dumps({"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                             "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["ev"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts))
