import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
arts = []
for p in ["part1.py", "part2.py", "part3.py", "part4.py"]:
    ns = {}; exec(open(os.path.join(HERE, p), encoding="utf-8").read(), ns); arts += ns["A"]
rng = random.Random(94)
ids = rng.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids): a["id"] = f"b94-{i}"
while True:
    rng.shuffle(arts)
    if all(arts[k]["g"] != arts[k+1]["g"] for k in range(len(arts)-1)): break
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        fa.write(json.dumps({"id": a["id"], "published": a["pub"], "outlet": a["outlet"], "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["g"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts))
