"""Assemble Event records for one parsed article: triggers, roles, status, date, place, quantities."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..actors.generic import names_others
from ..nlp import DATELINE_DASHES, dateline_token, is_dateline, settlement_named
from ..records import Article, Event, Evidence, Mention, TimeExpr
from ..time._cal import month_range
from .duration import stated_span
from .lexicon import Lexicon
from .ontology import DEFAULT_CAMEO, QUAD_CLASS, plover_from_cameo
from .quantities import quantities, stated_fatalities, to_int
from .roles import ENVOY_NOUNS, MEETING_NOUNS, OPERATION_NOUNS, MentionIndex, actor_refs, np_actors, roles
from .syntax import FUTURE_AUX, HYPO_AUX, governing_verb, is_passive, objects, prep_children, to_infinitive, \
    within
from .status import assess, authorised, of_no_occasion
from .triggers import PERSON_DOER, REACTION_LEMMAS, doers, find_triggers

# How long ago an event must be, relative to the report, to count as background rather than news.
HISTORICAL_DAYS = 21
COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
FORCEFUL = {"ASSAULT", "COERCE", "MOBILIZE"}
ACTORLESS_OK = {"ASSAULT", "PROTEST", "COERCE", "MOBILIZE"}
# a vote that names who was chosen is news even when the voters are only "delegates at UN-led talks"
ELECTION_VERBS = {"elect", "choose", "pick", "select"}
LAUNCH_VERBS = {"launch", "start", "begin", "establish"}
CONFERENCE_NOUNS = {"conference", "summit"}
DRAWS_REACTION = {"draw", "receive", "prompt", "spark", "trigger", "provoke", "attract"}
INTENT_CAMEO = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "RETREAT": "035", "CONCEDE": "035"}


def _intended_type(event_type: str, mode: str | None, cameo: str | None) -> tuple[str, str | None, str | None]:
    """PLOVER codes intentions by what is intended: a promised meeting or aid is AGREE, a promised
    attack is THREATEN (manual, 'Auxiliary modes')."""
    if event_type in COOPERATIVE:
        return "AGREE", None, INTENT_CAMEO.get(event_type, "030")
    if event_type == "PROTEST":
        return "THREATEN", "relations" if mode == "boycott" else None, "130"
    if event_type in FORCEFUL:
        return "THREATEN", "violence", "138"
    if event_type == "SANCTION":
        return "THREATEN", "relations", "137"
    return event_type, mode, cameo


def _event_id(doc_id: str, start: int, event_type: str) -> str:
    h = hashlib.sha1(f"{doc_id}|{start}|{event_type}".encode()).hexdigest()[:12]
    return f"ev-{h}"


GATHER_VERBS = {"meet", "gather", "convene", "confer"}


def _envoys_meet(tok: Token) -> bool:
    """'ministers of the neighbouring states met', 'a meeting of Libya's neighbours': a gathering of envoys whose
    states the phrase does not name."""
    def envoys(n: Token) -> bool:
        return (n.tag_ == "NNS" and n.lemma_.lower() in ENVOY_NOUNS) or names_others(n)
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in GATHER_VERBS and any(c.dep_ == "nsubj" and envoys(c) for c in tok.children)
    return tok.lemma_.lower() in MEETING_NOUNS and any(p == "of" and o is not None and envoys(o)
                                                      for p, o in prep_children(tok))


# "the offensive they launched on Thursday": the start of a happening dates it
INCEPTIVE = {"launch", "begin", "start", "open", "unleash", "mount", "initiate", "announce", "declare"}
ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "dative", "oprd"}


_PAIR_WORDS = frozenset({"two", "both"})


def _pair_meeting(tok: Token) -> bool:
    """'after the two met', 'both leaders met', 'during their meeting': the parties are left for the sentence
    to name."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)
    for c in tok.children:
        if c.dep_ != "nsubj":
            continue
        if c.lower_ in _PAIR_WORDS or any(d.dep_ in ("nummod", "det", "predet") and d.lower_ in _PAIR_WORDS
                                          for d in c.children):
            return True
    return False


def _named_pair(sent: Span, index: MentionIndex) -> list[Mention]:
    """The two people a sentence names ('Haftar told Macron ... after the two met'), else its two actors."""
    seen, people, actors = set(), [], []
    for t in sent:
        m = index.at(t)
        if m is None or m.actor.id in seen:
            continue
        seen.add(m.actor.id)
        actors.append(m)
        if m.actor.kind == "person":
            people.append(m)
    if len(people) >= 2:
        return people[:2]
    return actors if len(actors) == 2 else []


def _dates_an_argument(host: Token, trigger: Token) -> bool:
    """``host`` is a clause inside one of the trigger's participants ("the memoranda signed in November"),
    not inside a time adjunct ("at the start of the campaign that began in April 2019")."""
    t, via_clause, via_argument = host, False, False
    for _ in range(12):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("acl", "relcl"):
            via_clause = True
        # "blamed the strike on the forces of Haftar, whose army has used drones since launching its offensive in
        # April": a prepositional argument too, but not a time adjunct ("at the start of the campaign that ...")
        if t.dep_ in ARGUMENT_DEPS or (via_clause and t.dep_ == "pobj" and t.head.head.i == trigger.i
                                       and t.head.lower_ not in TIME_PREPS):
            via_argument = True
        t = t.head
        if t.i == trigger.i:
            return via_clause and via_argument
    return False


BACKGROUND_LINKS = {"after", "following", "since"}
TIME_PREPS = {"at", "during", "in", "before", "after", "since", "until", "till", "following", "amid", "throughout",
              "by", "within", "over"}


# two-word prepositions the parser splits: "ahead of" (the adverb, then "of"), "prior to"
_PREP_HEADS = {"of": "ahead", "to": "prior"}


def _linked_clause(trigger: Token, preps, marks, stop: Token | None = None) -> Token | None:
    """The phrase (its preposition, one of ``preps``; for "ahead of"/"prior to" its first word) or clause
    (its verb, with a mark among ``marks``) the trigger sits in, if any below ``stop``."""
    t = trigger
    for _ in range(12):
        if t.head.i == t.i or (stop is not None and t.i == stop.i):
            return None
        if t.dep_ in ("pobj", "pcomp"):
            prep = t.head
            if prep.lower_ in preps:
                return prep
            first = prep.head
            if _PREP_HEADS.get(prep.lower_) == first.lower_ and f"{first.lower_} {prep.lower_}" in preps:
                return first
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in t.children):
            return t
        t = t.head
    return None


def _earlier_happening(trigger: Token, host: Token) -> bool:
    """The trigger sits in an 'after ...'/'since ...' phrase or clause of ``host``: it happened before what
    ``host`` tells, so ``host``'s time is not its own."""
    return _linked_clause(trigger, BACKGROUND_LINKS, BACKGROUND_LINKS, host) is not None


def _since_start(trigger: Token) -> bool:
    """An undated deed in a 'since ...' clause or phrase starts the period the sentence looks back over
    ("the sharpest criticism since uprisings began to sweep the region, toppling the leaders of Tunisia"):
    the story's background, not its news."""
    return _linked_clause(trigger, ("since",), ("since",)) is not None


TOLL_NOUNS = {"toll", "tally", "count", "number"}
RISE_VERBS = {"rise", "climb", "reach", "increase", "jump", "mount", "grow", "soar", "stand", "hit", "exceed", "top"}


def _toll_rises(host: Token, trigger: Token) -> bool:
    """The time dates a count of a happening's dead rising, and the trigger is the happening inside that count's
    subject ("the death toll of the air raid on the centre rose today to 44")."""
    if host.lemma_.lower() not in RISE_VERBS:
        return False
    subj = next((c for c in host.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in TOLL_NOUNS and subj.i != trigger.i \
        and within(subj, trigger.i)


def _yardstick(frame: Token) -> bool:
    """The clause a 'since ...' frame hangs on measures its news against the past: "the biggest setback since",
    "for the first time since"."""
    head = frame.head
    return any((t.tag_ in ("JJS", "RBS") or t.lower_ == "first") and not within(frame, t.i)
               for t in head.subtree)


def _in_since_frame(path: list[Token], host: Token | None, trigger: Token) -> bool:
    """The time expression sits in a 'since ...' yardstick that does not hold the trigger ("the biggest setback
    for Haftar since he launched his offensive in April last year"): it dates the start of the period the news
    is measured against. A plain 'since' ("has been wanted since 2000 for the 1998 bombings") still bounds what
    its clause tells."""
    frames = [t for t in path if t.lower_ == "since" and t.dep_ == "prep"]
    if host is not None and host.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in host.children):
        frames.append(host)
    return any(not within(f, trigger.i) and _yardstick(f) for f in frames)


def _after_clause(trigger: Token, stop: Token | None = None) -> Token | None:
    """The 'after ...'/'following ...' clause (its verb) or phrase (its preposition) the trigger sits in, if
    any below ``stop``."""
    return _linked_clause(trigger, ("after", "following"), ("after",), stop)


_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10}
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
COARSE_GAP = 28     # a gap told in months or years dates the earlier deed to its month, not to a day


# "the strikes came hours after ...", "the raid follows ...": a sentence telling what its news came after
SEQUEL_VERBS = frozenset({"come", "follow"})
# "in retaliation for the raid on Jufra", "in response to the attack": the deed answered
ANSWER_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal"})


