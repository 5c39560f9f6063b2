"""Actor mentions in a parsed spaCy ``Doc``.

Passes (all candidates are collected, then the longest non-overlapping ones are kept):

1. **named** - n-gram scan of the text against the knowledge base (normalised names, case-sensitive
   acronyms, capital/seat-of-power metonyms outside locative phrases); surname-only person matches
   are checked against given names written before them ("Saif al-Islam Gaddafi" is not Muammar);
   unknown long surnames inside PERSON entities get a guarded fuzzy match (Cavudoglu -> Cavusoglu);
2. **agents** - role nouns with a nationality/organisation modifier ("Saudi soldiers", "Turkey's
   military", "protesters in Hong Kong", "Houthi fighters"); possessives of a person resolve to the
   person's forces ("Haftar's forces", "Hifter's LNA" -> the LNA);
3. **discovered** - PERSON entities not in the KB get their country/sector from titles
   ("Turkish Defense Minister X"), appositions ("X, a spokesman for Hifter's forces";
   "his Turkish counterpart, X") and are marked ``discovered=True`` with id ``DISC_<NAME>``;
4. **coref** - he/his/him/she/her, KB descriptions ("the strongman of eastern Libya"), generic
   role descriptions ("the general", "the marshal", "the envoy") and "the country"; it/its for
   organisations and states, they/their for plural or conjoined actors (see :func:`_org_pronouns`).

Noun-phrase rules (all general, no per-article cases):

* a name used inside a hyphenated participle modifier ("UN-backed", "NATO-led", "Russian-backed",
  "Tripoli-based") is not an actor of its own; nor is X in "anti-X forces";
* "<Country>'s / <demonym> <organisation description>" is ONE mention covering the head noun:
  "Libya's UN-recognised government" -> the curated actor whose name/description matches the
  description and whose country agrees (time-aware); without a description the national body of that
  sector valid at the date (``national:`` in the YAML), else a generic ``ISO_SECTOR`` reference;
* "pro-X forces" -> X's side: a person's forces, an organisation's armed wing (``part_of``) or itself;
  "pro-<demonym> ..." is not that state;
* "<person>'s / <person> forces|loyalists|supporters", "forces loyal to <person>" -> the person's forces;
  "<person>'s government|administration|cabinet" -> the government the person belongs to at the date;
* plural demonyms as a noun-phrase head ("the Turks", "Russians", "the British") -> the state
  (kind ``state``); with a number or quantifier ("two Americans", "many Libyans") -> civilians (CVL);
* generic agents without a nationality ("students", "police", "gunmen", "Islamic fundamentalists") still
  give a mention (via ``generic``, ``discovered=True``): country from a place phrase ("in Kirkuk",
  "throughout Indonesia"), else the sentence, else the article, else none (``AGENT_<SECTOR>``); nouns in
  ``needs_nationality`` ("people", "officials", "bulldozers", "the president") never do;
* ethnic/religious groups as a head ("Iraqi Kurds", "Bosnian Serbs", "Shiites") -> ``<ISO>_ETH_<NAME>`` /
  ``<ISO>_REL_<NAME>``, sector CVL; unknown ORG entities with a telling head word ("Association", "Front",
  "Union", "Party", "Army" ...) -> ``DISC_ORG_<NAME>`` with a sector from that word (see
  :mod:`sanderling.actors.generic`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Token

from ..nlp import SHIP_NOUNS, settlement_named
from ..records import ActorRef, Mention
from ..time._cal import DAY_FIRST_MONTHS
from .generic import Context, discover_orgs, group_ref, names_others, place_country, right_country, target_tokens
from .kb import IGO_CODES, IGO_COUNTRIES, TITLE_WORDS, Actor, KnowledgeBase, given_name_ok
from .normalize import acronym_key, norm, norm_tokens, turkish_spelling_of_arabic

LOCATIVE = frozenset("in at to from into near outside inside around across through toward towards via within between "
                     "over above under off onto out of".split())
LOYAL_WORDS = frozenset({"loyal", "aligned", "allied", "affiliated", "linked"})
# "forces answering to the GNA", "units answerable to the presidential council"
ANSWERING_WORDS = frozenset({"answering", "answerable", "reporting", "subordinate", "beholden", "faithful"})
# "forces backing Libya's unity government": a participle naming the side a force fights for
BACKING_WORDS = frozenset({"backing", "supporting"})
FORCE_NOUNS = frozenset("forces force troops army fighters militia militias men loyalists units soldiers gunmen "
                        "militiamen brigades fighter supporters camp".split())
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
ORG_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
HYPHENS = frozenset({"-", "‐", "‑", "–"})
# second part of "UN-backed", "Tripoli-based": the first part only modifies the noun
PARTICIPLE_MODIFIERS = frozenset("""backed recognized recognised led based sponsored supported brokered allied aligned funded
trained armed installed appointed controlled held run friendly affiliated linked leaning dominated imposed mediated
endorsed approved mandated organized organised drafted proposed authorized authorised administered""".split())
GOV_NOUNS = frozenset({"government", "administration", "cabinet", "regime", "authorities", "executive"})
ORG_KINDS = frozenset({"state", "government", "military", "armed group", "police", "legislature", "court", "party",
                       "IGO", "NGO", "media", "company", "group"})
EXPLETIVE_HEADS = frozenset({"be", "seem", "appear", "happen", "become", "remain", "look", "sound", "take", "rain",
                             "matter", "mean", "cost"})
DURATION_WORDS = frozenset({"time", "year", "month", "week", "day", "hour", "minute", "while", "long", "effort",
                            "courage", "decade"})
QUANTIFIERS = frozenset("""many some several few most all thousands hundreds dozens scores millions numerous other
two three four five six seven eight nine ten dozen""".split())
ROLE_DESCRIPTIONS = {
    # generic description -> (role words that must appear in the antecedent's role, sector)
    "general": (("commander", "general", "chief", "army", "marshal"), "MIL"),
    "marshal": (("marshal", "commander"), "MIL"),
    "field marshal": (("marshal", "commander"), "MIL"),
    "military leader": (("commander", "chief", "general", "marshal", "junta"), "MIL"),
    "military commander": (("commander",), "MIL"),
    "commander": (("commander", "chief"), "MIL"),
    "strongman": (("commander", "president", "leader", "junta"), None),
    "president": (("president",), None),
    "prime minister": (("prime minister", "premier"), None),
    "premier": (("prime minister", "premier"), None),
    "minister": (("minister", "secretary"), None),
    "foreign minister": (("foreign minister", "secretary of state", "foreign secretary"), None),
    "defence minister": (("defence minister", "defense minister", "defense secretary", "defence secretary"), None),
    "defense minister": (("defence minister", "defense minister", "defense secretary", "defence secretary"), None),
    "envoy": (("envoy", "adviser"), None),
    "spokesman": (("spokesman", "spokeswoman", "spokesperson"), None),
    "king": (("king",), None),
    "emir": (("emir",), None),
    "crown prince": (("crown prince",), None),
    "speaker": (("speaker",), None),
    "chancellor": (("chancellor",), None),
    "secretary-general": (("secretary-general",), None),
    "secretary general": (("secretary-general",), None),
    "leader": (("leader", "president", "prime minister", "commander", "king", "emir", "chairman", "head"), None),
}
KIND_DESCRIPTIONS = {
    "country": ("state",), "nation": ("state",), "kingdom": ("state",), "emirate": ("state",), "republic": ("state",),
    "group": ("armed group",), "militia": ("armed group",), "movement": ("armed group", "party"),
    "organisation": ("IGO", "NGO"), "organization": ("IGO", "NGO"), "body": ("IGO", "legislature"),
    "alliance": ("IGO",), "bloc": ("IGO",), "parliament": ("legislature",), "chamber": ("legislature",),
    "government": ("government",), "administration": ("government",), "army": ("military",),
}
SUBJ = frozenset({"nsubj", "nsubjpass"})


@dataclass
class _Cand:
    start: int          # token indices [start, end)
    end: int
    actor: ActorRef
    via: str
    prio: int           # lower wins on ties
    role: str | None = None


def find_mentions(doc: Doc, kb: KnowledgeBase, doc_id: str, when: date | None = None,
                  gazetteer=None) -> list[Mention]:
    """All actor mentions of ``doc`` (character offsets into ``doc.text``), sorted by position. ``gazetteer``
    (the run's, with the user's place files) tells a misspelt surname from a town; the bundled one if None."""
    cands: list[_Cand] = []
    named = _named(doc, kb, when, gazetteer)
    named = _by_the_story_country(doc, kb, when, named)
    named = _as_named_before(doc, named)
    named = _defined_acronyms(doc, kb, named)
    named = _drop_modifier_names(doc, named)
    named = _pro_forces(doc, kb, when, named)
    ctx = Context(doc, kb, named, _nationality_spans(doc, kb))
    named = _drop_stray_descriptions(doc, named, ctx)
    cands += named
    cands += _np_descriptions(doc, kb, when, named)
    cands += _warring_sides(doc, kb, named)
    cands += _possessive_forces(doc, kb, when, named)
    cands += _agents(doc, kb, when, named, ctx)
    cands += _demonym_actors(doc, kb, when)
    cands += _group_heads(doc, kb, when, ctx)
    cands += discover_orgs(doc, kb, when, named, ctx, lambda s, e, ref: _Cand(s, e, ref, "discovered", 1))
    chosen = _select(_drop_stray_descriptions(doc, cands, ctx))
    chosen += _coref(doc, kb, when, chosen, pronouns=False, persons=False)   # "the army's spokesman, X"
    chosen = _select(chosen)
    chosen += _discover(doc, kb, when, chosen)
    chosen = _select(chosen)
    chosen = _drop_titles(doc, chosen)
    chosen = [_titled(doc, kb, when, c) for c in chosen]
    chosen = [_office_holder(doc, kb, when, c) for c in chosen]
    chosen += _coref(doc, kb, when, chosen)
    chosen = _select(chosen)
    chosen += _org_pronouns(doc, chosen)
    out = []
    for c in chosen:
        span = doc[c.start:c.end]
        actor = replace(c.actor, text=span.text)
        out.append(Mention(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, actor=actor, via=c.via))
    out.sort(key=lambda m: m.start)
    return out


def _by_the_story_country(doc: Doc, kb: KnowledgeBase, when: date | None, named: list[_Cand]) -> list[_Cand]:
    """A name that several countries' bodies share ("the Baath Party": Iraq's until 2003, Syria's since 1963)
    is the one of the country the article is about: the country most of its other names and places belong
    to ("Saddam Hussein's Baath Party ... Baghdad"). Without such a majority the knowledge base's choice
    stands."""
    def rivals(c: _Cand) -> list:
        if c.actor.kind == "state":
            return []   # a country's own name is not shared; two codes for it are two dictionaries' schemes
        text = doc[c.start:c.end].text
        out = [a for i in kb.candidates(text) if (a := kb.get(i)) is not None and a.valid(when) and a.country
               and a.kind != "state"]
        return out if len({a.country for a in out}) > 1 else []

    ambiguous = {id(c): r for c in named if (r := rivals(c))}
    if not ambiguous:
        return named
    # the phrase may say whose it is ("Jordan's King Abdullah", "the Jordanian king Abdullah"): that decides
    qualified = []
    for c in named:
        r = ambiguous.get(id(c))
        iso = _phrase_country(doc, doc[c.start:c.end], kb) if r else None
        own = [a for a in r if a.country == iso] if iso else []
        if own:
            del ambiguous[id(c)]
            if c.actor.country != iso:
                c = replace(c, actor=kb.ref(own[0], when, doc[c.start:c.end].text))
        qualified.append(c)
    named = qualified
    votes: dict[str, int] = {}
    for c in named:
        if id(c) not in ambiguous and c.actor.country:
            votes[c.actor.country] = votes.get(c.actor.country, 0) + 1
    for ent in doc.ents:
        if ent.label_ == "GPE" and (iso := place_country(ent.text)):
            votes[iso] = votes.get(iso, 0) + 1
    out = []
    for c in named:
        r = ambiguous.get(id(c))
        if r:
            best = max(r, key=lambda a: votes.get(a.country, 0))
            if votes.get(best.country, 0) > votes.get(c.actor.country, 0):
                c = replace(c, actor=kb.ref(best, when, doc[c.start:c.end].text))
        out.append(c)
    return out


def _as_named_before(doc: Doc, named: list[_Cand]) -> list[_Cand]:
    """A short name is the person the article last named in full with it: "Aguila Saleh ... Saleh said" is
    the Libyan speaker, not Yemen's Saleh; "King Abdullah of Jordan ... King Abdullah" stays Jordan's king."""
    out: list[_Cand] = []
    full: list[tuple[set[str], _Cand]] = []     # (name words, candidate) of persons named so far
    for c in named:
        if c.actor.kind == "person":
            words = {w for t in doc[c.start:c.end] if t.lower_ not in TITLE_WORDS for w in norm_tokens(t.text)}
            words -= ARABIC_ARTICLES
            earlier = next((p for ws, p in reversed(full) if words and words < ws), None)
            if earlier is not None and earlier.actor.id != c.actor.id:
                c = replace(c, actor=replace(earlier.actor, text=doc[c.start:c.end].text))
            elif words:
                full.append((words, c))
        out.append(c)
    return out


ACRONYM_SKIP = frozenset({"of", "for", "the", "and", "de", "al", "el"})


def _defined_acronyms(doc: Doc, kb: KnowledgeBase, named: list[_Cand]) -> list[_Cand]:
    """An abbreviation the article defines after a known name stands for that actor wherever it recurs:
    "the National Oil Corporation (Noc) ... the Noc suspended exports". Translated Italian copy writes
    acronyms in title case ("Noc", "Pfg", "Unsmil"), which the case-sensitive acronym table never matches."""
    defined: dict[str, ActorRef] = {}
    for c in named:
        if c.end + 2 >= len(doc) or doc[c.end].text != "(" or doc[c.end + 2].text != ")":
            continue
        abbr = doc[c.end + 1].text
        if not (2 < len(abbr) <= 7 and abbr.isalpha() and abbr[0].isupper()):
            continue
        words = [t.text for t in doc[c.start:c.end] if t.is_alpha and t.lower_ not in ACRONYM_SKIP]
        initials = "".join(w[0] for w in words).upper()
        known = c.actor.id in kb.acronyms.get(abbr.upper(), [])
        if abbr.upper() == initials or known:
            defined.setdefault(abbr, c.actor)
    if not defined:
        return named
    taken = {k for c in named for k in range(c.start, c.end)}
    out = list(named)
    for tok in doc:
        ref = defined.get(tok.text)
        if ref is not None and tok.i not in taken:
            out.append(_Cand(tok.i, tok.i + 1, replace(ref, text=tok.text), "kb", 0))
    out.sort(key=lambda c: c.start)
    return out


def _curated_inside(kb: KnowledgeBase, span) -> bool:
    """A shorter tail of ``span`` names a curated (non-base) person: "[German Chancellor] Angela Merkel"."""
    for k in range(1, len(span)):
        ids = kb.names.get(norm(span[k:].text), [])
        if any(kb.actors[x].layer != "base" and kb.actors[x].kind == "person" for x in ids):
            return True
    return False


SIDE_NOUNS = frozenset({"side", "party", "faction", "camp", "rival", "belligerent", "foe", "adversary"})
SIDE_MODIFIERS = frozenset({"warring", "rival", "both", "two", "opposing", "competing", "feuding", "main",
                            "belligerent", "conflicting"})


def _warring_sides(doc: Doc, kb: KnowledgeBase, named: list[_Cand]) -> list[_Cand]:
    """ "Libya's two main warring sides", "the warring parties", "both sides": the parties to the conflict
    the article is about. Emitted as a placeholder actor (``<ISO>_SIDES``) that
    :func:`sanderling.events.infer.infer_recipients` replaces with the article's main pair of adversaries."""
    out = []
    for tok in doc:
        if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in SIDE_NOUNS:
            continue
        mods = [c for c in tok.children if c.dep_ in ("amod", "nummod", "det", "predet", "compound", "poss")]
        words = {c.lower_ for c in mods}
        if not words & SIDE_MODIFIERS or ("two" in words and not words & {"warring", "rival", "main", "opposing"}
                                          and tok.lemma_.lower() in ("party",)):
            continue
        if tok.lemma_.lower() == "rival" and not words & {"warring", "two", "both", "main"}:
            continue
        country = None
        for c in mods:
            hit = _cand_at(named, c.i)
            if hit is not None and hit.actor.kind == "state":
                country = hit.actor.country
            elif kb.nationality_of(c.text):
                country = kb.nationality_of(c.text)
        start = min([c.i for c in mods] + [tok.i])
        start = min(start, min((c.left_edge.i for c in mods), default=start))
        ref = ActorRef(id=f"{country}_SIDES" if country else "SIDES", name="the warring parties", country=country,
                       code=None, sector=None, kind="group", discovered=True)
        out.append(_Cand(start, tok.i + 1, ref, "generic", 0))
    return out


