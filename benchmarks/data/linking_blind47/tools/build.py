"""Build articles.jsonl / groups.jsonl for linking_blind47 from part1-3."""
import json, random, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3
OUT = os.path.dirname(HERE)
arts = part1.ARTS + part2.ARTS + part3.ARTS
rng = random.Random(4747)
used = set()
for a in arts:
    while True:
        n = rng.randint(1000, 9999)
        if n not in used:
            used.add(n); break
    a["id"] = "b47-%04d" % n

def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i+1]["group"] for i in range(len(items)-1)):
            return items
    raise SystemExit("could not shuffle")

arts = shuffle_no_adjacent(arts, rng)
with open(os.path.join(OUT, "articles.jsonl"), "w") as f:
    for a in arts:
        f.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "groups.jsonl"), "w") as f:
    for a in arts:
        f.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts))