def _told_as_antecedent(trigger: Token) -> bool:
    """The story names the deed as what its news answered or came after ("The LNA strikes came hours after the
    GNA said its air force had struck Jufra", "in retaliation for the raid on Jufra"): context for the news, however
    recent, not a report of it."""
    clause = _after_clause(trigger)
    if clause is not None:
        host = clause.head
        if host.lemma_.lower() in SEQUEL_VERBS:
            return True
    t = trigger
    for _ in range(8):
        if t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.head.lower_ in ("for", "to") and t.head.head.lemma_.lower() in ANSWER_NOUNS:
            return True
        t = t.head
    return False


def _before_link(trigger: Token) -> Token | None:
    """The 'before ...', 'ahead of ...' or 'prior to ...' phrase or 'before' clause the trigger sits in: what it
    tells comes after what the sentence's main clause tells."""
    return _linked_clause(trigger, ("before", "ahead of", "prior to"), ("before",))


def _measured_gap(trigger: Token, host: Token) -> int | None:
    """Days between the trigger and ``host`` when an 'after' link states them: "a day after" -> 1, "two days
    after" -> 2, "a week after" -> 7, "48 hours after" -> 2, "hours after" -> 0; else None."""
    clause = _after_clause(trigger, host)
    return None if clause is None else _gap_of(clause, "after")


def _setting_of(noun: Token, trigger: Token) -> bool:
    """'condemned the decision at their July 13 meeting', 'during Sunday's session': the gathering the deed was
    done at, so its date is the deed's."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and noun.head.head.i == trigger.i \
        and noun.lemma_.lower() in MEETING_NOUNS


def _gap_of(clause: Token, word: str) -> int | None:
    """The days an 'after'/'before' link (``clause``: its preposition or its clause's verb) measures."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == word), None)
    if mark is not None:
        # "crossed on Saturday, a day after the commission reopened": the measure hangs off the mark or the verb
        measures, link = list(mark.children) + list(clause.children), mark
    else:
        measures, link = list(clause.children), clause
    for m in measures:
        if m.dep_ != "npadvmod" or m.i > link.i:
            continue
        unit = m.lemma_.lower()
        count = next((c for c in m.children if c.dep_ in ("nummod", "det")), None)
        if count is None:
            n = 1 if unit != "hour" else None
        elif count.like_num and count.text.isdigit():
            n = int(count.text)
        else:
            n = _NUMBER_WORDS.get(count.lower_)
        if unit == "hour":
            return 0 if n is None or n < 24 else round(n / 24)
        if unit in _UNIT_DAYS and n is not None:
            return n * _UNIT_DAYS[unit]
    return None


RELATIVE_WORDS = {"which", "that", "who"}
STRIKE_NOUNS = {"strike", "airstrike", "raid", "attack", "bombardment", "shelling", "bombing", "offensive", "assault",
                "operation", "explosion", "blast"}
PERFORM_VERBS = {"carry", "conduct", "launch", "execute", "stage", "mount", "perform", "commit", "fire", "unleash"}
# what a strike does to people: "the strike, which killed 30 cadets on Saturday" happened when it killed them
TOLL_VERBS = {"kill", "wound", "injure", "claim", "leave"}


def _tells_of_its_head(clause: Token) -> bool:
    """'the clashes which erupted on Saturday', 'the strike carried out on Monday': a relative clause whose
    subject is the happening itself says when it happened; 'the attack which Turkey condemned on Monday'
    tells of another party's act."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "the strikes which were carried out by the air force on Sunday": a verb of doing keeps its agent
    doing = clause.lemma_.lower() in PERFORM_VERBS
    toll = clause.lemma_.lower() in TOLL_VERBS and bool(subjects)
    return all(c.lower_ in RELATIVE_WORDS for c in subjects) and not any(
        (c.dep_ == "dobj" and not toll) or (c.dep_ == "agent" and not doing) for c in clause.children)


# verbs that tell when a meeting began or ended
PHASE_VERBS = {"begin", "start", "open", "conclude", "end", "close", "finish", "resume", "wrap", "adjourn"}


def _phase_on_its_venue(clause: Token, trigger: Token) -> bool:
    """'the talks in the oasis town of Ghadames, which concluded late Tuesday': the parser hangs the clause on the
    venue, but a place does not conclude; the meeting does."""
    venue = clause.head
    return clause.dep_ == "relcl" and clause.lemma_.lower() in PHASE_VERBS and _tells_of_its_head(clause) \
        and trigger.lemma_.lower() in MEETING_NOUNS and venue.ent_type_ in ("GPE", "LOC", "FAC") \
        and within(trigger, venue.i)


def _toll_of(clause: Token, trigger: Token) -> bool:
    """'the drone strike on the military academy, which killed 30 cadets': the parser hangs the clause on the
    strike's target, but a toll is the strike's."""
    noun = clause.head
    return clause.dep_ == "relcl" and clause.lemma_.lower() in TOLL_VERBS and trigger.lemma_.lower() in STRIKE_NOUNS \
        and noun.dep_ == "pobj" and noun.head.head.i == trigger.i and _tells_of_its_head(clause)


def _in_complement(host: Token, trigger: Token) -> bool:
    """``host`` is a verb in the trigger's clausal complement: what was promised, asked or announced, whose
    time is its own ("vowed to hold elections in December", "called for talks to resume on Monday")."""
    t = host
    for _ in range(8):
        if t.dep_ not in ("xcomp", "ccomp", "conj") or t.head.i == t.i:
            return False
        t = t.head
        if t.i == trigger.i:
            return True
    return False


MODAL_AUX = {"will", "would", "shall", "should", "could", "can", "may", "might", "must", "'ll"}
ARRIVAL_VERBS = {"come", "arrive", "travel", "fly", "land", "visit"}


def _in_noun_clause(host: Token, trigger: Token) -> bool:
    """``host`` sits in a clause modifying a noun ("the embassy, which had been closed since 2014") that does not
    hold the trigger: that clause's time is the noun's story, not the trigger's."""
    above = {a.i for a in trigger.ancestors} | {trigger.i}
    t = host
    for _ in range(12):
        if t.i in above:
            return False
        if t.dep_ in ("relcl", "acl") and t.head.i != trigger.i:
            # "Mitsotakis, who came to Tripoli yesterday, met ...": the subject's arrival dates what it did there
            if t.lemma_.lower() in ARRIVAL_VERBS and t.head.dep_ == "nsubj" and t.head.head.i in above:
                return False
            return not _in_time_adjunct(t.head, above)
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _in_time_adjunct(noun: Token, above: set[int]) -> bool:
    """'taken at the beginning of the campaign that began in April 2019': the noun sits in a time phrase of a
    clause above the trigger, so its clause's time frames the trigger too."""
    t = noun
    for _ in range(8):
        if t.dep_ == "pobj" and t.head.lower_ in TIME_PREPS and t.head.head.i in above:
            return True
        if t.head.i == t.i or t.i in above:
            return False
        t = t.head
    return False


def _other_conjunct(trigger: Token, host: Token, tok: Token) -> bool:
    """The trigger is in a coordinated clause with its own subject and modal, below ``host``, and the time expression
    ``tok`` sits inside ``host``'s clause after its subject (a fronted time scopes over both clauses)."""
    subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or tok.i < subj.i:
        return False
    t = trigger
    for _ in range(12):
        if t.i == host.i or t.head.i == t.i:
            return False
        if t.dep_ == "conj" and t.head.i == host.i:
            # only a clause told in another tense: "... shelled Tripoli on Monday and the GNA retaliated" shares it
            return any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) and \
                any(c.dep_ == "aux" and c.lower_ in MODAL_AUX for c in t.children)
        t = t.head
    return False


STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "speech", "address", "letter",
                             "interview", "post", "tweet", "message", "decree", "decision", "resolution"})


def _statement_issued(verb: Token, trigger: Token) -> bool:
    """'welcomed, in a statement issued late on Monday, ...': the statement's date is the welcome's."""
    noun = verb.head
    return verb.dep_ in ("acl", "relcl") and noun.lemma_.lower() in STATEMENT_NOUNS and noun.dep_ == "pobj" \
        and noun.head.lower_ in ("in", "through", "via", "with") and noun.head.head.i == trigger.i


def _in_dateline(sent: Span, te: TimeExpr) -> bool:
    """'Ankara, 4 Sept (MLN) - ...': the dateline's date is when the copy was filed, only an upper bound."""
    first = dateline_token(sent)
    if first is None:
        return False
    dash = next((t for t in sent.doc[first.i:min(first.i + 14, sent.end)] if t.text in DATELINE_DASHES), None)
    span = _span_of(sent, te)
    return dash is not None and span is not None and span.end <= dash.i


def _span_of(sent: Span, te: TimeExpr) -> Span | None:
    """The tokens of a time expression (its offsets are relative to the sentence)."""
    return sent.doc.char_span(sent.start_char + te.start, sent.start_char + te.end, alignment_mode="expand")


NOUN_MODIFIER_DEPS = frozenset({"poss", "compound", "nmod", "det", "nummod", "amod", "case"})


