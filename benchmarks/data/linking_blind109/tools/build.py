"""Build articles.jsonl / groups.jsonl for blind linking set 109 from part files."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(109)

arts = []
for p in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts.extend(m.A)

ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids):
    a["id"] = f"b109-{n}"

# shuffle until no two adjacent share a group
while True:
    rng.shuffle(arts)
    if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "outlet", "title", "text")}
        fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts), "articles")