def _drop_stray_descriptions(doc: Doc, cands: list[_Cand], ctx: Context) -> list[_Cand]:
    """An alias made only of common words ("unity government", "interim government") names a country's
    body only in a text about that country: "Yemen's newly formed unity government" is not Libya's GNU."""
    out = []
    for c in cands:
        named_countries = {iso for st, (_, iso) in ctx.entries.items() if not (c.start <= st < c.end)}
        span = doc[c.start:c.end]
        if c.via != "kb" or any(ctx.kb.nationality_of(t.text) for t in span):
            out.append(c)           # "Somali pirates": the span names its own country
            continue
        proper = any(t.is_upper and len(t) > 1 or t.is_title and t.lower_ not in ("the", "a", "an") and (
            t.i != t.sent.start or t.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "ACTOR", "LOC", "FAC")) for t in span)
        if not proper and c.actor.country and c.actor.kind != "state" and c.actor.country not in named_countries:
            continue
        if _foreign_generic_body(doc, c, ctx):
            continue
        out.append(c)
    return out


IGO_MARKERS = {"un", "u.n.", "united", "nations", "unga", "unsc", "eu", "european", "african", "arab", "nato"}


def _foreign_generic_body(doc: Doc, c: _Cand, ctx: Context) -> bool:
    """A body's name that is also a generic institution ("the House of Representatives") in a sentence about
    another country ("... approved sending elements of the Egyptian armed forces") is that country's body:
    the generic agent then takes the country from the sentence."""
    span = doc[c.start:c.end]
    # "the General Assembly in Ankara": a world body's bare name, without "UN", may be a country's chamber
    bare_igo = c.actor.kind == "IGO" and not any(
        t.lower_ in IGO_MARKERS for t in doc[max(0, span.sent.start - 60):span.sent.end])
    if (c.actor.kind not in ("legislature", "government") and not bare_igo) or not c.actor.country:
        return False
    # (the caller has already kept names that carry their own nationality, "Egyptian House of Representatives")
    found = _agent_at(doc, ctx.kb, c.end - 1)
    if found is None or any(t.pos_ != "DET" for t in doc[c.start:found[0]]):
        return False
    head = span.root
    if bare_igo and any(ch.dep_ == "prep" and ch.lower_ == "of" for ch in head.children):
        return True   # "the General Assembly of the Grand National Assembly": that chamber's plenary
    own = set(range(c.start, c.end))
    poss = next((t for t in head.children if t.dep_ == "poss"), None)
    if poss is not None:
        # "Egypt's House of Representatives"
        iso = ctx.country_in(poss.left_edge.i, poss.i + 1)
        return iso is not None and iso != c.actor.country
    if head.dep_ not in ("nsubj", "nsubjpass") or c.actor.country in ctx.counts(head, own):
        return False   # an object's country is not read from the subject's
    return ctx.choose(head, target_tokens(head) | own) not in (None, c.actor.country)


