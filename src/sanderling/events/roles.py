"""Who did it to whom: actor and recipient from the dependency structure around a trigger."""
from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from ..actors.generic import names_others
from ..actors.mentions import ANSWERING_WORDS, BACKING_WORDS, FORCE_NOUNS
from ..nlp import MEETING_NOUNS, TOPIC_PREPS
from ..records import ActorRef, Mention
from .status import SPEECH
from .triggers import REACTION_LEMMAS
from .syntax import RELATIVE, children, first_child, is_passive, late_passive_subjects, loose_participle, \
    prep_children, series_head, shifted_objects, verb_first

RECIPIENT_PREPS = ("against", "with", "on", "to", "at", "toward", "towards", "into", "upon", "for",
                   "from", "over", "in", "between", "among")
# verbs whose object is the subject of their complement ("urged X to", "forced X to")
STATEMENT_NOUNS = {"declaration", "statement", "communique", "communiqué", "letter", "resolution", "message",
                   "appeal", "reminder", "warning", "ultimatum", "decree", "order", "note", "report"}
PATIENT_NOUNS = {"assassination", "killing", "murder", "arrest", "detention", "kidnapping", "abduction",
                 "overthrow", "toppling", "ouster", "execution", "release", "expulsion", "deportation",
                 "capture", "imprisonment", "torture", "extradition", "removal"}
GIVER_NOUNS = {"help", "assistance", "aid", "support", "backing"}
# "accused X of using ...": the object of these verbs does what the gerund says
OBJECT_GERUND = {"accuse", "blame", "suspect", "charge", "thank", "praise", "condemn", "criticize",
                 "criticise", "congratulate", "warn"}
OBJECT_CONTROL = {"urge", "force", "ask", "call", "push", "press", "allow", "enable", "help",
                  "order", "invite", "encourage", "persuade", "compel", "lead", "prompt", "tell"}


class MentionIndex:
    """Character-offset lookup from tokens to the actor mentions covering them."""

    def __init__(self, mentions: list[Mention]):
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]

    def at(self, tok: Token) -> Mention | None:
        i = bisect_right(self.starts, tok.idx) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.start <= tok.idx < m.end:
                return m
            if m.end <= tok.idx and i < len(self.mentions) - 1 and self.starts[i] < tok.idx - 200:
                break
            i -= 1
        return None

    def all_at(self, tok: Token) -> list[Mention]:
        """Every mention covering ``tok`` ("they" with two antecedents gives two mentions at the same
        offsets); the one :meth:`at` returns comes first."""
        first = self.at(tok)
        if first is None:
            return []
        out = [first]
        i = bisect_right(self.starts, tok.idx) - 1
        while i >= 0 and self.starts[i] >= tok.idx - 200:
            m = self.mentions[i]
            if m is not first and m.start <= tok.idx < m.end:
                out.append(m)
            i -= 1
        return out


LOYAL = {"loyal", "aligned", "allied", "affiliated"}
# words of a force's allegiance the parser may take for a clause's verb
ALLEGIANCE_WORDS = {"loyal"} | ANSWERING_WORDS | BACKING_WORDS


# nouns of saying whose "of"-object is the speaker: "the allegations of France", "the demands of the protesters"
SPEAKER_NOUNS = {"allegation", "accusation", "claim", "criticism", "condemnation", "demand", "call", "request",
                 "warning", "statement", "remark", "denial", "rejection", "protest", "complaint", "appeal"}
# "the dialogue between the House and the Council": the parties of a meeting are its actors


def _meeting_topic(prep: str, noun: Token) -> bool:
    """ "the conference on Libya", "talks with Russia on Libya": what a meeting is about, not a party to it."""
    return prep in TOPIC_PREPS and noun.lemma_.lower() in MEETING_NOUNS


# verbs whose object noun names the deed: "carried out a strike", "launched an offensive"
LIGHT_VERBS = frozenset("carry conduct launch stage mount execute perform make hold".split())
# arms that act for their owner: "the warplanes of X struck", "X's drones hit"
WEAPON_NOUNS = frozenset("""warplane plane jet aircraft drone helicopter artillery gunboat warship ship vessel
    tank battery missile rocket""".split())


def _office(m: Mention) -> bool:
    """A generic office or agent (Phoenix "UN envoy", "AGENT_MIL"), not a named actor."""
    return m.actor.id.startswith(("PH_", "AGENT_"))


def _agent_hung_on(tok: Token) -> Token | None:
    """The object of a "by" phrase the parser hung on ``tok`` instead of on the deed before it ("signed in Geneva
    ... by the Joint Military Commission", "the capture of al-Watiya by GNA forces")."""
    return next((b for q, b in prep_children(tok) if q == "by" and b is not None), None)


# nouns for those who stand for a body: "the delegations of X and Y" stand for both; such people meeting make a
# gathering ("foreign ministers of the neighbouring countries met in Algiers")
ENVOY_NOUNS = {"minister", "leader", "official", "diplomat", "envoy", "representative", "delegate", "delegation",
               "head", "chief", "commander", "lawmaker", "parliamentarian", "ambassador", "member", "emissary"}


