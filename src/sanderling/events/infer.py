"""Recipients implied by the article: in "Haftar's forces launched a campaign to take the capital", the
target is not named in the sentence, but the article says who Haftar's forces are fighting.

Only conflictual events (threats, accusations, force) whose actor is known and whose recipient is not
get one, and only when the article names a single clear adversary of the actor's side. The role is
marked in ``Event.inferred`` and the confidence lowered, so users can drop it."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from ..records import ActorRef, Event

INFER_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
PENALTY = 0.7


def side_of(ref: ActorRef, kb, when) -> str:
    """The organisation a person acts for (Haftar -> the LNA), else the actor itself."""
    if kb is not None:
        aff = kb.affiliation(ref.id, when) if ref.kind == "person" else None
        if aff is not None and aff.org:
            return aff.org
    if ref.country and (ref.id == ref.country or ref.id == f"{ref.country}_{ref.sector}"):
        return ref.country            # "Turkish troops", "the Turkish government": Turkey's side
    return ref.id


def infer_recipients(events: list[Event], kb, relations=()) -> list[Event]:
    opponents: dict[str, Counter] = defaultdict(Counter)
    refs: dict[str, ActorRef] = {}
    for ev in events:
        if ev.quad_class not in (3, 4) or not ev.actor or not ev.recipient:
            continue
        for a in ev.actor:
            for r in ev.recipient:
                sa, sr = side_of(a, kb, ev.date), side_of(r, kb, ev.date)
                if sa == sr or a.country is None or r.country is None:
                    continue
                opponents[sa][sr] += 1
                opponents[sr][sa] += 1
                refs.setdefault(sr, r)
                refs.setdefault(sa, a)
    for a_id, rel, b_id, _ in relations:
        if rel == "opposes":
            opponents[a_id][b_id] += 1
            opponents[b_id][a_id] += 1
    out = []
    for ev in events:
        if ev.event_type in INFER_TYPES and ev.actor and not ev.recipient and ev.status != "denied":
            side = side_of(ev.actor[0], kb, ev.date)
            ranked = opponents.get(side, Counter()).most_common(2)
            if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] in refs:
                target = refs[ranked[0][0]]
                ev = replace(ev, recipient=(replace(target, text=""),), inferred=ev.inferred + ("recipient",),
                             confidence=ev.confidence * PENALTY)
        out.append(ev)
    return out