def _noun_dated(span: Span) -> Token | None:
    """The noun a time expression stands before as its modifier ("last month's talks", "the 23 October ceasefire"):
    every word of it hangs, directly or through the others, on that one noun."""
    outside = [t for t in span if not (span.start <= t.head.i < span.end)]   # the words hung outside the span
    heads = {t.head.i for t in outside}
    if len(heads) != 1 or not all(t.dep_ in NOUN_MODIFIER_DEPS for t in outside):
        return None
    noun = span.doc[heads.pop()]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _happening_before(span: Span, trigger: Token) -> Token | None:
    """The meeting or attack a bare time expression follows ("an investigation into her meeting last week"):
    the parser hangs "last week" on the clause's verb, but it dates the happening it follows - and what the
    trigger says happened in it ("the killing of 33 soldiers in a strike last Thursday", "agreed during a
    meeting last week")."""
    if span.start == 0 or span.root.dep_ != "npadvmod":
        return None
    noun = span.doc[span.start - 1]
    happening = noun.lemma_.lower() in MEETING_NOUNS or noun.lemma_.lower() in STRIKE_NOUNS
    if noun.pos_ != "NOUN" or not happening or noun.head.i == span.root.head.i:
        return None
    inside = noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "at") and noun.head.head.i == trigger.i
    return None if inside else noun


def _frames_clause(sent: Span, te: TimeExpr) -> bool:
    """The time is told of a clause of the sentence, not inside a relative clause or a modifier of a noun ("the
    embargo imposed in 2011", "last month's talks"): only such a time carries on through its paragraph."""
    span = _span_of(sent, te)
    if span is None:
        return True
    tok = span.root
    if _noun_dated(span) is not None:
        return False
    if any(a.dep_ == "prep" and a.lower_ == "since" for a in tok.ancestors):
        # "the most serious violence since the end of the siege in June 2020": a yardstick, not the time of
        # what the paragraph goes on to tell
        return False
    # a clause on the subject tells of what the sentence is about ("the two statements issued on Friday called for
    # a halt"): that time frames it
    return not any(a.dep_ in ("relcl", "acl") and a.head.dep_ not in ("nsubj", "nsubjpass")
                   for a in (tok, *tok.ancestors))


_PAST_TAGS = frozenset({"VBD", "VBN"})


def _same_tense(a: Token, b: Token) -> bool:
    return a.tag_ == b.tag_ or {a.tag_, b.tag_} <= _PAST_TAGS


def _attached_time(trigger: Token, sent: Span, times: list[TimeExpr]) -> TimeExpr | None:
    """The time expression governing the trigger's clause, else the sentence's nearest one. A second verb
    coordinated with the first in the same tense shares the first's time when it has none of its own
    ("welcomed, in a statement issued on Monday, ..., and called for ...")."""
    te, score = _scored_time(trigger, sent, times)
    head = trigger.head
    if (score is None or score[0] > 0) and trigger.dep_ == "conj" and trigger.pos_ == "VERB" and head.pos_ == "VERB" \
            and _same_tense(trigger, head):
        hte, hscore = _scored_time(head, sent, times)
        if hscore is not None and hscore[0] == 0:
            return hte
    if (score is None or score[0] > 0) and trigger.pos_ == "VERB":
        # "dismissed the claims and rejected the offer on Tuesday": a second verb sharing the subject lends its time
        for c in trigger.children:
            if c.dep_ == "conj" and c.pos_ == "VERB" and _same_tense(c, trigger) \
                    and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
                cte, cscore = _scored_time(c, sent, times)
                if cscore is not None and cscore[0] == 0:
                    return cte
    return te


# participles of a state, not a happening: a day on them ("positions held by militias ... on Monday") belongs
# to the clause's verb
STATIVE_PARTICIPLES = {"hold", "base", "station", "locate", "control", "own", "run", "back", "ally", "align",
                       "affiliate", "link", "tie", "garrison", "entrench", "position", "occupy"}


GATHERINGS = {"election", "vote", "ceremony", "referendum", "hearing", "rally", "protest", "demonstration", "parade",
              "exercise", "drill", "poll", "funeral", "match", "celebration"}


def _restates_its_subject(tok: Token) -> bool:
    """A meeting noun after "be" whose subject is a meeting noun describes that meeting."""
    return tok.dep_ == "attr" and tok.head.lemma_ == "be" and tok.lemma_.lower() in MEETING_NOUNS and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in MEETING_NOUNS for c in tok.head.children)


def _names_what_went_before(tok: Token, sent: Span) -> bool:
    """'It was the deadliest attack since ...', 'This was the first visit ...': the sentence opens by
    naming the happening of the sentence before it."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lower_ in ("it", "this", "that") and subj.i - sent.start <= 1


def _stative_participle(t: Token) -> bool:
    return t.dep_ == "acl" and t.tag_ == "VBN" and t.lemma_.lower() in STATIVE_PARTICIPLES \
        and t.head.lemma_.lower() not in MEETING_NOUNS | GATHERINGS   # "talks held in Geneva on Monday" happened then


PERIOD_PREPS = {"during", "for", "throughout", "until", "till", "over", "within", "ahead", "before", "after"}


def _describes_a_period(noun: Token) -> bool:
    """The noun names the period a deed falls in ("during the holy month of Ramadan", "for the Eid holiday"):
    a clause on it dates the period."""
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in PERIOD_PREPS:
            return True
        if prep.lower_ != "of" or prep.head.pos_ != "NOUN":
            return False
        noun = prep.head     # "the month of Ramadan": the period is the month
    return False


def _meeting_told_by_subject(host: Token, trigger: Token) -> bool:
    """The trigger's subject is a meeting and ``host`` the participle that dates it ("the meeting, held on
    Sunday, brought together ..."): what the meeting did happened when it was held."""
    subj = host.head
    return host.dep_ == "acl" and subj.dep_ == "nsubj" and subj.head.i == trigger.i \
        and subj.lemma_.lower() in MEETING_NOUNS


def _scored_time(trigger: Token, sent: Span, times: list[TimeExpr]) -> tuple[TimeExpr | None, tuple | None]:
    if not times:
        return None, None
    best, best_score = None, None
    clause = _after_clause(trigger)
    for te in times:
        span = _span_of(sent, te)
        if span is None:
            continue
        tok = span.root
        noun = _noun_dated(span) or _happening_before(span, trigger)
        if noun is not None and noun.i != trigger.i and not _setting_of(noun, trigger) \
                and not any(a.dep_ in ("acl", "relcl") and a.head.i == noun.i for a in (trigger, *trigger.ancestors)):
            # "endorsed last month's conference", "condemned the Saturday attack": the noun's date (but "AFRICOM's
            # 26 May statement accusing Russia of deploying jets": a statement's date is that of what it says)
            continue
        # climb to the verb or nominal trigger that this expression modifies
        attached = False
        host = None
        t = tok
        path = []
        for _ in range(12):
            if t.i == trigger.i:
                attached = True
                break
            path.append(t)
            if _stative_participle(t) and t.i != tok.i:
                t = t.head   # "struck positions held by militias in Tripoli on Monday": the parser's misreading
                continue
            if t.pos_ in ("VERB", "AUX") and t.i != tok.i:
                attached = t.i == trigger.i or (trigger.dep_ in ("dobj", "pobj", "nsubjpass") and trigger.head.i == t.i) \
                    or (t.dep_ in ("relcl", "acl") and t.head.i == trigger.i
                        and (t.lemma_.lower() in INCEPTIVE or _tells_of_its_head(t))) \
                    or _toll_of(t, trigger) \
                    or (t.dep_ == "acl" and t.tag_ == "VBG" and t.head.dep_ in ("dobj", "nsubjpass", "nsubj")
                        and t.head.head.i == trigger.i and not (te.relation == "since" and t.head.dep_ == "nsubj")) \
                    or (t.dep_ == "relcl" and t.head.dep_ == "nsubj" and t.head.head.i == trigger.i
                        and t.head.lemma_.lower() in STRIKE_NOUNS and _tells_of_its_head(t)) \
                    or _statement_issued(t, trigger) or _phase_on_its_venue(t, trigger)
                # "downed a drone flying over Tarhuna on Wednesday", "the parliament, meeting in a closed session
                # on Monday, authorised ...", "the strikes which were carried out on Sunday hit ..." (but "the
                # forum, meeting since Monday, has agreed": when the meeting began, not when it agreed)
                host = t
                break
            if t.head.i == t.i:
                break
            t = t.head
        if host is not None and _toll_rises(host, trigger) \
                and not any(within(trigger, w.i) for w in span):
            continue   # "the death toll of the air raid rose today to 44": the day of the count, not of the raid
            # ("the toll from Tuesday night's strike has risen": that day is the strike's own)
        if not attached and _in_since_frame(path, host, trigger):
            continue   # "the biggest setback since he launched his offensive in April last year": the yardstick's
            # date, not the news's
        # an expression on a clause that governs the trigger dates it ("voted on Saturday to reject ...");
        # one on another clause ("the memoranda signed in November") dates something else
        governs = host is not None and any(a.i == host.i for a in trigger.ancestors)
        if not attached and not governs and host is not None and _meeting_told_by_subject(host, trigger):
            attached = True   # "the meeting, held on Sunday, brought together Menfi, Saleh and Takala": one happening
        elif not attached and not governs and host is not None and (
                _dates_an_argument(host, trigger) or (clause is None and _in_noun_clause(host, trigger))):
            continue   # "rejected the memoranda signed in November": the date of the memoranda, not of the rejection;
            # "opened the embassy, which had been closed since 2014, and later met ...": not of the meeting
        if not attached and not governs and host is not None and host.dep_ == "relcl" \
                and host.head.dep_ not in ("nsubj", "nsubjpass") and not any(a.i == trigger.i for a in host.ancestors):
            continue   # "said after talks with Sarraj that they would work under the memorandum they signed last
            # November": the date of what the clause tells of its noun, on another branch than the talks (a clause
            # on the subject, "Mitsotakis, who came yesterday, ... later met Menfi", frames the whole sentence)
        if not attached and not governs and host is not None and host.dep_ == "relcl" and _describes_a_period(host.head):
            continue   # "will cease hostilities during the holy month of Ramadan, which started on 24 April": when the
            # period began, not when the truce was declared
        if not attached and not governs and host is not None and te.relation == "since" and host.dep_ == "relcl":
            continue   # "announced the resumption of exports, which had been halted since January": how long the
            # state its noun was in had lasted, not when the announcement was made
        if not attached and host is not None and host.dep_ == "ccomp" and host.head.i != trigger.i \
                and any(a.i == trigger.i for a in host.ancestors):
            continue   # "suspended her within 24 hours of Israel disclosing that she met Cohen last week": the time
            # of what a clause under the trigger reports, not of the trigger
        if governs and not attached and _other_conjunct(trigger, host, tok):
            continue   # "Egypt, throughout the past years, refrained ..., and its intervention will be ...": the
            # first clause's own time, not the second's
        if not attached and host is not None and _in_complement(host, trigger):
            continue   # "pledging to lead the country to elections in December": the elections' date
        if not attached and not governs and clause is not None and te.precision == "day" \
                and not within(clause, tok.i):
            # "the message repeated on Sunday ..., one day after Sisi threatened ...": a time outside the
            # 'after' clause dates what came later
            host = clause.head
            governs = True
        if governs and not attached and te.precision == "day" and _earlier_happening(trigger, host):
            # "came under pressure on Thursday after an air strike killed 44": not Thursday's strike; a coarse
            # frame ("last year, after Trump spoke with Haftar") still holds what came just before. A measured
            # gap ("crossed on Saturday, a day after the commission reopened the road") dates it exactly.
            gap = _measured_gap(trigger, host)
            if gap is None:
                # "by Friday evening, after a meeting with Haftar": on or before that day, an upper bound only
                te = replace(te, relation="before")
            elif gap >= COARSE_GAP:
                # "eight months after his supporters shut the terminals, Haftar announced on Friday ...": the month
                day = te.date_start - timedelta(days=gap)
                first, last = month_range(day.year, day.month)
                te = replace(te, date_start=first, date_end=last, precision="month")
                attached = True
            else:
                te = replace(te, date_start=te.date_start - timedelta(days=gap),
                             date_end=te.date_end - timedelta(days=gap))
                attached = True
        rank = 0 if attached else 1 if host is None or governs else 2
        distance = abs(tok.i - trigger.i)
        score = (rank, distance)
        if best_score is None or score < best_score:
            best, best_score = te, score
    return best, best_score


