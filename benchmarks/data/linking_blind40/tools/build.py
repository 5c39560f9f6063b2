"""Build articles.jsonl and groups.jsonl for set 40 from the hand-written article modules.
Assigns random unique ids (b40-XXXX), shuffles so that no two adjacent lines share a group."""
import json, random, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import arts_a, arts_b, arts_c
arts = arts_a.ARTS + arts_b.ARTS + arts_c.ARTS
rng = random.Random(4040)
ids = set()
for a in arts:
    while True:
        i = "b40-%04d" % rng.randint(0, 9999)
        if i not in ids:
            ids.add(i); a["id"] = i; break
# shuffle until no adjacent duplicates
for _ in range(10000):
    rng.shuffle(arts)
    if all(arts[k]["slug"] != arts[k+1]["slug"] for k in range(len(arts)-1)):
        break
else:
    raise SystemExit("could not shuffle")
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps({"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                            "title": a["title"], "text": a["text"]}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as f:
    for a in arts:
        f.write(json.dumps({"id": a["id"], "group": a["slug"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts), "articles")
