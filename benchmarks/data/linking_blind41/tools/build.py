"""Build articles.jsonl and groups.jsonl for set 41 from tools/src_*.py."""
import json, random, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from src_a import A
from src_b import B
from src_c import C
from events import EVENTS
OUT = os.path.dirname(HERE)

arts = A + B + C
rng = random.Random(4141)
ids = set()
rows = []
for key, group, pub, outlet, title, text in arts:
    assert group in EVENTS, group
    while True:
        i = f"b41-{rng.randint(0, 9999):04d}"
        if i not in ids:
            ids.add(i); break
    rows.append({"key": key, "id": i, "published": pub, "outlet": outlet, "title": title,
                 "text": text.strip(), "group": group})

# shuffle so that no two adjacent lines share a group
for attempt in range(10000):
    rng.shuffle(rows)
    if all(rows[k]["group"] != rows[k + 1]["group"] for k in range(len(rows) - 1)):
        break
else:
    raise SystemExit("could not shuffle")

with open(os.path.join(OUT, "articles.jsonl"), "w") as fa, open(os.path.join(OUT, "groups.jsonl"), "w") as fg:
    for r in rows:
        fa.write(json.dumps({k: r[k] for k in ("id", "published", "outlet", "title", "text")}, ensure_ascii=False) + "\n")
        fg.write(json.dumps({"id": r["id"], "group": r["group"]}) + "\n")
with open(os.path.join(HERE, "keymap.json"), "w") as f:
    json.dump({r["key"]: r["id"] for r in rows}, f, indent=1)
print("wrote", len(rows))
