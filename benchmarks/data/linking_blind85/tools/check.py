"""Validate linking_blind85 output."""
import json, os, re, sys, datetime, collections

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]

for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errs.append(f"bad keys {a.get('id')}: {sorted(a)}")
    if not re.fullmatch(r"b85-\d{4}", a["id"]):
        errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errs.append("duplicate ids")
if [g["id"] for g in grps] != ids:
    errs.append("groups.jsonl does not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m:
        errs.append(f"bad group slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errs.append(f"{a['id']} published {pub} vs event {ev}")
for i in range(len(ids) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]:
        errs.append(f"adjacent same group at lines {i+1},{i+2}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13:
    errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4:
        errs.append(f"group {g} has {n} articles")

print(f"{len(arts)} articles, {len(cnt)} groups, {len(set(a['outlet'] for a in arts))} outlets")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
wc = sorted(len(a["text"].split()) for a in arts)
cc = sorted(len(a["text"]) for a in arts)
print("words: min", wc[0], "median", wc[len(wc)//2], "max", wc[-1])
print("chars: median", cc[len(cc)//2])
for a in arts:
    print(f"  {a['id']}  {a['published']}  {len(a['text'].split()):4d}w  {a['outlet']}")
print("ERRORS:" if errs else "OK: no errors")
for e in errs:
    print("  " + e)
sys.exit(1 if errs else 0)
