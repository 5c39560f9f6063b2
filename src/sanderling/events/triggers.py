"""Finding event triggers in a sentence: words of the lexicon whose cues match the parse."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import NOT_AN_EVENT, Lexicon, Trigger
from .syntax import (conjuncts, is_passive, names_its_object, objects, prep_children, series_head, that_clauses,
                     to_infinitive)

POS_MAP = {"VERB": "V", "AUX": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
# words whose complement carries the event; the intent changes its type (PLOVER: a future meeting
# is AGREE, a promised attack is THREATEN)
INTENT_LEMMAS = {"vow", "promise", "pledge", "want", "wish", "seek", "aim", "plan", "intend", "decide", "ready",
                 "willing", "prepared", "move", "threaten", "agree", "offer", "prepare", "swear", "commit"}
# intent words that are events only through what they intend ("wants to send troops"), never alone
WEAK_INTENT = {"want", "wish", "seek", "aim", "plan", "intend", "decide", "ready", "willing", "prepared", "move",
               "prepare"}


STATIVE_SUPPORT = {"back", "support", "oppose"}
DURATIVE = {"long", "always", "traditionally", "consistently", "steadfastly", "historically"}   # "has long backed him"
PRESS_WORDS = {"press", "news"}
# weather and the earth strike too ("tornado strikes in South", "the quake hit the coast"): no one attacks
NATURAL_HAZARDS = {"tornado", "hurricane", "storm", "earthquake", "quake", "aftershock", "flood", "cyclone", "typhoon",
                   "tsunami", "lightning", "wildfire", "blizzard", "avalanche", "landslide", "mudslide", "heatwave",
                   "drought", "snowstorm", "sandstorm"}
# participles that say who a group is ("rebels fighting Gaddafi", "militias opposing the government"), not
# what it did on a day
DESCRIPTIVE_PARTICIPLES = {"fight", "battle", "oppose", "resist", "back", "support"}
# verbs of reaction: their object names a happening of its own
REACTION_LEMMAS = {"welcome", "condemn", "denounce", "criticize", "criticise", "praise", "hail", "applaud", "deplore",
                   "reject", "dismiss", "slam", "decry", "commend", "protest", "mourn"}
SPEECH_ACT_CONTENT = {"warn", "threaten"}


# intent verbs rarely followed by a purpose clause: after "moved to Libya" or "prepared for weeks" an infinitive
# usually says what for ("moving to Libya to support the government")
PROMISSORY = frozenset({"vow", "promise", "pledge", "agree", "threaten", "offer", "swear", "commit", "decide",
                        "intend"})


def _split_complement(verb: Token, clause: Token) -> bool:
    """'committed on Monday to withdraw': an adverbial between them makes the parser read the infinitive as a
    purpose clause; after a verb of promising with no object before it ('sent troops to attack' has one) it is
    the verb's complement."""
    return clause.dep_ == "advcl" and clause.i > verb.i and verb.lemma_.lower() in PROMISSORY \
        and to_infinitive(clause) and not any(c.dep_ == "dobj" for c in verb.children)


@dataclass
class Hit:
    token: Token
    trigger: Trigger
    intent: Token | None = None        # the intent word governing the trigger, if any


def _lemma(tok: Token) -> str:
    lem = tok.lemma_.lower()
    if tok.pos_ in ("NOUN", "PROPN") and lem.endswith("s") and lem[:-1] and tok.lower_ == lem:
        lem = lem.rstrip("s") if lem not in ("talks", "news") else lem
    return "talk" if lem == "talks" else lem


