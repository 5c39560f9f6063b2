"""Build articles.jsonl / groups.jsonl for blind linking set 80 from part files."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

arts = []
for n in range(1, 12):
    arts += importlib.import_module(f"part{n:02d}").ARTICLES

rng = random.Random(80)
ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids):
    a["id"] = f"b80-{i}"

# shuffle until no two adjacent lines share a group
while True:
    rng.shuffle(arts)
    if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
               "title": a["title"], "text": a["text"].strip()}
        fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(arts)} articles")
