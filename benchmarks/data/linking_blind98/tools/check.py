"""Validate blind set 98."""
import json, os, re, sys, statistics
from collections import Counter
from datetime import date
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8")]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"bad keys {a.get('id')}")
    if not re.fullmatch(r"b98-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: errs.append(f"bad group slug {g}"); continue
    ev = date(*map(int, m.groups())); pub = date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']} published {pub} vs event {ev}")
for x, y in zip(ids, ids[1:]):
    if gmap[x] == gmap[y]: errs.append(f"adjacent same group {x} {y}")
c = Counter(gmap.values())
if len(c) != 13: errs.append(f"{len(c)} groups, expected 13")
for g, n in c.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n}")
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
for g, n in sorted(c.items()): print(f"{n}  {g}")
print("outlets:", len(set(a["outlet"] for a in arts)))
print(f"articles {len(arts)}  words min {min(wc)} median {statistics.median(wc)} max {max(wc)}  chars median {statistics.median(cc)}")
print("short (<250 words):", sum(w < 250 for w in wc))
print("ERRORS:" if errs else "OK", *errs, sep="\n")
sys.exit(1 if errs else 0)