def doers(tok: Token) -> list[Token]:
    """What does the verb's deed: its active subject, or the agent of a passive ("hit by rockets", "hit in
    air strikes"), with conjuncts."""
    if tok.pos_ in ("NOUN", "PROPN"):
        # a deed named by a noun: its "by" phrase, or the subject of the light verb it is the object of
        # ("warplanes carried out a series of raids")
        out = [o for p, o in prep_children(tok) if p == "by" and o is not None]
        head = series_head(tok)
        if not out and head.dep_ == "dobj" and head.head.pos_ == "VERB":
            out = [c for c in head.head.children if c.dep_ == "nsubj"]
        return out + [c for o in out for c in conjuncts(o)]
    out = [c for c in tok.children if c.dep_ == "nsubj"]
    if not out and tok.dep_ == "xcomp":
        # "ordered his army to march on Tripoli": the one told to act does it; "vowed to march": the vower
        out = [c for c in tok.head.children if c.dep_ == "dobj"] or [c for c in tok.head.children if c.dep_ == "nsubj"]
    if tok.dep_ == "relcl" and any(c.lower_ in ("which", "that") for c in out):
        out = [tok.head]     # "the attack which targeted a checkpoint": the attack targeted it
    if is_passive(tok):
        out += [o for p, o in prep_children(tok) if p in ("by", "in") and o is not None]
    # "a new rain of rockets struck the airport", "a volley of shells hit": what the volley is made of
    out += [o for d in out if d.lemma_.lower() in VOLLEY_NOUNS for p, o in prep_children(d) if p == "of" and o is not None]
    return out + [c for o in out for c in conjuncts(o)]


VOLLEY_NOUNS = frozenset({"rain", "hail", "volley", "salvo", "wave", "barrage", "series", "round", "dozen", "hundred"})
PLACE_OBJECT = "@place"          # an obj= cue value: the object is a named place ("took Sirte")
PLACE_ENTS = ("GPE", "LOC", "FAC")
MOD_PLACE_ENTS = PLACE_ENTS + ("NORP",)   # "Turkish intervention" as well as "Turkey's intervention"
ACTOR_OBJECT = "@actor"          # ... a named person or known actor ("received Guterres")
ACTOR_ENTS = ("PERSON", "ACTOR")
# a by= cue value: the doer is a named actor, and the event stands only if that actor is a person (the events
# stage checks the kind once the mention is resolved): "Akar arrived in Libya" is a visit, "the LNA arrived" not
PERSON_DOER = "@person"


def _nearest_verb(tok: Token, steps: int = 3) -> Token | None:
    t = tok
    for _ in range(steps):
        if t.head.i == t.i:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _is_one_of(tok: Token, values: frozenset[str], place_ents: tuple[str, ...] = PLACE_ENTS) -> bool:
    """A cue's word list: one of its lemmas, or any named place when it lists @place."""
    return _lemma(tok) in values or (PLACE_OBJECT in values and tok.ent_type_ in place_ents)


def _late_infinitive(tok: Token, lemmas: frozenset[str]) -> bool:
    """An infinitive the parser hangs on the noun of a prepositional phrase after the verb: "voted 325 to 184
    in an extraordinary session to give Erdogan a mandate" (the session does not give; the vote does)."""
    late = [po for _, po in prep_children(tok) if po is not None]
    # "gave the ambassador 72 hours to leave": the infinitive hangs on the span of time granted
    late += [o for o in tok.children if o.dep_ in ("dobj", "npadvmod") and o.lemma_.lower() in GRANTED_SPANS]
    return any(c.dep_ in ("relcl", "acl") and _lemma(c) in lemmas and to_infinitive(c)
               for po in late for c in po.children)


GRANTED_SPANS = frozenset({"hour", "day", "week", "month", "deadline"})


def _fixed_complements(verb: Token, values: frozenset[str]) -> list[Token]:
    """A fixed phrase of an obj= cue ("persona non grata") anywhere in the verb's own clause: the parser hangs
    such an object complement on the object, or on a conjunct of it ("declared the commissioner and the
    ministers of Italy, Greece and Malta persona non grata")."""
    if verb.pos_ not in ("VERB", "AUX") or not any(" " in v for v in values):
        return []
    return [t for t in verb.subtree if t.i > verb.i and " " in _lemma(t) and _lemma(t) in values
            and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i]


