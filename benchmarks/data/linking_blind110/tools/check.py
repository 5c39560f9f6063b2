"""Validate the blind set: JSON, keys, unique ids, groups, dates, adjacency, group sizes; print word counts."""
import json, os, re, datetime, collections, statistics
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"))]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append("bad keys %s" % a.get("id"))
    if not re.fullmatch(r"b110-\d{4}", a["id"]): errs.append("bad id %s" % a["id"])
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m: errs.append("bad group slug %s" % g); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append("date gap %s %s %s" % (a["id"], g, a["published"]))
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]: errs.append("adjacent same group at line %d" % (k + 1))
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: errs.append("expected 13 groups, got %d" % len(cnt))
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append("group %s has %d articles" % (g, n))
wc = [len(a["text"].split()) for a in arts]
cc = [len(a["text"]) for a in arts]
for a, w in zip(arts, wc):
    print("%-10s %4d words  %-28s %s" % (a["id"], w, a["outlet"], a["title"][:60]))
print("\ngroups:")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print("  %d  %s" % (n, g))
print("\narticles %d, outlets %d, words min %d median %d max %d, median chars %d"
      % (len(arts), len(set(a["outlet"] for a in arts)), min(wc), statistics.median(wc), max(wc), statistics.median(cc)))
print("ERRORS:" if errs else "OK: no errors")
for e in errs: print("  " + e)
