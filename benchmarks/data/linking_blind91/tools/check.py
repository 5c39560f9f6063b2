"""Validate blind linking set 91 and print word counts."""
import datetime as dt, json, os, re, statistics, sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []

def load(name):
    rows = []
    with open(os.path.join(OUT, name)) as f:
        for n, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: invalid JSON ({e})")
    return rows

arts, groups = load("articles.jsonl"), load("groups.jsonl")
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errors.append(f"{a.get('id')}: wrong keys {sorted(a)}")
    if not re.fullmatch(r"b91-\d{4}", str(a.get("id"))):
        errors.append(f"bad id {a.get('id')}")
ids = [a["id"] for a in arts]
if len(ids) != len(set(ids)):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append(f"{a['id']}: bad group slug {g!r}")
        continue
    ev = dt.date(*map(int, m.groups()))
    lag = (dt.date.fromisoformat(a["published"]) - ev).days
    if not 0 <= lag <= 2:
        errors.append(f"{a['id']}: published {a['published']} is {lag} days after {g}")
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append(f"adjacent lines {i+1},{i+2} share group {seq[i]}")
cnt = Counter(seq)
if len(cnt) != 13:
    errors.append(f"expected 13 groups, found {len(cnt)}")
for g, c in cnt.items():
    if not 2 <= c <= 4:
        errors.append(f"group {g} has {c} articles")

print(f"{len(arts)} articles, {len(cnt)} groups, {len(set(a['outlet'] for a in arts))} outlets")
for g, c in sorted(cnt.items(), key=lambda x: x[0][-10:]):
    print(f"  {c}  {g}")
wc = []
for a in arts:
    w = len(a["text"].split())
    wc.append((w, len(a["text"])))
    print(f"  {a['id']}  {a['published']}  {w:4d} words {len(a['text']):5d} chars  {a['outlet'][:24]:24s} {a['title'][:60]}")
ws = [w for w, _ in wc]; cs = [c for _, c in wc]
print(f"words: min {min(ws)} median {statistics.median(ws)} max {max(ws)}; chars median {statistics.median(cs)}")
print("outlets:", dict(Counter(a["outlet"] for a in arts)))
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