def np_actors(tok: Token | None, index: MentionIndex, depth: int = 0) -> list[Mention]:
    """Actors named by the noun phrase headed by tok: the mention covering it, else its possessor,
    modifiers or 'of'-complement; conjuncts add more actors ('Russia and the US')."""
    if tok is None or depth > 4:
        return []
    out: list[Mention] = []
    ms = index.all_at(tok)
    if ms and all(_office(m) for m in ms):
        # "the UN envoy for Libya, Ghassan Salame, confirmed": the person named in apposition, not the office
        # (the parser may hang the name on the office's "for Libya")
        named = [m for c in tok.subtree if c.dep_ == "appos" and c.i > tok.i for m in index.all_at(c)
                 if m.actor.kind == "person" and not _office(m)]
        if named:
            ms = named
    if ms:
        out.extend(ms)
        if tok.lemma_.lower() in ENVOY_NOUNS:
            # "the delegations of the High Council of State and the House": the name may cover only the first of
            # those represented; the others are conjuncts of its "of" object
            end = max(m.end for m in ms)
            for p, o in prep_children(tok):
                if p == "of" and o is not None:
                    out.extend(m for c in o.children if c.dep_ == "conj" and c.idx >= end
                               for m in np_actors(c, index, depth + 1))
        # "Russian and Turkish diplomats": the first nationality is a mention of its own
        for c in tok.children:
            if c.dep_ == "amod" and any(x.dep_ == "conj" for x in c.children):
                m = index.at(c)
                if m is not None and all(m is not x for x in ms):
                    out.append(m)
    elif names_others(tok):
        # "Haftar's foreign backers", "Libya's neighbours": the possessor and the "of" phrase name whom they are
        # related to; a name in apposition ("his counterpart, Mevlut Cavusoglu") or a nationality still names them
        for c in tok.children:
            if c.dep_ in ("appos", "compound", "amod", "nmod"):
                out.extend(np_actors(c, index, depth + 1))
    elif tok.lower_ in RELATIVE and tok.head.dep_ == "relcl":
        out.extend(np_actors(tok.head.head, index, depth + 1))
    elif tok.lower_ == "whose" and tok.dep_ == "poss":
        # "Haftar, whose militias have been attacking the capital": the militias are Haftar's
        clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            out.extend(np_actors(clause.head, index, depth + 1))
    else:
        pron_poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        for dep in ("poss", "compound", "appos", "nmod", "amod", "npadvmod"):
            for c in tok.children:
                if c.dep_ == dep and c not in pron_poss:
                    out.extend(np_actors(c, index, depth + 1))
            if out:
                break
        if not out:
            for c in pron_poss:
                out.extend(np_actors(c, index, depth + 1))
        if not out and tok.dep_ == "appos":
            out.extend(np_actors(tok.head, index, depth + 1))
        if not out and tok.lemma_.lower() in WEAPON_NOUNS:
            # "the warplanes of the Arab Libyan Armed Forces", "drones of the GNA": whose arms they are
            for p, o in prep_children(tok):
                if p == "of" and o is not None:
                    out.extend(np_actors(o, index, depth + 1))
        if not out:
            for p, o in prep_children(tok):
                if o is not None and (p in ("of", "under", "loyal", "from") or (p in ("to", "with") and tok.lower_ in LOYAL)
                                      or (p == "between" and tok.lemma_.lower() in MEETING_NOUNS)):
                    # "forces loyal to the government in Tripoli": the side they are loyal to
                    out.extend(np_actors(o, index, depth + 1))
    for c in tok.children:          # "Mordor, Rohan, Fornost and Bree": every conjunct
        if c.dep_ == "conj":
            out.extend(np_actors(c, index, depth + 1))
    seen, uniq = set(), []
    for m in out:
        if (m.start, m.end, m.actor.id) not in seen:
            seen.add((m.start, m.end, m.actor.id))
            uniq.append(m)
    return uniq


# what is sent, not who receives it: "sent troops to Libya", "mercenaries had been sent by Moscow"
THEME_TYPES = {"AID", "MOBILIZE"}
THEME_NOUNS = {"troop", "soldier", "force", "weapon", "arm", "drone", "aid", "adviser", "advisor", "trainer",
               "mercenary", "fighter", "equipment", "jet", "plane", "warship", "ship", "supply", "reinforcement",
               "personnel", "unit", "militant", "military", "ammunition", "missile", "tank", "vehicle", "expert",
               "instructor", "officer", "contractor", "jihadist", "militia", "battalion", "brigade", "aircraft"}


def _is_theme(tok: Token | None) -> bool:
    return tok is not None and tok.lemma_.lower() in THEME_NOUNS


def _purpose_recipients(trigger: Token, index: MentionIndex) -> list[Mention]:
    """ "send troops, in support of the GNA": a purpose phrase the parser hung elsewhere but which follows
    the trigger's own phrase with only punctuation between."""
    doc = trigger.doc
    i = trigger.right_edge.i + 1
    while i < trigger.sent.end and doc[i].is_punct and doc[i].text not in (".", ";", ":"):
        i += 1
    if i + 2 < trigger.sent.end and doc[i].lower_ in ("in", "on") and doc[i + 1].lemma_.lower() in PURPOSE_NOUNS \
            and doc[i + 2].lower_ == "of":
        obj = next((c for c in doc[i + 2].children if c.dep_ == "pobj"), None)
        return np_actors(obj, index)
    return []


