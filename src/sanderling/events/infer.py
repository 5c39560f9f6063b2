"""Recipients implied by the article: in "Haftar's forces launched a campaign to take the capital", the
target is not named in the sentence, but the article says who Haftar's forces are fighting.

Only conflictual events (threats, coercion, force) whose actor is known and whose recipient is not get
one, and only when the article names a single clear adversary of the actor's side. Material conflict and
explicit statements ("X, which opposes Y") weigh more than words, so "Haftar's forces advanced" goes to the
side they fight, not to the country whose minister criticised them.

Military aid sent to a country at war goes to a side: "Ankara may send troops to Libya" names Libya, but
the troops go to the side Ankara backs there. When the article names exactly one ally of the sender in
that country, the ally replaces the country.

Every role filled this way is marked in ``Event.inferred`` and the confidence lowered, so users can drop
it."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace

from ..records import ActorRef, Event

INFER_TYPES = {"ASSAULT", "COERCE", "THREATEN"}
# aid (given, or promised: CAMEO 033) whose destination country stands for the side receiving it
ALLY_TYPES = {"AID"}
MATERIAL_WEIGHT = 2                # a quad-4 event counts twice a quad-3 one
STATED_WEIGHT = 2                  # so does an explicit "backs"/"opposes" statement
COOPERATIVE_QUADS = (1, 2)
PENALTY = 0.7
# filling a role the sentence left empty: the coder already discounted the event for the missing role, so
# the inference itself costs less than replacing a role the sentence did name
FILL_PENALTY = 0.9
# a call for a truce is addressed to those fighting
TRUCE = re.compile(r"\b(?:cease-?fire|truce|armistice|cessation of (?:hostilities|fighting)|halt (?:to )?the fighting|"
                   r"end (?:to )?(?:the )?(?:fighting|hostilities))\b", re.I)
TRUCE_TYPES = {"REQUEST", "AGREE"}
BOTH_SIDES = re.compile(r"\b(?:both|the two|the warring|the rival|all) (?:parties|sides|camps|factions|rivals)\b", re.I)


def _anonymous(ref: ActorRef) -> bool:
    """Unidentified gunmen or a bare sector ("armed men", "forces"): nobody whose side the article tells, so
    whom they fought is not inferred ("armed men fired at the prison" is no attack on the party that
    protesters burned elsewhere in the story)."""
    return ref.id.endswith("_UAF") or ref.id.startswith("AGENT_")


def _own_state(ref: ActorRef, party: tuple) -> bool:
    """``ref`` is the state the party's members belong to: no adversary of theirs, nor the recipient of their
    conflict."""
    return ref.kind == "state" and ref.country in {a.country for a in party}


def side_of(ref: ActorRef, kb, when) -> str:
    """The organisation a person acts for (Haftar -> the LNA), else the actor itself."""
    if kb is not None:
        aff = kb.affiliation(ref.id, when) if ref.kind == "person" else None
        if aff is not None and aff.org:
            return aff.org
    if ref.country and ref.id == f"{ref.country}_GOV" and kb is not None:
        body = kb.national_body(ref.country, "GOV", when)
        if body is not None and body.id != ref.id:
            return body.id            # "Libyan officials" in 2020 speak for the recognised government
        return ref.country
    if ref.country and (ref.id == ref.country or ref.id == f"{ref.country}_{ref.sector}"):
        return ref.country            # "Turkish troops", "the Turkish government": Turkey's side
    return ref.id


def _id_ref(actor_id: str, kb, when) -> ActorRef | None:
    """The side an actor id stands for, as a reference: a person's organisation, else the actor."""
    if kb is None or kb.get(actor_id) is None:
        return None
    ref = kb.ref(kb.get(actor_id), when)
    side = side_of(ref, kb, when)
    if side != ref.id and kb.get(side) is not None:
        ref = kb.ref(kb.get(side), when)
    return ref


