"""Build articles.jsonl / groups.jsonl from parts/*.txt.
Part format: blocks start with '=== group | published | outlet', next line 'TITLE: ...', rest is text."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
random.seed(106106)
arts = []
for fn in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
    for blk in open(fn, encoding="utf-8").read().split("=== ")[1:]:
        head, rest = blk.split("\n", 1)
        group, pub, outlet = [x.strip() for x in head.split("|")]
        title_line, text = rest.split("\n", 1)
        assert title_line.startswith("TITLE: "), title_line
        arts.append(dict(group=group, published=pub, outlet=outlet, title=title_line[7:].strip(), text=text.strip()))
ids = random.sample(range(1000, 10000), len(arts))
for a, i in zip(arts, ids): a["id"] = f"b106-{i}"
while True:  # shuffle until no two adjacent share a group
    random.shuffle(arts)
    if all(arts[k]["group"] != arts[k + 1]["group"] for k in range(len(arts) - 1)): break
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print("wrote", len(arts), "articles")