SPEECH_LEMMAS = {"say", "tell", "announce", "report", "confirm", "state", "claim", "add", "insist", "reveal",
                 "declare", "acknowledge", "admit", "deny", "allege"}


_YEAR_WORD = re.compile(r"(19|20)\d\d")


def _year_of_its_noun(trigger: Token) -> TimeExpr | None:
    """'The 2011 uprising that toppled Gaddafi', 'the 2014 fighting': a year written before a noun is no time
    expression of the sentence, but it dates that noun's happening and what its relative clause says it did."""
    noun = trigger if trigger.pos_ in ("NOUN", "PROPN") else \
        trigger.head if trigger.dep_ in ("relcl", "acl") and trigger.head.pos_ in ("NOUN", "PROPN") else None
    if noun is None or noun.tag_ not in ("NN", "NNP"):
        return None     # "2000 air strikes" counts them; a year names one happening: "the 2011 uprising"
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("nummod", "compound", "amod", "nmod") and _YEAR_WORD.fullmatch(c.text):
            y = int(c.text)
            return TimeExpr(text=c.text, start=c.idx, end=c.idx + len(c.text), date_start=date(y, 1, 1),
                            date_end=date(y, 12, 31), precision="year", explicit_year=True)
    return None


def _speech_dated(trigger: Token, sent: Span, te: TimeExpr) -> bool:
    """'Forces have taken Tarhuna, officials said on Saturday': the expression dates the saying. The deed
    it reports happened then or shortly before, so the date is only an upper bound."""
    span = _span_of(sent, te)
    if span is None or span.root.head.i == span.root.i:
        return False
    host = governing_verb(span.root.head)
    return host.pos_ in ("VERB", "AUX") and host.i != trigger.i and (
        host.lemma_.lower() in SPEECH_LEMMAS or host.lemma_.lower() in REACTION_LEMMAS)


PAST_WORDS = {"earlier", "previous", "past", "prior"}   # not "former": it describes a person, not the deed


LONG_SPANS = {"year", "decade", "generation", "century"}


# names of doers an aside may describe; not places: "the shelter in Tajoura, which was hit on Tuesday" tells the
# news of the place
_NAME_ENTS = ("ACTOR", "PERSON", "ORG", "NORP")


def _dated_aside(tok: Token, sent: Span, te: TimeExpr) -> bool:
    """The trigger and its time expression sit in a relative clause set off by a comma after a name ("Sarraj,
    who said on Wednesday he would step down, ...", "Hafter, who started the attack on 4 April,"): an aside
    that reminds the reader who the named one is, with a day of its own, not the news the sentence tells.
    A setting ("in Istanbul on Wednesday, where the two sides signed ...") is not an aside, nor is what the named
    one's side did ("Haftar, whose forces captured Sirte on Monday")."""
    t = tok
    for _ in range(6):
        if t.dep_ == "relcl":
            head = t.head
            if head.ent_type_ not in _NAME_ENTS:
                return False
            rel = next((c for c in t.subtree if c.tag_ in ("WP", "WP$", "WDT", "WRB") and c.i < t.i), None)
            if rel is None or rel.tag_ in ("WRB", "WP$") or rel.i == 0 or tok.doc[rel.i - 1].text != ",":
                return False   # ("Haftar, whose forces captured Sirte on Monday, ...": what his side did is news)
            span = _span_of(sent, te)
            return span is not None and t.left_edge.i <= span.start and span.end <= t.right_edge.i + 1
        if t.head.i == t.i:
            return False
        t = t.head
    return False


CASUALTY_VERBS = (TOLL_VERBS - {"claim", "leave"}) | {"die", "displace", "maim"}   # tolls told in their own verb
HEDGES = {"more", "over", "least", "nearly", "almost", "about", "around", "some", "roughly", "approximately", "than"}
BIG_TOLL = 100


def _cumulative_toll(tok: Token) -> bool:
    """'More than 430 people have been killed, according to the WHO', 'the fighting has killed more than 1,000
    since April': a toll counted so far in the present perfect, with no day of its own, is the war's running
    count, not a happening of the day. A toll of one attack names it ('at least 5 have been killed in the
    shelling'), and a small one is news ('five people have been killed in fighting in Tripoli')."""
    if tok.lemma_.lower() not in CASUALTY_VERBS or tok.pos_ != "VERB":
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBP", "VBZ") for c in tok.children):
        return False
    clause = list(tok.subtree)
    if any(t.lower_ == "since" for t in clause):
        return True
    if any(t.lemma_.lower() in STRIKE_NOUNS for t in clause):
        return False
    for n in clause:
        if n.dep_ == "nummod" and n.like_num and any(c.lower_ in HEDGES for c in n.children):
            value = to_int(n.text) if n.text.replace(",", "").isdigit() else None
            if value is not None and value >= BIG_TOLL:
                return True
    return False


def _told_as_past(tok: Token) -> bool:
    """'damaged in earlier attacks', 'previous shelling', 'a decade after the killing of his father': the
    text itself puts the deed in the past."""
    heads = [tok] + (doers(tok) if tok.pos_ in ("VERB", "AUX") else [])
    if any(c.dep_ == "amod" and c.lower_ in PAST_WORDS for h in heads for c in h.children):
        return True
    t = tok
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ not in ("pobj", "pcomp") or t.head.lower_ not in ("after", "since"):
        return False
    prep = t.head     # "a decade after X": the span is the preposition's modifier or its head
    return prep.head.lemma_.lower() in LONG_SPANS or any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in LONG_SPANS for c in prep.children)


def _long_running(te, d0, d1, published) -> bool:
    """'Western powers have been trying for the last two years to woo Assad': a span of months reaching
    back from the report is a standing effort, background to any one day's news."""
    return bool(te is not None and published and d0 and d1 and (d1 - d0).days > 2 * HISTORICAL_DAYS
                and d0 < published - timedelta(days=HISTORICAL_DAYS))


# "for months", "for two years": how long a state has held
_SPANS = {"week", "month", "year", "decade"}


