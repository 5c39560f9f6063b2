"""Places in spaCy documents and the location of an event.

* :func:`find_places` resolves every GPE/LOC/FAC entity of a Doc (or a span of it) with the countries the
  article talks about as context, so "Tripoli" is Libya's in a Libya story.
* :func:`event_location` picks the place tied to one event trigger from the dependency parse.
* :func:`main_place` is the article-level fallback (dateline or most frequent non-country place).

Precision codes (``Place.precision``): 1 exact town or site, 2 near / outside / part of a town (districts),
3 region, 4 country.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from ..nlp import MEETING_NOUNS, SHIP_NOUNS, TOPIC_PREPS, is_dateline, settlement_named
from ..records import Place
from .gazetteer import FEATURE_PRECISION, Gazetteer, clean_mention

PLACE_LABELS = ("GPE", "LOC", "FAC")
_CONTEXT_LABELS = ("GPE", "NORP", "LOC", "FAC")

# prepositions that put an event at a place; the value is the precision floor they imply
LOCATIVE_PREPS = {
    "in": 1, "at": 1, "on": 1, "inside": 1, "into": 1, "within": 1, "across": 1, "throughout": 1,
    "to": 1, "toward": 2, "towards": 2, "over": 1, "along": 1, "onto": 1, "upon": 1, "off": 2,
    "near": 2, "outside": 2, "around": 2, "nearby": 2, "beyond": 2, "by": 2, "close": 2, "past": 2,
    "from": 1, "through": 1, "between": 2, "against": 1,
}
_WEAK_PREPS = {"from": 3.0, "between": 1.0, "against": 2.0, "by": 2.0, "through": 1.0, "beyond": 2.0}
# "north of Sirte", "the outskirts of Tripoli", "20 km from Misrata"
_NEAR_HEADS = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west", "northern", "southern", "eastern", "western",
    "outskirts", "suburbs", "suburb", "edge", "edges", "outside", "vicinity", "environs", "periphery",
    "gates", "km", "kilometres", "kilometers", "miles", "mile", "kilometre", "kilometer",
}
FAR_KM = 60.0
_UNIT_KM = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
            "miles": 1.609, "mile": 1.609}


def _stated_km(head) -> float:
    """The distance written on a direction or distance word ("450 kilometres east", "20 km from"), else 0."""
    units = [head] if head.lower_ in _UNIT_KM else [c for c in head.children if c.lower_ in _UNIT_KM]
    for u in units:
        for c in u.children:
            if c.dep_ in ("nummod", "quantmod") or c.like_num:
                try:
                    return float(c.text.replace(",", "")) * _UNIT_KM[u.lower_]
                except ValueError:
                    return 0.0
    return 0.0


# verbs whose subject is an actor, not a place ("Ankara said", "Cairo warned")
_SPEECH = {
    "say", "tell", "announce", "warn", "claim", "deny", "accuse", "urge", "call", "threaten", "state",
    "declare", "condemn", "reject", "demand", "insist", "vow", "pledge", "promise", "agree", "sign",
    "support", "back", "oppose", "send", "deploy", "supply", "recognize", "recognise", "want", "seek",
}
# "the Tripoli government", "Benghazi-based forces": the place names an actor
_ACTOR_NOUNS = {
    "government", "governments", "authorities", "authority", "administration", "regime", "parliament",
    "council", "cabinet", "ministry", "officials", "official", "leadership", "side", "camp", "militia",
    "militias", "forces", "army", "delegation", "embassy", "envoy", "president", "leader", "leaders",
    "spokesman", "spokeswoman", "spokesperson", "court", "assembly", "legislature", "premier",
}
_OBJ_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd", "npadvmod"}
_CLIMB_DEPS = {"compound", "amod", "appos", "conj", "nmod", "nummod", "det", "poss"}


def base_precision(place: Place) -> int:
    return FEATURE_PRECISION.get(place.feature or "", 1)


def _with_precision(place: Place, floor: int) -> Place:
    p = max(base_precision(place), floor)
    return place if place.precision == p else replace(place, precision=p)


# ---------------------------------------------------------------------------------------------- context

def context_countries(doc, gazetteer: Gazetteer) -> dict[str, float]:
    """Countries an article talks about, weighted by mentions: country names and adjectives (GPE/NORP
    entities), plus half a mention for each of our sites (a story about Misrata is about Libya)."""
    cached = getattr(doc, "user_data", {}).get("sanderling_place_context") if hasattr(doc, "user_data") else None
    if cached is not None:
        return cached
    weights: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ not in _CONTEXT_LABELS:
            continue
        iso = gazetteer.country_of(ent.text)
        if iso:
            weights[iso] += 1.0
            continue
        if ent.label_ in PLACE_LABELS:
            cands = gazetteer.lookup(ent.text)
            countries = {p.country for p in cands if p.country}
            if len(countries) == 1:          # unambiguous place name: its country is context
                weights[countries.pop()] += 0.5
    ctx = dict(weights)
    if hasattr(doc, "user_data"):
        doc.user_data["sanderling_place_context"] = ctx
    return ctx


def _doc_of(obj):
    return obj.doc if hasattr(obj, "doc") else obj


# ---------------------------------------------------------------------------------------------- places

def find_places(doc, gazetteer: Gazetteer, sentence_span=None) -> list[Place]:
    """A Place for each GPE/LOC/FAC entity of ``doc`` (or of ``sentence_span``), in text order, with
    ``text`` as written and precision from the feature (country 4, region 3, district 2, else 1).
    Entities the gazetteer does not know are skipped. Repeated mentions give repeated places (the counts
    feed :func:`main_place`)."""
    span = sentence_span if sentence_span is not None else doc
    return _entity_places(_doc_of(doc), span.ents, gazetteer)


def _named_settlement(ent) -> bool:
    """A name the tagger took for a person or an organisation that the text calls a settlement: "the town of
    Tal Kalakh", "the Libyan suburb of Tajoura"."""
    return ent.label_ in ("PERSON", "ORG") and settlement_named(ent.root) is not None


