"""Validate set 44: ids unique, all in groups, JSON valid, dates 0-2 days after event, no adjacent same group, sizes."""
import json, os, re, datetime, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
groups = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
assert all(re.fullmatch(r"b44-\d{4}", i) for i in ids)
gmap = {g["id"]: g["group"] for g in groups}
assert set(gmap) == set(ids), "groups/articles mismatch"
assert [g["id"] for g in groups] == ids, "groups order differs"
for a in arts:
    for k in ("id", "published", "outlet", "title", "text"):
        assert isinstance(a.get(k), str) and a[k], (a["id"], k)
for i in range(len(ids) - 1):
    assert gmap[ids[i]] != gmap[ids[i+1]], ("adjacent same group", ids[i])
cnt = collections.Counter(gmap.values())
for a in arts:
    g = gmap[a["id"]]
    ev = datetime.date(*map(int, g[-10:].split("_")))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    assert 0 <= d <= 2, (a["id"], g, d)
print("articles:", len(arts), "groups:", len(cnt), "outlets:", len({a['outlet'] for a in arts}))
for g, c in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    assert 2 <= c <= 4, g
    print(f"  {g}: {c}")
wc = sorted((len(a["text"].split()), a["outlet"], gmap[a["id"]]) for a in arts)
print("word counts:", [w for w, _, _ in wc])
print("outlets:", collections.Counter(a["outlet"] for a in arts))
print("OK")
