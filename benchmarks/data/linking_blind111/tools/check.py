"""Validate blind linking set 111."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]

keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys:
        errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b111-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not cover articles in the same order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errs.append(f"{a['id']}: bad group slug {g!r}")
        continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errs.append(f"{a['id']}: published {pub} vs event {ev}")
for i in range(len(grps) - 1):
    if grps[i]["group"] == grps[i + 1]["group"]:
        errs.append(f"adjacent lines {i+1},{i+2} share group")
cnt = collections.Counter(g["group"] for g in grps)
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")

words = [len(a["text"].split()) for a in arts]
chars = [len(a["text"]) for a in arts]
for g, n in sorted(cnt.items()):
    print(f"{n}  {g}")
print(f"articles {len(arts)}, outlets {len(set(a['outlet'] for a in arts))}")
print(f"words: min {min(words)} median {statistics.median(words)} max {max(words)}; "
      f"chars median {statistics.median(chars)}")
for a, w in zip(arts, words):
    print(f"  {a['id']} {w:4d}w  {a['outlet']}")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
