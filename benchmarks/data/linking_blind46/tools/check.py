"""Validate set 46 output."""
import json, os, re, datetime, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
assert all(re.fullmatch(r"b46-\d{4}", i) for i in ids)
gmap = {g["id"]: g["group"] for g in grps}
assert set(gmap) == set(ids) and len(grps) == len(arts), "groups mismatch"
for a in arts:
    assert set(a) == {"id", "published", "outlet", "title", "text"}
    datetime.date.fromisoformat(a["published"])
# event date from slug suffix
errs = 0
for a in arts:
    g = gmap[a["id"]]
    ev = datetime.date(*map(int, g.split("_")[-3:]))
    lag = (datetime.date.fromisoformat(a["published"]) - ev).days
    if not 0 <= lag <= 2:
        print("LAG", a["id"], g, lag); errs += 1
for x, y in zip(ids, ids[1:]):
    if gmap[x] == gmap[y]:
        print("ADJ", x, y); errs += 1
cnt = collections.Counter(gmap.values())
print("groups:", len(cnt)); [print(f"  {k}: {v}") for k, v in sorted(cnt.items())]
print("outlets:", collections.Counter(a["outlet"] for a in arts))
wc = sorted((len(a["text"].split()), a["id"], a["outlet"]) for a in arts)
print("word counts:", [w for w, _, _ in wc])
assert errs == 0
print("OK", len(arts), "articles")
