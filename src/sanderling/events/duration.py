"""How long a gathering lasts, when the text says so and dates one end of it.

"began two days of talks in Cairo on Wednesday" runs Wednesday to Thursday; "concluded a three-day meeting
in Sirte on Thursday" ran Tuesday to Thursday; "the two-day meeting, which ended on Tuesday" and "arrived on
Monday for a two-day visit" likewise. Outlets date such a meeting by whichever day they report, so the days
it covers, not only the day named, decide whether two reports can be one event.
"""
from __future__ import annotations

from spacy.tokens import Token

NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5,
           "6": 6, "7": 7}
# the day named is the first day ...
START_VERBS = frozenset({"begin", "start", "open", "launch", "kick", "convene", "commence", "arrive"})
# ... or the last
END_VERBS = frozenset({"conclude", "end", "complete", "close", "wrap", "finish"})


def _days(tok: Token) -> int | None:
    """N for a "day(s)" token with the number N on it ("two days", "three-day")."""
    if tok.lemma_.lower() != "day":
        return None
    for c in tok.children:
        if c.dep_ in ("nummod", "amod", "compound") and c.lower_ in NUMBERS:
            return NUMBERS[c.lower_]
    return None


def _governing_verb(head: Token) -> Token | None:
    """The verb that begins or ends the phrase headed by ``head``: its own verb, the verb of its
    preposition ("arrived ... for a two-day visit") or a relative clause on it ("which ended on Tuesday")."""
    for c in head.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in START_VERBS | END_VERBS:
            return c
    if head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
        return head.head
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        return head.head.head
    return None


def stated_span(trigger: Token) -> tuple[int, str] | None:
    """(days, "start" | "end") when the event's wording gives its length in days and says whether the day
    it is dated by is its first or its last; else None. The clause above the trigger counts too: "concluded
    two days of consultations in Cairo on Thursday, discussing Libya" is coded from "discussing"."""
    for tok in [trigger, *[a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX")][:2]]:
        span = _span_at(tok)
        if span is not None:
            return span
    return None


def _span_at(trigger: Token) -> tuple[int, str] | None:
    nouns = [trigger] if trigger.pos_ in ("NOUN", "PROPN") else \
        [c for c in trigger.children if c.dep_ == "dobj"] + \
        [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for noun in nouns:
        n, head = _days(noun), noun                   # "concluded two days of talks", the verb as trigger
        for c in ([] if n else noun.children):        # "a three-day meeting"
            if c.dep_ in ("compound", "nmod", "amod", "npadvmod"):
                n = _days(c)
                if n:
                    break
        if n is None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            n, head = _days(noun.head.head), noun.head.head   # "two days of talks"
        if not n:
            continue
        verb = _governing_verb(head)
        if verb is None and head is not trigger and trigger.pos_ == "VERB":
            verb = trigger
        lemma = verb.lemma_.lower() if verb is not None else ""
        if lemma in START_VERBS:
            return n, "start"
        if lemma in END_VERBS:
            return n, "end"
    return None
