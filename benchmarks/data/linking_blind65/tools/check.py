#!/usr/bin/env python3
"""Validate blind linking set 65 (articles.jsonl + groups.jsonl in the parent folder)."""
import collections
import datetime as dt
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET_NO = 65
KEYS = {"id", "published", "outlet", "title", "text"}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def load(name):
    rows = []
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                fail(f"{name}:{n} empty line")
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                fail(f"{name}:{n} invalid JSON: {e}")
    return rows


def main():
    arts = load("articles.jsonl")
    groups = load("groups.jsonl")
    if len(arts) != len(groups):
        fail("articles.jsonl and groups.jsonl differ in length")
    ids = set()
    for n, (a, g) in enumerate(zip(arts, groups), 1):
        if set(a) != KEYS:
            fail(f"line {n}: keys {sorted(a)}")
        if set(g) != {"id", "group"}:
            fail(f"groups line {n}: keys {sorted(g)}")
        if a["id"] != g["id"]:
            fail(f"line {n}: id mismatch {a['id']} vs {g['id']}")
        if not re.fullmatch(rf"b{SET_NO}-\d{{4}}", a["id"]):
            fail(f"line {n}: bad id {a['id']}")
        if a["id"] in ids:
            fail(f"duplicate id {a['id']}")
        ids.add(a["id"])
        for k in ("outlet", "title", "text"):
            if not isinstance(a[k], str) or not a[k].strip():
                fail(f"line {n}: empty {k}")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*_\d{4}_\d{2}_\d{2}", g["group"]):
            fail(f"line {n}: bad group slug {g['group']}")
        ev = dt.date(*map(int, g["group"][-10:].split("_")))
        pub = dt.date.fromisoformat(a["published"])
        lag = (pub - ev).days
        if not 0 <= lag <= 2:
            fail(f"line {n}: {a['id']} published {pub} is {lag} days after event {ev}")
        if n > 1 and groups[n - 2]["group"] == g["group"]:
            fail(f"lines {n-1}-{n}: adjacent articles share group {g['group']}")
    counts = collections.Counter(g["group"] for g in groups)
    if len(counts) != 13:
        fail(f"expected 13 groups, got {len(counts)}")
    for grp, c in counts.items():
        if not 2 <= c <= 4:
            fail(f"group {grp} has {c} articles")
    print(f"OK: {len(arts)} articles, {len(counts)} groups, {len(set(a['outlet'] for a in arts))} outlets")
    print()
    print("group sizes:")
    for grp in sorted(counts, key=lambda s: s[-10:]):
        print(f"  {counts[grp]}  {grp}")
    print()
    words = []
    chars = []
    print("word counts:")
    for a, g in zip(arts, groups):
        w = len(a["text"].split())
        words.append(w)
        chars.append(len(a["text"]))
        print(f"  {a['id']}  {a['published']}  {w:5d} words  {len(a['text']):5d} chars  {a['outlet'][:28]:28s}  {g['group']}")
    print()
    print(f"words: min {min(words)}  median {statistics.median(words)}  max {max(words)}  total {sum(words)}")
    print(f"chars: min {min(chars)}  median {statistics.median(chars)}  max {max(chars)}")
    outlets = collections.Counter(a["outlet"] for a in arts)
    print()
    print("outlets:")
    for o, c in outlets.most_common():
        print(f"  {c}  {o}")


if __name__ == "__main__":
    main()
