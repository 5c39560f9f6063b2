"""Build articles.jsonl / groups.jsonl for blind set 70 from part files."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "70"

def load():
    arts = []
    for f in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
        m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
        arts.extend(m.ARTICLES)
    return arts

def order(arts, rng):
    # shuffle until no two adjacent articles share a group
    for _ in range(10000):
        rng.shuffle(arts)
        if all(arts[i]["group"] != arts[i + 1]["group"] for i in range(len(arts) - 1)):
            return arts
    raise SystemExit("could not find an order without adjacent groups")

def main():
    rng = random.Random(7070)
    arts = load()
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b{SET}-{n}"
    arts = order(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k].strip() if k == "text" else a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
