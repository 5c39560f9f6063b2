#!/usr/bin/env python3
"""Validate set 48: JSON, unique ids, groups complete, dates 0-2 days after the
event date encoded at the end of each group slug, no adjacent same-group lines,
and print per-group / per-outlet counts and word lengths."""
import json, os, re, datetime, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
ok = True
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)): print("DUPLICATE IDS"); ok = False
for a in arts:
    if not re.fullmatch(r"b48-\d{4}", a["id"]): print("bad id", a["id"]); ok = False
    for k in ("id", "published", "outlet", "title", "text"):
        if not a.get(k): print("missing", k, a["id"]); ok = False
gmap = {g["id"]: g["group"] for g in grps}
if set(gmap) != set(ids) or len(grps) != len(arts): print("groups/articles mismatch"); ok = False
seq = [gmap[i] for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]: print("adjacent same group at line", i + 1); ok = False
for a in arts:
    g = gmap[a["id"]]
    m = re.search(r"(\d{4})_(\d{2})_(\d{2})$", g)
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    d = (pub - ev).days
    if not 0 <= d <= 2: print("date offset", d, a["id"], g); ok = False
c = collections.Counter(seq)
print("groups:", len(c))
for g, n in sorted(c.items()): print("  %-60s %d" % (g, n))
oc = collections.Counter(a["outlet"] for a in arts)
print("outlets:", len(oc))
for o, n in oc.most_common(): print("  %-28s %d" % (o, n))
wl = sorted((len(a["text"].split()), a["id"], a["outlet"]) for a in arts)
print("word lengths min/median/max:", wl[0][0], wl[len(wl)//2][0], wl[-1][0])
for w, i, o in wl: print("   ", w, i, o)
print("OK" if ok else "FAILED")