def _cue_matches(tok: Token, trig: Trigger) -> bool:
    if trig.head:
        verb = _nearest_verb(tok)
        if verb is None or _lemma(verb) not in trig.head:
            return False
    if trig.that and not that_clauses(tok):
        return False
    # ("allow exports to resume": the parser makes an infinitive with its own subject a ccomp)
    if trig.to and not any(c.dep_ in ("xcomp", "advcl", "ccomp") and _lemma(c) in trig.to
                           and to_infinitive(c) for c in tok.children) and not _late_infinitive(tok, trig.to):
        return False
    if trig.mod and not any(_is_one_of(m, trig.mod, MOD_PLACE_ENTS)
                            for m in tok.children if m.dep_ in ("amod", "compound", "poss", "nmod")):
        return False
    if trig.by:
        if tok.pos_ not in ("VERB", "AUX", "NOUN") or not any(
                _lemma(d) in trig.by or (PERSON_DOER in trig.by and d.ent_type_ in ACTOR_ENTS) for d in doers(tok)):
            return False
    matched = []
    if trig.obj:
        matched = [o for o in objects(tok) if _is_one_of(o, trig.obj)
                   or (ACTOR_OBJECT in trig.obj and o.ent_type_ in ACTOR_ENTS)] or _fixed_complements(tok, trig.obj)
        if not matched:
            return False
    if trig.prep:
        # with an obj= cue the preposition may hang on that object: the parser reads "summoned its ambassador
        # from Damascus" as the ambassador from Damascus
        preps = prep_children(tok) + [po for o in matched for po in prep_children(o)]
        ok = False
        for p, pobj in preps:
            if p != trig.prep:
                continue
            if not trig.prep_obj:
                ok = True
                break
            # "from Sea Guardian, NATO's maritime operation", "aboard the merchant vessel Ocean Star": a name in
            # apposition, or the noun it is compounded with, says what it is
            targets = [pobj] + [c for c in pobj.children if c.dep_ in ("appos", "compound")] \
                if pobj is not None else objects(tok)
            if any(t is not None and _is_one_of(t, trig.prep_obj) for t in targets):
                ok = True
                break
        if not ok and trig.prep == "for" and not trig.prep_obj:
            # "called for a truce to be declared": the parser makes "for" the mark of the clause it governs
            ok = any(c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                     for c in tok.children)
        if not ok:
            return False
    return True


def match_token(tok: Token, lexicon: Lexicon) -> Trigger | None:
    pos = POS_MAP.get(tok.pos_)
    if pos is None:
        return None
    for trig in lexicon.candidates(_lemma(tok), pos):
        if _cue_matches(tok, trig):
            return trig
    return None


DEMAND_SPEECH = {"say", "declare", "insist", "reiterate", "tell", "state", "stress", "warn", "add",
                 "argue", "write", "repeat", "announce", "conclude", "demand"}
DEMAND_MODALS = {"must", "should"}
_DEMAND = Trigger(lemma="*must", pos="V", event_type="REQUEST", mode=None, cameo="100", weight=0.7)


def _demand(tok: Token) -> bool:
    """'X declared that China must drop barriers': a demand voiced through a speech verb."""
    if tok.lemma_.lower() not in DEMAND_SPEECH:
        return False
    for c in tok.children:
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEMAND_MODALS for a in c.children):
            return True
    return False


def _dated(tok: Token) -> bool:
    """The participle carries its own date ("the ceasefire signed in Geneva on Friday"): it reports an act."""
    for c in tok.children:
        if c.ent_type_ == "DATE" or (c.dep_ == "prep" and any(o.ent_type_ == "DATE" for o in c.children)):
            return True
    return False


# verbs of holding a position rather than doing something on a day
STATE_VERBS = {"be", "have", "remain", "stay", "hold", "enjoy", "keep", "retain", "wield", "control", "rule",
               "dominate", "command"}


def _frames_a_standing(tok: Token) -> bool:
    """'Aided by his family and a pervasive security apparatus, Assad has absolute power': a passive participle
    opening a clause that states a standing says how the standing came about, not what anyone did that day
    ('Aided by Turkish drones, the GNA retook the base' still tells the aid)."""
    head = tok.head
    return tok.dep_ == "advcl" and tok.tag_ == "VBN" and tok.i < head.i and head.pos_ in ("VERB", "AUX") \
        and head.lemma_.lower() in STATE_VERBS and any(c.dep_ == "agent" for c in tok.children) \
        and not any(c.dep_ == "auxpass" for c in tok.children) and not _dated(tok)


