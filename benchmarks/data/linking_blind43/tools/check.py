"""Validate blind set 43: ids unique, groups complete, JSON valid, dates 0-2 days
after each event (event date parsed from the slug), no adjacent lines sharing a group,
2-4 articles per group, word counts."""
import json, os, re, datetime, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
ok = True
def fail(msg):
    global ok
    ok = False
    print("FAIL:", msg)

ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): fail("duplicate ids")
for a in arts:
    if not re.fullmatch(r"b43-\d{4}", a["id"]): fail("bad id " + a["id"])
    for k in ("id", "published", "outlet", "title", "text"):
        if not a.get(k): fail("missing %s in %s" % (k, a["id"]))
gmap = {g["id"]: g["group"] for g in grps}
if set(gmap) != set(ids): fail("groups/articles id mismatch")
if [g["id"] for g in grps] != ids: fail("groups order differs from articles order")
for a in arts:
    g = gmap[a["id"]]
    m = re.search(r"(\d{4})_(\d{2})_(\d{2})$", g)
    ev = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2: fail("%s published %s, %d days after event %s" % (a["id"], pub, d, g))
for i in range(len(ids) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]: fail("adjacent same group at line %d" % (i + 1))
cnt = collections.Counter(gmap.values())
for g, c in sorted(cnt.items()):
    if not 2 <= c <= 4: fail("group %s has %d articles" % (g, c))
    print("%-55s %d" % (g, c))
print("articles:", len(arts), "groups:", len(cnt), "outlets:", len(set(a["outlet"] for a in arts)))
wc = sorted((len(a["text"].split()), a["id"], a["outlet"]) for a in arts)
print("word counts min/median/max:", wc[0][0], wc[len(wc)//2][0], wc[-1][0])
for w, i, o in wc:
    if w < 150: print("  short:", i, o, w)
print("OK" if ok else "ERRORS")
