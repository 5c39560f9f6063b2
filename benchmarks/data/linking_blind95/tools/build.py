import json, random, os, sys, importlib.util
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
arts = []
for i in range(1, 5):
    spec = importlib.util.spec_from_file_location(f"part{i}", os.path.join(HERE, f"part{i}.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m); arts += m.ARTICLES
from background import BG
import sys; sys.path.insert(0, HERE)
SKIP = {"Tripoli Free Voice", "EastMed PR Newswire", "RusVesti International", "MedWatch Daily Briefing", "Gündem Son Dakika"}
for a in arts:  # wires and longer pieces carry dated background, reused across stories of the same period
    paras = BG.get(a["published"][:7], [])
    if a["outlet"] in SKIP or not paras or len(a["text"].split()) > 400: continue
    ps = a["text"].strip().split("\n\n"); k = min(4, len(ps) - 1)
    extra = paras if a["outlet"] in ("Meridian Press Agency", "Athens Chronicle English", "Aegean Security Monitor") else paras[:1]
    if a["outlet"] == "Arab Horizon News": extra = ["It is worth mentioning that " + extra[0]]
    a["text"] = "\n\n".join(ps[:k] + extra + ps[k:])
rng = random.Random(95)
ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids): a["id"] = f"b95-{n}"
while True:
    rng.shuffle(arts)
    if all(arts[i]["group"] != arts[i+1]["group"] for i in range(len(arts)-1)): break
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in arts:
        fa.write(json.dumps({k: (a[k].strip() if k == "text" else a[k]) for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print("wrote", len(arts))
