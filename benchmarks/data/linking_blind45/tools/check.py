"""Validate the set and test our main-event slugs against /tmp/dbg/used_events.txt.

- exact slug collisions
- same-date entries in the used list (printed for a manual by-meaning review)
- keyword overlap with used slugs within +-3 days (printed for review)
- articles.jsonl / groups.jsonl: valid JSON, unique ids, every article grouped,
  published 0-2 days after the event date in the slug, no adjacent lines with
  the same group, word counts, 2-4 articles per group.
"""
import datetime as dt, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
USED = "/tmp/dbg/used_events.txt"
STOP = {"the", "of", "in", "on", "to", "and", "a", "at", "for", "with", "by", "says", "say", "libya", "libyan",
        "meets", "meet", "visit", "visits", "2019", "2020"}


def slug_date(s):
    m = re.search(r"(\d{4})[_-](\d{2})[_-](\d{2})$", s)
    return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def toks(s):
    return {t for t in re.sub(r"[_-]?\d{4}[_-]\d{2}[_-]\d{2}$", "", s).split("_") if t and t not in STOP}


def main():
    used = [l.strip().split()[0] for l in open(USED) if l.strip()]
    arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"), encoding="utf-8")]
    groups = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"), encoding="utf-8")]
    gmap = {g["id"]: g["group"] for g in groups}
    slugs = sorted(set(gmap.values()))
    errors = []

    print(f"== {len(slugs)} main events")
    for s in slugs:
        d = slug_date(s)
        if s in used:
            errors.append(f"slug already used: {s}")
        print(f"\n{s}")
        for u in used:
            du = slug_date(u)
            if du is None or d is None:
                continue
            gap = abs((du - d).days)
            ov = toks(s) & toks(u)
            if gap == 0 or (gap <= 3 and ov) or (gap <= 30 and len(ov) >= 2):
                print(f"   review: {u}  (gap {gap}d, overlap {sorted(ov)})")

    ids = [a["id"] for a in arts]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    if set(ids) != set(gmap):
        errors.append("articles and groups ids differ")
    for a in arts:
        if not re.fullmatch(r"b45-\d{4}", a["id"]):
            errors.append(f"bad id {a['id']}")
        ev = slug_date(gmap[a["id"]])
        pub = dt.date.fromisoformat(a["published"])
        if not 0 <= (pub - ev).days <= 2:
            errors.append(f"{a['id']} published {pub} vs event {ev}")
    order = [gmap[a["id"]] for a in arts]
    for i in range(len(order) - 1):
        if order[i] == order[i + 1]:
            errors.append(f"adjacent same group at lines {i+1},{i+2}")
    cnt = Counter(order)
    for g, c in cnt.items():
        if not 2 <= c <= 4:
            errors.append(f"group {g} has {c} articles")
    print("\n== per-group counts")
    for g, c in sorted(cnt.items()):
        print(f"  {c}  {g}")
    print("\n== outlets")
    for o, c in Counter(a["outlet"] for a in arts).most_common():
        print(f"  {c}  {o}")
    wc = sorted(len(a["text"].split()) for a in arts)
    print(f"\n== words: min {wc[0]} median {wc[len(wc)//2]} max {wc[-1]}; all: {wc}")
    print(f"== {len(arts)} articles")
    if errors:
        print("\nERRORS:\n  " + "\n  ".join(errors))
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