def ship_name(ent) -> bool:
    """"the frigate Hamburg", "the tanker Jaguar": a ship named after a place is no place."""
    return any(c.dep_ == "compound" and c.lemma_.lower() in SHIP_NOUNS and c.i < ent.start for c in ent.root.children)


def _entity_places(full, ents, gazetteer: Gazetteer, skip=None) -> list[Place]:
    ctx = context_countries(full, gazetteer)
    out = []
    for ent in ents:
        if (ent.label_ not in PLACE_LABELS and not _named_settlement(ent)) or (skip is not None and skip(ent)) \
                or ship_name(ent):
            continue
        place = _resolve_ent(ent, gazetteer, _sentence_context(ent, gazetteer, ctx))
        if place is not None:
            out.append(place)
    return out


def setting_places(doc, gazetteer: Gazetteer) -> list[Place]:
    """The places ``doc`` puts things in: like :func:`find_places`, without names standing for governments
    ("Doha pays, Ankara deploys", "Cairo has called for") or modifying another noun ("the Cairo
    Declaration", "Tripoli-based"). These are what the article-level fallback counts."""
    def not_a_setting(ent) -> bool:
        if is_dateline(ent[0]):
            return False        # "TRIPOLI - ...": filed there, whatever the parser made of the word
        land = _climb(ent.root)
        return ent.root.dep_ in ("compound", "amod", "nmod") or _is_actor_use(ent, land) or (
            land.dep_ == "nsubj" and land.head.pos_ == "VERB")     # "Doha pays": a government acting

    full = _doc_of(doc)
    return _entity_places(full, full.ents, gazetteer, skip=not_a_setting)


def _sentence_context(ent, gazetteer: Gazetteer, ctx: dict[str, float]) -> dict[str, float]:
    """Document context plus the countries named in the entity's own sentence, which outweigh the rest
    ("In Lebanon, protesters in Tripoli ..." inside a Libya story)."""
    try:
        sent = ent.sent
    except ValueError:             # no sentence boundaries on this doc
        return ctx
    local = [gazetteer.country_of(e.text) for e in sent.ents
             if e.label_ in _CONTEXT_LABELS and e.start != ent.start]
    local = [c for c in local if c]
    if not local:
        return ctx
    out = dict(ctx)
    boost = 2.0 * max(ctx.values(), default=1.0)
    for c in local:
        out[c] = out.get(c, 0.0) + boost
    return out


# a name modifying one of these is a make or model ("Pantsir air defence systems", "Mirage jets"), which
# GeoNames alternate names can turn into towns
EQUIPMENT_NOUNS = {"system", "jet", "missile", "drone", "aircraft", "plane", "fighter", "tank", "rocket",
                   "battery", "helicopter", "launcher", "howitzer", "frigate", "warship", "vehicle", "gun",
                   "defence", "defense", "interceptor", "radar", "bomber", "airplane"}


