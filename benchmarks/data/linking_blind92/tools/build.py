import glob, importlib.util, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
rng = random.Random(92)
arts = []
for p in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
    spec = importlib.util.spec_from_file_location("p", p); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    arts += m.ARTICLES
ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids): a["id"] = f"b92-{i}"
while True:
    rng.shuffle(arts)
    if all(arts[k]["group"] != arts[k+1]["group"] for k in range(len(arts)-1)): break
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print("wrote", len(arts))