def _asked_a_question(tok: Token) -> bool:
    """'Asked if his forces had been too aggressive, Assad told the newspaper ...', 'When asked about the deal, Dendias
    said ...': a question put to the speaker frames his answer; nobody appealed for anything ('Asked by the GNA
    to intervene, Turkey sent troops' is an appeal)."""
    return tok.lemma_.lower() == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl" and tok.i < tok.head.i \
        and not any(c.dep_ == "xcomp" for c in tok.children)


# what a source declines to do when it will not talk to the press
COMMENT_VERBS = {"comment", "elaborate", "confirm", "specify", "say", "speak", "respond", "answer", "disclose",
                 "identify", "name", "detail"}


# replying is keeping quiet only when nothing is replied to: "refused to respond to a demand" rejects the demand
REPLY_VERBS = {"respond", "answer"}


def _no_comment(tok: Token) -> bool:
    """'Haftar's spokesman declined to comment', 'Pompeo refused to say whether ...': a source keeping quiet rejects
    no proposal of anyone's."""
    return tok.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in COMMENT_VERBS
        and not (c.lemma_.lower() in REPLY_VERBS and any(k.dep_ in ("prep", "dobj") for k in c.children))
        for c in tok.children)


def _natural_hazard(tok: Token) -> bool:
    """'tornado strikes', 'the earthquake struck': the striker is weather or the earth."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in NATURAL_HAZARDS for c in tok.children)
    return any(c.dep_ in ("nsubj", "nsubjpass", "agent") and (c.lemma_.lower() in NATURAL_HAZARDS or any(
        o.lemma_.lower() in NATURAL_HAZARDS for o in c.children if o.dep_ == "pobj")) for c in tok.children)


# what a campaign or operation is for when it is no fighting: "launched a public donation campaign", "began a
# search and rescue operation", "an aid campaign for Libya"
CIVIL_PURPOSES = {"donation", "aid", "relief", "fundraising", "fund", "vaccination", "immunisation", "immunization",
                  "awareness", "election", "electoral", "advertising", "publicity", "recruitment", "registration",
                  "charm", "lobbying", "information", "humanitarian", "rescue", "search", "reconstruction",
                  "cleanup", "clean", "literacy", "health", "evacuation", "repatriation", "signature", "petition",
                  "boycott", "media", "diplomatic", "vaccine", "testing", "solidarity", "donor"}
_OPERATION_NOUNS = {"campaign", "operation", "drive", "effort", "mission"}


def _operations(tok: Token, kinds) -> list[Token]:
    """The campaign or operation nouns an ASSAULT trigger tells of: itself, or the verb's objects."""
    return [n for n in ([tok] if tok.pos_ == "NOUN" else objects(tok)) if n.lemma_.lower() in kinds]


def _civil_campaign(tok: Token) -> bool:
    """The campaign launched or told of is for aid, rescue, votes or money, not an attack."""
    for n in _operations(tok, _OPERATION_NOUNS):
        mods = [c for c in n.children if c.dep_ in ("compound", "amod", "nmod")]
        mods += [cc for m in mods for cc in conjuncts(m)]
        if any(m.lemma_.lower() in CIVIL_PURPOSES for m in mods):
            return True
    return False


# what a deployment is for when it is no attack: "launched Operation Irini to monitor the arms embargo"
WATCH_PURPOSES = {"monitor", "enforce", "patrol", "police", "observe", "inspect", "supervise", "oversee", "protect",
                  "escort", "train", "guard", "verify"}
WATCH_KINDS = {"peacekeeping", "monitoring", "observer", "training", "surveillance"}


def _infinitives(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and to_infinitive(c)]


