"""How cross-article resolution scales: synthetic reports straight into a store, then ``resolve_reports``.

    python benchmarks/resolve_scale.py [--reports 20000 100000] [--days 730] [--seed 7]

Each run makes a fresh in-memory store holding N reports spread over ``--days`` days: 16 event types,
300 actors, 1-3 outlets reporting each underlying event with reworded sentences, a share of coarse
(month) dates, historical and undated reports. Prints reports/s, events made and merges for every N,
so the growth from one N to the next shows whether blocking keeps the work linear."""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sanderling.resolve.merge import resolve_reports  # noqa: E402
from sanderling.store import open_store  # noqa: E402

TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
WORDS = ("shelling strike convoy talks ceasefire border village town airport port capital offensive troops "
         "militia minister envoy summit sanctions embargo protest march rally drone missile artillery "
         "hospital school market bridge base pipeline refinery harbour district province valley").split()


def synthetic(n: int, days: int, seed: int):
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    actors = [f"A{i:03d}" for i in range(300)]
    reports, articles = [], {}
    k = 0
    while len(reports) < n:
        k += 1
        etype = rng.choice(TYPES)
        d = start + timedelta(days=rng.randrange(days))
        a, r = rng.sample(actors, 2)
        topic = rng.sample(WORDS, 5)
        coarse = rng.random() < 0.1
        hist = rng.random() < 0.1
        undated = rng.random() < 0.03
        for j in range(rng.choice((1, 1, 2, 3))):
            doc = f"D{k}-{j}"
            articles[doc] = (f"outlet{rng.randrange(40)}", d)
            words = topic[:4] + rng.sample(WORDS, 2)
            rng.shuffle(words)
            d0 = None if undated else (d.replace(day=1) if coarse else d)
            d1 = None if undated else ((d0 + timedelta(days=27)) if coarse else d0)
            reports.append((f"R{len(reports)}", doc, articles[doc][0], d, etype, [a], [r], d0, d1,
                            "month" if coarse else ("unknown" if undated else "day"), "text", "asserted", hist,
                            " ".join(words), 0, 0.9))
    return reports[:n], articles


def run(n: int, days: int, seed: int) -> None:
    reports, articles = synthetic(n, days, seed)
    store = open_store(":memory:")
    con = store.con
    con.executemany("INSERT INTO articles (id, outlet, published) VALUES (?, ?, ?)",
                    [(k, o, p) for k, (o, p) in articles.items()])
    con.executemany(
        "INSERT INTO reports (id, doc_id, outlet, published, event_type, actor_ids, recipient_ids, date, date_end, "
        "date_precision, date_source, status, historical, sentence, start_char, confidence) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", reports)
    t = time.time()
    stats = resolve_reports(store)
    dt = time.time() - t
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n:>9,} reports  {dt:8.1f}s  {n / dt:9,.0f} reports/s  events {stats['events']:>9,}  "
          f"merged {stats['merged']:>8,}  peak RSS {rss:,.0f} MB", flush=True)
    store.close()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, nargs="+", default=[20_000, 100_000])
    ap.add_argument("--days", type=int, default=730)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    for n in args.reports:
        run(n, args.days, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