# ---------------------------------------------------------------- selection
def _select(cands: list[_Cand]) -> list[_Cand]:
    taken: set[int] = set()
    out = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.prio, c.start)):
        rng = set(range(c.start, c.end))
        if rng & taken:
            continue
        taken |= rng
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _drop_titles(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """Remove non-person mentions that are only a title or apposition of a person mention
    ("UN envoy" in "UN envoy Ghassan Salame"; "his Turkish counterpart" in "..., Mevlut Cavusoglu")."""
    person_tok = {i: c for c in chosen if c.actor.kind == "person" for i in range(c.start, c.end)}
    out = []
    for c in chosen:
        if c.actor.kind != "person" and c.actor.kind != "state":
            root = doc[c.start:c.end].root
            top = root
            while top.dep_ == "compound" and top.head.i > top.i:
                top = top.head
            if top.i != root.i and top.i in person_tok and top.i >= c.end:
                continue
            if any(ch.dep_ == "appos" and ch.i in person_tok for ch in root.children):
                continue
            if root.dep_ == "appos" and root.head.i in person_tok:
                continue
        out.append(c)
    return out


# ---------------------------------------------------------------- pass 1: named actors
def _is_locative(tok: Token) -> bool:
    head = tok
    while head.dep_ in ("compound", "amod", "appos", "conj") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in LOCATIVE


def _metonym_role(tok: Token) -> bool:
    """A capital stands for its government only as a speaker/agent: "Ankara said", "Moscow's position",
    "talks with Ankara", "condemned by Washington" - not "in Tripoli" or "shelled Tripoli"."""
    t = tok
    while t.dep_ in ("compound",) and t.head.i != t.i:
        t = t.head
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ == "appos" and t.head.pos_ == "NOUN" and t.head.i != t.i:
        return _metonym_role(t.head)   # "the capital Tripoli": what the capital is to the clause
    if t.dep_ in SUBJ or t.dep_ in ("poss", "ROOT", "appos", "npadvmod"):
        return True
    if t.dep_ == "pobj" and t.head.lower_ in ("by", "with", "between", "from") and not _is_locative(t):
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lemma_ in ("pressure", "support", "call", "warning", "statement", "response"):
        return True
    # "accused Paris of backing Haftar", "urged Ankara to withdraw", "called on Moscow to ...": one addressed
    if t.dep_ == "dobj" and t.head.lemma_.lower() in ADDRESSED_BY:
        return True
    if t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.lemma_.lower() == "call":
        return True
    return False


# verbs whose object is someone addressed, blamed or pressed, never a place struck or entered
ADDRESSED_BY = {"accuse", "blame", "urge", "warn", "criticise", "criticize", "condemn", "praise", "thank", "invite",
                "summon", "ask", "press", "lobby", "reassure", "rebuke", "denounce", "congratulate", "persuade"}


# the Arabic article as it stands before a name ("al-Sarraj", "el-Sisi")
ARABIC_ARTICLES = frozenset({"al", "el", "al-", "el-"})
# ... and assimilated to a following "sun letter", as some transliterations write it: "es-Serrac",
# "ash-Shaibani", "ad-Dbeibah"
_SUN_ARTICLES = frozenset({"ad", "ed", "adh", "an", "en", "ar", "er", "as", "es", "ash", "esh", "at", "et", "az", "ez"})


def _one_name(span) -> bool:
    """The span is one name token, with or without an Arabic article before it ("Mismari", "al-Mismari")."""
    core = [t for t in span if t.text not in ("-", "‐") and t.lower_.rstrip("-") not in ARABIC_ARTICLES]
    return len(core) == 1


def _given_names_before(doc: Doc, i: int) -> list[str]:
    """Capitalised name tokens just before token i (skipping al-/el- and hyphens), titles excluded."""
    out = []
    j = i - 1
    while j >= 0:
        t = doc[j]
        low = t.lower_
        if t.text in ("-", "‐") or low in ARABIC_ARTICLES or low in ("bin", "ibn", "abu", "abdel", "abdul") or (
                low.rstrip("-") in _SUN_ARTICLES and (low.endswith("-") or (j + 1 < len(doc) and doc[j + 1].text in ("-", "‐")))):
            j -= 1
            continue
        if t.is_title and t.pos_ == "PROPN" and low not in TITLE_WORDS and not t.ent_type_ in ("NORP", "GPE", "ORG"):
            out.extend(norm_tokens(t.text))
            j -= 1
            continue
        break
    return out


def _name_end(doc: Doc, j: int) -> int:
    """Where a name that goes on at token j ends ("Burhan | Ghalioun"): capitalised singular proper nouns, no
    title or date, in a sentence not written in headline case ("Haftar Forces Capture Sirte"). j if it does not."""
    k = j
    while k < len(doc) and doc[k].is_title and doc[k].tag_ == "NNP" and doc[k].lower_ not in TITLE_WORDS \
            and doc[k].ent_type_ in ("", "PERSON") and not doc[k].is_sent_start:
        k += 1
    if k > j:
        words = [t for t in doc[j].sent if t.is_alpha and not t.is_stop]
        if words and sum(t.is_title for t in words) / len(words) > 0.6:
            return j
    return k


def _name_continues(doc: Doc, j: int) -> list[str]:
    return [w for t in doc[j:_name_end(doc, j)] for w in norm_tokens(t.text)]


def _phrase_country(doc: Doc, span, kb: KnowledgeBase) -> str | None:
    """The country a noun phrase names before its head: "Yemen's newly formed unity government", "the Yemeni
    unity government"."""
    root = span.root
    for t in doc[root.left_edge.i:span.start]:
        iso = kb.nationality.get(norm(t.text))
        if iso is not None:
            return iso
    return None


def _named(doc: Doc, kb: KnowledgeBase, when: date | None, gazetteer=None) -> list[_Cand]:
    out: list[_Cand] = []
    n = len(doc)
    maxn = kb.max_name_len + 2
    i = 0
    first_words = kb.first_words()
    refused: set[str] = set()      # surnames whose earlier full name was someone the knowledge base lacks
    sent_ends = [n] * n            # Token.sent walks the document: look sentence ends up once
    if doc.has_annotation("SENT_START"):
        for sent in doc.sents:
            for k in range(sent.start, sent.end):
                sent_ends[k] = sent.end
    while i < n:
        tok = doc[i]
        if tok.is_punct or tok.is_space or (tok.is_stop and not tok.is_upper and tok.lower_ != "the"):
            i += 1
            continue
        head_word = norm_tokens(tok.text)
        if head_word and head_word[0] not in first_words and not (tok.is_upper or tok.is_title) \
                and "." not in tok.text:
            i += 1          # a lower-case word no known name starts with: skip the span search
            continue
        found = None
        sent_end = sent_ends[i]
        for L in range(min(maxn, sent_end - i), 0, -1):
            span = doc[i:i + L]
            last = span[-1]
            if last.is_punct or last.is_space or any(t.is_space for t in span) or last.lower_ in ("'s", "’s") or \
                    (L > 1 and last.is_stop and not last.is_upper and not last.is_title):
                continue
            text = span.text
            ids = []
            ak = acronym_key(text)
            if ak:
                ids = list(kb.acronyms.get(ak, []))
                if not ids and ak in kb.countries:
                    ids = []
            if not ids and not (ak and len(ak) <= 3):
                key = norm(text)
                if not key:
                    continue
                ids = kb.names.get(key, [])
                if ids and not any(t.is_title or t.is_upper for t in span if not t.is_punct):
                    # all lower-case text: only multi-word curated descriptive aliases may match, and not when the
                    # phrase names another country ("Yemen's newly formed unity government" is not Libya's)
                    other = _phrase_country(doc, span, kb)
                    ids = [x for x in ids if kb.actors[x].layer == "current" and len(key.split()) >= 2
                           and (other is None or kb.actors[x].country == other)]
                if ids and len(key.split()) == 1:
                    ids = [x for x in ids if kb.actors[x].layer != "base" or (tok.ent_type_ in ("PERSON", "ORG", "NORP")
                                                                             and len(key) >= 5)]
                if not ids and key in kb.metonyms and span[0].is_title and _metonym_role(span[-1]):
                    ids = kb.metonyms[key]
                    a = kb.choose(ids, when, require_valid=True)
                    if a is not None:
                        found = (L, kb.ref(a, when, text), "kb", 1)
                        break
            if not ids:
                continue
            a = kb.choose(ids, when)
            if a is None:
                continue
            if a.layer == "base" and L > 1 and _curated_inside(kb, span):
                break   # "President Putin" is a Phoenix entry; the curated, dated Putin inside it is read next
            if a.kind == "group" and len(norm(text).split()) == 1:
                # one-word collectives ("the West") only as a noun-phrase head after "the": not "West Bank"
                nxt = doc[i + L] if i + L < n else None
                if span[0].lower_ != "the" or last.dep_ == "compound" or (nxt is not None and nxt.pos_ == "PROPN"):
                    continue
            if re.fullmatch(r"[A-Z]{3}_(GOV|MIL|LEG|COP)", a.id) and a.country:
                # "the Libyan government": the national body valid at the date when the KB has one
                nb = kb.national_body(a.country, a.id[4:], when)
                if nb is not None:
                    a = nb
            if a.kind == "person" and _one_name(span):
                # a lone surname, with or without its article ("Mismari", "al-Mismari")
                given = _given_names_before(doc, i)
                surname = " ".join(norm_tokens(span[-1].text))
                if given and not all(given_name_ok(g, a.name_tokens()) for g in given):
                    # "Saif al-Islam Gaddafi" must not become Muammar Gaddafi
                    refused.add(surname)
                    found = ("reject", None, None, None)
                    break
                if not given and surname in refused:
                    # "the lawyer Abdelsalam al-Mismari ... the death of Mismari": the second mention is the
                    # person named in full before, not the spokesman the knowledge base knows by that surname
                    found = ("reject", None, None, None)
                    break
                after = _name_continues(doc, i + 1)
                if after and not all(g in a.name_tokens() for g in after):
                    # "Burhan Ghalioun" is a given name followed by his own surname, not Sudan's al-Burhan
                    found = ("reject", None, None, None)
                    break
            if a.kind == "state" and _is_locative(span[-1]) and L <= 3:
                pass  # "in Turkey" is still a state mention (as PETRARCH does); events decide roles
            found = (L, kb.ref(a, when, text), "kb", 0)
            break
        if found and found[0] != "reject":
            L, ref, via, prio = found
            out.append(_Cand(i, i + L, ref, via, prio))
            i += L
            continue
        # fuzzy surname inside a PERSON entity (single long token)
        # (a shorter one with given names before it: "Abdulgani el-Kikli")
        surname_like = (tok.ent_type_ in ("PERSON", "ORG") or tok.pos_ == "PROPN") and tok.is_title \
            and len(tok.text) >= 4 and not found and tok.ent_type_ not in ("GPE", "LOC", "NORP", "FAC") and \
            (i + 1 >= n or doc[i + 1].ent_type_ != "PERSON" or doc[i + 1].ent_iob_ == "B")
        given = _given_names_before(doc, i) if surname_like else []
        if surname_like and (len(tok.text) >= 6 or given):
            key = norm_tokens(tok.text)
            a = kb.match_person_tokens(given + list(key), when)
            if a is not None and key and key[-1] not in kb.surnames and _names_a_town(tok.text, gazetteer):
                # a surname guessed from a misspelling, for a word that names a town: "the Tajoura detention
                # centre" is a suburb of Tripoli, one letter away from the militia leader Tajouri (the
                # gazetteer is asked only once such a guess is made, not for every unknown name)
                a = None
            alt = turkish_spelling_of_arabic(tok.text) if a is None else None
            if alt is not None:
                # "Fethi Başağa", "Fayez es-Serrac": an Arabic name in Turkish spelling
                a = kb.match_person_tokens(given + list(norm_tokens(alt)), when, allow_fuzzy=False)
            if a is not None:
                start = i
                while start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].ent_iob_ != "O" \
                        and doc[start - 1].lower_ not in TITLE_WORDS:
                    start -= 1
                out.append(_Cand(start, i + 1, kb.ref(a, when, doc[start:i + 1].text), "kb", 0))
        i += 1
    return out


# ---------------------------------------------------------------- noun-phrase rules
def _hyphen_participle_after(doc: Doc, end: int) -> bool:
    """True when tokens [end, end+1] are "-" + a participle modifier: "UN-backed", "Tripoli-based"."""
    # written solid ("UN-backed"); a spaced dash ("Haftar's forces - backed by ...") is punctuation
    return end + 1 < len(doc) and doc[end].text in HYPHENS and doc[end + 1].lower_ in PARTICIPLE_MODIFIERS \
        and not doc[end - 1].whitespace_ and not doc[end].whitespace_


def _prefix_before(doc: Doc, start: int) -> str | None:
    """"pro" / "anti" when written "pro-X" / "anti-X" just before token ``start``."""
    if start >= 2 and doc[start - 1].text in HYPHENS and doc[start - 2].lower_ in ("pro", "anti"):
        return doc[start - 2].lower_
    if start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-"):
        return doc[start - 1].lower_[:-1]
    return None


def _prefix_start(doc: Doc, start: int) -> int:
    return start - 2 if start >= 2 and doc[start - 1].text in HYPHENS else start - 1


def _drop_modifier_names(doc: Doc, named: list[_Cand]) -> list[_Cand]:
    """Names that only modify a noun are not actors: "UN-backed government", "NATO-led coalition",
    "Russian-backed separatists", "anti-Haftar militias"."""
    out = []
    for c in named:
        if _hyphen_participle_after(doc, c.end) or _prefix_before(doc, c.start) == "anti":
            continue
        if c.actor.kind == "media" and c.start > 0 and doc[c.start - 1].pos_ == "PROPN" \
                and doc[c.start - 1].is_title and not any(o.start <= c.start - 1 < o.end for o in named):
            continue      # "Operation Sea Guardian" is no newspaper: the name is part of a longer one
        out.append(c)
    return out


def _org_side(kb: KnowledgeBase, actor_id: str, when: date | None, force_noun: bool) -> Actor | None:
    """What "pro-X forces" / "forces loyal to X" denote: a person's forces (else the organisation the person
    belongs to), an organisation's armed wing (an actor ``part_of`` it) or the organisation itself."""
    a = kb.get(actor_id)
    if a is None:
        return None
    if a.kind == "person":
        f = _forces_of(kb, a.id, when)
        if f is not None:
            return f
        aff = kb.affiliation(a.id, when)
        return kb.get(aff.org) if aff is not None and aff.org else None
    if a.kind == "state":
        return None
    if force_noun and a.kind not in ("military", "armed group", "police"):
        for b in kb.actors.values():
            if b.part_of == a.id and b.kind in ("military", "armed group") and b.layer == "current" and b.valid(when):
                return b
    return a