def _names_equipment(ent) -> bool:
    root = ent.root
    if root.dep_ not in ("compound", "nmod", "amod") or root.head.i < ent.end:
        return False
    head = root.head
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        if head.lemma_.lower() in EQUIPMENT_NOUNS:
            return True
        head = head.head
    return head.lemma_.lower() in EQUIPMENT_NOUNS


def _resolve_ent(ent, gazetteer: Gazetteer, ctx: dict[str, float]) -> Place | None:
    if _names_equipment(ent):
        return None
    text = clean_mention(ent.text)
    place = gazetteer.resolve(text, ctx)
    if place is None:
        return None
    return replace(place, text=ent.text, precision=base_precision(place))


def main_place(doc_places: Iterable[Place], dateline: Place | None = None) -> Place | None:
    """The article's main place: the dateline if given, else the most frequent non-country place (ties:
    the earliest), else the most frequent country. Returned with precision ``max(precision, 3)``:
    it is a fallback for events whose sentence names no place, so it says "somewhere around here"."""
    if dateline is not None:
        return _with_precision(dateline, 3)
    places = list(doc_places)
    if not places:
        return None
    key = lambda p: (p.name, p.country)
    counts = Counter(key(p) for p in places)
    first = {}
    for i, p in enumerate(places):
        first.setdefault(key(p), (i, p))
    for pool in ([k for k in counts if first[k][1].feature != "country"], list(counts)):
        if pool:
            best = max(pool, key=lambda k: (counts[k], -first[k][0]))
            return _with_precision(first[best][1], 3)
    return None


# ---------------------------------------------------------------------------------------------- events

def _anchors(trigger) -> dict[int, int]:
    """Tokens a locative phrase may hang on, with their distance from the trigger: the trigger, its
    objects, its governing verb (for noun triggers: "clashes erupted near Sirte") and that verb's objects."""
    out = {trigger.i: 0}
    for c in trigger.children:
        if _other_happening(c):
            continue   # "... since their push on Gao began": another happening's clause
        if c.dep_ in _OBJ_DEPS or c.dep_ in ("xcomp", "advcl", "acl"):
            out.setdefault(c.i, 1)
    head = trigger.head
    if head.i != trigger.i and (trigger.pos_ in ("NOUN", "PROPN") or trigger.dep_ in ("xcomp", "conj", "advcl")):
        out.setdefault(head.i, 1)
        for c in head.children:
            if c.dep_ in _OBJ_DEPS and c.i != trigger.i:
                out.setdefault(c.i, 2)
    for c in trigger.children:
        if c.dep_ == "prep":             # "attack on the base": noun triggers carry their own preps
            out.setdefault(c.i, 0)
        elif c.dep_ in ("nsubj", "nsubjpass"):   # "protesters in Tripoli blocked roads"
            out.setdefault(c.i, 2)
    return out


def _climb(tok, limit: int = 4):
    """From an entity root, through compounds/appositions/conjuncts, to the token whose relation says
    what the entity is to the clause."""
    steps = 0
    while steps < limit and tok.head.i != tok.i:
        if tok.dep_ in _CLIMB_DEPS and tok.dep_ != "poss":
            tok = tok.head
        elif settlement_named(tok) is not None:
            tok = settlement_named(tok)  # "the town of Tarhuna" is the town itself
        else:
            break
        steps += 1
    return tok


# "when", "while" and "once" are left out: their clause usually shares the place ("shot when they marched in X")
_OTHER_TIME_MARKS = {"since", "after", "before", "until", "till"}
_SEIZED_NOUNS = {"control", "capture", "seizure", "fall", "siege", "liberation", "recapture", "takeover", "shelling",
                 "bombardment", "bombing", "occupation", "storming", "encirclement"}


_JOURNEYS = {"return", "fly", "head", "travel", "go", "come", "leave", "depart", "sail", "set"}


def _other_happening(clause) -> bool:
    """An adverbial clause opened by "since", "after", "before" or "until" tells another happening."""
    # "met Dendias before flying to Ankara": the parser makes "before" a preposition over a gerund
    return (clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _OTHER_TIME_MARKS for m in clause.children)) \
        or (clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.lower_ in _OTHER_TIME_MARKS)


def _describing_apposition(tok) -> bool:
    return tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.pos_ == "NOUN"


def _describes_a_name(land, limit: int = 4) -> bool:
    """The place sits in a common-noun apposition on a name: "Dbeibah, a businessman from Misrata"."""
    tok = land
    for _ in range(limit):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if _describing_apposition(tok):
            return True
    return False