def _standing_perfect(tok: Token, depth: int = 0) -> bool:
    """A perfect that tells how long something has held, not when it happened: "had refused for months",
    "has expelled most media since the revolt began", "more than 220 have been killed since protests erupted",
    "have already imposed sanctions". Such a sentence recounts the background of the story."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else tok
    children = list(verb.children)
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head    # "has been trying to take Tripoli for a year"
        children += list(verb.children)
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    for c in children:
        if c.dep_ == "advmod" and c.lower_ == "already":
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in ("for", "since"):
            objs = [o for o in c.children if o.dep_ == "pobj"]
            if c.lower_ == "since" and objs and objs[0].ent_type_ not in ("DATE", "TIME"):
                return True     # "since the start of the uprising"
            if c.lower_ == "for" and objs and objs[0].lemma_.lower() in _SPANS:
                return True
    if verb.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and not depth:
        # "the base had been pounded for weeks by drones, which had destroyed several Pantsir systems": what the
        # relative clause adds to a standing state belongs to it
        outer = governing_verb(verb.head)
        return outer.pos_ in ("VERB", "AUX") and _standing_perfect(outer, depth=1)
    return False


# phrases that point back to the time last told ("hours later", "later that day", "on the same day")
SAME_TIME_AGAIN = re.compile(r"\b(?:(?:hours|minutes|moments) (?:later|earlier)"
                             r"|(?:later|earlier) (?:that|the same|in the) (?:day|night|evening|morning)"
                             r"|(?:that|the) same (?:day|night|evening|morning))\b", re.I)
VAGUE_MANY = {"several", "many", "multiple", "numerous", "countless"}
HABITUAL_ADVERBS = {"repeatedly", "routinely", "regularly", "frequently", "often", "constantly", "continually"}


def _habitual(tok: Token) -> bool:
    """'has repeatedly stressed that its support aims at ending the attacks', 'routinely shell the suburbs':
    what keeps happening, told without a date, is the story's background, not a happening of the day."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS:
            return True
        # "has been shut several times", "in the past": told without a day, it is the story's background
        if c.dep_ == "npadvmod" and c.lower_ == "times" and any(
                a.dep_ == "amod" and a.lower_ in VAGUE_MANY for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and o.lower_ == "past" and [x.lower_ for x in o.children] == ["the"]
                for o in c.children):
            return True
    return False


# stances that the present simple states as standing ("Syria blames the violence on armed gangs", "Moscow
# denies sending mercenaries"); a new statement is told in the past or dated ("accused ... on Monday")
STANDING_STANCE = {"blame", "accuse", "deny", "oppose", "reject", "dispute"}


# a campaign named by its doer ("Haftar's assault on Tripoli", "the offensive by Haftar's forces") is the
# war under way, recalled in story after story; news of the day launches, presses or halts it
CAMPAIGN_NOUNS = {"offensive", "assault", "campaign", "onslaught", "aggression", "war", "siege"}
CAMPAIGN_NEWS_VERBS = {"launch", "begin", "start", "resume", "announce", "order", "press", "intensify", "escalate",
                       "mount", "open", "halt", "stop", "end", "suspend", "renew", "step", "expand", "widen",
                       "declare", "unleash", "call", "repel", "repulse"}


# acts a body performs by deciding them (suspending, severing, recognising, appointing); sending troops
# takes more than the decision
DECREED = {"SANCTION", "REJECT", "SUPPORT", "COOPERATE", "CONCEDE"}
# ... and coercive measures a decree puts in force: dismissals (CAMEO 172) and closed borders, ports or
# airspace (191). Only these, and sanctions, are also in force once leaders have "agreed" on them ("West
# African leaders agreed on Sunday to close their borders with Mali"); agreeing to support or to meet is a
# promise
DECREED_CAMEO = ("172", "191")


def _decided(intent, etype: str = "", cameo: str | None = None) -> bool:
    """A decision already taken: "decided" or "has decided", not "will decide" or "decides to"; for sanctions
    and coercive decrees also "agreed" on."""
    if intent is None or intent.tag_ not in ("VBD", "VBN"):
        return False
    lemma = intent.lemma_.lower()
    coercive = (cameo or "").startswith(DECREED_CAMEO)
    if not ((lemma == "decide" and (etype in DECREED or coercive))
            or (lemma == "agree" and (etype == "SANCTION" or coercive))):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HYPO_AUX | {"should"} for c in intent.children)


ENDING_VERBS = frozenset({"stop", "halt", "end", "cease", "curb", "prevent"})
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation"})


def _asked_to_end(noun: Token) -> bool:
    """The harm noun is what someone is asked, urged or hoping to see stopped: "urged Assad to stop the
    violence", "steps for Damascus to halt the killing", "called for an end to the shelling of Tripoli"."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in ENDING_VERBS and head.pos_ == "VERB":
        return to_infinitive(head)
    if noun.dep_ == "pobj" and head.lower_ in ("to", "of") and head.head.lemma_.lower() in ENDING_NOUNS \
            and head.head.pos_ == "NOUN":
        return True
    return False


def _asked_whether(tok) -> bool:
    """The trigger's clause is an embedded yes/no question: "whether the drone was shot down or crashed",
    "asked whether Turkey would send troops". It tells that something is unknown, not that it happened or
    was threatened."""
    t = tok
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True
        if t.dep_ != "conj" or t.head.i == t.i:
            return False
        t = t.head
    return False


def _campaign_named(tok: Token) -> bool:
    """'accusing France of standing behind Haftar's assault on Tripoli', 'talks amid Haftar's offensive': the
    campaign as a whole, told without a date, is the story's background, not a happening of the day."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in CAMPAIGN_NOUNS:
        return False
    named = any(c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") for c in tok.children) or any(
        c.dep_ == "prep" and c.lower_ == "by" for c in tok.children)
    if not named:
        return False
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return not (tok.dep_ in ("dobj", "nsubjpass", "pobj", "xcomp") and head.lemma_.lower() in CAMPAIGN_NEWS_VERBS)


# what a campaign does when it is failing: "whose offensive on Tripoli has collapsed in recent days"
CAMPAIGN_FAILING_VERBS = {"collapse", "falter", "stall", "crumble", "fizzle", "fail", "unravel", "founder",
                          "stumble", "flounder", "peter", "grind", "bog", "disintegrate"}


def _campaign_failing(tok: Token) -> bool:
    """A campaign as the subject of its failing: the date is the collapse's, and the campaign itself began
    long before, so it is background, not an attack of that day."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in CAMPAIGN_NOUNS and tok.dep_ in ("nsubj", "nsubjpass") \
        and tok.head.lemma_.lower() in CAMPAIGN_FAILING_VERBS


def _standing_stance(tok: Token) -> bool:
    return tok.tag_ in ("VBZ", "VBP") and tok.lemma_.lower() in STANDING_STANCE \
        and tok.dep_ in ("ROOT", "relcl", "conj") and not any(c.dep_ == "aux" for c in tok.children)


TARGET_PREPS = ("on", "against", "at")


def _names_its_target(tok: Token) -> bool:
    """'the bombing of Mitiga airport', 'unidentified warplanes carried out strikes on al-Watiya air base':
    violence at a named place is news even with its perpetrator unnamed."""
    targets = list(objects(tok))
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "dobj":
        # strikes someone carried out or launched, not "the attacks on the airport showed that ...", which
        # names a happening told elsewhere
        targets += [o for p, o in prep_children(tok) if p in TARGET_PREPS and o is not None]
    return any(o.ent_type_ in ("GPE", "FAC", "LOC") or any(settlement_named(c) is not None for p in o.children
                                                           if p.lower_ == "of" for c in p.children)
               for o in targets)


def _is_headline(sent: Span, doc_text: str | None = None) -> bool:
    """A line standing alone without closing punctuation: a headline, a caption or a link to another
    story. Its event, if real, is told again in the body."""
    text = sent.text.strip()
    core = text.rstrip("\"”’'»)}] ")
    if not core or core[-1] in ".!?":
        return False
    doc_text = doc_text if doc_text is not None else sent.doc.text
    line_start = doc_text.rfind("\n", 0, sent.start_char) + 1
    line_end = doc_text.find("\n", sent.start_char)
    line = doc_text[line_start:line_end if line_end >= 0 else len(doc_text)].strip()
    return line == text


REFUSAL_MODE = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "AGREE": None, "CONCEDE": "yield",
                "RETREAT": "yield", "SUPPORT": None}
REFUSAL_CAMEO = {"CONSULT": "5", "AID": "1", "COOPERATE": "1", "CONCEDE": "3", "RETREAT": "3"}
VOLITIONAL_AUX = {"will", "would", "'ll", "wo", "can", "could", "ca", "shall", "'d"}
# verbs whose plain negation ("does not recognize") is itself a stance of refusal
STANCE_VERBS = {"recognize", "recognise", "accept", "agree", "allow", "permit", "endorse", "back"}


# nouns of a resolve, whose negated complement is a refusal ("his decision not to sign"); not the nouns of a deed
# decided (roles.DECISION_NOUNS)
RESOLVE_NOUNS = {"decision", "choice", "refusal", "vow", "pledge", "promise", "determination", "resolve"}


def _refusal(tok: Token, intent: Token | None) -> bool:
    """A negation that states a will not to act, not a report that something did not happen."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("fail", "refuse", "decline"):
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "without":
        return True     # "left Moscow without signing the truce": the deed done instead is the refusal
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in RESOLVE_NOUNS:
        return True     # "his decision not to sign"
    for t in (tok, intent, tok.head if tok.pos_ in ("NOUN", "PROPN") else None):
        if t is None:
            continue
        auxes = {c.lower_ for c in t.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"been", "had", "has", "have"}:
            continue
        if auxes & VOLITIONAL_AUX or (t.lemma_.lower() in STANCE_VERBS and auxes & {"do", "does", "did"}):
            return True
    return False


