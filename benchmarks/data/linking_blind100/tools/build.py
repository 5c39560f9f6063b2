"""Build linking_blind100 from part files: assign random ids, shuffle so no two adjacent lines share a group."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
def parse(path):
    arts = []
    for block in open(path, encoding="utf-8").read().split("@@@ ")[1:]:
        head, rest = block.split("\n", 1)
        group, date, outlet = [x.strip() for x in head.split("|")]
        title_line, body = rest.split("\n", 1)
        assert title_line.startswith("TITLE: ")
        arts.append(dict(group=group, published=date, outlet=outlet, title=title_line[7:].strip(), text=body.strip()))
    return arts
arts = [a for p in sorted(glob.glob(os.path.join(HERE, "parts", "p*.txt"))) for a in parse(p)]
rng = random.Random(100)
ids = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, ids): a["id"] = f"b100-{n}"
while True:
    rng.shuffle(arts)
    if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)): break
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
print("wrote", len(arts), "articles")
