"""Build articles.jsonl / groups.jsonl for blind linking set 91 from the part files."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load_parts():
    arts = []
    for p in sorted(glob.glob(os.path.join(HERE, "parts", "part*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(p)[:-3], p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts

def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["g"] != items[i + 1]["g"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not shuffle without adjacent groups")

def main():
    rng = random.Random(9191)
    arts = shuffle_no_adjacent(load_parts(), rng)
    used = set()
    with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
        for a in arts:
            while True:
                aid = "b91-%04d" % rng.randint(0, 9999)
                if aid not in used:
                    used.add(aid)
                    break
            rec = {"id": aid, "published": a["d"], "outlet": a["o"], "title": a["t"], "text": a["x"].strip()}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": aid, "group": a["g"]}) + "\n")
    print("wrote", len(arts), "articles")

if __name__ == "__main__":
    main()