def _pro_forces(doc: Doc, kb: KnowledgeBase, when: date | None, named: list[_Cand]) -> list[_Cand]:
    """"pro-Haftar forces", "pro-GNA militias" -> one mention for X's side; "pro-Russian separatists" are
    not Russia (the state candidate is dropped)."""
    out = []
    for c in named:
        if _prefix_before(doc, c.start) != "pro":
            out.append(c)
            continue
        if c.actor.kind == "state":
            continue
        # the noun modified: the candidate's own head ("pro-GNA forces" as a name) or the next noun
        last = doc[c.end - 1]
        head = last if last.pos_ in ("NOUN",) and last.lemma_.lower() in FORCE_NOUNS else None
        if head is None:
            h = last.head
            if h.i >= c.end and h.pos_ in ("NOUN", "PROPN"):
                head = h
            elif c.end < len(doc) and doc[c.end].pos_ in ("NOUN", "PROPN"):
                head = doc[c.end]
        if head is None:
            out.append(c)
            continue
        force = _force_noun(head) or kb.agent(head.lower_) is not None
        side = _org_side(kb, c.actor.id, when, force)
        if side is None:
            continue
        out.append(_Cand(_prefix_start(doc, c.start), max(c.end, head.i + 1), kb.ref(side, when), "kb", 0))
    return out


def _np_descriptions(doc: Doc, kb: KnowledgeBase, when: date | None, named: list[_Cand]) -> list[_Cand]:
    """One mention for "<Country>'s <description>" / "<demonym> <description>" noun phrases:
    "Libya's UN-recognised government", "Libya's United Nations-recognized government", "the Libyan
    Tripoli-based government". The description is looked up among curated names/descriptions of that
    country (time-aware); a named organisation covering the head is extended over the possessor."""
    out = []
    nat = _nationality_spans(doc, kb)
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            continue
        # the country modifier: a possessor or a demonym/country adjective left of the head
        country, mod_start, mod_end = None, None, None
        for ch in tok.children:
            if ch.i >= tok.i or ch.dep_ not in ("poss", "amod", "compound", "nmod"):
                continue
            c = _cand_at(named, ch.i)
            if c is not None and c.actor.kind == "state" and c.end <= tok.i:
                country, mod_start, mod_end = c.actor.country, c.start, c.end
            else:
                for s_, (e, iso, gid) in nat.items():
                    if s_ <= ch.i < e and gid is None and e <= tok.i:
                        country, mod_start, mod_end = iso, s_, e
            if country:
                break
        if country is None:
            continue
        desc_start = mod_end
        while desc_start < tok.i and doc[desc_start].lower_ in ("'s", "’s", "'", "’"):
            desc_start += 1
        start = min(mod_start, tok.left_edge.i) if doc[tok.left_edge.i].lower_ in ("the", "a", "an") else mod_start
        covering = _cand_at(named, tok.i)
        if covering is not None:
            oa = covering.actor
            if covering.start >= desc_start and covering.end == tok.i + 1 and oa.kind not in ("person", "state") \
                    and oa.country in (country, None):
                out.append(_Cand(start, covering.end, oa, "kb", 0))
            continue
        if desc_start >= tok.i + 1:
            continue
        for s_ in range(desc_start, tok.i):
            key = norm(doc[s_:tok.i + 1].text)
            if not key:
                continue
            ids = [i for i in kb.names.get(key, []) + kb.descriptions.get(key, [])
                   if (a := kb.get(i)) is not None and a.layer == "current" and a.kind not in ("person", "state")
                   and a.country == country]
            if not ids:
                continue
            a = kb.choose(ids, when)
            if a is not None:
                out.append(_Cand(start, tok.i + 1, kb.ref(a, when), "kb", 0))
                break
    return out


def _demonym_actors(doc: Doc, kb: KnowledgeBase, when: date | None) -> list[_Cand]:
    """"the Turks", "Russians", "the British" as a noun-phrase head -> the state; with a number or a
    quantifier ("two Americans", "thousands of Libyans") -> civilians of that country."""
    out = []
    for tok in doc:
        if not tok.is_title or tok.pos_ not in ("PROPN", "NOUN", "ADJ") or tok.dep_ in ("compound", "amod", "nmod"):
            continue
        key = norm(tok.text)
        iso = kb.demonym_plurals.get(key)
        if iso is None or iso in IGO_COUNTRIES:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        after_the = prev is not None and prev.lower_ == "the"
        if key in kb.same_form_demonyms and not after_the:
            continue
        if key in kb.same_form_demonyms and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ in ("NOUN", "PROPN"):
            continue                       # "the British government": an adjective
        if not key.endswith("s") and key not in kb.same_form_demonyms:
            continue
        if tok.pos_ == "ADJ" and key not in kb.same_form_demonyms:
            continue
        quant = any(ch.dep_ in ("nummod", "amod", "quantmod") or (ch.dep_ == "det" and ch.lower_ in QUANTIFIERS)
                    for ch in tok.children if ch.i < tok.i) or             (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in QUANTIFIERS)
        start = tok.i - 1 if after_the else tok.i
        if quant:
            ref = kb.generic_ref(iso, "CVL", "group", when=when)
            out.append(_Cand(tok.i, tok.i + 1, ref, "kb", 2))
        else:
            a = kb.get(iso)
            if a is not None:
                out.append(_Cand(start, tok.i + 1, kb.ref(a, when), "kb", 1))
    return out


# ---------------------------------------------------------------- pass 2a: "Haftar's forces"
def _cand_at(cands: list[_Cand], i: int) -> _Cand | None:
    for c in cands:
        if c.start <= i < c.end:
            return c
    return None


def _forces_of(kb: KnowledgeBase, actor_id: str, when: date | None) -> Actor | None:
    a = kb.get(actor_id)
    if a is None:
        return None
    if a.forces:
        return kb.get(a.forces)
    best = None
    for f in a.affiliations:
        org = kb.get(f.org) if f.org else None
        if org is not None and org.kind in ("military", "armed group", "police") and \
                (when is None or (f.start is None or f.start <= when) and (f.end is None or when < f.end)):
            best = org
    return best


def _force_noun(tok: Token) -> bool:
    """A noun for armed men, by lemma or as written ("forces", "militiamen")."""
    return tok.lemma_.lower() in FORCE_NOUNS or tok.lower_ in FORCE_NOUNS


def _possessive_forces(doc: Doc, kb: KnowledgeBase, when: date | None, named: list[_Cand]) -> list[_Cand]:
    out = []
    for c in named:
        if c.actor.kind != "person":
            continue
        last = doc[c.end - 1]
        compound = last.dep_ in ("compound", "amod", "nmod") and last.head.i == c.end and \
            (_force_noun(last.head) or last.head.lower_ in GOV_NOUNS)
        if last.dep_ != "poss" and not compound and not (c.end < len(doc) and doc[c.end].lower_ in ("'s", "’s", "'")):
            continue
        head = last.head if last.dep_ == "poss" or compound else None
        # the noun after "X's": head of the possessive
        if head is None or head.i < c.end:
            continue
        head_cand = _cand_at(named, head.i)
        org = None
        if head_cand is not None and head_cand.actor.kind != "person":
            person = kb.get(c.actor.id)
            orgs = {f.org for f in person.affiliations} | ({person.forces} if person.forces else set())
            if head_cand.actor.id in orgs:
                org = kb.get(head_cand.actor.id)
                end = head_cand.end
        elif _force_noun(head):
            org = _forces_of(kb, c.actor.id, when)
            end = head.i + 1
        elif head.lower_ in GOV_NOUNS:
            # "Sarraj's government": the government the person belongs to at the date
            aff = kb.affiliation(c.actor.id, when)
            oa = kb.get(aff.org) if aff is not None and aff.org else None
            if oa is not None and oa.kind in ("government",):
                org, end = oa, head.i + 1
        if org is not None:
            out.append(_Cand(c.start, end, kb.ref(org, when), "kb", 0))
    # "the militias of putschist Khalifa Haftar", "the forces of Haftar": the person's forces, as "Haftar's"
    for tok in doc:
        if not _force_noun(tok) or tok.pos_ != "NOUN":
            continue
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            pobj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            c = _cand_at(named, pobj.i) if pobj is not None else None
            if c is None or c.actor.kind != "person":
                continue
            org = _forces_of(kb, c.actor.id, when)
            if org is not None:
                start = tok.left_edge.i if tok.left_edge.i >= tok.i - 2 else tok.i
                out.append(_Cand(start, c.end, kb.ref(org, when), "kb", 0))
    # "forces loyal to Haftar", "troops loyal to the GNA", "forces aligned with the government"
    for tok in doc:
        if tok.lower_ not in LOYAL_WORDS and tok.lower_ not in ANSWERING_WORDS and not (
                tok.lower_ in BACKING_WORDS and tok.dep_ == "acl"):
            continue
        force = tok.head
        if tok.pos_ == "ADJ" or tok.dep_ == "ROOT":
            # "Masked gunmen loyal to Haftar abducted ...", parsed as a clause "gunmen (are) loyal to Haftar"
            # ("Forces answering to the GNA captured ...": "answering" taken for the sentence's verb)
            force = next((c for c in tok.children if c.dep_ == "nsubj" and c.i == tok.i - 1 and _force_noun(c)),
                         force)
        if (tok.dep_ not in ("amod", "acl") and force.i == tok.head.i) or not _force_noun(force) or force.i > tok.i:
            continue
        sides = [pobj for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("to", "with")
                 for pobj in prep.children if pobj.dep_ == "pobj"]
        if tok.lower_ in BACKING_WORDS:
            sides = [o for o in tok.children if o.dep_ == "dobj"]
        for pobj in sides:
            c = _cand_at(named, pobj.i)
            if c is None:
                continue
            side = _org_side(kb, c.actor.id, when, True)
            if side is not None:
                out.append(_Cand(force.left_edge.i if force.left_edge.i >= force.i - 2 else force.i,
                                 c.end, kb.ref(side, when), "kb", 0))
    # "forces led by Khalifa Haftar", "the government headed by Sarraj": the person's forces or government
    for tok in doc:
        head = tok.head
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.lemma_.lower() not in ("lead", "head", "command") \
                or head.i > tok.i:
            continue
        forces = _force_noun(head)
        if not forces and head.lower_ not in GOV_NOUNS and head.lower_ != "ministry":
            continue
        for agent in (c for c in tok.children if c.dep_ == "agent"):
            pobj = next((o for o in agent.children if o.dep_ == "pobj"), None)
            c = _cand_at(named, pobj.i) if pobj is not None else None
            if c is None or c.actor.kind != "person":
                continue
            org = _forces_of(kb, c.actor.id, when) if forces else None
            if not forces:
                aff = kb.affiliation(c.actor.id, when)
                oa = kb.get(aff.org) if aff is not None and aff.org else None
                org = oa if oa is not None and oa.kind == "government" else None
            if org is not None:
                out.append(_Cand(head.left_edge.i if head.left_edge.i >= head.i - 2 else head.i, c.end,
                                 kb.ref(org, when), "kb", 0))
    return out


# ---------------------------------------------------------------- pass 2b: generic agents
def _agent_at(doc: Doc, kb: KnowledgeBase, i: int) -> tuple[int, object] | None:
    """Longest agent phrase ending at token i: (start index, Agent)."""
    tok = doc[i]
    last_forms = {tok.lower_, tok.lemma_.lower()}
    for L in range(4, 0, -1):
        s = i - L + 1
        if s < 0:
            continue
        pre = " ".join(t.lower_ for t in doc[s:i])
        for lf in last_forms:
            key = norm((pre + " " + lf).strip())
            ag = kb.agents.get(key)
            if ag is not None:
                return s, ag
    return None


