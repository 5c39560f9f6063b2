"""Validate blind linking set 79 and print word counts."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["id", "published", "outlet", "title", "text"]
errors = []

def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("%s line %d: invalid JSON (%s)" % (name, i, e))
    return rows

arts, groups = load("articles.jsonl"), load("groups.jsonl")
for a in arts:
    if list(a.keys()) != KEYS:
        errors.append("%s: keys %s" % (a.get("id"), list(a.keys())))
    if not re.fullmatch(r"b79-\d{4}", a.get("id", "")):
        errors.append("bad id %r" % a.get("id"))
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl ids do not match articles.jsonl order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"])
    m = re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*_(\d{4})_(\d{2})_(\d{2})", g or "")
    if not m:
        errors.append("%s: bad group slug %r" % (a["id"], g)); continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append("%s: published %s is %d days after %s" % (a["id"], pub, (pub - ev).days, g))
seq = [gmap.get(i) for i in ids]
for i in range(len(seq) - 1):
    if seq[i] == seq[i + 1]:
        errors.append("adjacent lines %d and %d share group %s" % (i + 1, i + 2, seq[i]))
counts = collections.Counter(seq)
if len(counts) != 13:
    errors.append("expected 13 groups, found %d" % len(counts))
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append("group %s has %d articles" % (g, n))

print("articles: %d  groups: %d  outlets: %d" % (len(arts), len(counts), len({a['outlet'] for a in arts})))
for g in sorted(counts, key=lambda s: s[-10:]):
    print("  %-60s %d" % (g, counts[g]))
wc = []
for a in arts:
    w = len(a["text"].split())
    wc.append(w)
    print("  %s %-28s %5d words %6d chars  %s" % (a["id"], a["outlet"], w, len(a["text"]), seq[ids.index(a["id"])]))
chars = [len(a["text"]) for a in arts]
print("words: min %d  median %d  max %d | chars median %d" % (min(wc), statistics.median(wc), max(wc), statistics.median(chars)))
if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK: all checks passed")
