"""Small helpers over spaCy's dependency parse, shared by trigger detection, roles and status."""
from __future__ import annotations

from spacy.tokens import Token

SUBJ = {"nsubj", "nsubjpass", "csubj"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
NEG_WORDS = {"not", "n't", "never", "no"}
# particles the parser often labels as adverbs ("was brushed aside", "pushed the plan away")
ADVERB_PARTICLES = {"aside", "away", "together", "back"}
FUTURE_AUX = {"will", "shall", "'ll"}
HYPO_AUX = {"may", "might", "could", "would"}

# nouns for a run of happenings: "a series of air raids", "a wave of strikes", "a barrage of rockets"
SERIES_NOUNS = frozenset("series wave string spate barrage round volley salvo".split())
SPAN_NOUNS = frozenset("hour day night week month".split())
SPAN_COUNTS = frozenset("several many few couple".split())


def series_head(tok: Token) -> Token:
    """The series a deed stands in, if any: "a series of air raids" -> "series" (which takes the light verb's
    subject and object), else the token itself."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        outer = tok.head.head
        if outer.lemma_.lower() in SERIES_NOUNS:
            return outer
        if outer.lemma_.lower() in SPAN_NOUNS and any(
                c.dep_ in ("nummod", "amod", "quantmod") and (c.like_num or c.lower_ in SPAN_COUNTS)
                for c in outer.children):
            # "began two days of talks", "ended a week of fighting": the span stands where the deed would
            return outer
    return tok


def children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def first_child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def prep_children(tok: Token) -> list[tuple[str, Token | None]]:
    """(preposition, its object) pairs attached to tok, including particles ('kick off')."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):
            obj = first_child(c, "pobj", "pcomp")
            if obj is None:   # 'described it as "extremely aggressive"': the parser hangs a quoted adjective as amod
                obj = next((a for a in c.children if a.dep_ in ("amod", "acomp") and a.pos_ == "ADJ"), None)
            out.append((c.lower_, obj))
        elif c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ADVERB_PARTICLES):
            out.append((c.lower_, None))
    return out


def late_passive_subjects(verb: Token) -> list[Token]:
    """ "Were launched on Sunday in Bouznika the sessions of the dialogue": translated copy puts a passive's
    subject last, where the parser calls it an object or a loose dependent."""
    return [c for c in verb.children if c.dep_ in ("dep", "dobj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]


COLLECTIVE_NOUNS = frozenset({"list", "set", "series", "package", "number", "range", "raft", "batch"})


def _object_gap(verb: Token, objs: list[Token]) -> bool:
    """A relative clause with its own subject whose object is the relative pronoun or left out."""
    if not any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in verb.children):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "prep", "dative") for c in verb.children):
        return False   # "the day Syria met in Geneva", "the plan Turkey hopes to sign"
    return not objs or all(o.lower_ in RELATIVE for o in objs)


