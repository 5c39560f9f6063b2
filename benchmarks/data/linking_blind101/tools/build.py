"""Build articles.jsonl and groups.jsonl for blind linking set 101 from the part files."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

rows = []
for i in range(1, 14):
    rows += importlib.import_module(f"part{i:02d}").PART

rng = random.Random(101)
ids = rng.sample(range(1000, 10000), len(rows))
for r, n in zip(rows, ids):
    r["id"] = f"b101-{n}"

# shuffle until no two adjacent rows share a group
while True:
    rng.shuffle(rows)
    if all(a["group"] != b["group"] for a, b in zip(rows, rows[1:])):
        break

with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for r in rows:
        fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} articles")
