"""Validate blind set 58."""
import json, os, re, sys, datetime, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"))]
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append("bad keys %s" % a.get("id"))
    if not re.fullmatch(r"b58-\d{4}", a["id"]):
        errs.append("bad id %s" % a["id"])
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order/coverage")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", g or "")
    if not m or not re.fullmatch(r"[a-z0-9_]+", g):
        errs.append("bad group slug %s" % g); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errs.append("%s published %s vs event %s" % (a["id"], pub, ev))
for k in range(len(grps) - 1):
    if grps[k]["group"] == grps[k + 1]["group"]:
        errs.append("adjacent same group at line %d" % (k + 1))
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: errs.append("expected 13 groups, got %d" % len(cnt))
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append("group %s has %d" % (g, n))
if len(arts) != 39: errs.append("expected 39 articles, got %d" % len(arts))
print("groups:")
for g in sorted(cnt, key=lambda x: x[-10:]):
    print("  %-55s %d" % (g, cnt[g]))
chars = sorted(len(a["text"]) for a in arts)
words = [len(a["text"].split()) for a in arts]
print("articles:", len(arts), "| words min/median/max:", min(words), sorted(words)[len(words)//2], max(words))
print("chars min/median/max:", chars[0], chars[len(chars)//2], chars[-1])
bins = collections.Counter("<1500" if c < 1500 else "1500-2499" if c < 2500 else "2500-5000" if c <= 5000 else ">5000" for c in chars)
print("char bins:", dict(bins))
for a in arts:
    print("  %s %s %-28s %5d chars %4d words  %s" % (a["id"], a["published"], a["outlet"], len(a["text"]), len(a["text"].split()), gmap[a["id"]]))
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs: print("  -", e)
sys.exit(1 if errs else 0)