FINITE = {"VBZ", "VBD", "VBP"}
LOCATIVE_PREPS = {"in", "inside", "across", "throughout", "near", "around", "within", "outside"}
TOPIC_VERBS = {"discuss", "talk", "negotiate", "consult", "debate"}


# "in support of X", "in defence of X": X is a party, not a place
PURPOSE_NOUNS = {"support", "favor", "favour", "defense", "defence", "solidarity", "aid", "backing", "behalf"}


def _is_place_phrase(prep: str, mentions: list[Mention], pobj: Token | None = None) -> bool:
    if pobj is not None and pobj.lemma_.lower() in PURPOSE_NOUNS:
        return False
    return prep in LOCATIVE_PREPS


def _subject_token(verb: Token) -> Token | None:
    subj = first_child(verb, "nsubj", "csubj")
    if subj is not None:
        return subj
    vso = verb_first(verb)
    if vso is not None:
        return vso[0]
    for c in verb.children:
        # "When Bashagha stepped off the jet and, hours later, sat down with Haftar": the parser hangs the first
        # of two coordinated verbs on the second as a clause that keeps the "and"; they share its subject
        if c.dep_ == "advcl" and c.i < verb.i and any(k.dep_ == "cc" and k.i > c.i for k in c.children):
            s = first_child(c, "nsubj")
            if s is not None:
                return s
    # inherited subjects: complements, conjoined verbs, participial clauses
    for _ in range(4):
        head = verb.head
        if head.i == verb.i:
            return None
        if verb.dep_ == "xcomp":
            if head.lemma_.lower() in OBJECT_CONTROL:
                obj = first_child(head, "dobj")
                if obj is not None:
                    return obj
                for p, o in prep_children(head):
                    if p in ("on", "upon") and o is not None:
                        return o
            s = first_child(head, "nsubj")
            if s is not None:
                return s
        elif verb.dep_ == "conj":
            if head.pos_ == "ADJ" and (s := first_child(head, "nsubj")) is not None:
                # "gunmen loyal to Haftar abducted the MP": a reduced relative the parser reads as "gunmen
                # [are] loyal", with the real verb conjoined to the adjective
                return s
            if verb.tag_ in FINITE and head.tag_ not in FINITE:
                # "regrets X's suggestion that changes can be imposed ... and reiterates the call": a finite
                # verb coordinated with a passive participle belongs with the finite verb above it
                up = next((a for a in head.ancestors if a.tag_ == verb.tag_ and first_child(a, "nsubj") is not None), None)
                if up is not None:
                    return first_child(up, "nsubj")
            s = first_child(head, "nsubj")
            if s is not None:
                return s
        elif verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
            if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.ent_type_ == "" \
                    and not any(c.dep_ in ("poss", "compound") for c in head.children) \
                    and head.lemma_.lower() in STATEMENT_NOUNS:
                # "the PKK issued a declaration demanding ...": the issuer demands
                return first_child(head.head, "nsubj") or head
            if head.lemma_.lower() in DECISION_NOUNS and head.dep_ == "dobj" and head.head.pos_ == "VERB" \
                    and (any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children)
                         or head.head.lemma_.lower() in DECIDING_VERBS):
                # "Turkey announced its decision to expel the ambassador", "the Council adopted a decision to impose
                # sanctions": whose decision it is acts
                return first_child(head.head, "nsubj") or head
            return head
        elif verb.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ == "of" \
                and head.head.lemma_.lower() in OBJECT_GERUND and first_child(head.head, "dobj") is not None:
            return first_child(head.head, "dobj")
        elif verb.dep_ == "ccomp" and head.dep_ == "ROOT" and head.lower_ in ALLEGIANCE_WORDS \
                and (s := first_child(head, "nsubj")) is not None and s.i == head.i - 1:
            # "Forces answering to the GNA under Sarraj captured the base": the allegiance taken for the sentence's
            # verb, the real verb for its complement; the forces capture
            return s
        elif verb.dep_ == "acomp":        # "X is about to restore ...": through the adjective
            s = first_child(head, "nsubj")
            if s is not None:
                return s
        elif verb.dep_ in ("advcl", "pcomp", "pobj") :
            s = first_child(head, "nsubj")
            if s is not None:
                return s
            if head.dep_ == "prep":
                head = head.head
                s = first_child(head, "nsubj")
                if s is not None:
                    return s
        else:
            return None
        verb = head
    return None


# nouns of a deed decided, whose possessor does the deed ("its decision to expel", "their move to close")
DECISION_NOUNS = frozenset({"decision", "move", "order"})
# verbs of taking such a decision, whose subject took it
DECIDING_VERBS = frozenset({"take", "make", "adopt", "reach", "pass", "issue"})


# verbs of concluding an agreement, whose parties may be told "between" them
PACT_VERBS = frozenset({"sign", "conclude", "ink", "seal", "reach", "strike", "agree"})


