"""Build articles.jsonl and groups.jsonl for blind linking set 84 from the part files."""
import importlib.util, json, random, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "84"


def load_parts():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "part*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts


def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not find an ordering without adjacent groups")


def main():
    rng = random.Random(8484)
    arts = load_parts()
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = f"b{SET}-{n}"
    arts = shuffle_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {k: a[k].strip() if k == "text" else a[k] for k in ("id", "published", "outlet", "title", "text")}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")


if __name__ == "__main__":
    main()
