"""Build articles.jsonl and groups.jsonl for blind linking set 88 from the part files."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)


def load_parts():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "part*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts


def order_no_adjacent(arts, rng):
    for _ in range(10000):
        rng.shuffle(arts)
        if all(a["group"] != b["group"] for a, b in zip(arts, arts[1:])):
            return arts
    raise SystemExit("could not find an order without adjacent groups")


def main():
    rng = random.Random(88088)
    arts = load_parts()
    ids = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, ids):
        a["id"] = "b88-%04d" % n
        a["text"] = a["text"].strip("\n")
    arts = order_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            fa.write(json.dumps({k: a[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print("wrote %d articles" % len(arts))


if __name__ == "__main__":
    main()
