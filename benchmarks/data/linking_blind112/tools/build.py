"""Build articles.jsonl and groups.jsonl for blind linking set 112 from parts/p*.py."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(112)

arts = []
for path in sorted(glob.glob(os.path.join(HERE, "parts", "p*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    arts.extend(mod.ARTICLES)

ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids):
    a["id"] = f"b112-{i}"

def ok(seq):
    return all(seq[k]["group"] != seq[k + 1]["group"] for k in range(len(seq) - 1))

while True:
    rng.shuffle(arts)
    if ok(arts):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
               "title": a["title"].strip(), "text": a["text"].strip()}
        fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print(f"wrote {len(arts)} articles")
