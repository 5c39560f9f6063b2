"""Build linking_blind74: load part files, assign random ids, shuffle so no two
adjacent lines share a group, write articles.jsonl and groups.jsonl."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
rng = random.Random(7474)

arts = []
for path in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
    arts.extend(mod.ARTICLES)

nums = rng.sample(range(1000, 10000), len(arts))
for a, n in zip(arts, nums):
    a["id"] = f"b74-{n}"

def shuffle_no_adjacent(items):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not shuffle without adjacent groups")

arts = shuffle_no_adjacent(arts)
with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
     open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "outlet", "title", "text")}
        fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(arts)} articles")