def _nationality_spans(doc: Doc, kb: KnowledgeBase) -> dict[int, tuple[int, str, str | None]]:
    """token index -> (end index, country code, group actor id or None) for demonyms / country names / groups."""
    out: dict[int, tuple[int, str, str | None]] = {}
    n = len(doc)
    i = 0
    while i < n:
        if not (doc[i].is_title or doc[i].is_upper):
            i += 1          # demonyms, country and group names are capitalised
            continue
        hit = None
        for L in range(4, 0, -1):
            if i + L > n:
                continue
            span = doc[i:i + L]
            if not span[0].is_title and not span[0].is_upper or span[-1].is_punct:
                continue
            text = span.text
            if L == 1 and doc[i].lower_ in ("'s",):
                continue
            iso = kb.nationality_of(text)
            if iso:
                hit = (i + L, iso, None)
                break
            g = kb.groups.get(norm(text))
            if g:
                hit = (i + L, g["country"], g.get("actor"))
                break
        if hit and (_hyphen_participle_after(doc, hit[0]) or _prefix_before(doc, i) is not None):
            i = hit[0]          # "Russian-backed", "pro-Turkish": not that country
        elif hit:
            out[i] = hit
            i = hit[0]
        else:
            i += 1
    return out


# bodies whose officials, delegations and spokesmen speak for the body itself
SPOKEN_FOR_BODIES = frozenset({"government", "legislature", "party", "court", "police", "NGO", "media", "group",
                               "company"})


def _agents(doc: Doc, kb: KnowledgeBase, when: date | None, named: list[_Cand], ctx: Context | None = None) -> list[_Cand]:
    out = []
    nat = _nationality_spans(doc, kb)
    ctx = ctx or Context(doc, kb, named, nat)
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        hit = _agent_at(doc, kb, tok.i)
        if hit is None:
            continue
        a_start, ag = hit
        while a_start < tok.i and doc[a_start].is_punct:
            a_start += 1   # "Morocco - Delegations": the agent phrase does not begin with the dateline's dash
        # titles in front of a name ("Defense Minister Hulusi Akar") are not separate agents
        # ... but a ship before its own name ("the German frigate Hamburg") is the agent, and the name's modifiers
        # are its own
        named_ship = tok.dep_ == "compound" and tok.lemma_.lower() in SHIP_NOUNS
        if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and not named_ship:
            continue
        if tok.dep_ == "compound" and _agent_at(doc, kb, tok.head.i) is not None:
            continue   # "military personnel": the head noun carries the agent
        country, org, start = None, None, a_start
        # left modifiers inside the noun phrase; "an Egyptian security and diplomatic delegation" is parsed as
        # "security" and "delegation" coordinated, the nationality hanging off the first
        left = tok.left_edge.i
        if named_ship:
            left = min(left, tok.head.left_edge.i)
        if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.pos_ == "NOUN" and tok.head.tag_ == "NN":
            left = min(left, tok.head.left_edge.i)
        for j in range(a_start - 1, left - 1, -1):
            if doc[j].pos_ in ("VERB", "AUX") and doc[j].lower_ not in PARTICIPLE_MODIFIERS:
                break      # "Egypt's army massed troops": a mis-parsed verb ends the noun phrase
            if doc[j].text in ("-", "–", "—", "--"):
                break      # "BOUZNIKA, Morocco - Delegations from ...": the dash closes a dateline
            c = _cand_at(named, j)
            if c is not None and c.actor.kind not in ("person",):
                org, start = c, min(start, c.start)
                break
            for s, (e, iso, gid) in nat.items():
                if s <= j < e:
                    country, start = iso, s
                    if gid:
                        org = _Cand(s, e, kb.ref(kb.get(gid), when), "kb", 0)
                    else:
                        g = kb.groups.get(norm(doc[s:e].text))
                        if g and len(g["countries"]) > 1:
                            # "Hutu rebels" in a story about Rwanda: the group's country named in context
                            country = ctx.among(g["countries"], tok) or country
                    break
            if country:
                break
        # right: "protesters in Hong Kong", "troops from Turkey", "the parliament of Libya"
        if country is None and org is None:
            np_start = tok.left_edge.i if tok.left_edge.i >= a_start - 3 else a_start
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "from", "of") and prep.i == tok.i + 1:
                    if prep.lower_ == "in" and ag.phrase in ATTACK_NOUNS:
                        break   # "an air strike in eastern Libya": where it fell, not whose it was
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        c = _cand_at(named, pobj.i)
                        if c is not None and c.actor.kind == "government" and ag.sector == "GOV" and not ag.person:
                            # "the Interior Ministry in the government of Al-Wefaq": a body of that government
                            out.append(_Cand(np_start, c.end,
                                             c.actor, "kb", 2))
                            country = c.actor.country
                            break
                        if c is not None and c.actor.kind in SPOKEN_FOR_BODIES and ag.sector in ("GOV", "LEG") \
                                and prep.lower_ in ("from", "of"):
                            # "delegations from the House of Representatives and the High Council of State":
                            # each body named speaks through its own people
                            # the first body's mention spans the agent noun, unless a dateline dash precedes it
                            first = a_start if any(doc[k].is_punct for k in range(np_start, a_start)) else np_start
                            for b in [pobj, *(x for x in pobj.subtree if x.dep_ == "conj" and x.head.i >= pobj.i)]:
                                cb = c if b is pobj else _cand_at(named, b.i)
                                if cb is not None and cb.actor.kind in SPOKEN_FOR_BODIES:
                                    out.append(_Cand(first if b is pobj else cb.start, cb.end, cb.actor, "kb", 2))
                            country = c.actor.country
                            break
                        if c is not None and prep.lower_ == "of" and c.actor.kind in ("armed group", "military") \
                                and (ag.sector in ("MIL", "REB", "UAF") or ag.phrase in FORCE_NOUNS) \
                                and (not ag.person or tok.tag_ in ("NNS", "NNPS")):
                            # "the air force of the Arab Libyan Armed Forces", "units of the LNA": the force itself
                            out.append(_Cand(np_start, c.end,
                                             c.actor, "kb", 2))
                            country = c.actor.country
                            break
                        if c is not None and c.actor.kind == "state":
                            country = c.actor.country
                            end_r = c.end
                        elif pobj.i in nat or any(s <= pobj.i < e for s, (e, _, _) in nat.items()):
                            for s, (e, iso, _) in nat.items():
                                if s <= pobj.i < e:
                                    country, end_r = iso, e
                        elif pobj.ent_type_ in ("GPE", "LOC") and c is None \
                                and not any(ch.dep_ == "poss" for ch in tok.children):
                            # "officials in Tripoli", "the government in Kabul": the city's country
                            ent = next((x for x in doc.ents if x.start <= pobj.i < x.end), None)
                            iso = place_country(ent.text) if ent is not None else None
                            if iso in kb.countries:
                                country, end_r = iso, ent.end
                        if country:
                            span_end = max(end_r, pobj.i + 1)
                            out.append(_Cand(np_start, span_end,
                                             kb.generic_ref(country, ag.sector, ag.kind, when=when,
                                                            institution=not ag.person and tok.tag_ in ("NN", "NNP")),
                                             "kb", 2))
                            break
                    if country:
                        break
            if country is None:
                fb = _context_agent(doc, kb, when, tok, a_start, ag, ctx, named)
                if fb is not None:
                    out.append(fb)
            continue
        if org is not None and country is None:
            oa = org.actor
            if oa.kind == "state":
                country = oa.country
                org = None
            elif ag.sector in ("MIL", "REB", "UAF") or (oa.kind in ("IGO",) and ag.sector in ("GOV",)) or \
                    ag.phrase in FORCE_NOUNS or oa.kind in ("armed group", "military"):
                # "Houthi fighters", "LNA forces", "UN envoy": the organisation itself
                if oa.kind in ("IGO",) and ag.person:
                    out.append(_Cand(start, tok.i + 1, replace(oa, sector="IGO"), "kb", 1))
                else:
                    out.append(_Cand(start, tok.i + 1, oa, "kb", 1))
                continue
            elif ag.sector in ("GOV", "LEG") and oa.kind in SPOKEN_FOR_BODIES:
                # "the House of Representatives delegation", "HCS officials": the body's own people act
                # for it, not for whoever governs its country
                out.append(_Cand(start, tok.i + 1, oa, "kb", 1))
                continue
            else:
                country = oa.country
        if country is None:
            continue
        sector = ag.sector
        if country in IGO_COUNTRIES and sector == "GOV":
            sector = "IGO"
        institution = not ag.person and tok.tag_ in ("NN", "NNP")
        out.append(_Cand(start, tok.i + 1, kb.generic_ref(country, sector, ag.kind, when=when,
                                                          institution=institution), "kb", 2))
        # "Russian and Turkish diplomats": each coordinated nationality names its own side
        lead = doc[start]
        if lead.dep_ == "conj" and lead.head.i < start:
            for s0, (e0, iso0, _) in nat.items():
                if s0 <= lead.head.i < e0 and iso0 != country and e0 <= start:
                    out.append(_Cand(s0, e0, kb.generic_ref(iso0, sector, ag.kind, when=when,
                                                            institution=institution), "kb", 2))
                    break
    return out


HIRED_NOUNS = frozenset({"mercenary", "contractor"})


def _named_by_its_tail(doc: Doc, start: int, tok: Token, named: list[_Cand]) -> _Cand | None:
    """"The General Command of the Libyan Arab Armed Forces said the armed forces destroyed a ship": a definite
    agent phrase that repeats the last words of a body named earlier in the article is that body, not the
    country's forces in general."""
    det = start if doc[start].lower_ == "the" else start - 1
    if det < 0 or doc[det].lower_ != "the":
        return None
    words = [t.lower_ for t in doc[det + 1:tok.i + 1]]
    for c in sorted(named, key=lambda c: -c.start):
        if c.end > start or c.actor.kind == "person" or c.end - c.start <= len(words):
            continue
        if [t.lower_ for t in doc[c.end - len(words):c.end]] == words:
            return _Cand(det, tok.i + 1, c.actor, "coref", 2)
    return None


