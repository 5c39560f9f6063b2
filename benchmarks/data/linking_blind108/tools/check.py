"""Validate blind set 108."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8") if l.strip()]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8") if l.strip()]
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append("bad keys %s" % a.get("id"))
    if not re.fullmatch(r"b108-\d{4}", a["id"]):
        errs.append("bad id %s" % a["id"])
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not cover articles in order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errs.append("bad group slug %s" % g); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errs.append("%s published %s vs event %s" % (a["id"], pub, ev))
for i in range(len(arts) - 1):
    if gmap[arts[i]["id"]] == gmap[arts[i + 1]["id"]]:
        errs.append("adjacent same group at line %d" % (i + 1))
cnt = collections.Counter(gmap.values())
if len(cnt) != 13:
    errs.append("expected 13 groups, got %d" % len(cnt))
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append("group %s has %d articles" % (g, n))
wc = [len(a["text"].split()) for a in arts]
chars = [len(a["text"]) for a in arts]
for g, n in sorted(cnt.items()):
    print("%-55s %d" % (g, n))
print("articles:", len(arts), "outlets:", len({a["outlet"] for a in arts}))
print("words: min %d median %d max %d total %d" % (min(wc), statistics.median(wc), max(wc), sum(wc)))
print("chars median:", statistics.median(chars))
for a, w in zip(arts, wc):
    print("  %s %s %4d  %s" % (a["id"], a["published"], w, a["title"][:70]))
print("ERRORS:" if errs else "OK: no errors", *errs, sep="\n")
sys.exit(1 if errs else 0)