def _watch_mission(tok: Token) -> bool:
    """An operation or mission launched to monitor, enforce or patrol is a deployment (MOBILIZE), not an attack."""
    for n in _operations(tok, ("operation", "mission")):
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in WATCH_KINDS for c in n.children):
            return True
        if any(i.lemma_.lower() in WATCH_PURPOSES for i in _infinitives(n) + (_infinitives(tok) if tok is not n else [])):
            return True
    return False


COMPARING = {"compare", "comparison", "similar", "akin", "comparable", "analogous"}


def _compared_with(tok: Token) -> bool:
    """'limited compared to Washington's role in a NATO-led air campaign against Gaddafi', 'a crackdown like
    the one in Libya': a happening held up for comparison is not reported as news."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("like", "unlike"):
            return True
        if t.dep_ == "pobj" and t.head.lower_ in ("to", "with") and t.head.head.lemma_.lower() in COMPARING:
            return True
        if t.dep_ not in ("pobj", "prep", "compound", "conj", "appos"):
            return False
        t = t.head
    return False


def find_triggers(sent: Span, lexicon: Lexicon) -> list[Hit]:
    hits: dict[int, Hit] = {}
    for tok in sent:
        trig = match_token(tok, lexicon)
        if trig is None and _demand(tok):
            trig = _DEMAND
        if trig is None or trig.event_type == NOT_AN_EVENT:
            continue
        # participles used as adjectives describe a standing state ("UN-backed government",
        # "a government recognized by the UN"), not a new event
        if tok.pos_ == "VERB" and (tok.dep_ in ("amod", "compound") or
                                   (tok.dep_ == "acl" and tok.tag_ == "VBN" and trig.event_type == "SUPPORT"
                                    and not _dated(tok))):
            continue
        # "X backs Y" in the present, or "is supported by", states a standing alignment (a relation
        # for the network), not a new event
        if trig.event_type == "SUPPORT" and tok.lemma_.lower() in STATIVE_SUPPORT and (
                tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children))
                or any(c.dep_ == "advmod" and c.lower_ in DURATIVE for c in tok.children)
                or (tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were") for c in tok.children))):
            continue
        if trig.bare and any(c.dep_ in ("dobj", "ccomp") for c in tok.children):
            continue
        if names_its_object(tok) or (trig.event_type == "REQUEST" and tok.lemma_.lower() == "call"
                                     and any(c.dep_ == "oprd" for c in tok.children)):
            continue   # "condemned what it called an attack", "called Haftar a putschist": a naming, not a call for
            # anything
        if trig.event_type == "ASSAULT" and (_natural_hazard(tok) or _civil_campaign(tok)):
            continue
        if trig.event_type == "ASSAULT" and _watch_mission(tok):
            trig = Trigger(trig.lemma, trig.pos, "MOBILIZE", None, "154", trig.weight)
        if tok.pos_ in ("NOUN", "PROPN") and _compared_with(tok):
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.lemma_.lower() in DESCRIPTIVE_PARTICIPLES \
                and tok.head.pos_ in ("NOUN", "PROPN") and not _dated(tok) \
                and not any(c.dep_ in ("nsubj", "aux", "mark") for c in tok.children):
            continue
        if _frames_a_standing(tok) or _asked_a_question(tok) or _no_comment(tok):
            continue
        # "a joint press conference", "a news briefing": a speaker addressing reporters, not parties meeting
        # (but "a joint press conference with Sarraj" is one the two gave together after meeting)
        if trig.event_type == "CONSULT" and tok.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("compound", "amod") and c.lower_ in PRESS_WORDS for c in tok.children) \
                and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            continue
        # "if the GNA requested it": a condition of another event, not an event of its own
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            continue
        hits[tok.i] = Hit(tok, trig)
    # An intent word hands its event to its verbal complement when that is itself a trigger.
    for i, hit in list(hits.items()):
        tok = hit.token
        if tok.lemma_.lower() not in INTENT_LEMMAS:
            continue
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i in hits
                 and (c.dep_ == "xcomp" or tok.pos_ == "ADJ" or _split_complement(tok, c))]
        if comps:
            for c in comps:
                hits[c.i].intent = tok
            if not tok.lemma_.lower() == "threaten":
                del hits[i]
            else:
                for c in comps:
                    hits.pop(c.i, None)
    for i, hit in list(hits.items()):
        if hit.token.lemma_.lower() in WEAK_INTENT and hit.trigger.comp:
            del hits[i]
    # Intent words that are not themselves triggers still mark their complement.
    for hit in hits.values():
        t = hit.token
        for _ in range(4):   # "wanted to see an end to the conflict and then talks"
            if hit.intent is not None or t.head is t:
                break
            if (t.dep_ == "xcomp" or _split_complement(t.head, t)) and t.head.lemma_.lower() in INTENT_LEMMAS:
                hit.intent = t.head
                break
            # "preparing a military assault", "planning an offensive": the planned act has not happened
            if t.dep_ == "dobj" and t.pos_ in ("NOUN", "PROPN") and t.head.lemma_.lower() in WEAK_INTENT:
                hit.intent = t.head
                break
            if t.dep_ not in ("dobj", "conj", "pobj", "prep", "xcomp", "advcl"):
                break
            t = t.head
    # "a battle to capture the city": a purpose clause under a trigger is part of that event
    for i, hit in list(hits.items()):
        tok = hit.token
        if tok.dep_ in ("acl", "relcl") and tok.head.i in hits and to_infinitive(tok):
            del hits[i]
    # what a warning or threat warns of is its condition, not a separate event
    for i, hit in list(hits.items()):
        for anc in list(hit.token.ancestors)[:3]:
            if anc.i in hits and anc.i != i and anc.lemma_.lower() in SPEECH_ACT_CONTENT:
                del hits[i]
                break
    # what a request asks for has not happened: "urged Turkey to withdraw", "demanded that Turkey withdraw" code
    # the request (the asked-for act is its content), not a withdrawal
    for i, hit in list(hits.items()):
        tok = hit.token
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj" and tok.head.dep_ == "ccomp" \
                and tok.head.i not in hits:
            tok = tok.head   # "said both sides should hold negotiations": the meeting asked for, through its verb
        head = tok.head
        if tok.dep_ == "advcl" and head.i not in hits and to_infinitive(tok):
            # "handed Cairo a formal invitation, from ..., to send troops": the parser hangs the content on the verb
            head = next((o for o in head.children if o.dep_ == "dobj" and o.i in hits), head)
        if head.i == tok.i or head.i not in hits or hits[head.i].trigger.event_type != "REQUEST":
            continue
        if tok.dep_ == "xcomp" or (tok.dep_ in ("ccomp", "advcl", "acl") and (
                to_infinitive(tok) or tok.tag_ == "VB")):
            del hits[i]   # ... and "an invitation to send troops" asks for the sending
    # A nominal trigger that is the object of a verb trigger or a light verb is one event, not two.
    for i, hit in list(hits.items()):
        tok = hit.token
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head = tok.head
        if tok.dep_ in ("dobj", "nsubjpass", "pobj", "attr") and head.i in hits and head.i != i:
            if tok.dep_ == "dobj" and head.lemma_.lower() in REACTION_LEMMAS:
                continue   # "welcomed the launch of Irini": the reaction and the happening it reacts to
            if hit.trigger.event_type == "CONSULT" and hits[head.i].trigger.event_type != "CONSULT":
                continue   # "told the conference on Libya in Berlin that ...": the speech and the gathering
            del hits[i]
        elif tok.dep_ == "compound" and head.i in hits:
            del hits[i]
        elif tok.dep_ == "nsubj" and head.i in hits and hits[head.i].trigger.event_type == hit.trigger.event_type:
            del hits[i]
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in hits \
                and hits[head.head.i].trigger.prep == head.lower_:
            del hits[i]
        elif tok.dep_ == "pobj" and head.dep_ in ("prep", "agent") and head.head.i in hits \
                and hits[head.head.i].trigger.by and any(d.i == tok.i for d in doers(head.head)):
            del hits[i]   # "damaged in air strikes": the strikes are the doer of that one event
    return sorted(hits.values(), key=lambda h: h.token.i)
