"""Build articles.jsonl and groups.jsonl from parts/*.py (random ids, shuffled, no adjacent same group)."""
import glob, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "115"

arts = []
for f in sorted(glob.glob(os.path.join(HERE, "parts", "part*.py"))):
    ns = {}
    exec(open(f, encoding="utf-8").read(), ns)
    arts.extend(ns["ARTICLES"])

# insert extra background paragraphs before their anchor paragraph
for f in sorted(glob.glob(os.path.join(HERE, "parts", "extras_*.py"))):
    ns = {}
    exec(open(f, encoding="utf-8").read(), ns)
    for gpref, outlet, anchor, para in ns["EXTRAS"]:
        hits = [a for a in arts if a["group"].startswith(gpref) and a["outlet"] == outlet]
        assert len(hits) == 1 and hits[0]["text"].count(anchor) == 1, (gpref, outlet, anchor)
        a = hits[0]
        a["text"] = a["text"].replace(anchor, para.rstrip("\n") + "\n\n" + anchor, 1)

rng = random.Random(115_2011)
ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids):
    a["id"] = f"b{SET}-{n}"

while True:
    rng.shuffle(arts)
    if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        rec = {k: (a[k].strip() if k == "text" else a[k]) for k in ("id", "published", "outlet", "title", "text")}
        fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(arts)} articles")