RELEASE_VERBS = frozenset({"free", "release"})
CAPTIVITY_VERBS = frozenset({"hold", "detain", "kidnap", "abduct", "capture", "seize", "arrest", "imprison", "take",
                             "jail", "intern"})


def _captors(patient: Token, index: MentionIndex) -> list[Mention]:
    """Who held ``patient``, as a participle or relative clause on it tells: "sailors held by the LNA",
    "the crew, who had been detained by forces loyal to Haftar"."""
    for c in patient.children:
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in CAPTIVITY_VERBS:
            for p, o in prep_children(c):
                if p == "by" and o is not None:
                    found = np_actors(o, index)
                    if found:
                        return found
    return []


def roles(trigger: Token, event_type: str, index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    actors: list[Mention] = []
    recipients: list[Mention] = []
    reacts = _reacts_to_happening(trigger, index)
    if trigger.pos_ in ("NOUN", "PROPN"):
        actors, recipients = _nominal_roles(trigger, index)
    else:
        # "students trained in Turkey", "the convoy attacked near Sirte": a participle modifying a noun is
        # passive, and the noun is its patient (deployed troops are still the movers)
        reduced = trigger.tag_ == "VBN" and trigger.dep_ == "acl" and trigger.head.pos_ in ("NOUN", "PROPN") \
            and first_child(trigger, "nsubj", "nsubjpass", "dobj") is None and event_type != "MOBILIZE" \
            and trigger.head.dep_ not in ("ROOT", "appos") \
            and (trigger.sent.root.pos_ in ("VERB", "AUX") or any(c.dep_ == "agent" for c in trigger.children)) \
            and not any(c.dep_ == "conj" and first_child(c, "dobj") is not None for c in trigger.children)
        # (a finite verb misparsed as a participle - "a rights group protested here", "doctors from aid
        # groups donated and delivered goods" - leaves the sentence without a verbal root or takes an object)
        # "supports the initiative ... announced in Cairo by Sisi": a participle the parser hung on the verb
        loose = loose_participle(trigger)
        if is_passive(trigger) or reduced or loose:
            for p, o in prep_children(trigger):
                if p == "by" and o is not None:
                    actors = np_actors(o, index)
            if not actors:
                # "signed in Geneva under the auspices of the UN by the Joint Military Commission": the parser
                # hangs the agent off the phrase before it
                for p, o in prep_children(trigger):
                    if o is None or p == "by":
                        continue
                    inner = _agent_hung_on(o)
                    if inner is not None:
                        actors = np_actors(inner, index)
                        break
            if not actors and trigger.lemma_.lower() in PACT_VERBS:
                # "the two memoranda signed on Wednesday between Erdogan and Sarraj": the parties sign
                for p, o in prep_children(trigger):
                    if p == "between" and o is not None:
                        actors = np_actors(o, index)
                        break
            if not actors and not reduced:
                # "the memorandum was approved in the Turkish parliament": a chamber's vote is the chamber's act
                for p, o in prep_children(trigger):
                    if p == "in" and o is not None:
                        found = [m for m in np_actors(o, index) if m.actor.sector == "LEG"]
                        if found:
                            actors = found
                            break
            if reduced:
                patient = trigger.head
            elif loose:
                patient = next((o for o in trigger.head.children if o.dep_ == "dobj" and o.i < trigger.i), None)
            else:
                patient = first_child(trigger, "nsubjpass") or next(iter(late_passive_subjects(trigger)), None)
            if patient is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBN" and trigger.i < trigger.head.i:
                # "Aided by Turkish drones, the GNA retook the base": an opening participle's patient is the
                # subject of the clause it opens
                patient = first_child(trigger.head, "nsubj", "nsubjpass")
            if trigger.lemma_.lower() == "swear" and not actors and any(
                    c.dep_ == "prt" and c.lower_ == "in" for c in trigger.children):
                # "the government was sworn in before parliament": those sworn in take the oath
                sworn = np_actors(patient or first_child(trigger, "nsubj"), index)
                if sworn:
                    return sworn, []
            if not (event_type in THEME_TYPES and _is_theme(patient)):
                recipients = np_actors(patient, index)
            if not actors and trigger.lemma_.lower() in RELEASE_VERBS and patient is not None:
                # "six Turkish sailors held by forces loyal to Haftar have been freed": who held them frees them
                actors = _captors(patient, index)
        else:
            subj_tok = _subject_token(trigger)
            actors = np_actors(subj_tok, index) or _operation_owner(subj_tok, index)
            if not actors:
                # "Forces loyal to eastern Libyan commander Khalifa Haftar halted exports": a title before the
                # name can leave "to" without its object and the name as a second subject of the verb
                actors = [m for c in trigger.children if c.dep_ == "nsubj" and c is not subj_tok
                          for m in np_actors(c, index)]
            if not actors and trigger.lemma_.lower() == "bring" and trigger.tag_ in ("VBD", "VBZ", "VBP") and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in trigger.children):
                # "a meeting that brought together Haftar with the candidates": the parties are those brought
                # together, not the meeting or the city that hosted it (a participle, "a track bringing together
                # the two parliaments", describes a format, often one still to come)
                actors = [m for o in children(trigger, "dobj") for m in np_actors(o, index)]
            if subj_tok is None and not actors and trigger.dep_ == "ROOT":
                actors = _left_neighbour(trigger, index)
            vso = verb_first(trigger)
            objs = [vso[1]] if vso is not None else (children(trigger, "dobj", "dative", "iobj") or shifted_objects(trigger))
            if trigger.lemma_.lower() in TOPIC_VERBS:
                objs = [o for o in objs if o.dep_ != "dobj"]   # "discussed Libya": a topic, not a party
            if event_type in THEME_TYPES or trigger.lemma_.lower() in PERMIT_VERBS:
                objs = [o for o in objs if not (o.dep_ == "dobj" and (_is_theme(o) or o.lemma_.lower() in SENDING_NOUNS))]
            reacting = trigger.lemma_.lower() in REACTION_LEMMAS
            for obj in objs:
                recipients.extend(np_actors(obj, index))
                if not recipients and obj.pos_ in ("NOUN", "PROPN"):
                    # the object is an event or a thing: its complements name the recipient
                    for p, o in prep_children(obj):
                        if _meeting_topic(p, obj):
                            continue
                        if reacting and p not in ("by", "of", "between"):
                            continue   # "condemned the strike on a centre for migrants": the victims, not its target
                        if p in RECIPIENT_PREPS + ("by", "of") and o is not None:
                            recipients.extend(np_actors(o, index))
        if not recipients:
            for p, o in prep_children(trigger):
                if p not in ("by", "of", "between") and reacts:
                    continue   # "condemned the strike on a migrant centre", "on" hung on the verb by the parser
                if p == "from" and trigger.lemma_.lower() in PROTECT_VERBS:
                    continue   # "defending the capital from Haftar's forces": the threat, not the one helped
                if _own_company(p, o):
                    continue
                if p in RECIPIENT_PREPS and o is not None:
                    found = np_actors(o, index)
                    if _is_place_phrase(p, found, o):
                        continue
                    recipients.extend(found)
                    if found:
                        break
        if not recipients and trigger.lemma_.lower() in BLAST_VERBS:
            recipients = _blast_site(trigger, index)
        if not recipients and event_type in THEME_TYPES:
            recipients = _purpose_recipients(trigger, index)
        if trigger.pos_ == "ADJ" and not actors:
            actors = np_actors(first_child(trigger.head, "nsubj"), index)
    actor_keys = {m.actor.id for m in actors}
    if event_type == "THREATEN":
        # "warned that Egypt's army could intervene": a state's own army is what it threatens with
        own = {m.actor.country for m in actors if m.actor.country}
        actor_keys |= {m.actor.id for m in index.mentions if m.actor.country in own and m.actor.sector == "MIL"}
    # "called on his followers to drive out the occupier": the actor's own people are not the recipient
    recipients = [m for m in recipients if m.actor.id not in actor_keys]
    if not recipients:
        # what a reaction's object happened to is no party to the reaction ("condemned the attack on X"); who
        # sent or did it is ("welcomed memos sent by Bree")
        recipients = _first_in_complements(trigger, index, actor_keys, skip_themes=event_type in THEME_TYPES
                                           or trigger.lemma_.lower() in PERMIT_VERBS,
                                           skip_targets=reacts)
    return actors, recipients


