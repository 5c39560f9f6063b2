"""Build set 46: assign ids, shuffle (no two adjacent lines share a group), write jsonl files."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles_a import ARTICLES_A
from articles_b import ARTICLES_B
from articles_c import ARTICLES_C

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = 46

def main(seed=4646):
    rng = random.Random(seed)
    arts = ARTICLES_A + ARTICLES_B + ARTICLES_C
    used = set(); rows = []
    for slug, pub, outlet, title, text in arts:
        while True:
            n = rng.randint(0, 9999)
            if n not in used:
                used.add(n); break
        rows.append({"id": f"b{SET}-{n:04d}", "published": pub, "outlet": outlet,
                     "title": title, "text": text.strip(), "_group": slug})
    # shuffle until no adjacent pair shares a group
    for _ in range(10000):
        rng.shuffle(rows)
        if all(rows[i]["_group"] != rows[i+1]["_group"] for i in range(len(rows)-1)):
            break
    else:
        raise SystemExit("could not shuffle")
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in rows:
            g = r.pop("_group")
            fa.write(json.dumps(r, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": g}, ensure_ascii=False) + "\n")
    print("wrote", len(rows))

if __name__ == "__main__":
    main()
