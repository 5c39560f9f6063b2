"""Validate the blind linking set and print word counts."""
import collections, datetime, json, os, re, statistics, sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(D, "articles.jsonl"), encoding="utf-8") if l.strip()]
grps = [json.loads(l) for l in open(os.path.join(D, "groups.jsonl"), encoding="utf-8") if l.strip()]
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS: errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b115-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl ids/order differ from articles.jsonl")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m: errs.append(f"{a['id']}: bad group {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']}: published {pub} vs event {ev}")
for i in range(len(arts) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]: errs.append(f"adjacent same group at lines {i+1},{i+2}")
cnt = collections.Counter(gmap[i] for i in ids)
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, c in cnt.items():
    if not 2 <= c <= 4: errs.append(f"group {g} has {c} articles")
print(f"articles: {len(arts)}  groups: {len(cnt)}  outlets: {len(set(a['outlet'] for a in arts))}")
for g, c in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {c}  {g}")
wc = []
for a in arts:
    w = len(a["text"].split()); wc.append(w)
    print(f"{a['id']}  {a['published']}  {w:4d}w {len(a['text']):5d}c  {a['outlet'][:28]:28s} {a['title'][:60]}")
print(f"words: min {min(wc)} median {statistics.median(wc)} max {max(wc)}; median chars {statistics.median(len(a['text']) for a in arts)}")
print("ERRORS:\n  " + "\n  ".join(errs) if errs else "OK: no errors")
sys.exit(1 if errs else 0)