BLAST_VERBS = frozenset({"explode", "detonate", "blow"})
BLAST_PREPS = frozenset({"outside", "near", "at", "beside", "behind", "by", "opposite"})


def _blast_site(trigger: Token, index: MentionIndex) -> list[Mention]:
    """"A car bomb exploded outside the French embassy": what a bomb goes off at is what it hits, when that
    is a party's building ("in front of" too), not a town."""
    for p, o in prep_children(trigger):
        if o is None:
            continue
        if p == "in" and o.lower_ == "front":
            o = next((x for q, x in prep_children(o) if q == "of" and x is not None), None)
            p = "outside"
        if p in BLAST_PREPS and o is not None and o.ent_type_ not in ("GPE", "LOC"):
            found = [m for m in np_actors(o, index) if m.actor.kind != "state"]
            if found:
                return found
    return []


# a military operation as the subject of what it achieved: "the offensive took Sirte"
OPERATION_NOUNS = frozenset("operation offensive campaign assault push advance counteroffensive counterattack".split())


def _operation_owner(subj: Token | None, index: MentionIndex) -> list[Mention]:
    """'The operation, dubbed Sudden Lightning by the LNA, took Ras Lanuf': whose operation it is (the agent of
    a participle on it: launched, dubbed, led, waged by)."""
    if subj is None or subj.lemma_.lower() not in OPERATION_NOUNS:
        return []
    for c in subj.children:
        if c.dep_ == "acl" and c.tag_ == "VBN":
            # the parser may hang the "by" phrase on the name given ("dubbed Sudden Lightning by the LNA")
            for a in c.subtree:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by"):
                    found = [m for o in a.children if o.dep_ == "pobj" for m in np_actors(o, index)]
                    if found:
                        return found
    return []


