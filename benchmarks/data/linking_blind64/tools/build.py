#!/usr/bin/env python3
"""Build articles.jsonl and groups.jsonl for blind linking set 64 from tools/parts/*.py.

Assigns random ids of the form b64-NNNN and shuffles the articles so that no two
adjacent lines share a group. Deterministic (fixed seed)."""
import importlib.util, json, pathlib, random

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent
SET = "64"
SEED = 640211

def load_parts():
    arts = []
    for p in sorted((HERE / "parts").glob("part*.py")):
        spec = importlib.util.spec_from_file_location(p.stem, p)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    return arts

def shuffle_no_adjacent(items, rng):
    for _ in range(10000):
        rng.shuffle(items)
        if all(items[i]["group"] != items[i + 1]["group"] for i in range(len(items) - 1)):
            return items
    raise SystemExit("could not find a shuffle without adjacent groups")

def main():
    rng = random.Random(SEED)
    arts = load_parts()
    nums = rng.sample(range(1000, 10000), len(arts))
    for a, n in zip(arts, nums):
        a["id"] = f"b{SET}-{n}"
        a["text"] = a["text"].strip() + "\n"
    arts = shuffle_no_adjacent(arts, rng)
    with open(OUT / "articles.jsonl", "w", encoding="utf-8") as fa, \
         open(OUT / "groups.jsonl", "w", encoding="utf-8") as fg:
        for a in arts:
            rec = {"id": a["id"], "published": a["published"], "outlet": a["outlet"],
                   "title": a["title"], "text": a["text"]}
            fa.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": a["id"], "group": a["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(arts)} articles to {OUT}")

if __name__ == "__main__":
    main()
