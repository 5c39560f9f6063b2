"""Validate the blind set and print word counts."""
import json, os, re, sys, datetime, collections, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"bad keys {a.get('id')}")
    if not re.fullmatch(r"b117-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not cover articles in order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: errs.append(f"bad group slug {g}"); continue
    d = (datetime.date.fromisoformat(a["published"]) - datetime.date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: errs.append(f"{a['id']} published {d} days after {g}")
for x, y in zip(grps, grps[1:]):
    if x["group"] == y["group"]: errs.append(f"adjacent same group {x['id']} {y['id']}")
cnt = collections.Counter(gmap[i] for i in ids)
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
wc = [len(a["text"].split()) for a in arts]
for a, w in zip(arts, wc):
    print(f"{a['id']}  {a['published']}  {w:4d}w  {len(a['text']):5d}c  {a['outlet'][:22]:22s}  {gmap[a['id']]}")
print(f"\n{len(arts)} articles, {len(cnt)} groups, {len(set(a['outlet'] for a in arts))} outlets")
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; median chars {statistics.median(len(a['text']) for a in arts)}")
for g, n in sorted(cnt.items()): print(f"  {n}  {g}")
print("ERRORS:" if errs else "OK: all checks passed")
for e in errs: print("  ", e)
sys.exit(1 if errs else 0)