def _own_company(prep: str, obj: Token | None) -> bool:
    """'leading an assault with his army', 'together with its allies': who the doer brings along, not whom it
    acts on."""
    return prep == "with" and obj is not None and (obj.pos_ == "PROPN" or obj.lemma_.lower() in OWN_FORCES) and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their") for c in obj.children)


# what one leads or brings along ("with his army"); a counterpart or partner met "with" is a party
OWN_FORCES = FORCE_NOUNS | frozenset("troop ally allies man unit supporter brigade loyalist".split())


TARGET_PREPS = {"on", "against", "at", "for", "in", "upon", "near"}
TIME_MARKS = {"since", "after", "before", "until", "till", "when", "while", "once", "as"}


# harm done to someone: "condemned the strike on X" reacts to what was done to X, not to X
HARM_NOUNS = frozenset("""attack strike airstrike raid bombing shelling bombardment assault killing killings massacre
    shooting explosion blast ambush abduction kidnapping detention arrest execution""".split())


def _reacts_to_happening(trigger: Token, index: MentionIndex) -> bool:
    """A reaction verb whose object is harm done: "condemned the air strike (on a migrant centre)"."""
    return trigger.pos_ == "VERB" and trigger.lemma_.lower() in REACTION_LEMMAS and any(
        o.lemma_.lower() in HARM_NOUNS and not index.all_at(o) for o in children(trigger, "dobj"))


def _first_in_complements(trigger: Token, index: MentionIndex, exclude: set[str],
                          deps: tuple[str, ...] = ("dobj", "prep", "xcomp", "ccomp", "acl", "dative", "attr",
                                                   "pobj", "oprd"),
                          skip_themes: bool = False, skip_targets: bool = False) -> list[Mention]:
    """Last resort for the recipient: the first actor named in the trigger's objects and complements
    ("the cancellation of the memorandums ... between the government of X and Ankara", "called on his
    followers to drive out the Turkish occupier"). Subjects and conjoined clauses are not searched."""
    roots = [c for c in trigger.children if c.dep_ in deps]
    for root in roots:
        stack = [root]
        while stack:
            tok = stack.pop(0)
            if tok.dep_ == "prep" and tok.lower_ in LOCATIVE_PREPS and not any(
                    c.lemma_.lower() in PURPOSE_NOUNS for c in tok.children):
                continue                      # "in Libya": where, not whom
            if tok.dep_ == "prep" and tok.lower_ == "at" and tok.head.i != trigger.i:
                continue                      # "an accusation delivered at the Elysee": where it was said
            if tok.dep_ == "prep" and tok.lower_ == "from" and tok.head.i == trigger.i \
                    and trigger.lemma_.lower() in PROTECT_VERBS:
                continue                      # "defending the capital from Haftar's forces": the threat
            if tok.dep_ == "prep" and tok.lower_ == "with" and any(
                    (o.dep_ == "pobj" and any(c.tag_ == "VBG" for c in o.children)) or
                    (o.dep_ == "pcomp" and o.tag_ == "VBG") for o in tok.children):
                continue                      # "with Washington saying ...": a side remark
            if (tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by")) and tok.head.i == trigger.i:
                continue                      # the trigger's agent phrase names the actor
            if tok.dep_ == "relcl":
                continue
            if tok.dep_ == "prep" and _own_company(tok.lower_, next(iter(children(tok, "pobj")), None)):
                continue                      # "with his army": his own company
            if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in tok.children):
                continue                      # "the first strike since the Council authorised action": a time
            if tok.lower_ in ("according", "citing", "quoting"):
                continue                      # "according to UN data": the source, not a party
            if skip_targets and tok.dep_ == "prep" and tok.lower_ in TARGET_PREPS and (
                    tok.head.i == trigger.i or tok.head.head.i == trigger.i):
                continue                      # "condemned the strike on a centre for migrants": its victims
            if tok.dep_ == "prep" and _meeting_topic(tok.lower_, tok.head):
                continue
            if tok.dep_ == "prep" and tok.lower_ == "under" and any(
                    c.lemma_.lower() in AUSPICES for c in tok.children):
                continue                      # "under the auspices of the UN": who hosts, not who receives
            if tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.lemma_.lower() in SENDING_NOUNS \
                    and (tok.head.i == trigger.i or skip_themes):
                continue                      # "the dispatch of soldiers": what is sent
            m = index.at(tok)
            if m is None and names_others(tok):
                continue                      # "met Libya's allies": not Libya
            if skip_themes and tok.dep_ in ("dobj", "nsubjpass") and _is_theme(tok):
                m = None                      # the troops sent; their destination may follow
            if m is not None and m.actor.id not in exclude:
                return [x for x in np_actors(tok, index) if x.actor.id not in exclude] or [m]
            stack = sorted(tok.children, key=lambda t: t.i) + stack
    return []


