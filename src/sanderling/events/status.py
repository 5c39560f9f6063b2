"""Is the event asserted, claimed, denied, hypothetical or future, and who says so?"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .syntax import FUTURE_AUX, auxiliaries, first_child, is_negated, that_clauses, to_infinitive, within

SPEECH = {"say", "tell", "state", "add", "announce", "declare", "report", "confirm", "note", "write",
          "insist", "stress", "claim", "allege", "assert", "argue", "warn", "quote", "reiterate",
          "renew", "believe", "think", "suggest", "indicate", "show", "explain", "recall"}
CLAIM_WORDS = {"claim", "allege", "allegation", "accusation", "accuse", "charge", "rumour", "rumor",
               "suspect", "suspicion"}
DENIAL_WORDS = {"deny", "denial", "reject", "dismiss", "refute", "rebuff"}
# a decision or step rejected was taken: "rejected Greece's decision to expel the ambassador" opposes the
# expulsion, it does not deny it
OPPOSING = {"reject", "rebuff", "dismiss"}
DEED_NOUNS = {"decision", "move", "step", "measure", "order", "ruling", "resolution"}
# "reports that Turkey sent troops": hearsay; "no evidence that Turkey sent troops": the speaker rules it out
HEARSAY_NOUNS = {"report", "rumour", "rumor", "speculation", "suggestion", "word"}
EVIDENCE_NOUNS = {"evidence", "proof", "sign", "indication", "confirmation"}
FUTURE_WORDS = {"plan", "intend", "wish", "seek", "aim", "prepare", "schedule", "expect", "set", "due", "go"}
CONDITIONAL_MARKS = {"if", "unless", "should", "whether", "lest"}
# what someone foresees, predicts or weighs has not happened ("did not foresee the world intervening as it did in Libya")
EXPECTATION = {"foresee", "anticipate", "envisage", "envision", "predict", "expect", "imagine",
               "consider", "weigh", "mull", "contemplate"}   # "is considering sanctions": not yet a deed
# "was reluctant to intervene", "hesitated to send troops": the act is weighed, not done
RELUCTANCE = {"reluctant", "unwilling", "hesitant", "loath", "loth", "disinclined", "hesitate", "wary"}
# what a vote or decree authorises has not happened, and nobody has promised it either ("approved a motion
# allowing troops to be sent", "authorised the dispatch of troops"): the authorising act is the event
AUTHORISE = {"authorise", "authorize", "allow", "permit", "empower", "enable"}


# "won a UN mandate to mount air strikes", "gave him permission to send troops": what a mandate allows
MANDATE_NOUNS = {"mandate", "authorisation", "authorization", "permission", "approval", "licence", "license",
                 "go-ahead", "right"}


# "paving the way for an intervention", "opened the door to talks", "set the stage for an assault": what a step
# makes possible has not happened yet; the step itself is the event
PROSPECT_NOUNS = {"way": {"pave", "clear", "open", "prepare", "smooth", "ease"}, "door": {"open"},
                  "path": {"pave", "clear", "open"}, "stage": {"set"}, "scene": {"set"},
                  "groundwork": {"lay", "prepare"}, "ground": {"lay", "prepare"}, "prelude": None}


def _prospect_noun(noun: Token) -> bool:
    if noun.lemma_.lower() not in PROSPECT_NOUNS:
        return False
    verbs = PROSPECT_NOUNS[noun.lemma_.lower()]
    return verbs is None or (noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs)


def made_possible(trigger: Token) -> bool:
    """The trigger is what a step opens the way to, not a deed: "paving the way for an intervention",
    "clears the way for troops to deploy", "a prelude to an assault"."""
    t = trigger
    if t.dep_ == "pobj" and t.head.lower_ in ("for", "to", "towards", "toward"):
        gov = t.head.head
    elif t.dep_ in ("relcl", "acl", "advcl") and (
            any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children) or to_infinitive(t)):
        gov = t.head
    else:
        return False
    if gov.pos_ in ("NOUN", "PROPN"):
        return _prospect_noun(gov)
    return gov.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and _prospect_noun(c) for c in gov.children)


def of_no_occasion(noun: Token) -> bool:
    """A deed named only by its kind ("any negotiation", "whatever agreement"): of force it can still be a threat
    ("any attack would be met with force"); of cooperation it is nothing done or promised."""
    return any(c.dep_ == "det" and c.lower_ in ("any", "whatever") for c in noun.children)


def authorised(trigger: Token) -> bool:
    gov = trigger.head
    if gov.i != trigger.i and gov.lemma_.lower() in AUTHORISE and trigger.dep_ in ("dobj", "xcomp", "ccomp"):
        return True
    verb = gov if trigger.dep_ == "dobj" else trigger
    return verb.dep_ in ("acl", "relcl") and verb.head.lemma_.lower() in MANDATE_NOUNS \
        and to_infinitive(verb)


# "postponed the conference", "the summit was cancelled", "the postponement of the talks": the meeting or deed
# named did not happen when told; a postponed one is still to come, a cancelled one may never be
POSTPONE = {"postpone", "delay", "defer", "reschedule", "adjourn"}
CALL_OFF = {"cancel", "scrap", "shelve", "abandon", "scupper"}
POSTPONE_NOUNS = {"postponement", "delay", "deferral", "rescheduling", "adjournment"}
CALL_OFF_NOUNS = {"cancellation", "scrapping", "shelving"}
PLAN_NOUNS = {"plan", "preparation", "arrangement", "proposal", "invitation", "timetable", "agenda", "date", "venue",
              "bid", "push"}
# phrasal verbs: (lemma, particle) -> the status of what they govern
PHRASAL = {("put", "off"): "future", ("push", "back"): "future", ("call", "off"): "hypothetical"}


def called_off(noun: Token) -> str | None:
    """The status of a meeting or deed named by ``noun`` when a verb or noun puts it off ("future") or calls
    it off ("hypothetical"); None when nothing does."""
    t = noun
    while t.dep_ == "conj" and t.head.i != t.i:     # "postponed the talks and the summit"
        t = t.head
    gov = t.head
    if t.dep_ == "pobj" and gov.lower_ == "of":
        lem = gov.head.lemma_.lower()
        return "future" if lem in POSTPONE_NOUNS else "hypothetical" if lem in CALL_OFF_NOUNS else None
    if t.dep_ == "pobj" and gov.lower_ == "for" and gov.head.lemma_.lower() in PLAN_NOUNS:
        return "future"   # "plans for the conference are now on life support": a meeting prepared, not held
    if t.dep_ not in ("dobj", "nsubjpass") or gov.pos_ not in ("VERB", "AUX"):
        return None
    lem = gov.lemma_.lower()
    for c in gov.children:
        if c.dep_ == "prt" and (lem, c.lower_) in PHRASAL:
            return PHRASAL[(lem, c.lower_)]
    return "future" if lem in POSTPONE else "hypothetical" if lem in CALL_OFF else None


@dataclass
class StatusInfo:
    status: str
    negated: bool
    claimant_token: Token | None
    foreseen: bool = False      # someone predicts or expects it: no deed, and not the predictor's threat


def _chain(tok: Token, limit: int = 8) -> list[Token]:
    out, t = [], tok
    for _ in range(limit):
        if t.head.i == t.i:
            break
        t = t.head
        out.append(t)
    return out


def _own_clause_chain(trigger: Token, chain: list[Token]) -> list[Token]:
    """The ancestors up to the edge of the trigger's finite adverbial clause or of the subject it sits in:
    "dismissed the proposal, as its forces pressed an offensive" denies nothing about the offensive."""
    out, t = [], trigger
    for anc in chain:
        if t.dep_ == "advcl" and t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in t.children):
            break
        if t.dep_ == "nsubj" and t.i != trigger.i:
            break   # "the council, meeting on Tuesday, rejected ...": the doer's description is not rejected
        if ((t.dep_ == "acl" and t.tag_ == "VBN") or (t.dep_ == "relcl" and t.i == trigger.i)) \
                and t.head.lemma_.lower() not in HEARSAY_NOUNS | EVIDENCE_NOUNS:
            break   # "rejected the memorandum signed on Monday": what is rejected is the memorandum, and its
            # signing is told as a fact
        out.append(anc)
        t = anc
    return out


def _in_that_clause(noun: Token, trigger: Token) -> bool:
    """Whether the trigger sits in the noun's that-clause ("reports that Turkey sent troops")."""
    return any(within(c, trigger.i) for c in that_clauses(noun))