def _path_to(tok, anchors: dict[int, int], limit: int = 4) -> int | None:
    """Number of head steps from ``tok`` to one of the anchors (plus the anchor's own distance)."""
    steps = 0
    while steps <= limit:
        if tok.i in anchors:
            return steps + anchors[tok.i]
        if tok.head.i == tok.i:
            return None
        if tok.dep_ in ("relcl", "acl") and steps > 0 and tok.head.i not in anchors:
            # "the government established in Tripoli": the place describes a noun, not the event
            return None
        if steps > 0 and _other_happening(tok):
            # "... since the push on Tripoli began": a clause about another happening
            return None
        if steps > 0 and _describing_apposition(tok):
            # "Dbeibah, a businessman from Misrata, took the oath in Tobruk": the apposition describes him
            return None
        tok = tok.head
        steps += 1
    return None


_ATTITUDE = {"hope", "want", "fear", "believe", "expect", "wish", "intend", "seek", "insist", "hopes", "wants",
             "fears", "believes", "expects", "wishes", "intends", "seeks", "insists"}


PLACE_PARTS = {"district", "neighbourhood", "neighborhood", "suburb", "outskirts", "outskirt", "quarter", "street",
               "square", "centre", "center", "coast", "airport", "port", "harbour", "harbor", "downtown"}


def _is_actor_use(ent, land) -> bool:
    """Place names standing for governments: "Ankara said", "Libya's government", "Tripoli-based", "the
    government of Tripoli"."""
    doc = ent.doc
    if land.dep_ == "poss" or ent.root.dep_ == "poss":
        # "in Tripoli's Hadba district", "the capital's airport": a place owns its parts
        return (land if land.dep_ == "poss" else ent.root).head.lemma_.lower() not in PLACE_PARTS
    if ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.lemma_.lower() in _ACTOR_NOUNS \
            and ent.root.head.i >= ent.end:
        return True
    if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" and ent.root.head.head.lower_ in _ACTOR_NOUNS:
        return True     # "five officers of the government of Tripoli", "the forces of Misrata"
    if land.dep_ == "nsubj" and land.head.lemma_.lower() in _ATTITUDE:
        return True     # "a visit that Athens hopes will mark a reset" (the parser may call "hopes" a noun)
    if land.dep_ in ("nsubj", "csubj") and land.head.pos_ in ("VERB", "AUX"):
        verb = land.head
        if verb.lemma_.lower() in _SPEECH or any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children):
            return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is not None and (nxt.lower_ in ("-based", "based") or
                            (nxt.text == "-" and ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "based")):
        return True
    return False


def _place_for_ent(ent, doc_places: list[Place], gazetteer: Gazetteer, ctx: dict[str, float]) -> Place | None:
    local = _sentence_context(ent, gazetteer, ctx)
    if local is ctx:
        for p in doc_places:
            if p.text == ent.text:
                return p
    return _resolve_ent(ent, gazetteer, local)


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """ISO3 -> capital city name, from the actor stage's country table."""
    import csv
    from importlib import resources
    path = resources.files("sanderling.actors") / "data" / "countries.csv"
    with path.open(encoding="utf-8") as fh:
        return {row["iso3"]: row["capital"] for row in csv.DictReader(fh) if row.get("capital")}


def _recent_capital_country(sent, ctx: dict[str, float]) -> str | None:
    """The country of the national capital named last before (or in) ``sent`` in the article's body: "talks
    near Tunis ... a hotel on the capital's northern coast" is Tunis even in a story about Libya. Datelines
    are skipped (a Cairo bureau reports on Tripoli)."""
    by_name = {name.lower(): iso for iso, name in capitals().items()}
    doc = sent.doc
    for ent in reversed([e for e in doc.ents if e.start < sent.end]):
        iso = by_name.get(ent.text.lower())
        if iso is None or iso not in ctx:
            continue
        if is_dateline(doc[ent.start]):
            continue
        return iso
    return None


