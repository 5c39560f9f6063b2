"""Build articles.jsonl and groups.jsonl from part files: random ids, shuffle with no adjacent same group."""
import json, random, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ns = {}
for f in ["part1.py", "part1b.py", "part2.py", "part3.py", "fix.py"]:
    exec(open(os.path.join(HERE, f)).read(), ns)
A = ns["A"]
rng = random.Random(5959)
ids = rng.sample(range(1000, 10000), len(A))
for a, i in zip(A, ids):
    a["id"] = f"b59-{i}"
while True:
    rng.shuffle(A)
    if all(A[k]["group"] != A[k + 1]["group"] for k in range(len(A) - 1)):
        break
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in A:
        fa.write(json.dumps({k: a[k] for k in ["id", "published", "outlet", "title", "text"]}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print("wrote", len(A))
