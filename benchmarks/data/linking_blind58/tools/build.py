"""Build articles.jsonl and groups.jsonl for blind set 58."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4, part5, part6  # noqa: F401 (parts register articles)
from part1 import A

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(5858)

ids = set()
for a in A:
    while True:
        i = "b58-%04d" % rng.randint(0, 9999)
        if i not in ids:
            ids.add(i); a["id"] = i; break

def arrange(items):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[k]["group"] != items[k + 1]["group"] for k in range(len(items) - 1)):
            return items
    raise SystemExit("could not arrange")

items = arrange(list(A))
with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for a in items:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print("wrote", len(items))
