"""Validate blind linking set 88."""
import collections, datetime, json, os, re, statistics, sys

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errors = []


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append("%s line %d: bad JSON (%s)" % (name, i, e))
    return rows


arts, groups = load("articles.jsonl"), load("groups.jsonl")
for a in arts:
    if set(a) != {"id", "published", "outlet", "title", "text"}:
        errors.append("bad keys in %s: %s" % (a.get("id"), sorted(a)))
    if not re.fullmatch(r"b88-\d{4}", a.get("id", "")):
        errors.append("bad id %r" % a.get("id"))
ids = [a["id"] for a in arts]
if len(set(ids)) != len(ids):
    errors.append("duplicate ids")
if [g["id"] for g in groups] != ids:
    errors.append("groups.jsonl does not cover articles.jsonl in the same order")
gmap = {g["id"]: g["group"] for g in groups}
for a in arts:
    g = gmap.get(a["id"], "")
    m = re.fullmatch(r"[a-z0-9_]+_(\d{4})_(\d{2})_(\d{2})", g)
    if not m:
        errors.append("bad group slug %r" % g)
        continue
    ev = datetime.date(*map(int, m.groups()))
    pub = datetime.date.fromisoformat(a["published"])
    if not 0 <= (pub - ev).days <= 2:
        errors.append("%s published %s, %d days after %s" % (a["id"], pub, (pub - ev).days, g))
for x, y in zip(groups, groups[1:]):
    if x["group"] == y["group"]:
        errors.append("adjacent lines share group %s" % x["group"])
counts = collections.Counter(g["group"] for g in groups)
if len(counts) != 13:
    errors.append("expected 13 groups, found %d" % len(counts))
for g, n in counts.items():
    if not 2 <= n <= 4:
        errors.append("group %s has %d articles" % (g, n))

words = []
for a in arts:
    w = len(a["text"].split())
    words.append(w)
    print("%s %s %-26s %4d words  %s" % (a["id"], a["published"], a["outlet"][:26], w, gmap.get(a["id"])))
print()
for g, n in sorted(counts.items(), key=lambda kv: kv[0][-10:]):
    print("%-62s %d" % (g, n))
chars = [len(a["text"]) for a in arts]
print("\narticles %d, outlets %d, words min %d median %d max %d, median chars %d" % (
    len(arts), len({a['outlet'] for a in arts}), min(words), statistics.median(words), max(words), statistics.median(chars)))
if errors:
    print("\nERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