def infer_recipients(events: list[Event], kb, relations=(), when=None) -> list[Event]:
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
                if ev.quad_class in (3, 4) and r.kind == "state" and r.country == a.country:
                    continue          # fighting "Libya" from inside Libya names a place, not a side
                table = opponents if ev.quad_class in (3, 4) else allies
                w = MATERIAL_WEIGHT if ev.quad_class == 4 else 1
                table[sa][sr] += w
                table[sr][sa] += w
                refs.setdefault(sr, _id_ref(sr, kb, ev.date) or r)
                refs.setdefault(sa, _id_ref(sa, kb, ev.date) or a)
    for a_id, rel, b_id, _ in relations:
        ra, rb = _id_ref(a_id, kb, when), _id_ref(b_id, kb, when)
        if ra is None or rb is None or ra.id == rb.id:
            continue
        refs.setdefault(ra.id, ra)
        refs.setdefault(rb.id, rb)
        table = opponents if rel == "opposes" else allies
        table[ra.id][rb.id] += STATED_WEIGHT
        table[rb.id][ra.id] += STATED_WEIGHT

    def ally_in(side: str, country: str) -> str | None:
        """The one ally of ``side`` based in ``country`` (ties give none)."""
        ranked = [(s, n) for s, n in allies.get(side, Counter()).most_common()
                  if s in refs and refs[s].country == country and refs[s].kind != "state"]
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return None

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
        if len(ranked) > 1:
            return _camp_choice(side, opponents.get(side, Counter()))
        return None

    def _camp_choice(side: str, opp: Counter) -> str | None:
        """Tied opponents: count each with its allies ("the GNA" and "Turkey, which backs it" are one
        camp), then prefer the camp member from the actor's own country - the local party of a war."""
        score = {c: n + sum(opp.get(b, 0) for b in allies.get(c, ())) for c, n in opp.items() if c in refs}
        if not score:
            return None
        top = max(score.values())
        best = [c for c, v in score.items() if v == top]
        if len(best) > 1:
            home = refs[side].country if side in refs else None
            local = [c for c in best if refs[c].country == home and refs[c].kind != "state"]
            best = local if len(local) == 1 else best
        return best[0] if len(best) == 1 else None

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

    def meeting_parties(ev: Event) -> tuple | None:
        """'Erdogan received Sarraj ..., where the two sides signed memoranda': in a cooperative event the
        two sides are the parties of the cooperative exchange told in the same sentence."""
        if ev.quad_class not in (1, 2) or not ev.evidence:
            return None
        at = ev.evidence[0].start
        for other in events:
            if other is ev or not other.actor or not other.recipient or other.quad_class not in (1, 2) or \
                    not other.evidence or other.evidence[0].start != at:
                continue
            parties = tuple(r for r in other.actor + other.recipient if not r.id.endswith("SIDES"))
            if len(parties) >= 2:
                return tuple(replace(r, text="") for r in parties)
        return None

    def sides_for(refs_: tuple, ev: Event, other: tuple) -> tuple[tuple, bool]:
        """Replace a "warring parties" placeholder by the parties of the sentence's cooperative exchange,
        else by the article's main pair of adversaries."""
        if not any(r.id.endswith("SIDES") for r in refs_):
            return refs_, False
        near = meeting_parties(ev)
        if near is not None:
            kept = tuple(r for r in refs_ if not r.id.endswith("SIDES"))
            return kept + tuple(p for p in near if p.id not in {k.id for k in kept}), True
        if main_dyad is None:
            return refs_, False
        exclude = {side_of(a, kb, ev.date) for a in other}
        parties = tuple(replace(refs[s], text="") for s in main_dyad if s not in exclude and s in refs)
        kept = tuple(r for r in refs_ if not r.id.endswith("SIDES"))
        return (kept + parties, True) if parties else (refs_, False)

    out = []
    for ev in events:
        new_actor, a_done = sides_for(ev.actor, ev, ev.recipient)
        new_recip, r_done = sides_for(ev.recipient, ev, new_actor)
        if a_done or r_done:
            ev = replace(ev, actor=new_actor, recipient=new_recip, confidence=ev.confidence * PENALTY,
                         inferred=ev.inferred + (("actor",) if a_done else ()) + (("recipient",) if r_done else ()))
        if not ev.actor and ev.event_type == "RETREAT" and ev.mode == "ceasefire" and (main_dyad or ev.recipient):
            # "the truce took effect at midnight": the warring sides cease fire (the sentence's parties, else
            # the article's main adversaries)
            parties = tuple(ev.recipient) if len(ev.recipient) >= 2 else \
                tuple(replace(refs[s], text="") for s in (main_dyad or ()) if s in refs)
            if parties:
                ids = {p.id for p in parties}
                ev = replace(ev, actor=parties, recipient=tuple(r for r in ev.recipient if r.id not in ids),
                             inferred=ev.inferred + ("actor",), confidence=ev.confidence * PENALTY)
        if ev.status == "denied":
            out.append(ev)
            continue
        if ev.actor and ev.quad_class in (3, 4):
            # "Haftar ... attacked Libya": a conflict with one's own state names a place, not a party
            kept = tuple(r for r in ev.recipient if not _own_state(r, ev.actor))
            if kept != ev.recipient:
                ev = replace(ev, recipient=kept)
        if ev.event_type in INFER_TYPES and ev.actor and not ev.recipient and not _anonymous(ev.actor[0]):
            target = adversary(side_of(ev.actor[0], kb, ev.date))
            if target is not None and _own_state(refs[target], ev.actor):
                target = None   # Sisi's threat is not against Egypt, whatever the article's tally says
            if target is not None:
                ev = replace(ev, recipient=(replace(refs[target], text=""),), inferred=ev.inferred + ("recipient",),
                             confidence=ev.confidence * FILL_PENALTY)
        elif ev.event_type in INFER_TYPES and ev.recipient and not ev.actor and not _anonymous(ev.recipient[0]):
            target = adversary(side_of(ev.recipient[0], kb, ev.date))
            if target is not None and _own_state(refs[target], ev.recipient):
                target = None
            if target is not None:
                ev = replace(ev, actor=(replace(refs[target], text=""),), inferred=ev.inferred + ("actor",),
                             confidence=ev.confidence * FILL_PENALTY)
        elif (ev.event_type in ALLY_TYPES or (ev.cameo or "").startswith("033")) and ev.actor and len(ev.recipient) == 1 \
                and ev.recipient[0].kind == "state" and ev.recipient[0].country not in {a.country for a in ev.actor}:
            target = ally_in(side_of(ev.actor[0], kb, ev.date), ev.recipient[0].country)
            if target is not None:
                ev = replace(ev, recipient=(replace(refs[target], text=""),), inferred=ev.inferred + ("recipient",),
                             confidence=ev.confidence * PENALTY)
        elif not ev.recipient and main_dyad and (
                any(BOTH_SIDES.search(e.sentence) for e in ev.evidence) or
                (ev.event_type in TRUCE_TYPES and any(TRUCE.search(e.sentence) for e in ev.evidence))):
            parties = tuple(replace(refs[s], text="") for s in main_dyad
                            if s not in {side_of(a, kb, ev.date) for a in ev.actor})
            if parties:
                ev = replace(ev, recipient=parties, inferred=ev.inferred + ("recipient",),
                             confidence=ev.confidence * PENALTY)
        out.append(ev)
    return out
