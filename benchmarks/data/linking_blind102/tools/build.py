"""Build articles.jsonl / groups.jsonl from parts/p*.py: random ids, shuffle with no adjacent group repeats."""
import glob, importlib.util, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rng = random.Random(102)
arts = []
for f in sorted(glob.glob(os.path.join(HERE, "parts", "p*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.ARTICLES
ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids):
    a["id"] = f"b102-{n}"
while True:
    rng.shuffle(arts)
    if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
        break
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k].strip() if k == "text" else a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print("wrote", len(arts), "articles")
