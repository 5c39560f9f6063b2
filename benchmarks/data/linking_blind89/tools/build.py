#!/usr/bin/env python3
"""Build articles.jsonl / groups.jsonl for blind linking set 89 from parts/*.txt.

Part format: records start with
  === group: <slug> | published: YYYY-MM-DD | outlet: <name>
  TITLE: <title>
  TEXT:
  <body until next === line>
"""
import glob, json, os, random, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
HDR = re.compile(r"^=== group: (\S+) \| published: (\d{4}-\d\d-\d\d) \| outlet: (.+)$")


def parse():
    recs = []
    for path in sorted(glob.glob(os.path.join(HERE, "parts", "part*.txt"))):
        cur = None
        for line in open(path, encoding="utf-8").read().split("\n"):
            m = HDR.match(line)
            if m:
                if cur:
                    recs.append(cur)
                cur = {"group": m.group(1), "published": m.group(2), "outlet": m.group(3).strip(), "title": None, "lines": [], "in_text": False}
                continue
            if cur is None:
                continue
            if cur["title"] is None and line.startswith("TITLE: "):
                cur["title"] = line[7:].strip()
            elif not cur["in_text"] and line.strip() == "TEXT:":
                cur["in_text"] = True
            elif cur["in_text"]:
                cur["lines"].append(line)
        if cur:
            recs.append(cur)
    for r in recs:
        r["text"] = "\n".join(r.pop("lines")).strip()
        r.pop("in_text")
    return recs


def order(recs, rng):
    for _ in range(10000):
        rng.shuffle(recs)
        if all(recs[i]["group"] != recs[i + 1]["group"] for i in range(len(recs) - 1)):
            return recs
    raise SystemExit("could not find an ordering without adjacent groups")


def main():
    rng = random.Random(8989)
    recs = parse()
    ids = rng.sample(range(1000, 10000), len(recs))
    for r, n in zip(recs, ids):
        r["id"] = f"b89-{n}"
    recs = order(recs, rng)
    with open(os.path.join(OUT, "articles.jsonl"), "w", encoding="utf-8") as fa, \
         open(os.path.join(OUT, "groups.jsonl"), "w", encoding="utf-8") as fg:
        for r in recs:
            fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": r["id"], "group": r["group"]}, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} articles")


if __name__ == "__main__":
    main()
