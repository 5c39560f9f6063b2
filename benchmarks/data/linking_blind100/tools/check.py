"""Validate linking_blind100."""
import collections, datetime, json, os, re, statistics
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
grps = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
keys = {"id", "published", "outlet", "title", "text"}
for a in arts:
    if set(a) != keys: errs.append(f"bad keys {a.get('id')}")
    if not re.fullmatch(r"b100-\d{4}", a["id"]): errs.append(f"bad id {a['id']}")
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if [g["id"] for g in grps] != ids: errs.append("groups.jsonl does not match articles order")
gmap = {g["id"]: g["group"] for g in grps}
for a in arts:
    m = re.search(r"_(\d{4})_(\d{2})_(\d{2})$", gmap[a["id"]])
    if not m: errs.append(f"bad slug {gmap[a['id']]}"); continue
    d = (datetime.date.fromisoformat(a["published"]) - datetime.date(*map(int, m.groups()))).days
    if not 0 <= d <= 2: errs.append(f"{a['id']} published {d} days after event")
for i in range(len(arts) - 1):
    if gmap[ids[i]] == gmap[ids[i + 1]]: errs.append(f"adjacent same group at line {i+1}")
cnt = collections.Counter(gmap.values())
if len(cnt) != 13: errs.append(f"{len(cnt)} groups, expected 13")
for g, n in cnt.items():
    if not 2 <= n <= 4: errs.append(f"group {g} has {n} articles")
wc = [len(a["text"].split()) for a in arts]; cc = [len(a["text"]) for a in arts]
for g, n in sorted(cnt.items(), key=lambda x: x[0][-10:]): print(f"{n}  {g}")
print(f"articles={len(arts)} outlets={len(set(a['outlet'] for a in arts))}")
print(f"words: min={min(wc)} median={statistics.median(wc)} max={max(wc)} total={sum(wc)}; chars median={statistics.median(cc)}")
print("word counts:", " ".join(f"{a['id']}:{w}" for a, w in zip(arts, wc)))
print("ERRORS:" if errs else "OK: all checks passed", *errs, sep="\n")