def _context_agent(doc: Doc, kb: KnowledgeBase, when: date | None, tok: Token, a_start: int, ag, ctx: Context,
                   named: list[_Cand]) -> _Cand | None:
    """A generic agent without a nationality in its phrase ("students", "police", "gunmen", "Islamic
    fundamentalists"): country from a place phrase ("in Kirkuk", "throughout Indonesia"), else the sentence,
    else the article (see :mod:`sanderling.actors.generic`), else none (``AGENT_<SECTOR>``). Nouns too vague
    on their own (``needs_nationality``: "people", "officials", "the president") are left alone, and so are
    agents owned by a pronoun ("their supporters") or a person ("Haftar's men")."""
    vague = ag.phrase in kb.needs_nationality or (norm(tok.text) in kb.needs_nationality and " " not in ag.phrase)
    # a court is territorial, so "a court in Sebha" is Libya's, where "officials in Sebha" may be anyone's
    if vague and not (ag.kind == "court" and right_country(doc, tok, ctx) is not None):
        return None           # ("the armed forces", "security forces": specific enough to take a country)
    if tok.dep_ in ("compound", "amod", "nmod") or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and tok.pos_ == "PROPN":
        return None
    if any(ch.dep_ == "poss" for ch in tok.children):
        return None           # "their supporters", "the group's fighters": the possessor's business
    if ag.person and tok.tag_ in ("NN", "NNP") and any(t.dep_ == "det" and t.lower_ in ("the", "this", "that")
                                                       for t in doc[tok.left_edge.i:tok.i]):
        return None           # "the student", "the field marshal": a definite description, left to coreference
    if _cand_at(named, tok.i) is not None:
        return None
    start = a_start
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while start > tok.left_edge.i and doc[start - 1].dep_ in ("amod", "compound", "nummod") and \
            doc[start - 1].pos_ in ("ADJ", "NOUN", "NUM", "PROPN") and _cand_at(named, start - 1) is None:
        start -= 1
    named_before = _named_by_its_tail(doc, start, tok, named)
    if named_before is not None:
        return named_before
    if any(p.dep_ == "prep" and p.lower_ in ("of", "from") and any(o.dep_ == "pobj" and names_others(o) for o in p.children)
           for p in tok.children):
        return None           # "foreign ministers of the countries bordering Libya": of other states, not Libya
    rc = right_country(doc, tok, ctx)
    end = tok.i + 1
    if rc is not None:
        country, end = rc
    elif tok.lemma_.lower() in HIRED_NOUNS or any(t.lower_ == "foreign" for t in doc[start:tok.i]):
        # foreign fighters and mercenaries are by definition not of the country the story is in, nor of the
        # one that asks for them to leave ("300 mercenaries will leave Libya at the request of France")
        country = None
    else:
        country = ctx.choose(tok, target_tokens(tok) | set(range(start, tok.i + 1)))
    sector = ag.sector
    if country in IGO_COUNTRIES and sector == "GOV":
        sector = "IGO"
    ref = kb.generic_ref(country, sector, ag.kind, when=when, discovered=True,
                         institution=not ag.person and tok.tag_ in ("NN", "NNP"))
    return _Cand(start, end, ref, "generic", 4)


def _group_heads(doc: Doc, kb: KnowledgeBase, when: date | None, ctx: Context) -> list[_Cand]:
    """Ethnic and religious groups as a noun-phrase head: "Iraqi Kurds" (IRQ), "Kurds" (the group's country
    named in context, else its default), "Bosnian Serbs" (a demonym under another country's adjective),
    "ethnic Albanians in Kosovo", "Shiites" (country from context). See :func:`generic.group_ref`."""
    out = []
    nat = _nationality_spans(doc, kb)
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "nmod") or not tok.text[:1].isupper():
            continue
        key = norm(tok.text)
        g = kb.groups.get(key)
        religion = key in kb.religions
        demonym = kb.demonym_plurals.get(key)
        if g is not None and (g.get("actor") or not g.get("country")):
            continue
        if g is None and not religion and demonym is None:
            continue
        # a nationality modifier of the head: "Iraqi Kurds", "Bosnian Serbs", "ethnic Albanians"
        mod_country, start = None, tok.i
        ethnic = False
        for ch in tok.children:
            if ch.i >= tok.i or ch.dep_ not in ("amod", "compound", "nmod"):
                continue
            if ch.lower_ == "ethnic":
                ethnic, start = True, min(start, ch.i)
            for s_, (e, iso, gid) in nat.items():
                if s_ <= ch.i < e and gid is None and iso in kb.countries and not kb.groups.get(norm(doc[s_:e].text)):
                    mod_country, start = iso, min(start, s_)
        if demonym is not None and g is None and not religion:
            if not ethnic and (mod_country is None or mod_country == demonym):
                continue                    # "the Serbs", "two Americans": _demonym_actors
        rc = right_country(doc, tok, ctx)
        country = mod_country or (rc[0] if rc else None)
        if country is None and g is not None:
            country = ctx.among(g["countries"], tok) or g["country"]
        if country is None and (religion or ethnic):
            exclude = target_tokens(tok) | ({i for i, (e, iso) in ctx.entries.items() if iso == demonym} if demonym else set())
            country = ctx.choose(tok, exclude)
        out.append(_Cand(start, tok.i + 1, group_ref(kb, key, tok.text, country, religion=religion), "generic", 1))
    return out


# ---------------------------------------------------------------- titles of known persons
# titles too vague to overrule a known person's dated role ("leader", "official")
WEAK_TITLES = frozenset({"leader", "official", "spokesman", "spokeswoman", "spokesperson", "head", "chief",
                         "counterpart", "envoy", "representative", "delegation"})
FORMER = frozenset({"former", "ex", "ex-", "then-former", "erstwhile"})
# military ranks: heads of state hold them too ("Colonel Gaddafi", "Colonel Goita"), so a rank does not
# overrule a government role
RANKS = frozenset({"colonel", "col", "general", "gen", "marshal", "field marshal", "lieutenant", "lt", "major",
                   "maj", "brigadier", "captain", "capt", "admiral", "adm", "lieutenant general", "major general"})


def _title_tokens(doc: Doc, c: _Cand) -> list[Token]:
    """The title written in front of (or at the start of) a person's name: "Gujarat Chief Minister",
    "former Russian president", "CIA Director"."""
    toks: list[Token] = []
    i = c.start
    while i < c.end - 1 and (doc[i].lower_ in TITLE_WORDS or not doc[i].is_title or doc[i].ent_type_ in ("NORP", "ORG")):
        toks.append(doc[i])
        i += 1
    inside = set(range(c.start, c.end))
    j = c.start - 1
    while j >= 0 and c.start - j <= 8:
        t = doc[j]
        if t.text in (",", ";", ":", "(", ")", "\"", "“", "”"):
            break
        attached = t.head.i in inside and (t.dep_ in ("compound", "amod", "nmod", "poss", "case", "punct")
                                            or t.lower_ in TITLE_WORDS)
        if not attached and not (t.lower_ in FORMER and c.start - j <= 4):
            break
        toks.insert(0, t)
        inside.add(j)
        j -= 1
    return [t for t in toks if not t.is_punct]


def _titled(doc: Doc, kb: KnowledgeBase, when: date | None, c: _Cand) -> _Cand:
    """A known person under an explicit title takes the role the title states at that moment: "Senator
    Barack Obama" (LEG in 2006), "CIA Director Mike Pompeo" (SPY), "opposition leader Imran Khan" (OPP),
    "NATO chief Anders Fogh Rasmussen" (NATO), "former Russian president Boris Yeltsin" (ELI). The identity
    stays the same; only the dated code changes. Vague titles ("leader") only fill a missing role."""
    a = c.actor
    span = doc[c.start:c.end]
    if c.via not in ("kb",) or not (a.kind == "person" or any(t.ent_type_ == "PERSON" for t in span)):
        return c
    toks = _title_tokens(doc, c)
    root = span.root
    if not toks and root.dep_ == "appos" and 0 < c.start - root.head.i <= 2 and doc[c.start - 1].text != ",":
        toks = [t for t in root.head.subtree if t.i < c.start and not t.is_punct]   # "Sudan's army chief X"
    if not toks:
        return c
    country, sector, role, org = _title_info(doc, kb, toks)
    org_actor = kb.get(org) if org else None
    if org_actor is not None and org_actor.kind not in ("state",) and org_actor.country:
        country = org_actor.country
        if org_actor.kind == "IGO" or org_actor.country in IGO_COUNTRIES:
            sector = sector if sector in ("MIL", "JUD") else "IGO"
        else:
            o_code, o_sector = kb.code_at(org_actor, when)
            if o_sector and (o_sector != "GOV" or sector is None):
                sector = o_sector          # "CIA Director" -> SPY, "RSF commander" -> the RSF's code
    if any(t.lower_.strip("-") in ("former", "ex") for t in toks):
        sector = "ELI"
    if sector is None and country is None:
        return c
    if role is not None and org_actor is None and sector not in ("ELI", "IGO") and (
            role in WEAK_TITLES or (role in RANKS and a.sector == "GOV")):
        sector = None
    if country in IGO_COUNTRIES and sector not in ("MIL", "JUD", "ELI"):
        sector = "IGO"
    if sector is None and (country is None or country == a.country):
        return c
    country = country or a.country
    sector = sector or a.sector
    if (country, sector) == (a.country, a.sector):
        return c
    code = IGO_CODES.get(country, country) if sector == "IGO" and country in IGO_COUNTRIES else \
        (f"{country}{sector}" if country else None)
    return replace(c, actor=replace(a, country=country, sector=sector, code=code))


# words around an office that do not name it ("the new foreign minister", "Turkey's top diplomat")
_OFFICE_FILLER = {"new", "top", "current", "incoming"}   # ("special" is no part of any office_key)


def _office_holder(doc: Doc, kb: KnowledgeBase, when: date | None, c: _Cand) -> _Cand:
    """An office named without its holder ("Turkey's foreign minister", "the UN envoy for Libya", "the U.N.
    Secretary-General") is the one person the knowledge base has in that office on the article's date; with no
    one or several there, or a former holder, the body stands."""
    a = c.actor
    if when is None or a.kind == "person" or c.end - c.start > 8:
        return c
    span = doc[c.start:c.end]
    if span.root.tag_ in ("NNS", "NNPS") or any(t.lower_ in ("former", "ex", "late") for t in span):
        return c
    country, place, words = a.country, None, []
    # "the UN's Libya envoy": the possessor may stand outside the name
    owners = [t for t in span.root.children if t.dep_ == "poss" and not (c.start <= t.i < c.end)]
    for t in [*owners, *span]:
        iso = kb.nationality_of(t.text) if t.pos_ in ("PROPN", "ADJ", "NOUN") else None
        if iso in IGO_COUNTRIES:
            country = iso              # "the UN's Libya envoy": the UN's, for Libya
        elif iso is not None:
            place = place or t.text
        elif not (t.is_punct or t.dep_ in ("det", "case", "poss") or t.lower_ in _OFFICE_FILLER):
            words.append(t.lower_)
    if not words or country is None:
        return c
    nxt = doc[c.end] if c.end < len(doc) else None
    if nxt is not None and nxt.lower_ in ("to", "for") and c.end + 1 < len(doc):
        after = next((t for t in doc[c.end + 1:c.end + 3] if t.dep_ != "det"), None)
        if after is not None and kb.nationality_of(after.text) is not None:
            place = after.text         # "the UN envoy for Libya"
    roles = [" ".join(words)]
    if place is not None and country in IGO_COUNTRIES:
        roles.insert(0, f"{' '.join(words)} to {place}")
    for role in roles:
        person = kb.holder(country, role, when)
        if person is not None:
            return replace(c, actor=kb.ref(person, when, text=span.text))
    return c


# ---------------------------------------------------------------- pass 3: discovery
def _title_info(doc: Doc, kb: KnowledgeBase, tokens: list[Token]) -> tuple[str | None, str | None, str | None, str | None]:
    """(country, sector, role text, org actor id) from a run of title tokens."""
    country = sector = role = org = None
    words = [t for t in tokens if not t.is_punct]
    # roles: the longest agent phrase inside the run
    best = None
    for end in range(len(words), 0, -1):
        for start in range(0, end):
            key = norm(" ".join(t.text for t in words[start:end]))
            ag = kb.agents.get(key)
            if ag is not None and (best is None or end - start > best[0] or (
                    end - start == best[0] and best[2] in WEAK_TITLES and key not in WEAK_TITLES)):
                best = (end - start, ag, key)      # "rebel leader": the rebel, not the leader
    if best:
        sector, role = best[1].sector, best[2]
    i = 0
    while i < len(words):
        matched = False
        for L in range(min(4, len(words) - i), 0, -1):
            text = " ".join(t.text for t in words[i:i + L])
            iso = kb.nationality_of(text)
            if iso:
                country = country or iso
                i += L
                matched = True
                break
            g = kb.groups.get(norm(text))
            if g:
                country = country or g["country"]
                i += L
                matched = True
                break
            only_titles = all(t.lower_ in TITLE_WORDS or kb.agents.get(norm(t.text)) is not None
                              for t in words[i:i + L])
            ids = [] if only_titles else kb.candidates(text)
            if ids:
                a = kb.choose(ids, None)
                if a is not None and a.kind != "person":
                    org = org or a.id
                    country = country or a.country
                    i += L
                    matched = True
                    break
        if not matched:
            i += 1
    return country, sector, role, org


