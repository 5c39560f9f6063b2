"""Validate linking_blind86 output."""
import datetime as dt, json, os, re, statistics, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "published", "outlet", "title", "text"]
errs = []

def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try: rows.append(json.loads(line))
            except Exception as e: errs.append(f"{name}:{i} invalid JSON: {e}")
    return rows

arts, groups = load("articles.jsonl"), load("groups.jsonl")
for a in arts:
    if list(a.keys()) != KEYS: errs.append(f"{a.get('id')}: keys {list(a.keys())}")
    if not re.fullmatch(r"b86-\d{4}", a.get("id", "")): errs.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in groups] != ids: errs.append("groups.jsonl ids/order differ from articles.jsonl")
gmap = {g["id"]: g["group"] for g in groups}
sizes = Counter(gmap.values())
if len(sizes) != 13: errs.append(f"{len(sizes)} groups, expected 13")
for g, n in sizes.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
    if not re.fullmatch(r"[a-z0-9_]+_\d{4}_\d{2}_\d{2}", g): errs.append(f"bad slug {g}")
for a in arts:
    g = gmap.get(a["id"])
    if g is None: errs.append(f"{a['id']} has no group"); continue
    ev = dt.date(*map(int, g[-10:].split("_")))
    pub = dt.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub}, event {ev}")
for i in range(1, len(ids)):
    if gmap[ids[i]] == gmap[ids[i - 1]]: errs.append(f"adjacent same group at lines {i},{i+1}")

wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
print(f"articles: {len(arts)}  groups: {len(sizes)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, n in sorted(sizes.items()): print(f"  {n}  {g}")
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)} total {sum(wc)}")
print(f"chars: min {min(cc)} median {statistics.median(cc)} max {max(cc)}")
for a, w in zip(arts, wc): print(f"  {a['id']}  {w:4d}w  {a['published']}  {a['outlet']}")
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