WEAPON_MODES = {"drone": "drone", "uav": "drone", "air": "aerial", "airstrike": "aerial", "aerial": "aerial",
                "warplane": "aerial", "aircraft": "aerial", "helicopter": "aerial", "rocket": "heavy-weapons",
                "missile": "heavy-weapons", "artillery": "heavy-weapons", "mortar": "heavy-weapons",
                "shell": "heavy-weapons", "tank": "heavy-weapons", "bomb": "explosives", "ied": "explosives",
                "explosive": "explosives", "mine": "explosives", "suicide": "suicide-attack",
                "gunman": "firearms", "gun": "firearms", "sniper": "firearms", "gunfire": "firearms",
                "knife": "primitive", "machete": "primitive"}


NOT_AIR_POWER = {"base", "airbase", "field", "port", "space", "defence", "defense", "corridor", "bridge", "traffic"}


def _weapon_mode(tok: Token) -> str | None:
    """PLOVER's ASSAULT mode from the weapon the sentence names near the trigger ("a drone attack")."""
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nsubj", "prep", "agent")]
    for t in [tok] + near + [g for c in near for g in c.subtree]:
        if t.lemma_.lower() in ("air", "aerial") and t.head.i != t.i and t.head.lemma_.lower() in NOT_AIR_POWER:
            continue   # "drove into the air base", "the air defences": a place or a shield, not an air attack
        mode = WEAPON_MODES.get(t.lemma_.lower())
        if mode:
            return mode
    return None


COMMAND_VERBS = {"order", "command", "instruct", "direct"}
COMMAND_NOUNS = {"order", "command", "instruction", "directive"}
# strikes on a party, not moves on a place: "ordered his forces to march on Tripoli" opened the offensive itself
STRIKE_VERBS = {"attack", "target", "strike", "hit", "bomb", "shell", "shoot", "fire"}