OFFICE_NOUNS = {"minister", "governor", "chief", "head", "commander", "director", "ambassador", "official",
                "envoy", "mayor", "chairman", "president", "premier", "spokesman", "general", "officer"}


def _removes_someone(verb: Token) -> bool:
    """ "Dismissed Foreign Minister Mangoush on Monday after suspending her": dismissing a person or an office
    holder removes them from office; it denies nothing about what the sentence goes on to tell."""
    return verb.lemma_.lower() == "dismiss" and any(
        c.dep_ == "dobj" and (c.ent_type_ in ("PERSON", "ACTOR") or c.lemma_.lower() in OFFICE_NOUNS)
        for c in verb.children)


def _opposed_deed(trigger: Token, denial: Token) -> bool:
    """The trigger is reached from a rejecting verb through its object, a decision or step (``DEED_NOUNS``)."""
    if denial.lemma_.lower() not in OPPOSING:
        return False
    t = trigger
    while t.i != denial.i and t.head.i != t.i:
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.i == denial.i and t.lemma_.lower() in DEED_NOUNS:
            return True
        t = t.head
    return False


def assess(trigger: Token, sent: Span, intent: Token | None) -> StatusInfo:
    negated = is_negated(trigger) or (intent is not None and is_negated(intent))
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX") and \
            trigger.dep_ in ("dobj", "nsubjpass") and is_negated(trigger.head):
        negated = True
    if trigger.dep_ in ("xcomp",) and trigger.head.lemma_.lower() in ("fail", "refuse", "decline"):
        negated = True
    # "Dbeibah's refusal to hand over power": the noun says as much as the verb
    if trigger.dep_ == "acl" and trigger.head.lemma_.lower() in ("refusal", "failure") and to_infinitive(trigger):
        negated = True

    status = "asserted"
    claimant = None
    auxes = auxiliaries(trigger) | (auxiliaries(intent) if intent is not None else set())
    # "will continue to stand by ... in defending": modality reaches down through complements
    t = trigger
    for _ in range(4):
        if t.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "advcl") or t.head.i == t.i:
            break
        if t.dep_ == "advcl" and t.tag_ in ("VBD", "VBZ", "VBP") and any(c.dep_ == "nsubj" for c in t.children):
            break   # "... would respond, hours after Haftar left Moscow": a finite clause keeps its own mood
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            auxes |= auxiliaries(t)
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and trigger.head.pos_ in ("VERB", "AUX"):
        # "a decisive battle would commence": the noun's clause carries the modality
        auxes |= auxiliaries(trigger.head)
    chain = _chain(trigger)

    # who reports it: the subject of the nearest speech verb above the trigger
    for anc in chain:
        lem = anc.lemma_.lower()
        if anc.pos_ in ("VERB", "AUX") and lem in SPEECH:
            claimant = first_child(anc, "nsubj")
            if claimant is None and anc.dep_ in ("xcomp", "advcl") and to_infinitive(anc):
                claimant = first_child(anc.head, "nsubj")   # "went on state radio to announce that ..."
            if claimant is None and anc.dep_ == "conj" and anc.head.pos_ in ("VERB", "AUX"):
                claimant = first_child(anc.head, "nsubj")   # "stood before his troops and declared that ..."
            if lem in ("claim", "allege"):
                status = "claimed"
            break
    sisters = set()
    t = trigger
    while t.dep_ == "conj" and t.head.i != t.i:   # "dismissing Sanalla and naming Bengdara": a sister act
        t = t.head
        sisters.add(t.i)
    for anc in _own_clause_chain(trigger, chain):
        lem = anc.lemma_.lower()
        if anc.i in sisters:
            continue
        if lem in DENIAL_WORDS and not _opposed_deed(trigger, anc) and not _removes_someone(anc):
            status = "denied"
            break
        if lem in CLAIM_WORDS and anc.i != trigger.i:
            status = "claimed"
            break
        if anc.pos_ == "NOUN" and anc.i != trigger.i and _in_that_clause(anc, trigger):
            if lem in EVIDENCE_NOUNS and any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children):
                status = "denied"
                break
            if lem in HEARSAY_NOUNS:
                status = "claimed"
                break
    # ... but "it expected to capture Sirte" is the speaker's own aim (see FUTURE_WORDS)
    foreseen = status == "asserted" and any(
        anc.lemma_.lower() in EXPECTATION and anc.pos_ == "VERB"
        and not (trigger.dep_ == "xcomp" and trigger.head.i == anc.i)
        for anc in _own_clause_chain(trigger, chain)[:3])
    if status == "asserted" and trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in RELUCTANCE:
        foreseen = True
    if status == "asserted" and made_possible(trigger):
        foreseen = True
    if foreseen:
        status = "hypothetical"
    lowered = sent.text.lower()
    if sent.text.rstrip().rstrip("\"”’')").endswith("?") and status == "asserted":
        status = "hypothetical"      # a question asks whether, it does not report that
    if status == "asserted" and ("according to" in lowered or "allegedly" in lowered or
                                 "reportedly" in lowered or "purportedly" in lowered):
        status = "claimed"
        for tok in sent:
            if tok.lower_ == "according" and tok.i + 1 < len(tok.doc):
                obj = first_child(tok.doc[tok.i + 1], "pobj")
                if obj is not None:
                    claimant = obj

    # modality
    marks = {c.lower_ for c in trigger.children if c.dep_ in ("mark", "advmod")}
    for anc in [trigger] + chain[:3]:
        if anc.dep_ == "advcl":
            marks |= {c.lower_ for c in anc.children if c.dep_ == "mark"}
    if marks & CONDITIONAL_MARKS or auxes & {"may", "might", "could"}:
        status = "hypothetical" if status == "asserted" else status
    elif auxes & FUTURE_AUX or (intent is not None and status == "asserted"):
        status = "future" if status == "asserted" else status
    elif "would" in auxes and status == "asserted":
        status = "future"
    elif to_infinitive(trigger) and \
            trigger.head.lemma_.lower() in FUTURE_WORDS:
        status = "future"
    if trigger.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in ("possible", "potential", "planned", "proposed", "future", "new")
               and c.dep_ == "amod" and c.lower_ != "new" for c in trigger.children):
            status = "hypothetical" if status == "asserted" else status
        # "any direct Egyptian intervention had become legitimate", "any attack would be met with force": a deed
        # of no particular occasion, only its kind
        if of_no_occasion(trigger):
            status = "hypothetical" if status == "asserted" else status
        if status == "asserted" and (put_off := called_off(trigger)) is not None:
            status = put_off
    return StatusInfo(status=status, negated=negated, claimant_token=claimant, foreseen=foreseen)