def _the_capital(sent, trigger_token, anchors: dict[int, int], ctx: dict[str, float],
                 gazetteer: Gazetteer) -> tuple[Place, int, bool] | None:
    """'the capital' in a story about one country is that country's capital; 'the Algerian capital' and
    'Algeria's capital' are Algeria's whatever the story is about. Returns the place, its path length to the
    trigger and whether the capital is a possessor ("the capital's only airport")."""
    for tok in sent:
        if tok.lower_ != "capital" or tok.pos_ != "NOUN":
            continue
        path = _path_to(tok, anchors)
        if path is None:
            continue
        named = next((gazetteer.country_of(c.text) for c in tok.children
                      if (c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP") or
                      (c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP"))), None)
        if named is None and not ctx:
            continue
        if named is not None or (any(c.lower_ == "the" for c in tok.children)
                                 and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):
            country = named or _recent_capital_country(sent, ctx) or max(ctx.items(), key=lambda kv: kv[1])[0]
            name = capitals().get(country)
            place = gazetteer.resolve(name, {country: 1.0}) if name else None
            if place is not None and place.country == country:
                possessor = tok.dep_ == "poss" or any(c.dep_ == "case" for c in tok.children)
                return replace(place, text=tok.text), path, possessor
    return None


def event_location(sent, trigger_token, doc_places: Iterable[Place], gazetteer: Gazetteer,
                   dateline: Place | str | None = None,
                   exclude_countries: Iterable[str] = (),
                   party_countries: Iterable[str] = (), addressed: bool = False) -> Place | None:
    """The place where the event of ``trigger_token`` happened, from its sentence ``sent``.

    Order of preference: the trigger's object or passive subject that is a place ("shelled Tripoli",
    "captured the Watiya air base"); a place in a locative prepositional phrase on the trigger, its object
    or its governing verb ("in Benghazi", "near Sirte" -> precision 2, "troops to Libya" -> 4); then any
    other place in the sentence that is not used as an actor ("Ankara said") nor is the actor's or
    recipient's country (``exclude_countries``, ISO3). With ``addressed`` (an accusation, a demand, a threat), a
    party's country as the trigger's object is the one addressed, not a place ("accused the UAE of ...").
    A dateline opening the sentence counts as near the event (precision 2), or as a coarse hint (3) when it
    lies in a country none of ``party_countries`` (the actors' and recipients' countries) belongs to. With nothing in the sentence, the ``dateline``
    place (a Place or a name) is returned with precision ``max(precision, 3)``, else None.
    """
    doc_places = list(doc_places)
    excluded = set(exclude_countries or ())
    parties = set(party_countries or ())
    ctx = context_countries(sent.doc, gazetteer)
    if not ctx and doc_places:
        ctx = dict(Counter(p.country for p in doc_places if p.country))
    anchors = _anchors(trigger_token)
    cands: list[tuple[float, Place]] = []
    bureaus: set[int] = set()     # indices in cands of datelines abroad
    for ent in sent.ents:
        # the tagger sometimes calls a city a language or a people ("near Tunis", "the town of Bouznika"); as
        # the object of a preposition such a name is a place, as a modifier ("the Skhirat agreement") it is not
        mislabelled = (ent.label_ in ("LANGUAGE", "NORP") and ent.root.dep_ == "pobj"
                       and gazetteer.country_of(ent.text) is None) or _named_settlement(ent)
        if ent.label_ not in PLACE_LABELS and not mislabelled:
            continue
        if ent.start <= trigger_token.i < ent.end:
            continue
        filed_from = is_dateline(sent.doc[ent.start])
        place = _place_for_ent(ent, doc_places, gazetteer, ctx)
        if place is None or (mislabelled and place.feature not in ("city", "site")):
            continue
        land = _climb(ent.root)
        if _is_actor_use(ent, land):
            continue
        if filed_from:
            # "ATHENS, Nov 28 (Wire) -": where the copy was filed, so only near where it happened, and any
            # place the sentence itself names wins; a bureau in a country none of the parties belongs to
            # ("Ankara, 4 Sept - Libya's interior minister was returned to his duty") is only a hint
            foreign = bool(parties) and place.country not in parties
            if foreign:
                bureaus.add(len(cands))
            cands.append((2.0 - 0.05 * abs(ent.root.i - trigger_token.i), _with_precision(place, 3 if foreign else 2)))
            continue
        floor = 1
        score = None
        if land.dep_ in _OBJ_DEPS and land.head.i in anchors and land.dep_ != "npadvmod":
            if addressed and place.feature == "country" and place.country in parties:
                continue   # "accused the UAE of supplying rockets": the party addressed, not the place
            score = 10.0 - anchors[land.head.i]
        elif land.dep_ == "pobj" and land.head.dep_ in ("prep", "agent", "dative") or (
                land.dep_ == "pobj" and land.head.lower_ in LOCATIVE_PREPS):
            prep = land.head
            p = prep.lower_
            gov = prep.head
            if gov.lower_ in _NEAR_HEADS and _stated_km(gov) > FAR_KM:
                continue   # "a port some 450 kilometres east of Tripoli": Tripoli is only a reference point
            if p == "of" and gov.lower_ in _NEAR_HEADS:        # "north of Sirte", "outskirts of Tripoli"
                floor = 2
                d = _path_to(gov, anchors)
                score = None if d is None else 8.0 - d
            elif p == "of" and gov.i in anchors and (gov.i == trigger_token.i or gov.lemma_.lower() in _SEIZED_NOUNS):
                # "took control of Sirte", "the capture of Sirte": the place is what the deed is done to
                score = 9.5 - anchors[gov.i]
            elif p in TOPIC_PREPS and gov.lemma_.lower() in MEETING_NOUNS:
                pass   # "the conference on Libya", "talks over Libya": what the meeting is about, not where
            elif p in LOCATIVE_PREPS:
                floor = LOCATIVE_PREPS[p]
                if gov.lower_ in _NEAR_HEADS:                    # "20 km from Misrata", "just outside"
                    floor = 2
                elif p in ("to", "from") and gov.dep_ == "advmod" and gov.lower_ in ("close", "next"):
                    floor = 2
                d = _path_to(prep, anchors)
                if d is not None:
                    score = 9.0 - d - _WEAK_PREPS.get(p, 0.0)
        if score is None:
            # elsewhere in the sentence: a weak candidate, and never the actor's / recipient's country
            if place.feature == "country" and place.country in excluded:
                continue
            if land.dep_ == "pobj" and land.head.lower_ in ("to", "for") and land.head.head.lemma_.lower() in _JOURNEYS:
                continue   # "X, who had met Haftar, returned to Rome": where someone went next, not where it happened
            if _describes_a_name(land):
                continue   # "Dbeibah, a businessman from Misrata, took the oath": who he is, not where
            if land.dep_ == "pobj" and land.head.dep_ == "prep" and land.head.head.dep_ in ("acl", "relcl") \
                    and land.head.head.pos_ == "VERB" and land.head.head.i not in anchors:
                continue   # "approval of the memorandum signed in Istanbul": where the signing was, not the vote
            score = 3.0 - 0.05 * abs(ent.root.i - trigger_token.i)
            if place.feature == "country":
                score -= 1.0
            if land.dep_ == "pobj" and land.head.dep_ == "prep" and land.head.head.pos_ == "NOUN" \
                    and land.head.head.i not in anchors:
                # "met Haftar on Friday in an effort to head off a battle for Tripoli": the place of another
                # noun's happening; the dateline says more about this one
                score -= 1.5
        cands.append((score, _with_precision(place, floor)))
    cap = _the_capital(sent, trigger_token, anchors, ctx, gazetteer)
    if cap is not None:
        # "met in the Algerian capital": as strong as the place named in that phrase would be
        place, d, possessor = cap
        # "the capital's only working airport": the capital only says where the airport is, so it names the
        # place only when the sentence names nothing else
        if d <= 2 and not possessor:
            cands.append((9.0 - d, place))
        elif not cands:
            cands.append((5.0, place))
    if cands:
        # "MOSCOW (Wire) - Russia condemned the air strike on a centre in the Libyan suburb of Tajoura": a bureau
        # abroad is a hint only, so a place the sentence names in a party's country, however loosely attached,
        # says more of where it happened - unless the sentence names the bureau's city too ("MOSCOW (Wire) -
        # Haftar left Moscow without signing")
        if bureaus and len(bureaus) < len(cands) and not (
                {cands[i][1].name for i in bureaus} & {c[1].name for i, c in enumerate(cands) if i not in bureaus}):
            home = [c for i, c in enumerate(cands) if i not in bureaus and c[1].country in parties]
            if home:
                cands = home
        cands.sort(key=lambda t: (-t[0], t[1].precision))
        score, best = cands[0]
        if best.feature in ("country", "region"):
            # "In Lebanon, protesters in Tripoli blocked roads": a nearly as well attached place
            # inside the country (or region) says more
            for s2, p2 in cands[1:]:
                if s2 >= score - 3.0 and p2.precision < best.precision and (
                        best.feature != "country" or p2.country == best.country):
                    return p2
        return best
    if dateline is not None:
        if isinstance(dateline, str):
            dl = gazetteer.resolve(dateline, ctx)
            if dl is None:
                return None
            dateline = replace(dl, text=dateline)
        return _with_precision(dateline, 3)
    return None
