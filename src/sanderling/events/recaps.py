"""Recaps: what a story recalls from the days before it was published is background, not its news.

Coverage retells the recent run of events ("It is worth mentioning that Sarraj met Erdogan in Ankara the day
before yesterday"). Such a recap is a second-hand account written to give context, not an independent report,
so counting it as one inflates corroboration and ties a story to every event it recalls. An event is a recap
when all of these hold:

* it is told after the story's opening (more than ``LEAD_CHARS`` characters after its first dated event);
* it ended before the day of that lead event, and at least ``RECAP_DAYS`` days before publication (news of
  the day before is still news);
* it shares no actor with the lead sentence: a reaction ("Erdogan said he was saddened by Sarraj's
  decision") names whom it reacts to, and what it reacts to stays its story.

A file holding several articles glued together by a scraper (``Article.glued_at``) is judged on its first
article alone. The second is not a recap of the first, and its own publication day is unknown (the file's
is the first article's), so how long before it an event happened cannot be told.

A recap is flagged ``historical`` like older background; it still links to the earlier reports it retells
when the resolver matches it against other background reports. Measured on the linking sets once built
(``benchmarks/linking.py``): development set 0.913 -> 0.940, mean of the 49 blind sets 0.874 -> 0.878 (sets
dense with events a few days apart gained most: 17 from 0.71 to 0.80, 34 from 0.81 to 0.87; reaction pieces
two days on that recall their main event without naming its actors lost). On the seed articles the
historical-flag accuracy fell from 0.982 to 0.945: the gold counts some recent recalled events as news.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Sequence

from ..records import Event

LEAD_CHARS = 400
RECAP_DAYS = 2


def _parties(e: Event) -> set[str]:
    return {a.id for a in (*e.actor, *e.recipient)}


def flag_recaps(events: Sequence[Event], published: date | None, glued_at: Sequence[int] = ()) -> list[Event]:
    """``events`` of one article with its recaps flagged historical (see the module docstring); ``glued_at``
    are the offsets where further glued articles begin."""
    events = list(events)
    if published is None:
        return events
    end = min(glued_at, default=None)
    first = [e for e in events if e.evidence and (end is None or e.evidence[0].start < end)]
    flagged = _recaps(first, published)
    return [replace(e, historical=True) if id(e) in flagged else e for e in events]


def _recaps(events: list[Event], published: date) -> set[int]:
    """ids of the recaps among the events of one article."""
    current = [e for e in events if not e.historical and e.date is not None]
    if not current:
        return set()
    lead_start = min(e.evidence[0].start for e in current)
    lead = [e for e in current if e.evidence[0].start == lead_start]
    lead_date = lead[0].date
    lead_parties = set().union(*(_parties(e) for e in lead))
    out = set()
    for e in current:
        end = e.date_end or e.date
        if e.evidence[0].start > lead_start + LEAD_CHARS and end < lead_date \
                and (published - end).days >= RECAP_DAYS and e.status in ("asserted", "claimed") \
                and not (_parties(e) & lead_parties):
            out.add(id(e))
    return out
