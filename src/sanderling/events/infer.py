"""Recipients implied by the article: in "Haftar's forces launched a campaign to take the capital", the
target is not named in the sentence, but the article says who Haftar's forces are fighting.

Only conflictual events (threats, accusations, force) whose actor is known and whose recipient is not
get one, and only when the article names a single clear adversary of the actor's side. The role is
marked in ``Event.inferred`` and the confidence lowered, so users can drop it."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace

from ..records import ActorRef, Event

import re

INFER_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
COOPERATIVE_QUADS = (1, 2)
PENALTY = 0.7
BOTH_SIDES = re.compile(r"\b(?:both|the two|the warring|the rival|all) (?:parties|sides|camps|factions|rivals)\b", re.I)


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
    allies: dict[str, Counter] = defaultdict(Counter)
    refs: dict[str, ActorRef] = {}
    for ev in events:
        if not ev.actor or not ev.recipient:
            continue
        for a in ev.actor:
            for r in ev.recipient:
                sa, sr = side_of(a, kb, ev.date), side_of(r, kb, ev.date)
                if sa == sr or a.country is None or r.country is None:
                    continue
                table = opponents if ev.quad_class in (3, 4) else allies
                table[sa][sr] += 1
                table[sr][sa] += 1
                refs.setdefault(sr, r)
                refs.setdefault(sa, a)
    for a_id, rel, b_id, _ in relations:
        table = opponents if rel == "opposes" else allies
        table[a_id][b_id] += 1
        table[b_id][a_id] += 1

    def adversary(side: str) -> str | None:
        ranked = opponents.get(side, Counter()).most_common(2)
        if not ranked:
            # the enemy of a side's only ally: "with the help of Turkey, the GNA captured ..."
            pool = Counter()
            for ally in allies.get(side, ()):
                for opp, n in opponents.get(ally, Counter()).items():
                    if opp != side:
                        pool[opp] += n
            ranked = pool.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and ranked[0][0] in refs:
            return ranked[0][0]
        return None

    main_dyad = None
    pairs = Counter()
    for s, opp in opponents.items():
        for o, n in opp.items():
            if s < o:
                pairs[(s, o)] += n
    if pairs:
        top = pairs.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            main_dyad = top[0][0]

    out = []
    for ev in events:
        if ev.status == "denied":
            out.append(ev)
            continue
        if ev.actor and ev.quad_class in (3, 4):
            # "Haftar ... attacked Libya": a conflict with one's own state names a place, not a party
            own = {a.country for a in ev.actor}
            kept = tuple(r for r in ev.recipient if not (r.kind == "state" and r.country in own))
            if kept != ev.recipient:
                ev = replace(ev, recipient=kept)
        if ev.event_type in INFER_TYPES and ev.actor and not ev.recipient:
            target = adversary(side_of(ev.actor[0], kb, ev.date))
            if target is not None:
                ev = replace(ev, recipient=(replace(refs[target], text=""),), inferred=ev.inferred + ("recipient",),
                             confidence=ev.confidence * PENALTY)
        elif ev.event_type in INFER_TYPES and ev.recipient and not ev.actor:
            target = adversary(side_of(ev.recipient[0], kb, ev.date))
            if target is not None:
                ev = replace(ev, actor=(replace(refs[target], text=""),), inferred=ev.inferred + ("actor",),
                             confidence=ev.confidence * PENALTY)
        elif not ev.recipient and main_dyad and any(BOTH_SIDES.search(e.sentence) for e in ev.evidence):
            parties = tuple(replace(refs[s], text="") for s in main_dyad
                            if s not in {side_of(a, kb, ev.date) for a in ev.actor})
            if parties:
                ev = replace(ev, recipient=parties, inferred=ev.inferred + ("recipient",),
                             confidence=ev.confidence * PENALTY)
        out.append(ev)
    return out
