"""Build articles.jsonl / groups.jsonl for blind set 103 from parts/part*.py."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(103)

arts = []
for path in sorted(glob.glob(os.path.join(HERE, "parts", "part*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    arts.extend(mod.ARTICLES)

ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids):
    a["id"] = f"b103-{n}"
    a["text"] = a["text"].strip() + "\n"

# shuffle until no two adjacent share a group
while True:
    rng.shuffle(arts)
    if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(arts)} articles")
