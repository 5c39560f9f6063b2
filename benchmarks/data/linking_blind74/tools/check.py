"""Validate linking_blind74 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try: rows.append(json.loads(line))
            except json.JSONDecodeError as e: errs.append(f"{name}:{i} invalid JSON: {e}")
    return rows

arts, groups = load("articles.jsonl"), load("groups.jsonl")
KEYS = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != KEYS: errs.append(f"{a.get('id')}: keys {sorted(a)}")
    if not re.fullmatch(r"b74-\d{4}", a.get("id", "")): errs.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in groups] != ids: errs.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"])
    if not g: errs.append(f"{a['id']}: no group"); continue
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m: errs.append(f"bad slug {g}"); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2: errs.append(f"{a['id']}: published {pub} vs event {ev}")
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]: errs.append(f"adjacent lines {i+1},{i+2} share group {seq[i]}")
cnt = collections.Counter(seq)
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")

wc = {a["id"]: len(a["text"].split()) for a in arts}
for a in arts:
    print(f"{a['id']}  {a['published']}  {wc[a['id']]:4d}w {len(a['text']):5d}c  {a['outlet'][:24]:24s} {gmap.get(a['id'])}")
print("\ngroups:")
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {n}  {g}")
chars = [len(a["text"]) for a in arts]
print(f"\narticles {len(arts)}, outlets {len({a['outlet'] for a in arts})}, words min {min(wc.values())} "
      f"median {statistics.median(wc.values())} max {max(wc.values())}, median chars {statistics.median(chars)}")
if errs:
    print("\nERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK: all checks passed")
