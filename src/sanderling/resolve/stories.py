"""Which articles tell the same story: the evidence that lets differently coded lead events meet.

Outlets describe one happening in different words and often from different sides ("GNA forces captured
al-Watiya" / "LNA units carried out an organised withdrawal from al-Watiya"), so their lead events may get
different types or actors. Two articles are in the same *story* when they were published within
``MAX_DAYS`` of each other and their leads (title and first ``LEAD_WORDS`` words) are similar by TF-IDF
cosine (``STORY_SIM``). The resolver then lets the lead events of such a pair merge under looser rules
(see ``sanderling.resolve.merge``).

Blocked on publication date: an article is compared only with articles published within ``MAX_DAYS``,
never with the whole store.

Measured on ``benchmarks/data/linking`` (48 articles, 16 events, our own writing): with 150-word leads,
pairs of the same event published within 2 days have cosine >= 0.20 in 73% of cases, pairs of different
events in 1 of 23 cases."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Iterable

from .text import TfIdf, cosine

LEAD_WORDS = 150
STORY_SIM = 0.20
MAX_DAYS = 2


def lead_text(title: str | None, text: str | None, n_words: int = LEAD_WORDS) -> str:
    words = f"{title or ''} . {text or ''}".split()
    return " ".join(words[:n_words])


def story_pairs(articles: Iterable[tuple[str, date | None, str]], focus: set[str] | None = None,
                threshold: float = STORY_SIM, max_days: int = MAX_DAYS) -> dict[frozenset, float]:
    """``articles``: (id, published, lead text). Returns {frozenset({a, b}): cosine} for pairs in one story.
    With ``focus``, only pairs with at least one article in ``focus`` are scored (incremental runs)."""
    arts = [(i, p, t) for i, p, t in articles if p is not None and t]
    tfidf = TfIdf(t for _, _, t in arts)
    vec = {i: tfidf.vector(t) for i, _, t in arts}
    by_day: dict[date, list[str]] = defaultdict(list)
    pub = {}
    for i, p, _ in arts:
        by_day[p].append(i)
        pub[i] = p
    out: dict[frozenset, float] = {}
    for i, p, _ in arts:
        if focus is not None and i not in focus:
            continue
        for k in range(-max_days, max_days + 1):
            for j in by_day.get(p + timedelta(days=k), ()):
                if j == i:
                    continue
                key = frozenset((i, j))
                if key in out:
                    continue
                sim = cosine(vec[i], vec[j])
                if sim >= threshold:
                    out[key] = sim
    return out