def _np_tokens(tok: Token) -> list[Token]:
    return [t for t in tok.subtree]


# agent nouns that name an attack: a place after "in" is where it hit
ATTACK_NOUNS = frozenset({"strike", "air strike", "airstrike", "air raid", "drone strike", "missile strike", "raid",
                          "shelling", "bombardment", "bombing raid", "rocket fire", "missile"})
# Only the translated Turkish months: English "May" and "June" are also surnames and given names
_TRANSLATED_MONTHS = frozenset(m.lower() for m in DAY_FIRST_MONTHS)
_GOAL_PREPS = frozenset({"to", "in", "at", "near", "from", "into", "towards", "toward"})


# first words of buildings the tagger may take for people
BUILDING_WORDS = frozenset({"palazzo", "palais", "palacio", "palace", "villa", "hotel", "castle", "casa", "fort"})


def _names_a_town(text: str, gazetteer=None) -> bool:
    if gazetteer is None:
        from ..places.gazetteer import Gazetteer
        gazetteer = Gazetteer.load()
    return gazetteer.names_town(text)


def _place_like(span) -> bool:
    """'travelling to al-Rajma', 'in al-Swani': a lone article-prefixed name after a place preposition is a
    place the gazetteer does not know, not a person (people are named with a given name)."""
    doc = span.doc
    if settlement_named(span.root) is not None:
        return True   # "the northwest Syrian town of Jisr al-Shughour": what a town is called is a place
    if span[0].lower_ in BUILDING_WORDS:
        return True   # "Palazzo Chigi", "Villa Madama": a seat of government named like a person
    if span.end < len(doc) and doc[span.end].lower_ in BUILDING_WORDS:
        return True   # "the Corinthia hotel", "the Rixos Hotel": a building's name, not an organisation's
    words = [t for t in span if t.text not in ("-", "‐")]
    if not words or words[0].lower_ not in ARABIC_ARTICLES or len(words) > 2:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in _GOAL_PREPS


def _given_names_of_next(span, chosen: list[_Cand], kb: KnowledgeBase) -> bool:
    """'Abdelfattah al-Sisi': the tagger cut the given name off a known person named right after it."""
    nxt = next((c for c in chosen if c.start == span.end and c.actor.kind == "person"), None)
    a = kb.get(nxt.actor.id) if nxt is not None else None
    if a is None:
        return False
    names = a.name_tokens()
    words = [w for t in span for w in norm_tokens(t.text)]
    return bool(words) and all(given_name_ok(w, names) for w in words)


def _discover(doc: Doc, kb: KnowledgeBase, when: date | None, chosen: list[_Cand]) -> list[_Cand]:
    out = list(chosen)
    covered = {i for c in chosen for i in range(c.start, c.end)}
    new = []
    # a known one-word name that goes on ("Burhan Ghalioun") is someone else, whom the ruler hid from the NER
    persons = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "PERSON"] + [
        (ent.start, end) for ent in doc.ents
        if ent.label_ == "ACTOR" and len(ent) == 1 and (end := _name_end(doc, ent.end)) > ent.end]
    actor_at = {ent.start: ent.end for ent in doc.ents if ent.label_ == "ACTOR" and len(ent) == 1}
    # a known surname refused because the article named someone else by it ("Abdelsalam al-Mismari ... the
    # death of Mismari") may still be that earlier person's second mention
    lone = {st for st in actor_at if st not in covered and doc[st].is_title}
    persons += [(st, actor_at[st]) for st in lone if not any(a <= st < b for a, b in persons)]
    for ent_start, ent_end in sorted(persons):
        if ent_end in actor_at and ent_end not in covered and doc[ent_end - 1].text in ("-", "‐", "al", "el"):
            # "Abdelsalam al-" + "Mismari": a known surname the given-name guard refused is the rest of this name
            ent_end = actor_at[ent_end]
        # trim leading titles the NER may include ("Minister Hulusi Akar")
        s = ent_start
        while s < ent_end - 1 and (doc[s].lower_ in TITLE_WORDS or kb.agents.get(doc[s].lower_)):
            s += 1
        e = ent_end
        while e > s and doc[e - 1].is_punct:
            e -= 1
        if e <= s or any(i in covered for i in range(s, e)):
            continue
        name_span = doc[s:e]
        if len(name_span) == 1 and not name_span[0].is_title:
            continue
        if len(name_span) == 1 and name_span[0].lower_ in _TRANSLATED_MONTHS:
            continue   # "in Nisan 2019": a translated month the tagger took for a name
        if _place_like(name_span):
            continue
        if _given_names_of_next(name_span, chosen, kb):
            continue
        if all(t.lower_ in TITLE_WORDS for t in name_span):
            continue   # "Dışişleri Bakanı" (Foreign Minister) left untranslated: an office, not a name
        # "Foreign Minister Nikos Dendias ... Dendias flew to Benghazi": the surname is the person named
        # in full earlier in the article, not a second unknown person
        key = norm_tokens(name_span.text)      # "al-Mismari" ends "Abdelsalam al-Mismari" as "Mismari" does
        earlier = next((c for c in new if key and len(full := norm_tokens(c.actor.name)) > len(key)
                        and full[-len(key):] == key), None)
        if earlier is None and key:
            # "Theresa May ... May said": a known person's surname that is no alias of theirs on its own
            earlier = next((c for c in chosen if c.start < s and c.actor.kind == "person"
                            and len(full := norm_tokens(doc[c.start:c.end].text)) > len(key)
                            and full[-len(key):] == key), None)
        if earlier is None and ent_start in lone:
            continue
        if earlier is not None:
            new.append(_Cand(s, e, replace(earlier.actor, text=name_span.text), "discovered", 3, role=earlier.role))
            covered |= set(range(s, e))
            continue
        root = name_span.root
        country = sector = role = org = None
        # titles before the name: contiguous compound/amod tokens
        j = s - 1
        title_toks = []
        while j >= 0 and doc[j].dep_ in ("compound", "amod", "poss", "case", "nmod", "punct") and doc[j].head.i >= s - 1 \
                and doc[j].text not in (",", ";", ":") and j >= s - 7:
            title_toks.insert(0, doc[j])
            j -= 1
        if title_toks:
            country, sector, role, org = _title_info(doc, kb, title_toks)
        # apposition: "X, a spokesman for Y" / "his Turkish counterpart, X"
        appos_nodes = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            appos_nodes.append(root.head)
        for node in appos_nodes:
            if node.i in range(s, e):
                continue
            # the role noun phrase up to its head: "a spokesman", "his Turkish counterpart",
            # "The Tripoli-based government's spokesman"
            sub = [t for t in node.subtree if t.i <= node.i and not (s <= t.i < e)]
            c2, s2, r2, o2 = _title_info(doc, kb, sub)
            country, sector, role, org = country or c2, sector or s2, role or r2, org or o2
            # affiliation by possessive: "the army's spokesman, X", "Hifter's spokesman, X"
            for ch in node.children:
                if ch.dep_ == "poss" and not (s <= ch.i < e):
                    c = _cand_at(out, ch.i)
                    if c is not None:
                        oa = c.actor
                        if oa.kind == "person":
                            forces = _forces_of(kb, oa.id, when)
                            oa = kb.ref(forces, when) if forces is not None else oa
                        if oa.kind != "person":
                            org, country = oa.id, oa.country or country
            # affiliation: "for/of/with <org or person's forces>"
            for prep in node.children:
                if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "with", "to"):
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj":
                            continue
                        c = _cand_at(out, pobj.i)
                        if c is None:
                            for ch in pobj.children:
                                if ch.dep_ == "poss":
                                    c = _cand_at(out, ch.i)
                        if c is None:
                            continue
                        oa = c.actor
                        if oa.kind == "person":
                            forces = _forces_of(kb, oa.id, when)
                            if forces is not None and pobj.lemma_.lower() in FORCE_NOUNS:
                                oa = kb.ref(forces, when)
                        org = oa.id
                        country = oa.country
                        if oa.kind != "state" and oa.sector:
                            sector = oa.sector if oa.kind != "person" else sector
                        if oa.kind == "state":
                            pass
        if org and kb.get(org) is not None and country is None:
            country = kb.get(org).country
        code = None
        if org and kb.get(org) is not None and kb.get(org).kind != "state":
            oref = kb.ref(kb.get(org), when)
            code = oref.code
            if oref.sector and (sector is None or oref.kind in ("military", "armed group", "IGO")):
                sector = oref.sector
        if country in IGO_COUNTRIES and sector in (None, "GOV"):
            sector = "IGO"
        if code is None and country:
            code = (f"IGO{country}" if country in IGO_COUNTRIES and country != "IGO" else None) or \
                   (f"{country}{sector}" if sector else country)
            if country == "UNO":
                code = "IGOUNO"
        aid = "DISC_" + "_".join(norm_tokens(name_span.text)).upper()
        ref = ActorRef(id=aid, name=name_span.text, country=country, code=code, sector=sector, kind="person",
                       text=name_span.text, discovered=True)
        new.append(_Cand(s, e, ref, "discovered", 3, role=role))
        covered |= set(range(s, e))
    return new


# ---------------------------------------------------------------- pass 4: coreference
def _role_of(kb: KnowledgeBase, c: _Cand, when: date | None) -> str:
    if c.role:
        return c.role
    r = kb.role(c.actor.id, when)
    return r or ""


def _coref(doc: Doc, kb: KnowledgeBase, when: date | None, chosen: list[_Cand], pronouns: bool = True,
           persons: bool = True) -> list[_Cand]:
    """Pronouns and definite descriptions. With ``persons=False`` only descriptions of non-person
    actors are resolved (used before discovery so that appositions can point at them)."""
    want_persons = persons
    out = []
    covered = {i for c in chosen for i in range(c.start, c.end)}
    persons = [c for c in chosen if c.actor.kind == "person"]
    chosen = list(chosen)
    for tok in doc:
        if tok.i in covered:
            continue
        low = tok.lower_
        if low in PRONOUNS and tok.pos_ == "PRON":
            if not pronouns:
                continue
            ante = _pronoun_antecedent(doc, tok, persons)
            if ante is not None:
                nc = _Cand(tok.i, tok.i + 1, ante.actor, "coref", 5, role=ante.role)
                out.append(nc)
                persons.append(nc)
                persons.sort(key=lambda c: c.start)
                covered.add(tok.i)
            continue
        if low == "the" and tok.dep_ == "det":
            head = tok.head
            while head.dep_ == "compound" and head.head.i > head.i:
                head = head.head
            if head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN"):
                continue
            if any(i in covered for i in range(tok.i, head.i + 1)):
                continue
            res = _description(doc, kb, when, tok, head, chosen)
            if res is not None and not want_persons and res[1].kind == "person":
                res = None
            if res is not None:
                end, actor = res
                nc = _Cand(tok.i, end, actor, "coref", 5)
                out.append(nc)
                if actor.kind == "person":
                    persons.append(nc)
                    persons.sort(key=lambda c: c.start)
                chosen = chosen + [nc]
                covered |= set(range(tok.i, end))
    return out


