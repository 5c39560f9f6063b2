"""Numbers in an event sentence: fatalities, injured, troops and fighters."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                "hundred": 100, "dozens": 24, "dozen": 12, "hundreds": 200, "thousands": 2000, "a": 1, "an": 1}
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
PERSON_KINDS = {
    "troops": {"personnel", "troop", "soldier", "officer", "trainer", "adviser", "advisor", "force"},
    "fighters": {"mercenary", "fighter", "militant", "jihadist", "terrorist", "rebel"},
}
CASUALTY_NOUNS = {"civilian", "people", "person", "soldier", "fighter", "man", "woman", "child",
                  "protester", "member", "militant", "resident", "worker", "officer", "policeman",
                  # who else news counts among the dead: "killed around 30 cadets", "44 migrants were killed"
                  "cadet", "student", "recruit", "trainee", "conscript", "guard", "migrant", "refugee", "pilgrim",
                  "passenger", "patient", "medic", "paramedic", "doctor", "nurse", "journalist", "villager",
                  "farmer", "shepherd", "girl", "boy", "sister", "brother", "teenager", "infant", "baby",
                  "citizen", "national", "detainee", "prisoner", "mourner", "worshipper", "demonstrator",
                  "employee", "sailor", "pilot", "volunteer"}


def to_int(text: str) -> int | None:
    t = text.lower().replace(",", "").strip()
    if re.fullmatch(r"\d+(\.\d+)?", t):
        return int(float(t))
    return NUMBER_WORDS.get(t)


def _tens_before(units: Token) -> int:
    """ "Thirty-three", "twenty five": the tokenizer splits the number and the parser hangs the tens on the noun."""
    doc, i = units.doc, units.i - 1
    if i >= 0 and doc[i].text in ("-", "‑"):
        i -= 1
    return NUMBER_WORDS[doc[i].lower_] if i >= 0 and doc[i].lower_ in TENS else 0


def _number_of(noun: Token) -> int | None:
    for c in noun.children:
        if c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod", "compound")):
            n = to_int(c.text)
            if n is not None and 0 < n < 10:
                n += _tens_before(c)
            if n is not None:
                for cc in c.children:
                    if cc.lower_ in SCALE:
                        n *= SCALE[cc.lower_]
                return n
    return None


def quantities(sent: Span, trigger: Token) -> tuple[int | None, list[tuple[str, int]]]:
    """(fatalities, [(kind, number), ...]) stated in the sentence."""
    fatalities = None
    found: list[tuple[str, int]] = []
    lowered = sent.text.lower()
    if "unknown fatalities" in lowered or "no casualties" in lowered:
        fatalities = None
    for tok in sent:
        lem = tok.lemma_.lower()
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        n = _number_of(tok)
        if n is None:
            continue
        head = tok.head
        if head.lemma_.lower() in ("kill", "die") or (tok.dep_ == "nsubjpass" and head.lemma_ == "kill") \
                or (tok.dep_ == "nsubj" and head.lemma_.lower() in ("die", "perish")):
            if lem in CASUALTY_NOUNS or lem in PERSON_KINDS["troops"] | PERSON_KINDS["fighters"]:
                fatalities = (fatalities or 0) + n
                continue
        if head.lemma_.lower() in ("injure", "wound"):
            found.append(("injured", n))
            continue
        for kind, nouns in PERSON_KINDS.items():
            if lem in nouns:
                found.append((kind, n))
    m = re.search(r"death toll (?:rose |climbed )?(?:to|of|at) (\d[\d,]*)", lowered)
    if m and fatalities is None:
        fatalities = to_int(m.group(1))
    if fatalities is None:
        fatalities = stated_fatalities(lowered)
    return fatalities, found


_FATAL = re.compile(r"\b(\d[\d,]*|" + "|".join(k for k in NUMBER_WORDS if len(k) > 2) +
                    r")\s+(?:people\s+)?(?:fatalities|deaths|dead|killed)\b")


def stated_fatalities(text: str) -> int | None:
    """'2 fatalities reported', 'three dead': a count given in a note's own words ('unknown' is None)."""
    m = _FATAL.search(text.lower())
    return to_int(m.group(1)) if m else None