def objects(tok: Token) -> list[Token]:
    """Direct objects of a verb, the subject of a passive, or the 'of'-object of a noun."""
    objs = children(tok, "dobj", "attr", "oprd")
    if tok.pos_ in ("NOUN", "PROPN"):
        for p, o in prep_children(tok):
            if p == "of" and o is not None:
                objs.append(o)
            elif p == "by" and o is not None:
                # "the seizure by Haftar's militias of the ship": the parser hangs the 'of' on the doer
                objs.extend(po for p2, po in prep_children(o) if p2 == "of" and po is not None)
        objs.extend(children(tok, "compound"))
    else:
        objs.extend(children(tok, "nsubjpass"))
        if not objs and any(c.dep_ == "auxpass" for c in tok.children):
            objs.extend(late_passive_subjects(tok))
        if not objs and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            objs.append(tok.head)   # "a video speech released by the LNA": the noun a participle modifies is its patient
        vso = verb_first(tok)
        if vso is not None:
            objs = [vso[1]]
        if not objs:
            objs.extend(shifted_objects(tok))
        if not objs:
            objs.extend(named_objects(tok))
        if not objs and not any(c.dep_ in ("prep", "ccomp", "xcomp", "dative", "agent") for c in tok.children):
            # "stopped and inspected a ship": two verbs share the object written after the second
            objs.extend(o for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
                        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
                        for o in c.children if o.dep_ == "dobj")
        if not objs:
            # "announced the ceasefire starting from midnight": the parser reads the participle as a clause of
            # its own with the object as its subject
            objs.extend(s for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
                        for s in c.children if s.dep_ == "nsubj" and s.i > tok.i and s.pos_ in ("NOUN", "PROPN"))
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN"):
            objs.append(tok.head)   # "figures released by the UN": the participle's noun is what was released
        elif not objs and loose_participle(tok):
            # "supports the initiative for a settlement in Libya announced in Cairo by Sisi": after a long noun
            # phrase the parser hangs the participle on the verb; what it tells of is that verb's object
            objs.extend(o for o in tok.head.children if o.dep_ == "dobj" and o.i < tok.i)
        if tok.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE for c in tok.children):
            objs.append(tok.head)   # "Erdogan, who was welcomed by Jalil": the one welcomed is Erdogan
        elif tok.dep_ == "relcl" and tok.head.pos_ == "NOUN" and _object_gap(tok, objs):
            # "the toughest position Syria has met": what was met is the position
            objs = [o for o in objs if o.lower_ not in RELATIVE] + [tok.head]
    more = []
    for o in objs:
        more.extend(conjuncts(o))
        if o.lemma_.lower() in COLLECTIVE_NOUNS:   # "a list of conditions had been met": the conditions were
            more.extend(po for p, po in prep_children(o) if p == "of" and po is not None)
    # "launched Operation Irini", "held peace talks": the name's common noun says what it is
    # (with the whole chain of compounds: "Operation EUNAVFOR MED Irini" hangs "Operation" on "EUNAVFOR")
    named = [c for o in objs + more if o.pos_ == "PROPN" for c in linked(o, "compound") if c.pos_ in ("NOUN", "PROPN")]
    # "entered Sharara, the country's largest oilfield": a name in apposition says what it is
    named += [c for o in objs + more if o.pos_ in ("PROPN", "NOUN") for c in children(o, "appos")
              if c.pos_ == "NOUN" or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON")]
    return objs + more + named


# verbs that name what another verb is done to: "condemned what it called an attack", "rejected what it described
# as interference"
NAMING_VERBS = {"call", "describe", "term", "dub", "label", "brand", "characterise", "characterize"}


def names_its_object(verb: Token) -> bool:
    """'what it called an attack': the verb names a thing ("what" is its object), it does not call for one."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children)


def named_objects(verb: Token) -> list[Token]:
    """The object of ``verb`` given by a naming clause: "accepts what he called a popular mandate" -> mandate."""
    out = []
    for c in verb.children:
        if c.dep_ == "ccomp" and names_its_object(c):
            out += [o for o in c.children if o.dep_ == "oprd"]
            out += [po for p, po in prep_children(c) if p == "as" and po is not None]
    return out


_LEAD_IN = {"and", "also", "meanwhile", "then"}


def verb_first(verb: Token) -> tuple[Token, Token] | None:
    """(subject, object) of a verb-first clause, the word order of translated Arabic copy: "Announced the
    Joint Military Committee on Friday the reopening of the road", "Granted the House of Representatives
    ... the confidence to the government". The parser takes the subject for the object and hangs the real
    object loosely; None unless the verb opens its sentence and has no subject of its own."""
    if verb.tag_ not in ("VBD", "VBN", "VBZ") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    lead = [t for t in verb.sent if t.i < verb.i]
    if any(not (t.is_punct or t.is_space or t.lower_ in _LEAD_IN) for t in lead):
        return None
    nouns = [c for c in verb.children if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
             and c.dep_ in ("dobj", "dep", "appos", "attr", "oprd")]
    if not nouns or nouns[0].dep_ != "dobj":
        return None
    if len(nouns) < 2:
        later = [o for o in shifted_objects(verb) if o.i > nouns[0].i]
        return (nouns[0], later[0]) if later else None
    return nouns[0], nouns[1]


def _comma_after_adverbial(verb: Token) -> bool:
    """A comma straight after the verb, or after a time adverbial right after it ("approved yesterday,
    Monday, in its session in Benghazi, his appointment")."""
    doc = verb.doc
    for k in range(verb.i + 1, min(len(doc), verb.i + 4)):
        t = doc[k]
        if t.text == ",":
            return True
        if not (t.ent_type_ in ("DATE", "TIME") or t.pos_ == "ADV"):
            return False
    return False


def loose_participle(tok: Token) -> bool:
    """A passive participle with its "by" agent and no subject, hung on a verb as an adverbial clause (the
    tagger may call it a past tense: the agent says it is a participle)."""
    return tok.dep_ == "advcl" and tok.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in tok.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "mark") for c in tok.children)