def _pronoun_antecedent(doc: Doc, tok: Token, persons: list[_Cand]) -> _Cand | None:
    before = [c for c in persons if c.end <= tok.i]
    if not before:
        return None
    sent = tok.sent
    same = [c for c in before if c.start >= sent.start]
    # "persuade Haftar to call off his advance", "urged Sarraj to halt his plans": the one asked to act
    t = tok
    for _ in range(6):
        if t.head.i == t.i:
            break
        if t.dep_ == "xcomp" and t.pos_ in ("VERB", "AUX"):
            # "called on Haftar to stop his attacks": the one called upon is asked as an object is
            objs = [c.i for c in t.head.children if c.dep_ == "dobj"] + [
                o.i for p in t.head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon")
                for o in p.children if o.dep_ == "pobj"]
            asked = [c for c in same if doc[c.start:c.end].root.i in objs]
            if asked:
                return asked[-1]
            break
        t = t.head
    subj_same = [c for c in same if doc[c.start:c.end].root.dep_ in SUBJ]
    if subj_same:
        return subj_same[-1]
    if same and tok.dep_ not in SUBJ:
        return same[-1]
    # previous sentences: prefer their subject
    prev_sents = sorted({doc[c.start].sent.start for c in before if c.start < sent.start}, reverse=True)
    for ss in prev_sents[:2]:
        in_s = [c for c in before if doc[c.start].sent.start == ss]
        subj = [c for c in in_s if doc[c.start:c.end].root.dep_ in SUBJ]
        if subj:
            return subj[-1]
        if in_s:
            return in_s[-1]
    return before[-1]


SAME_HEAD_WINDOW = 120   # tokens: a definite noun refers back this far at most


def _description(doc: Doc, kb: KnowledgeBase, when: date | None, det: Token, head: Token,
                 chosen: list[_Cand]) -> tuple[int, ActorRef] | None:
    before = [c for c in chosen if c.end <= det.i]
    # 1. data descriptions, longest first: "the strongman of eastern Libya"
    right = head.right_edge.i + 1
    spans = []
    for end in range(min(right, head.i + 6), head.i, -1):
        spans.append(end)
    for end in spans:
        key = norm(doc[det.i + 1:end].text)
        ids = kb.descriptions.get(key)
        if not ids:
            continue
        mentioned = [c for c in before if c.actor.id in ids]
        if mentioned:
            return end, mentioned[-1].actor
        if len(ids) == 1 and len(key.split()) >= 3:
            a = kb.get(ids[0])
            return end, kb.ref(a, when)
        # generic description present in data but the actor is not mentioned: try role matching below
        break
    # 2. generic role descriptions: "the general", "the field marshal", "the envoy"
    key = norm(doc[det.i + 1:head.i + 1].text)
    if key in ROLE_DESCRIPTIONS:
        words, sector = ROLE_DESCRIPTIONS[key]
        for c in reversed(before):
            if c.actor.kind != "person":
                continue
            role = _role_of(kb, c, when).lower()
            a = kb.get(c.actor.id)
            descr = {norm(d) for d in a.descriptions} if a else set()
            if key in descr or any(w in role for w in words) or (sector and c.actor.sector == sector):
                return head.i + 1, c.actor
        return None
    # 3. "the country", "the group", "the organisation"
    if key in KIND_DESCRIPTIONS:
        kinds = KIND_DESCRIPTIONS[key]
        for c in reversed(before):
            if c.actor.kind in kinds:
                return head.i + 1, c.actor
    # 4. "an Egyptian delegation arrived ... The delegation met": the last body named with the same head noun;
    # a capitalised one is the body's short name ("the Arab League ... the League's foreign ministers") and
    # may come back anywhere in the article
    if head.i == det.i + 1 and head.tag_ in ("NN", "NNP"):
        for c in reversed(before):
            if det.i - c.end > SAME_HEAD_WINDOW and head.tag_ == "NN":
                break
            last = doc[c.end - 1]
            if c.actor.kind != "person" and c.via in ("kb", "generic") and last.lemma_.lower() == head.lemma_.lower() \
                    and c.end - c.start > 1:
                return head.i + 1, c.actor
    return None


# ---------------------------------------------------------------- pass 5: it / its / they / their
def _is_plural(doc: Doc, c: _Cand) -> bool:
    root = doc[c.start:c.end].root
    return root.tag_ in ("NNS", "NNPS") or c.actor.kind == "group" and root.tag_ != "NN" or \
        any(ch.dep_ == "conj" for ch in root.children)


def _expletive(tok: Token) -> bool:
    """"It is unclear whether...", "it seems", "it was not possible to": no referent."""
    head = tok.head
    if head.lemma_.lower() not in EXPLETIVE_HEADS:
        return False
    if any(ch.dep_ in ("ccomp", "xcomp", "csubj", "advcl") and ch.i > tok.i for ch in head.children):
        return True
    for ch in head.children:
        if ch.dep_ in ("acomp", "attr", "oprd") and any(g.dep_ in ("ccomp", "xcomp", "advcl") for g in ch.children):
            return True
    if head.lemma_.lower() == "take":
        # "it took years": a duration; "it had taken the oilfield": a deed with a subject
        return any(ch.dep_ == "dobj" and ch.lemma_.lower() in DURATION_WORDS for ch in head.children)
    return head.lemma_.lower() != "be"


def _clause_verb(tok: Token) -> Token | None:
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


# the parts of a body that act in its name
ORGAN_NOUNS = frozenset("command leadership headquarters presidency office secretariat bureau".split())


def _subject_cands(doc: Doc, verb: Token, by_tok: dict[int, _Cand], exclude: Token) -> list[_Cand]:
    for ch in verb.children:
        if ch.dep_ in SUBJ and not (ch.left_edge.i <= exclude.i <= ch.right_edge.i):
            c = by_tok.get(ch.i)
            if c is None and ch.lemma_.lower() in ORGAN_NOUNS:
                # "the General Command of the Armed Forces announced that its units ...": the body's organ
                # speaks for the body
                body = next((by_tok[o.i] for p in ch.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" and o.i in by_tok), None)
                # the organ's own words stand as the antecedent: "the Command of the Armed Forces" is one body
                c = _Cand(ch.i, ch.i + 1, body.actor, body.via, body.prio, body.role) if body else None
            if c is None:
                return []
            out = [c]
            for cj in ch.conjuncts:
                if cj.i in by_tok and by_tok[cj.i] not in out:
                    out.append(by_tok[cj.i])
            # "delegations from the House and the High Council": bodies conjoined inside the subject's phrase
            for t in ch.subtree:
                if t.dep_ == "conj" and c.start <= t.head.i < c.end and t.i in by_tok and by_tok[t.i] not in out:
                    out.append(by_tok[t.i])
            return out
    return []


def _org_pronouns(doc: Doc, chosen: list[_Cand]) -> list[_Cand]:
    """it/its/itself -> an organisation or state, they/them/their -> a plural or conjoined actor, in the
    obvious configurations only:

    1. bound by a reporting clause: "The LNA said it was withdrawing", "Turkey said its troops would stay",
       "The LNA and the GNA said they would attend" (the subject of a governing verb);
    2. a pronoun subject/possessor opening a sentence: "The UN condemned the attack. It said ..." -> the
       previous sentence's subject;
    3. the subject of a fronted adverbial clause: "When the House declared ..., it handed Cairo ...";
    4. a later "it" subject of the same sentence takes what an earlier one took.

    A possessive/reflexive bound by the subject of its own clause ("Turkey closed its border") is not
    emitted: it adds no actor and would hide the real recipient ("severed its relations with Y").
    A conjoined antecedent yields one mention per conjunct with the same offsets. Expletive "it"
    ("it is unclear whether", "it seems") is left alone, and so is a pronoun when a nearer noun (not an
    actor) could be its antecedent in the same clause."""
    by_tok = {i: c for c in chosen for i in range(c.start, c.end)}
    out: list[_Cand] = []
    for tok in doc:
        low = tok.lower_
        if tok.i in by_tok or tok.pos_ != "PRON" and low not in ("its", "their"):
            continue
        if low in ORG_PRONOUNS:
            plural = False
        elif low in PLURAL_PRONOUNS:
            plural = True
        else:
            continue
        if low == "it" and _expletive(tok):
            continue
        antes: list[_Cand] = []
        # 1. governing clauses, innermost first
        verb = _clause_verb(tok)
        steps = 0
        while verb is not None and steps < 4 and not antes:
            antes = _subject_cands(doc, verb, by_tok, tok)
            if antes or verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl") or verb.head.i == verb.i:
                if not antes and verb.dep_ in ("ccomp", "xcomp", "advcl", "conj") and verb.head.i != verb.i:
                    verb = _clause_verb(verb.head)
                    steps += 1
                    continue
                break
            verb = _clause_verb(verb.head)
            steps += 1
        if antes and antes[0].start > tok.i:
            antes = []
        if antes and steps == 0 and low in ("its", "their", "itself", "themselves"):
            continue      # "X severed its relations with Y": bound by its own clause's subject, adds nothing
        if antes and steps == 0 and low in ("it", "them") and tok.i > verb.i:
            continue      # "the envoy called it a breach": an object pronoun is never its own clause's subject
        # 3. "When the House declared ..., it handed Cairo an invitation": the subject of a fronted
        #    adverbial clause is the main clause's pronoun subject
        if not antes and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i != tok.i:
            for c in tok.head.children:
                if c.dep_ == "advcl" and c.i < tok.i and any(m.dep_ in ("mark", "advmod") for m in c.children):
                    antes = _subject_cands(doc, c, by_tok, tok)
                    if antes:
                        break
        # 4. "..., it did something ...: it handed Cairo an invitation": a singular pronoun subject repeats the
        #    antecedent an earlier one of its sentence took
        if not antes and not plural and tok.dep_ in ("nsubj", "nsubjpass"):
            antes = [c for c in out[-1:] if c.start >= tok.sent.start and doc[c.start].lower_ == "it"]
        # 2. sentence-initial pronoun -> previous sentence subject
        if not antes:
            sent = tok.sent
            first = next((t for t in sent if not t.is_punct), None)
            if first is not None and first.i == tok.i and sent.start > 0:
                prev = doc[sent.start - 1].sent
                root = prev.root
                antes = _subject_cands(doc, root, by_tok, tok)
        if not antes:
            continue
        if not plural and len(antes) == 1 and antes[0].actor.kind == "person" and low in ("its", "it"):
            # "Ahmed al-Mismari, spokesman for the LNA, says its artillery ...": a spokesman speaks for the body
            # his title names, the one organisation inside his phrase
            subj = doc[antes[0].start].head if doc[antes[0].start:antes[0].end].root.dep_ not in SUBJ else \
                doc[antes[0].start:antes[0].end].root
            inside = {id(c): c for i in range(subj.left_edge.i, subj.right_edge.i + 1)
                      if (c := by_tok.get(i)) is not None and c.actor.kind in ORG_KINDS}
            if len(inside) == 1:
                antes = list(inside.values())
        if plural:
            if len(antes) == 1 and not _is_plural(doc, antes[0]):
                continue
        else:
            if len(antes) != 1 or antes[0].actor.kind not in ORG_KINDS or _is_plural(doc, antes[0]):
                continue
        for a in antes:
            out.append(_Cand(tok.i, tok.i + 1, a.actor, "coref", 5, role=a.role))
    return out
