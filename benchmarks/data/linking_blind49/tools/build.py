"""Build articles.jsonl and groups.jsonl for blind set 49 from part1-3.py.
Assigns random unique ids b49-XXXX and shuffles so no two adjacent lines share a group."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import part1, part2, part3
rows = part1.A + part2.A + part3.A
rng = random.Random(4949)
ids = rng.sample(range(1000, 10000), len(rows))
arts = []
for (g, pub, outlet, title, text), n in zip(rows, ids):
    arts.append({"id": f"b49-{n:04d}", "published": pub, "outlet": outlet,
                 "title": title, "text": text.strip(), "_group": g})
# shuffle until no adjacent same-group
for _ in range(10000):
    rng.shuffle(arts)
    if all(arts[i]["_group"] != arts[i+1]["_group"] for i in range(len(arts)-1)):
        break
else:
    raise SystemExit("could not shuffle")
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        g = a.pop("_group")
        fa.write(json.dumps(a, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": g}, ensure_ascii=False) + "\n")
print("wrote", len(arts))