def _left_neighbour(verb: Token, index: MentionIndex, span: int = 6) -> list[Mention]:
    """A verb the parser left without a subject: the actor named just before it, when no other verb
    stands between them ("..., the Sudanese government and the SPLM have agreed")."""
    doc = verb.doc
    lo = max(verb.sent.start, verb.i - span)
    for i in range(verb.i - 1, lo - 1, -1):
        tok = doc[i]
        if tok.pos_ == "VERB" or tok.lower_ in (";", ":"):
            return []
        if index.at(tok) is not None:
            head = tok
            while head.dep_ in ("compound", "amod", "poss", "conj", "cc", "appos") and head.head.i != head.i \
                    and head.head.i < verb.i:
                head = head.head
            return np_actors(head, index) or [index.at(tok)]
    return []


# "won a vote of confidence", "received the backing of": the subject is given what the noun names
RECEIVING_VERBS = {"win", "receive", "obtain", "secure", "gain", "earn", "garner", "get"}
APPROVAL_NOUNS = {"vote", "confidence", "endorsement", "approval", "backing", "blessing", "recognition", "trust"}
# verbs whose subject undergoes, witnesses or tells of the event named by their object ("residents fled the
# shelling", "survivors described the attack"): the subject did not do it
UNDERGO_VERBS = {"flee", "escape", "survive", "witness", "fear", "suffer", "endure", "experience", "hear", "see",
                 "watch", "describe", "recall", "remember", "mourn", "blame", "deny", "investigate", "report",
                 "document", "film", "record", "expect", "predict", "face", "avoid", "await", "confirm", "verify"}


AUSPICES = {"auspex", "auspices", "auspice", "aegis", "sponsorship", "patronage", "mediation", "umbrella"}


# a parliament approving a deployment backs where the troops go, not the troops
PERMIT_VERBS = {"approve", "authorise", "authorize", "allow", "extend", "endorse", "ratify"}


PROTECT_VERBS = {"defend", "protect", "shield", "guard", "save", "secure"}


# nouns of leaving: their "from" names the place or side left ("the withdrawal from Sirte")
MOVE_NOUNS = {"withdrawal", "pullout", "pull-out", "exit", "departure", "evacuation", "expulsion", "retreat",
              "defection", "escape", "release", "return", "flight", "exodus", "repatriation", "deportation"}


# nouns of sending forces or goods: their "of" names what is sent, never who receives it ("the dispatch of
# Turkish soldiers to Tripoli"); when nobody else is named as sender, the forces sent are the actor
SENDING_NOUNS = {"sending", "dispatch", "transfer", "deployment", "redeployment", "delivery", "shipment"}


# nouns of fighting between sides, which may name the sides on the verb they are subject of
FIGHT_NOUNS = {"clash", "fighting", "firefight", "gunfire", "battle", "shootout", "skirmish", "fight", "exchange"}