def shifted_objects(verb: Token) -> list[Token]:
    """An object placed after the verb's adverbials, which the parser hangs on the last of them as an
    apposition: "received on Friday at the headquarters in al-Rajma the Secretary-General" (the style of
    official statements and translated wire copy). A true apposition follows a comma; this one does not."""
    # a verb has no apposition: one hanging on it is its object ("received, in his office, the Minister")
    out = [c for c in verb.children if c.dep_ == "appos" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")]
    # "granted, on Wednesday, in its session in Surt, the confidence to the government": adverbials set off
    # by commas straight after the verb end with a comma too, so there the comma is no sign of apposition
    bracketed = not children(verb, "dobj") and _comma_after_adverbial(verb)
    stack = [o for _, o in prep_children(verb) if o is not None]
    # "announced today, Thursday, the withdrawal of the army": the object hangs on the day the verb took as an
    # adverbial noun
    stack += [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.ent_type_ in ("DATE", "TIME")]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "appos" and c.i > t.i:
                first = c.left_edge
                # "the capital Tripoli" is a close apposition, not an object: a name right after a common
                # noun is that noun's name
                if first.i > 0 and (not first.nbor(-1).is_punct or bracketed and first.nbor(-1).text == ",") and (
                        first.lower_ in ("the", "a", "an", "his", "her", "its", "their")
                        or (first.pos_ == "PROPN" and t.pos_ == "PROPN")):
                    out.append(c)
            elif c.dep_ == "prep":
                objs = children(c, "pobj")
                stack.extend(objs)
                # "received at the headquarters in al-Rajma a Russian delegation": the parser gives the place's
                # preposition a second object; an article opening it, with no "and" or comma before, marks
                # the verb's object
                for o in objs[1:]:
                    first = o.left_edge
                    if first.lower_ in ("a", "an", "the") and first.i > 0 and not first.nbor(-1).is_punct \
                            and first.nbor(-1).dep_ not in ("cc", "punct"):
                        out.append(o)
            elif c.dep_ == "acl" and bracketed:   # "in its session held in the city of Surt, ..."
                stack.extend(o for _, o in prep_children(c) if o is not None)
    if not children(verb, "dobj"):
        out.extend(o for p, o in prep_children(verb) if p in ("at", "in") and o is not None and _glued_to_venue(o))
        if bracketed:
            # "elected, today Friday, Mohamed al-Menfi as head of the council", "approved, today Thursday, a
            # memorandum": after the bracketed day the parser may leave the object as a loose dependent of the verb
            out.extend(c for c in verb.children if c.dep_ in ("dep", "npadvmod") and c.i > verb.i
                       and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME"))
            # ... or hang it on the comma that closes the adverbial
            out.extend(g for c in verb.children if c.text == "," and c.i > verb.i
                       for g in c.children if g.i > c.i and g.pos_ in ("NOUN", "PROPN"))
    return out


# buildings a visitor is received in: "received at Al-Ittihadiya Palace Field Marshal Khalifa Haftar"
VENUE_NOUNS = frozenset({"palace", "headquarters", "hall", "office", "offices", "residence", "building", "mansion",
                         "villa", "complex", "house", "camp", "base", "airport", "ministry", "chancellery", "kremlin"})


def _glued_to_venue(name: Token) -> bool:
    """A name the parser glued onto the venue before it as one compound noun: the venue word is a compound
    of the name with more words between them ("Palace Field Marshal Khalifa Haftar"), so the name is the
    verb's object written after its place."""
    if name.pos_ != "PROPN":
        return False
    words = name.doc[name.left_edge.i:name.i - 1]
    venue = next((k for k in reversed(words) if k.lower_ in VENUE_NOUNS), None)
    return venue is not None and venue.dep_ == "compound" and all(
        t.dep_ == "compound" or t.is_punct for t in name.doc[venue.i + 1:name.i])


def linked(tok: Token, dep: str) -> list[Token]:
    """Every token below ``tok`` reached through arcs labelled ``dep`` only (its conjuncts, its chain of
    compounds)."""
    out, stack = [], [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == dep:
                out.append(c)
                stack.append(c)
    return out


def conjuncts(tok: Token) -> list[Token]:
    return linked(tok, "conj")


def within(phrase: Token, i: int) -> bool:
    """Token index ``i`` lies inside the phrase ``phrase`` heads."""
    return phrase.left_edge.i <= i <= phrase.right_edge.i


# verbs of motion that translated Italian or French puts with "to be" ("the minister is arrived in Ankara"):
# with an active subject that is a perfect, not a passive
_BE_PERFECT_VERBS = frozenset({"arrive", "come", "go", "return", "leave", "depart", "land", "enter"})


def is_passive(tok: Token) -> bool:
    if tok.lemma_.lower() in _BE_PERFECT_VERBS and any(c.dep_ == "nsubj" for c in tok.children) \
            and not any(c.dep_ == "nsubjpass" for c in tok.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def is_negated(tok: Token) -> bool:
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True     # "left Moscow without signing"
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return True
    # "did not attend the talks or meet each other": a verb joined by "or"/"nor" to a negated one, with no
    # subject or auxiliary of its own, is negated with it
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and tok.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in tok.head.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return any(c.dep_ == "neg" for c in tok.head.children)
    return False


def governing_verb(tok: Token) -> Token:
    """The verb whose clause a token sits in (the token itself when it is a verb)."""
    t = tok
    for _ in range(30):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT" or t.head.i == t.i:
            return t
        t = t.head
    return t


def auxiliaries(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


def that_clauses(tok: Token) -> list[Token]:
    """The clauses a word introduces with "that": "evidence that Wagner laid mines", "reports that ..."."""
    return [c for c in tok.children if c.dep_ in ("acl", "ccomp")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def to_infinitive(tok: Token) -> bool:
    """The verb is marked as an infinitive by "to": "voted to allow", "an invitation to send troops"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