def _commanded(tok: Token) -> bool:
    """The deed is a strike someone was ordered to make ("ordered his fighters to attack Turkish ships")."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in STRIKE_VERBS or not to_infinitive(tok):
        return False
    # "ordered his fighters to attack", "received the order to target the Turkish ships"
    return (tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in COMMAND_VERBS) or \
        (tok.dep_ == "acl" and tok.head.lemma_.lower() in COMMAND_NOUNS)


def _has_ultimatum(tok: Token) -> bool:
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in tok.children)


MAX_PER_SENTENCE = 3


def _cap_per_sentence(events: list[Event]) -> list[Event]:
    """PETRARCH-family coders have emitted dozens of events from one sentence. A news sentence rarely
    reports more than three; beyond that the extra ones are almost always the parse talking. Events
    arrive main-clause first, so the most prominent three are kept."""
    seen: dict[int, int] = {}
    out = []
    for ev in events:
        key = ev.evidence[0].start
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MAX_PER_SENTENCE:
            out.append(ev)
    return out


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _evidence(doc_id: str, sent: Span) -> Evidence:
    text = sent.text.rstrip()
    return Evidence(doc_id, text, sent.start_char, sent.start_char + len(text))


def _simple_past(tok: Token) -> bool:
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children)


def _any_past(tok: Token) -> bool:
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were") for c in verb.children))


PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


def _same_place(a, b) -> bool:
    """Unknown, the same place, or a place and the country it is in ("Berlin" and "Germany")."""
    if a is None or b is None or a.name == b.name:
        return True
    return a.country is not None and a.country == b.country and "country" in (a.feature, b.feature)


def _finer_place(a, b):
    if a is None or b is None:
        return a or b
    return b if a.feature == "country" and b.feature != "country" else a


def _more_evidence(have: tuple, more: tuple) -> tuple:
    """Evidence of both, each sentence once ("bombed the academy, killing 28" is one sentence, two triggers)."""
    seen = {e.start for e in have}
    return have + tuple(e for e in more if e.start not in seen)


def _dedupe(events: list[Event]) -> list[Event]:
    """Repeats within one article (the lede and the body tell the same event) become one event with
    several evidence sentences."""
    out: list[Event] = []
    for ev in events:
        akey = frozenset(a.id for a in ev.actor)
        rkey = frozenset(a.id for a in ev.recipient)
        merged = False
        if not akey and not ev.historical:
            # "when the strike hit", "the conference, attended by ...": an unattributed mention of a happening the
            # article has already told, on the same day (or undated) and at the same place, is that happening
            # again, not a second one
            for i in range(len(out) - 1, -1, -1):
                prev = out[i]
                same_day = ev.date_source != "text" or (prev.date is not None and ev.date is not None and not (
                    prev.date > (ev.date_end or ev.date) or ev.date > (prev.date_end or prev.date)))
                prev_r = frozenset(a.id for a in prev.recipient)
                same_party = not rkey or not prev_r or bool(rkey & prev_r)
                if prev.event_type == ev.event_type and not prev.historical and prev.status == ev.status \
                        and same_day and same_party and _same_place(ev.location, prev.location):
                    out[i] = replace(prev, evidence=_more_evidence(prev.evidence, ev.evidence),
                                     recipient=prev.recipient or ev.recipient,
                                     location=_finer_place(prev.location, ev.location),
                                     fatalities=prev.fatalities if prev.fatalities is not None else ev.fatalities,
                                     confidence=max(prev.confidence, ev.confidence))
                    merged = True
                    break
        if akey and not merged:
            for i, prev in enumerate(out):
                if prev.event_type != ev.event_type or prev.status != ev.status:
                    continue
                prev_r = frozenset(a.id for a in prev.recipient)
                one_sentence = bool(prev.evidence) and bool(ev.evidence) and \
                    prev.evidence[0].start == ev.evidence[0].start
                # "bombed a military academy in Tripoli, killing 28": the participle's deed is the verb's, its
                # target said once
                if frozenset(a.id for a in prev.actor) != akey or (
                        prev_r != rkey and not (one_sentence and not (prev_r and rkey))):
                    continue
                if prev.date and ev.date and (prev.date > (ev.date_end or ev.date) or ev.date > (prev.date_end or prev.date)):
                    continue
                if prev.historical != ev.historical:
                    continue
                better_date = (prev.date_source != "text" and ev.date_source == "text") or (
                    ev.date_source == "text" and PRECISION_RANK[ev.date_precision] < PRECISION_RANK[prev.date_precision])
                out[i] = replace(prev, evidence=_more_evidence(prev.evidence, ev.evidence),
                                 confidence=max(prev.confidence, ev.confidence),
                                 **({k: getattr(ev, k) for k in ("date", "date_end", "date_precision",
                                                                 "date_source", "date_text")} if better_date else {}),
                                 location=prev.location or ev.location,
                                 recipient=prev.recipient or ev.recipient,
                                 fatalities=prev.fatalities if prev.fatalities is not None else ev.fatalities)
                merged = True
                break
        if not merged:
            out.append(ev)
    return out


QUANTITY_NOUNS = {"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million", "millions",
                  "score", "scores", "crowd", "crowds", "group", "groups", "number", "tens", "barrage", "volley",
                  "salvo", "series", "wave", "hail"}
# the munition stands for the attack: "shells hit the airport", "a rocket struck the port"
EVENT_NOUNS = {"explosion", "blast", "violence", "fire", "unrest", "crash", "shootout", "gunfire", "shell", "rocket",
               "missile", "mortar", "bomb", "grenade", "projectile", "shelling", "drone", "artillery", "munition",
               "car bomb", "ied", "explosive", "bullet", "round"}


def _inanimate_subject(tok: Token, index: MentionIndex, kb, lexicon: Lexicon | None = None) -> bool:
    """'The agreement destroyed the country': a verb whose subject is neither an actor nor a noun for
    people or forces describes something other than a political action."""
    if tok.pos_ not in ("VERB", "AUX") or kb is None:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or np_actors(subj, index):
        return False   # "thousands of Iraqi Kurds": the actor sits inside the phrase
    while subj.lemma_.lower() in QUANTITY_NOUNS:
        # "hundreds of thousands of people": the people act
        of = [o for p in subj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if not of:
            return False
        subj = of[0]
    if subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    lemma = subj.lemma_.lower()
    if lemma in EVENT_NOUNS or lemma in OPERATION_NOUNS or (lexicon is not None and lexicon.candidates(lemma, "N")):
        return False   # "a roadside bombing killed ...": the violence is the event
    return kb.agent(subj.text) is None and kb.agent(subj.lemma_) is None


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    from ..places.locate import capitals
    return frozenset(capitals().values())


MILITARY_SITES = {"academy", "college", "base", "barracks", "camp", "headquarters", "school", "airport", "airbase"}


def _seat_of_power(tok: Token, kb, when) -> list[Mention]:
    """'an offensive on Tripoli': a capital attacked stands for the government seated there."""
    if kb is None:
        return []
    # "bombed a military academy in Tripoli": a military site in the capital is the government's too
    site = tok.pos_ == "NOUN" and tok.lemma_.lower() in MILITARY_SITES and any(
        c.lower_ == "military" or c.lemma_.lower() in ("army", "air", "naval", "police") for c in tok.children)
    for p, o in prep_children(tok):
        if o is not None and o.lemma_.lower() == "capital" and o.ent_type_ == "":
            o = next((a for a in o.children if a.dep_ == "appos" and a.ent_type_ in ("GPE", "LOC")), o)   # "the capital Tripoli"
        if (p in ("on", "against", "toward", "towards") or (p == "in" and site)) and o is not None \
                and o.ent_type_ in ("GPE", "LOC", "FAC"):
            ref = kb.lookup(o.text, when)
            if ref is not None and ref.kind in ("government", "state") and ref.country \
                    and o.text in _capital_names():
                return [Mention(o.doc.user_data.get("doc_id", ""), o.idx, o.idx + len(o.text), o.text, ref, via="seat")]
    return []


def code_events(doc: Doc, article: Article, mentions: list[Mention], lexicon: Lexicon,
                sentence_times: dict[int, list[TimeExpr]], locate=None, kb=None) -> list[Event]:
    """Events of one article. ``sentence_times`` maps a sentence's start char to its time
    expressions (offsets relative to the sentence); ``locate(sent, trigger, party_countries)`` gives a Place
    or None."""
    index = MentionIndex(mentions)
    published = article.published
    events: list[Event] = []
    sents = list(doc.sents)
    text = doc.text          # Doc.text is rebuilt on every access: read it once
    para_time: TimeExpr | None = None
    last_time: TimeExpr | None = None
    prev_day: TimeExpr | None = None      # the day the sentence just before was set on, if any
    for si, sent in enumerate(sents):
        # spaCy may keep a paragraph break inside the sentence before it: look past that sentence's words
        if si > 0 and "\n" in text[sents[si - 1].start_char + len(sents[si - 1].text.rstrip()):sent.start_char + 1]:
            para_time = None  # a new paragraph starts
        if _is_headline(sent, text):
            continue
        times = sentence_times.get(sent.start_char, [])
        # only a day can be pointed back to ("hours later", "It was the deadliest attack ..."); "in the past week"
        # is no such anchor
        before_day, prev_day = prev_day, next((t for t in times if t.precision == "day" and t.relation == "at"), None)
        carried = para_time if not times else None
        pointed_back = False
        if not times and last_time is not None and SAME_TIME_AGAIN.search(sent.text):
            # "Hours later Kuwait and Bahrain recalled their envoys too": the time told before, wherever it was
            carried, pointed_back = last_time, True
        if times:
            # a time dating a noun ("the arms embargo imposed in 2011") sets no frame for the next sentences
            para_time = next((t for t in times if _frames_clause(sent, t)), para_time)
            last_time = prev_day if prev_day is not None else last_time
        # the main clause's event first: readers (and the first-event convention of PLOVER
        # gold standards) take a sentence's main verb as its news
        for hit in sorted(find_triggers(sent, lexicon), key=lambda h: (_depth(h.token), h.token.i)):
            tok, trig = hit.token, hit.trigger
            if authorised(tok):
                continue
            info = assess(tok, sent, hit.intent)
            if info.foreseen:
                continue   # "did not foresee the world intervening": a forecast, not a deed or a threat
            if tok.pos_ == "NOUN" and QUAD_CLASS[trig.event_type] in (1, 2) and of_no_occasion(tok):
                continue   # "before any negotiation": no meeting, and no promise of one
            if _restates_its_subject(tok):
                continue   # "the talks ... were the first face-to-face negotiations inside Libya": one meeting
            if _asked_whether(tok):
                continue   # "without specifying whether the aircraft was shot down": an open question
            if tok.pos_ == "NOUN" and trig.event_type in ("ASSAULT", "COERCE") and _asked_to_end(tok):
                continue   # "called for an end to the shelling": what a demand would stop is its topic, not a deed told
            etype, mode, cameo = trig.event_type, trig.mode, trig.cameo
            intent = hit.intent
            if _decided(intent, etype, cameo) and info.status == "future" and not info.negated:
                # "the House decided to suspend Bashagha": a body's decision taken is the act itself
                intent, info = None, replace(info, status="asserted")
            if info.negated:
                if not (_refusal(tok, hit.intent) and QUAD_CLASS[etype] in (1, 2)):
                    continue           # "no such request had yet been made": nothing happened
                # "Syria will not accept more refugees", "failed to reach agreement": a refusal
                etype, mode, cameo = "REJECT", REFUSAL_MODE.get(etype), "12" + REFUSAL_CAMEO.get(etype, "0")
            if intent is None and etype == "ASSAULT" and info.status == "asserted" and _commanded(tok):
                # "Haftar ordered his forces to attack Turkish ships": the sentence tells a command made known to
                # the target, not a strike (PLOVER: an announced intent to use force threatens)
                info = replace(info, status="future")
                etype, mode, cameo = "THREATEN", "violence", "138"
            elif intent is not None or info.status in ("future", "hypothetical"):
                if intent is not None and intent.lemma_.lower() == "threaten":
                    etype, mode, cameo = "THREATEN", ("violence" if etype in FORCEFUL else mode), "138"
                elif _has_ultimatum(tok) or (intent is not None and _has_ultimatum(intent)):
                    # "will withdraw its force unless ...": a demand backed by a threat
                    etype, mode, cameo = "THREATEN", ("violence" if etype in FORCEFUL else None), "130"
                else:
                    etype, mode, cameo = _intended_type(etype, mode, cameo)
            if not trig.by and _inanimate_subject(tok, index, kb, lexicon):   # a by= cue names its doer
                continue
            if etype == "RETREAT" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and \
                    tok.head.lemma_.lower() in ("announce", "declare", "order", "promise"):
                # an announced withdrawal concedes; the pull-out itself is RETREAT
                etype, mode, cameo = "CONCEDE", None, "080"
            # roles follow the verb as written: "wants to send troops" still sends troops
            act_m, rec_m = roles(tok, trig.event_type, index)
            if not rec_m and etype in ("ASSAULT", "COERCE", "THREATEN"):
                rec_m = _seat_of_power(tok, kb, published) or (
                    _seat_of_power(tok.head, kb, published) if tok.dep_ == "dobj" else []) or next(
                    (m for o in tok.children if o.dep_ == "dobj" for m in [_seat_of_power(o, kb, published)] if m), [])
                rec_m = [m for m in rec_m if m.actor.id not in {a.actor.id for a in act_m}]
            if etype == "SUPPORT" and not rec_m and tok.lemma_.lower() in ("back", "support", "defend", "protect"):
                continue   # "have backed different sides": no one to back, nothing to code
            if hit.intent is not None and not act_m:
                act_m, _ = roles(hit.intent, etype, index)
            if PERSON_DOER in trig.by and not any(m.actor.kind == "person" for m in act_m):
                continue   # "the army arrived in Sirte": only a person's arrival is a visit
            if mode == "visit" and not rec_m and tok.pos_ == "VERB":
                # "Erdogan arrived in Algeria": the country visited is the host, as in "visited Algeria"
                doing = {m.actor.id for m in act_m}
                rec_m = next(([m for m in np_actors(o, index) if m.actor.id not in doing]
                              for p, o in prep_children(tok) if p == "in" and o is not None and o.ent_type_ == "GPE"), [])
            claimant = None
            if info.claimant_token is not None:
                cm = index.at(info.claimant_token)
                claimant = cm.actor if cm else None
                if cm is not None and not act_m and info.status in ("future", "hypothetical") \
                        and etype in ("THREATEN", "AGREE"):
                    # "Haftar said a decisive battle would commence": the speaker announces it
                    act_m = [cm]
                elif cm is not None and not act_m and tok.pos_ == "VERB" and is_passive(tok) \
                        and any(a.lemma_.lower() in ("announce", "declare") for a in list(tok.ancestors)[:2]) \
                        and etype in ("COERCE", "SANCTION", "CONCEDE", "RETREAT", "SUPPORT", "COOPERATE"):
                    # "Chad's prime minister announced that the frontier was closed": an authority announcing a
                    # measure without naming who took it took it itself
                    act_m = [cm]
                elif cm is not None and not act_m and etype == "THREATEN" and trig.mod \
                        and tok.dep_ in ("attr", "oprd", "ccomp"):
                    # "Sisi said Sirte and al-Jufra are a red line": who names the line draws it
                    act_m = [cm]
                elif cm is not None and not act_m and etype == "REQUEST" and trig.head:
                    # "the spokesman said the shutdown would go on until a list of conditions was met": whose
                    # conditions goes unsaid, so they are the speaker's
                    act_m = [cm]
            if etype == "CONSULT" and not act_m and rec_m and tok.pos_ == "VERB" and is_passive(tok):
                # "talks between the House and the Council were launched": the parties meet; they are the actors
                act_m, rec_m = rec_m[:1], rec_m[1:]
            elif etype == "CONSULT" and not act_m and rec_m and tok.pos_ == "VERB" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in MEETING_NOUNS for c in tok.children):
                # "the conference brought together Macron, Merkel and Draghi": those brought together meet
                act_m, rec_m = rec_m, []
            if etype == "CONSULT" and len(act_m) + len(rec_m) < 2 and _pair_meeting(tok):
                pair = _named_pair(sent, index)
                if pair:
                    act_m, rec_m = pair, []
            if etype == "ASSAULT" and act_m and rec_m and kb is not None and tok.lemma_.lower() in LAUNCH_VERBS \
                    and all(kb.body_of(m.actor.id, {a.actor.id for a in act_m}) for m in rec_m):
                # "the EU launched Operation Irini": launching an operation of one's own deploys it
                etype, mode, cameo, rec_m = "MOBILIZE", None, "154", []
            passive_target = bool(rec_m) and tok.pos_ == "VERB" and is_passive(tok)
            # a summit or conference is worth recording at its place and date even when no participant is named
            gathering = etype == "CONSULT" and trig.mode == "multilateral" and tok.pos_ in ("NOUN", "PROPN")
            if gathering and tok.dep_ in ("dobj", "pobj") and rec_m:
                # "told the conference on Libya that any settlement must begin with dismantling the militias": a
                # gathering's counterparts are named in its own phrase, not in what was said there
                lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
                rec_m = [m for m in rec_m if lo <= m.start and m.end <= hi]
            # "foreign ministers of the countries bordering Libya met in Algiers": envoys meeting are a gathering
            # even when the phrase names none of their states
            gathering = gathering or (etype == "CONSULT" and _envoys_meet(tok))
            # "leaders attending the international conference on Libya in Berlin on Sunday": those attending may go
            # unnamed, the conference is still held
            gathering = gathering or (etype == "CONSULT" and tok.pos_ == "VERB" and any(
                o.dep_ == "dobj" and o.lemma_.lower() in CONFERENCE_NOUNS for o in tok.children))
            # "the truce took effect at midnight": a ceasefire binds the warring sides, named or not (infer)
            gathering = gathering or (etype == "RETREAT" and mode == "ceasefire" and info.status == "asserted")
            # "condemned the closure of the terminals": the happening reacted to is news even unattributed
            reacted = (tok.dep_ == "dobj" and tok.head.lemma_.lower() in REACTION_LEMMAS) or (
                tok.dep_ == "nsubj" and tok.head.lemma_.lower() in DRAWS_REACTION)   # "the attack drew condemnation"
            chosen = etype == "SUPPORT" and bool(rec_m) and tok.lemma_.lower() in ELECTION_VERBS \
                and any(m.actor.kind == "person" for m in rec_m)
            if not act_m and not passive_target and not gathering and not chosen \
                    and (etype not in ACTORLESS_OK or (not rec_m and trig.weight < 0.8 and not reacted
                                                    and not _names_its_target(tok))):
                # who spoke, agreed or helped must be known; violence and unrest are worth recording
                # even when the perpetrator is not named
                continue
            # date
            te = _attached_time(tok, sent, times)
            if te is None:
                te = _year_of_its_noun(tok)
            if te is None and before_day is not None and _names_what_went_before(tok, sent):
                # "It was the most explicit threat Cairo has made since 2019": the deed just told, on its day
                te = before_day
            clause = next((a for a in tok.ancestors if a.dep_ in ("relcl", "acl")), None)
            if te is not None and clause is not None and _campaign_named(tok) \
                    and not any(within(clause, t.i) for t in (_span_of(sent, te) or ())):
                # "in full control of Gharyan, the town that had served as the forward base for Haftar's
                # offensive": the campaign as a whole; the day of the clause it sits in is not its day
                te = None
            habitual = any(_habitual(t) for t in (tok, *tok.ancestors))
            if habitual and te is not None and (_scored_time(tok, sent, times)[1] or (0,))[0] == 2:
                # "has repeatedly stressed ... ending the attacks by Haftar, whose forces captured Sirte on
                # Monday": the sentence's other time is not the habit's
                te = None
            if te is not None and etype in ("AGREE", "THREATEN") and info.status in ("future", "hypothetical") \
                    and published is not None and te.date_start > published:
                # a promise or threat happens when it is made, not when its object is due: the time of the
                # clause that voices it ("he intends") or of the saying around that ("said on Wednesday")
                te = None
                if info.claimant_token is not None:
                    done = [t for t in times if t.date_start <= published]
                    h = info.claimant_token.head
                    chain = [h, *(a for a in h.ancestors if a.pos_ in ("VERB", "AUX"))][:2] + \
                        [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")][:3]
                    for v in chain:
                        te = _attached_time(v, sent, done)
                        if te is not None:
                            break
            elif te is not None and info.status in ("asserted", "claimed") and published is not None \
                    and te.date_start > published:
                # a deed told as done cannot postdate its report: "called for a ceasefire from Monday" is dated
                # by when the call was made, not by what it asks for
                te = _attached_time(tok, sent, [t for t in times if t.date_start <= published])
            status = info.status
            ahead = _before_link(tok)
            if ahead is not None and published is not None and status in ("asserted", "claimed"):
                # "met Mitsotakis on Friday, two days before a conference in Berlin", "ahead of the Berlin
                # conference": what the main clause's time is set before happens that much later, and after the
                # report it has not happened yet
                span = _span_of(sent, te) if te is not None else None
                own = span is not None and within(ahead, span.root.i)
                gap = _gap_of(ahead, "before")
                if te is not None and not own and te.precision == "day":
                    if gap:
                        te = replace(te, date_start=te.date_start + timedelta(days=gap),
                                     date_end=te.date_end + timedelta(days=gap))
                    if te.date_start > published or (gap is None and te.date_start >= published):
                        status = "future"
                elif te is None and (tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("VBP", "VBZ")):
                    status = "future"
            if te is None and si > 0 and any(_standing_stance(t) for t in (tok, *tok.ancestors)):
                # "Syrian authorities blame the violence on armed gangs": a position restated in every story,
                # not a statement made on the day of the report
                continue
            # a deed, or another party's words, told by a speaker: the date is the telling's ("Turkey said on
            # Sunday it rejects the plan" is dated exactly; "the army said on Wednesday Haftar refused" is not)
            told_by_other = QUAD_CLASS[etype] in (2, 4) or claimant is None or \
                claimant.id not in {m.actor.id for m in act_m}
            reported = te is not None and told_by_other and info.status in ("asserted", "claimed") \
                and _speech_dated(tok, sent, te)
            if te is None and carried is not None and not habitual and (
                    _simple_past(tok) or (pointed_back and _any_past(tok))) and (
                    published is None or carried.date_start <= published):
                # a narrative in the simple past continues the time set earlier in its paragraph; a phrase
                # pointing back ("earlier in the day he had visited") takes that day in any past tense. A time
                # after the report ("elections next March") is never the time of a deed told as done
                te = carried
            if te is not None:
                d0, d1 = te.date_start, te.date_end
                if te.relation == "since":
                    d1 = d0 if te.precision == "day" else d1
                bound = reported or te.relation == "before" or _in_dateline(sent, te)
                date_source, date_text, precision = ("report" if bound else "text"), te.text, te.precision
                span = stated_span(tok) if precision == "day" and d0 == d1 and not bound else None
                if span is not None:
                    days, edge = span
                    d0, d1 = (d0, d0 + timedelta(days=days - 1)) if edge == "start" else (d1 - timedelta(days=days - 1), d1)
            elif published is not None:
                d0 = d1 = published
                date_source, date_text, precision = "published", None, "day"
            else:
                d0 = d1 = None
                date_source, date_text, precision = "unknown", None, "unknown"
            historical = bool(published and d1 and d1 < published - timedelta(days=HISTORICAL_DAYS)) or (
                te is None and _told_as_past(tok)) or _long_running(te, d0, d1, published) or (
                te is None and (_standing_perfect(tok) or habitual or _campaign_named(tok) or _since_start(tok)
                                or _cumulative_toll(tok))) or (
                _campaign_failing(tok)) or (status in ("asserted", "claimed") and _told_as_antecedent(tok))
            if historical and status == "future":
                historical = False
            # an aside dated before the report, whatever it announced ("Sarraj, who said on Wednesday he would
            # step down, ...")
            historical = historical or (te is not None and published is not None and d1 is not None
                                        and d1 < published and _dated_aside(tok, sent, te))
            fatalities, quants = quantities(sent, tok)
            if fatalities is None and etype == "ASSAULT" and si + 1 < len(sents):
                # conflict notes put the toll in the next sentence: "... in Ain Zara. 2 fatalities."
                fatalities = stated_fatalities(sents[si + 1].text) if len(sents[si + 1]) <= 12 else None
            if etype == "ASSAULT" and mode is None:
                mode = _weapon_mode(tok)
            parties = {m.actor.country for m in (*act_m, *rec_m) if m.actor.country}
            # who is accused, urged or threatened is addressed, not where it happened ("accused the UAE")
            addressed = etype in ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE")
            place = locate(sent, tok, parties, addressed) if locate else None
            # a strike that killed people happened, whoever carried it out
            certain = gathering or (etype == "ASSAULT" and (bool(fatalities) or any(k == "injured" for k, _ in quants)))
            # a meeting, a protest, a pull-back or a deployment needs no one on the receiving end, and neither does
            # the promise of one ("will cease military operations")
            conf = trig.weight * (1.0 if act_m or certain else 0.7) * (
                1.0 if rec_m or trig.event_type in ("CONSULT", "PROTEST", "RETREAT", "MOBILIZE") else 0.85)
            entry = plover_from_cameo(cameo) if cameo else None
            if mode is None and entry is not None and entry.event_type == etype:
                mode = entry.mode
            events.append(Event(
                id=_event_id(article.id, tok.idx, etype),
                doc_id=article.id,
                event_type=etype,
                mode=mode,
                cameo=cameo or DEFAULT_CAMEO[etype],
                quad_class=QUAD_CLASS[etype],
                actor=actor_refs(act_m),
                recipient=actor_refs(rec_m),
                date=d0, date_end=d1, date_precision=precision, date_source=date_source,
                date_text=date_text,
                location=place,
                status=status,
                historical=historical,
                claimant=claimant,
                fatalities=fatalities,
                evidence=(_evidence(article.id, sent),),
                confidence=conf,
                trigger=tok.text,
                quantities=tuple(quants),
            ))
    return _dedupe(_cap_per_sentence(events))