def _nominal_roles(noun: Token, index: MentionIndex) -> tuple[list[Mention], list[Mention]]:
    actors: list[Mention] = []
    recipients: list[Mention] = []
    theme: list[Mention] = []
    patient = noun.lemma_.lower() in PATIENT_NOUNS
    for c in noun.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and index.at(c) is not None):
            # "Sadat's assassination", "Ocalan's arrest": the possessor suffers the event
            (recipients if patient else actors).extend(np_actors(c, index))
    giver = noun.lemma_.lower() in GIVER_NOUNS
    for p, o in prep_children(noun):
        if o is None:
            continue
        if giver and p == "of":
            # "with the help of Turkey": the helper acts; the clause's subject receives
            actors = np_actors(o, index) or actors
            gov = noun.head.head if noun.dep_ == "pobj" else noun.head
            if gov.pos_ in ("VERB", "AUX"):
                recipients = np_actors(_subject_token(gov), index)
            continue
        if p == "by":
            actors = np_actors(o, index) or actors
            continue
        if p == "of" and not actors:
            # "the capture of al-Watiya air base by GNA forces": the parser hangs the doer on the "of" object
            by = _agent_hung_on(o)
            actors = np_actors(by, index) if by is not None else []
        if p == "from" and not actors and noun.lemma_.lower() not in MOVE_NOUNS:
            # "shelling from Haftar's forces", "pressure from Washington": where it comes from acts
            actors = np_actors(o, index)
        elif p == "of" and not actors and noun.lemma_.lower() in ("offensive", "attack", "assault",
                                                                   "advance", "withdrawal", "visit", "launch"):
            actors = np_actors(o, index)
        elif p == "of" and not actors and noun.lemma_.lower() in SPEAKER_NOUNS and index.at(o) is not None:
            actors = np_actors(o, index)       # "the allegations of France": who alleges
        elif not actors and noun.lemma_.lower() in MEETING_NOUNS and (
                p == "of" or (p in ("between", "among")
                              and series_head(noun).dep_ in ("nsubj", "nsubjpass", "ROOT"))):
            # "a meeting of Algeria and Egypt", "talks between Haftar and Sarraj ended", "the second round of talks
            # between ... concluded": those who meet (talks that someone hosts or calls for keep their host or
            # caller as the actor)
            actors = np_actors(o, index)
        elif p == "of" and noun.lemma_.lower() in SENDING_NOUNS:
            theme = np_actors(o, index)
        elif _meeting_topic(p, noun):
            continue
        elif p in RECIPIENT_PREPS and not recipients:
            recipients = np_actors(o, index)
        elif p == "of" and not recipients:
            doers = {m.actor.id for m in actors}
            recipients = [m for m in np_actors(o, index) if m.actor.id not in doers]
    if not actors and not recipients and noun.lemma_.lower() in FIGHT_NOUNS and noun.dep_ == "nsubj" \
            and noun.head.pos_ == "VERB":
        # "clashes broke out between smugglers and border guards": the verb carries the sides
        for p, o in prep_children(noun.head):
            if p in ("between", "among") and o is not None:
                recipients = np_actors(o, index)
    noun = series_head(noun)   # "carried out a series of air raids": the series stands where the raids would
    head = noun.head
    # "carried out, on Sunday evening, a precise air strike": after bracketed adverbials the parser may join the
    # object to the verb as a conjunct
    shifted = noun.dep_ in ("conj", "npadvmod", "appos") and head.pos_ == "VERB" and noun.i > head.i \
        and not children(head, "dobj") and head.lemma_.lower() in LIGHT_VERBS
    if noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in RECEIVING_VERBS \
            and noun.lemma_.lower() in APPROVAL_NOUNS:
        # "the government won a vote of confidence in parliament", "secured the backing of the House": who
        # wins the approval receives it; the body it comes from gives it
        won_by = np_actors(_subject_token(head), index)
        if won_by:
            taken = {m.actor.id for m in won_by}
            # "a vote of confidence in parliament": the giver may hang on the noun's own "of" object
            heads = [noun, head] + [o for p, o in prep_children(noun) if p == "of" and o is not None]
            givers = [m for h in heads for p, o in prep_children(h) if o is not None
                      and p in ("of", "from", "in") for m in np_actors(o, index) if m.actor.id not in taken]
            return givers, won_by
    if not actors and (noun.dep_ in ("dobj", "attr", "nsubjpass") or shifted
                       or (noun.dep_ == "dep" and verb_first(head) is not None)) \
            and head.pos_ in ("VERB", "AUX") \
            and head.lemma_.lower() not in UNDERGO_VERBS and head.lemma_.lower() not in REACTION_LEMMAS:
        # "Lavrov had a call with ...", "the LNA launched an offensive": the light verb's subject acts
        actors = np_actors(_subject_token(head), index)
    gov = head.head if noun.dep_ == "pobj" and head.dep_ == "prep" else None
    if gov is not None and head.lower_ in ("after", "following") and noun.lemma_.lower() in MEETING_NOUNS:
        # "announced a plan (to end the war) after talks in Cairo with Haftar": the parser may hang the
        # meeting on the object or on its infinitive; whoever announced came from the talks
        for _ in range(2):
            if not ((gov.pos_ == "NOUN" and gov.dep_ == "dobj")
                    or (gov.dep_ == "acl" and gov.head.pos_ == "NOUN" and gov.head.dep_ == "dobj")):
                break
            gov = gov.head
    if not actors and gov is not None and gov.pos_ in ("VERB", "AUX") \
            and (gov.lemma_.lower() not in SPEECH
                 or (head.lower_ in ("after", "following") and noun.lemma_.lower() in MEETING_NOUNS)):
        # (not "residents said, in the first air raids on the city ...": who tells of the raids did not raid;
        # but "Cavusoglu said after a meeting with Lavrov" speaks as one who was at the meeting)
        # "took part in the talks", "emerged from two days of talks", "after a meeting with Haftar, the
        # secretary-general left": those in them
        actors = np_actors(_subject_token(gov), index) if head.lower_ in ("in", "during") or (
            # "speaking at a joint press conference with Sarraj": at a meeting with a party named
            head.lower_ == "at" and noun.lemma_.lower() in MEETING_NOUNS
            and any(p == "with" and o is not None and np_actors(o, index) for p, o in prep_children(noun))) or (
            head.lower_ == "from" and gov.lemma_.lower() in ("emerge", "return")) or (
            head.lower_ in ("after", "following", "before") and noun.lemma_.lower() in MEETING_NOUNS) or (
            # "was in Ankara for a three-way meeting with Akar", "flew to Rome for talks": there to take part
            head.lower_ == "for" and noun.lemma_.lower() in MEETING_NOUNS
            and gov.lemma_.lower() in ("be", "arrive", "travel", "fly", "go", "come", "head", "land")) else []
    if not actors:
        actors = theme
    if not recipients and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        # "levelled fresh accusations at Russia": the light verb carries the recipient
        for p, o in prep_children(head):
            if _own_company(p, o):
                continue
            if p in RECIPIENT_PREPS and o is not None:
                found = np_actors(o, index)
                if found and not _is_place_phrase(p, found):
                    recipients = found
                    break
    taken = {m.actor.id for m in actors + theme}
    if not recipients:
        recipients = _first_in_complements(noun, index, taken)
    if not recipients and noun.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        recipients = _first_in_complements(head, index, taken, ("prep", "ccomp"))
    return actors, recipients


def actor_refs(mentions: list[Mention]) -> tuple[ActorRef, ...]:
    seen, out = set(), []
    for m in mentions:
        if m.actor.id in seen:
            continue
        seen.add(m.actor.id)
        out.append(m.actor)
    return tuple(out)
