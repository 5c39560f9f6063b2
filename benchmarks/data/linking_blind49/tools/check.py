"""Validate set 49: JSON, unique ids, group coverage, dates 0-2 days after event, adjacency, sizes."""
import json, os, datetime, collections, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "dup ids"
assert all(re.fullmatch(r"b49-\d{4}", i) for i in ids)
gmap = {g["id"]: g["group"] for g in grps}
assert set(gmap) == set(ids) and len(grps) == len(arts), "group coverage"
for a in arts:
    assert set(a) == {"id", "published", "outlet", "title", "text"}
    g = gmap[a["id"]]
    ev = datetime.date(*map(int, g.split("_")[-3:]))
    pub = datetime.date.fromisoformat(a["published"])
    assert 0 <= (pub - ev).days <= 2, (a["id"], g, a["published"])
for i in range(len(grps) - 1):
    assert grps[i]["group"] != grps[i+1]["group"], "adjacent same group in groups.jsonl"
    assert gmap[arts[i]["id"]] != gmap[arts[i+1]["id"]], "adjacent same group in articles.jsonl"
assert [a["id"] for a in arts] == [g["id"] for g in grps]
c = collections.Counter(gmap.values())
assert len(c) == 13 and all(2 <= v <= 4 for v in c.values()), c
for g, v in sorted(c.items()): print(v, g)
outs = collections.Counter(a["outlet"] for a in arts)
print(len(outs), "outlets:", dict(outs))
wc = sorted((len(a["text"].split()), a["id"], a["outlet"]) for a in arts)
print("word counts:", [w for w, _, _ in wc])
print("OK", len(arts), "articles")
