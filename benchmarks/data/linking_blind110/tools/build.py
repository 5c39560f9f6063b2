"""Build articles.jsonl / groups.jsonl from the part files: random ids, shuffle with no adjacent group repeats."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(110)
arts = part1.A + part2.A + part3.A + part4.A + part5.A

ids = set()
for a in arts:
    while True:
        i = "b110-%04d" % rng.randrange(10000)
        if i not in ids:
            ids.add(i); a["id"] = i; break

for _ in range(10000):
    rng.shuffle(arts)
    if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
        break
else:
    raise SystemExit("could not shuffle")

with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts), "articles")
