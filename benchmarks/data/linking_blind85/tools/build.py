"""Build linking_blind85: collect part files, assign random ids, shuffle so no two adjacent lines share a group."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

arts = []
for path in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    arts.extend(mod.ARTICLES)

rng = random.Random(8585)
ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids):
    a["id"] = f"b85-{n}"

def ok(seq):
    return all(seq[i]["group"] != seq[i + 1]["group"] for i in range(len(seq) - 1))

while True:
    rng.shuffle(arts)
    if ok(arts):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print("wrote", len(arts), "articles")
