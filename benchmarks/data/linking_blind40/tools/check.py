"""Validate set 40: JSON valid, ids unique, every article grouped, dates 0-2 days after event
(event date = last 10 chars of slug), no adjacent lines sharing a group, size/shape stats."""
import json, os, datetime, collections
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
ok = True
def fail(m):
    global ok; ok = False; print("FAIL:", m)
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): fail("duplicate ids")
for a in arts:
    if not a["id"].startswith("b40-") or len(a["id"]) != 8: fail("bad id " + a["id"])
    for k in ("id", "published", "outlet", "title", "text"):
        if not a.get(k): fail("missing %s in %s" % (k, a["id"]))
gmap = {g["id"]: g["group"] for g in grps}
if set(gmap) != set(ids) or len(grps) != len(arts): fail("groups/articles id mismatch")
order = [g["id"] for g in grps]
if order != ids: fail("groups.jsonl order differs from articles.jsonl")
for a in arts:
    slug = gmap[a["id"]]
    ev = datetime.date.fromisoformat(slug[-10:].replace("_", "-"))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2: fail("%s published %s, event %s" % (a["id"], pub, ev))
for k in range(len(ids) - 1):
    if gmap[ids[k]] == gmap[ids[k+1]]: fail("adjacent same group at line %d" % (k+1))
cnt = collections.Counter(gmap.values())
print("events:", len(cnt))
for g, c in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print("  %d  %s" % (c, g))
print("outlets:", collections.Counter(a["outlet"] for a in arts))
wc = sorted((len(a["text"].split()), a["id"], a["outlet"]) for a in arts)
print("word counts:", [w for w, _, _ in wc])
print("OK" if ok else "NOT OK")
