"""Shuffle rows so that no two adjacent rows share a group."""
import random


def ok(rows):
    return all(rows[i]["group"] != rows[i + 1]["group"] for i in range(len(rows) - 1))


def shuffle_no_adjacent(rows, seed=0, tries=10000):
    rng = random.Random(seed)
    rows = list(rows)
    for _ in range(tries):
        rng.shuffle(rows)
        if ok(rows):
            return rows
    raise RuntimeError("could not shuffle without adjacent groups")
