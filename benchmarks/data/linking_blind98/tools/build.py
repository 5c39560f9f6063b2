"""Build articles.jsonl / groups.jsonl for blind set 98 from parts/*.txt.
Part format: entries start with a line '@@@ group|YYYY-MM-DD|Outlet', next line is the title,
the rest (until the next @@@) is the text."""
import glob, json, os, random
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rows = []
for fn in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
    for chunk in open(fn, encoding="utf-8").read().split("@@@ ")[1:]:
        head, rest = chunk.split("\n", 1)
        group, pub, outlet = [x.strip() for x in head.split("|")]
        title, text = rest.strip().split("\n", 1)
        rows.append({"group": group, "published": pub, "outlet": outlet,
                     "title": title.strip(), "text": text.strip()})
rng = random.Random(9898)
ids = rng.sample(range(1000, 10000), len(rows))
for r, i in zip(rows, ids):
    r["id"] = f"b98-{i}"
while True:
    rng.shuffle(rows)
    if all(a["group"] != b["group"] for a, b in zip(rows, rows[1:])):
        break
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for r in rows:
        fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": r["id"], "group": r["group"]}) + "\n")
print(len(rows), "articles written")
