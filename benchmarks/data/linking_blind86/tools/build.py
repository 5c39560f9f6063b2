"""Build articles.jsonl / groups.jsonl for linking_blind86 from the part files."""
import glob, importlib.util, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "86"

def load_parts():
    arts = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "p*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts

def order_no_adjacent(arts, rng):
    # greedy: repeatedly pick a random article whose group differs from the last, favouring big groups
    for _ in range(1000):
        pool = arts[:]; rng.shuffle(pool); out = []
        while pool:
            last = out[-1]["group"] if out else None
            counts = {}
            for a in pool: counts[a["group"]] = counts.get(a["group"], 0) + 1
            cands = [a for a in pool if a["group"] != last]
            if not cands: break
            top = max(counts[a["group"]] for a in cands)
            # avoid dead ends: if one group holds more than half the remainder, take it
            if top * 2 > len(pool): cands = [a for a in cands if counts[a["group"]] == top]
            pick = rng.choice(cands); pool.remove(pick); out.append(pick)
        if len(out) == len(arts): return out
    raise RuntimeError("could not order")

def main():
    rng = random.Random()
    arts = load_parts()
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums): a["id"] = f"b{SET}-{n}"
    arts = order_no_adjacent(arts, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                   "title": a["title"], "text": a["text"].strip() + "\n"}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles")

if __name__ == "__main__":
    main()
