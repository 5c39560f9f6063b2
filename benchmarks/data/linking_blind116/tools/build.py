"""Build articles.jsonl and groups.jsonl from part files: random ids, shuffle with no adjacent same-group lines."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import part_a, part_b, part_c, part_d, part_e
arts = [dict(a) for m in (part_a, part_b, part_c, part_d, part_e) for a in m.ARTICLES]
rng = random.Random(116)
ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids):
    a["id"] = f"b116-{i}"
while True:
    rng.shuffle(arts)
    if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
        break
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(arts)} articles")
