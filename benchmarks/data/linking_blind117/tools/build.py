"""Build articles.jsonl and groups.jsonl from part files: random ids, shuffle with no adjacent same-group lines."""
import json, random, glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rng = random.Random(117)
arts = []
for p in sorted(glob.glob(os.path.join(HERE, "part*.py")), key=lambda x: int(re.findall(r"\d+", os.path.basename(x))[0])):
    ns = {}; exec(open(p, encoding="utf-8").read(), ns); arts += ns["ARTICLES"]
ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids):
    a["id"] = f"b117-{i}"
while True:
    rng.shuffle(arts)
    if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
        break
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts))
