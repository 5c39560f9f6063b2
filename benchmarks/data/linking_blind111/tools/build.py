"""Build articles.jsonl / groups.jsonl for blind linking set 111 from part files."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "111"

arts = []
for path in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    arts.extend(mod.ARTS)

rng = random.Random(111)
nums = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, nums):
    a["id"] = f"b{SET}-{n}"

# shuffle until no two adjacent lines share a group
while True:
    rng.shuffle(arts)
    if all(arts[i]["g"] != arts[i + 1]["g"] for i in range(len(arts) - 1)):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        fa.write(json.dumps({"id": a["id"], "published": a["p"], "outlet": a["o"],
                             "title": a["t"], "text": a["x"].strip()}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["g"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(arts)} articles")
