"""Actors without a name of their own: where their country comes from, ethnic/religious group heads and
organisations discovered from their head word. Used by :mod:`sanderling.actors.mentions`.

Country of a generic actor ("students", "police", "Hutu rebels", "the Association of African Jurists"):

1. the phrase itself ("Iraqi police", "protesters in Hong Kong", "students of Kirkuk", "Zimbabwe's opposition");
2. else the sentence: the one country it names, or a clearly dominant one (at least twice as often as the
   next) - countries the subject acts *on* ("students stormed the US embassy") are left out;
3. else the article's dominant country (most named, no tie), with the same exclusion;
4. else None: the mention is still emitted (``AGENT_<SECTOR>``), a sector without a country being better
   than no actor at all.

Countries named in a text are the countries of named actors (states, organisations, persons), demonyms
and country adjectives, and places resolved by the gazetteer when unambiguous enough ("Kirkuk" -> IRQ).

Ethnic and religious groups as a noun-phrase head ("Iraqi Kurds", "Bosnian Serbs", "Tamils", "Shiites")
are coded as civilians of their country: sector ``CVL``, kind ``group``, id ``<ISO>_ETH_<NAME>`` (religions:
``<ISO>_REL_<NAME>``), ``discovered=True``; CAMEO's ethnic/religion codes (KUR, MOS ...) have no PLOVER
sector, and keeping the group name in the id keeps "Iraqi Kurds" apart from "Iraqi civilians".
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..nlp import is_dateline
from ..records import ActorRef
from .kb import SECTOR_KIND, KnowledgeBase
from .normalize import norm, norm_tokens

SUBJ = frozenset({"nsubj", "nsubjpass"})
# prepositions after which a place is where the subject is, not what it acts on
WHERE_PREPS = frozenset("in at inside across throughout near around within outside from".split())
RIGHT_PREPS = frozenset("in of from throughout across inside within at".split())

# "Libya's neighbours", "Haftar's foreign backers", "the countries bordering Libya": the phrase names others,
# related to the named actor, so the name inside it is not the phrase's identity
RELATIONAL_NOUNS = frozenset("""neighbour neighbor ally backer supporter sponsor patron rival opponent enemy foe
    adversary critic detractor friend partner counterpart""".split())
NEIGHBOURING = frozenset("neighbouring neighboring bordering adjacent surrounding nearby".split())
_STATE_NOUNS = frozenset("country state nation power government capital".split())


def names_others(tok: Token) -> bool:
    """The noun phrase headed by ``tok`` names parties related to an actor it mentions, not that actor."""
    lemma = tok.lemma_.lower()
    if lemma in RELATIONAL_NOUNS or tok.lower_ in RELATIONAL_NOUNS:
        return True
    return lemma in _STATE_NOUNS and any(
        c.dep_ in ("amod", "acl", "compound") and (c.lower_ in NEIGHBOURING or c.lemma_.lower() in ("border", "neighbour", "neighbor", "surround"))
        for c in tok.children)


@lru_cache(maxsize=1)
def _gazetteer():
    try:
        from ..places.gazetteer import Gazetteer
        return Gazetteer.load()
    except Exception:           # the places data is optional for the actors stage
        return None


@lru_cache(maxsize=20_000)
def place_country(text: str) -> str | None:
    """ISO3 of a place name by the gazetteer's best reading, None when unknown."""
    g = _gazetteer()
    if g is None:
        return None
    try:
        from ..places.gazetteer import clean_mention
        p = g.resolve(clean_mention(text), {})
    except Exception:
        return None
    return p.country if p is not None else None


class Context:
    """Countries named in a document, by token span and sentence."""

    def __init__(self, doc: Doc, kb: KnowledgeBase, named: list, nat: dict):
        self.doc, self.kb = doc, kb
        self.entries: dict[int, tuple[int, str]] = {}      # start token -> (end token, ISO3)
        for c in named:
            iso = c.actor.country
            if iso in kb.countries and c.actor.kind != "person":
                self.entries.setdefault(c.start, (c.end, iso))
        for s, (e, iso, gid) in nat.items():
            if gid is None and iso in kb.countries and not self._covered(s):
                if kb.groups.get(norm(doc[s:e].text)) is None:
                    self.entries.setdefault(s, (e, iso))
        self._datelines: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in ("GPE", "LOC") and not any(self._covered(i) for i in range(ent.start, ent.end)):
                iso = place_country(ent.text)
                if iso in kb.countries:
                    self.entries[ent.start] = (ent.end, iso)
                    if is_dateline(doc[ent.start]):
                        self._datelines.add(ent.start)
        self._sent = {}
        has_sents = doc.has_annotation("SENT_START")
        for s, (e, iso) in self.entries.items():
            self._sent[s] = doc[s].sent.start if has_sents else 0

    def _covered(self, i: int) -> bool:
        return any(s <= i < e for s, (e, _) in self.entries.items())

    def country_in(self, start: int, end: int) -> str | None:
        """The first country named inside tokens [start, end)."""
        for s in sorted(self.entries):
            e, iso = self.entries[s]
            if s < end and start < e:
                return iso
        return None

    def counts(self, tok: Token | None, exclude: set[int] = frozenset(), sentence: bool = True) -> Counter:
        sent_start = tok.sent.start if tok is not None and self.doc.has_annotation("SENT_START") else 0
        out: Counter = Counter()
        filed: Counter = Counter()
        for s, (e, iso) in self.entries.items():
            if any(i in exclude for i in range(s, e)):
                continue
            if sentence and self._sent[s] != sent_start:
                continue
            (filed if s in self._datelines else out)[iso] += 1
        # "GENEVA (MWS) - Libya's warring sides ... in Geneva": where the copy was filed tells whose people a
        # sentence names only when nothing else in it does ("BAGHDAD (Reuters) - Fighters attacked ...")
        return out or filed

    def choose(self, tok: Token | None, exclude: set[int] = frozenset()) -> str | None:
        """Country from the sentence of ``tok`` (one named, or clearly dominant), else the article's."""
        sent = self.counts(tok, exclude)
        top = sent.most_common(2)
        if len(top) == 1 or (len(top) == 2 and top[0][1] >= 2 * top[1][1]):
            return top[0][0]
        if top:
            return None             # several countries in the sentence, none dominant: do not guess
        whole = self.counts(tok, exclude, sentence=False).most_common(2)
        if len(whole) == 1 or (len(whole) == 2 and whole[0][1] > whole[1][1]):
            return whole[0][0]
        return None

    def among(self, countries: list[str], tok: Token | None) -> str | None:
        """The most named of ``countries`` in the sentence of ``tok``, else in the article."""
        for sentence in (True, False):
            c = self.counts(tok, sentence=sentence)
            best = [iso for iso, _ in c.most_common() if iso in countries]
            if best:
                return best[0]
        return None


def target_tokens(tok: Token) -> set[int]:
    """Tokens naming what the clause whose subject is ``tok`` acts on: the direct object and the objects of
    non-locative prepositions, with their possessors and modifiers ("stormed the US embassy")."""
    if tok.dep_ not in SUBJ:
        return set()
    verb = tok.head
    heads = []
    for ch in verb.children:
        if ch.dep_ in ("dobj", "dative", "iobj"):
            heads.append(ch)
        elif ch.dep_ in ("prep", "agent") and ch.lower_ not in WHERE_PREPS:
            heads += [p for p in ch.children if p.dep_ == "pobj"]
    out: set[int] = set()
    for h in heads:
        for x in [h] + list(h.conjuncts):
            out.add(x.i)
            for c in x.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    out.update(range(c.left_edge.i, c.i + 1))
    return out


def right_country(doc: Doc, tok: Token, ctx: Context) -> tuple[str, int] | None:
    """"protesters in Hong Kong", "students of Kirkuk", "Muslims throughout Indonesia": (ISO3, end token)."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in RIGHT_PREPS or prep.i > tok.i + 3:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or names_others(pobj):
                continue
            iso = ctx.country_in(pobj.left_edge.i, pobj.right_edge.i + 1)
            if iso:
                return iso, pobj.right_edge.i + 1 if pobj.right_edge.i - pobj.i <= 4 else pobj.i + 1
    return None


def group_ref(kb: KnowledgeBase, key: str, surface: str, country: str | None, religion: bool = False) -> ActorRef:
    tag = "REL" if religion else "ETH"
    name_id = re.sub(r"[^A-Z0-9]+", "_", "_".join(norm_tokens(surface)).upper()).strip("_")
    aid = f"{country}_{tag}_{name_id}" if country else f"{tag}_{name_id}"
    cname = kb.countries[country].name if country in kb.countries else None
    name = f"{surface} ({cname})" if cname else surface
    code = f"{country}CVL" if country in kb.countries else None
    return ActorRef(id=aid, name=name, country=country, code=code, sector="CVL", kind="group", text=surface,
                    discovered=True)


# ------------------------------------------------------------------ organisations by head word
ORG_HEADS = {
    "party": "PTY", "front": "FRONT", "movement": "FRONT", "alliance": "FRONT", "coalition": "FRONT",
    "army": "ARMY", "brigade": "ARMY", "brigades": "ARMY", "forces": "ARMY", "militia": "ARMY", "militias": "ARMY",
    "union": "LAB", "federation": "NGO", "confederation": "LAB",
    "council": "GOVNGO", "agency": "GOVNGO", "commission": "GOVNGO", "authority": "GOVNGO", "bureau": "GOVNGO",
    "directorate": "GOVNGO", "ministry": "GOV", "service": "GOVNGO", "office": "GOVNGO",
    "association": "NGO", "foundation": "NGO", "institute": "NGO", "committee": "NGO", "forum": "NGO",
    "organization": "NGO", "organisation": "NGO", "society": "NGO", "league": "NGO", "network": "NGO",
    "centre": "NGO", "center": "NGO", "trust": "NGO", "fund": "NGO", "group": "NGO", "watch": "NGO",
    "company": "BUS", "corporation": "BUS", "corp": "BUS", "bank": "BUS", "airlines": "BUS", "airline": "BUS",
    "holdings": "BUS", "ltd": "BUS", "inc": "BUS",
    "university": "EDU", "college": "EDU", "academy": "EDU",
    "newspaper": "MED", "radio": "MED", "television": "MED", "tv": "MED",
}
ARMED_WORDS = frozenset("""liberation rebel rebels revolutionary resistance insurgent armed jihad jihadist mujahideen patriotic
guerrilla guerilla militant militia martyrs salvation independence""".split())
LABOUR_WORDS = frozenset("workers teachers labour labor trade employees farmers miners journalists doctors nurses".split())
IGO_WORDS = frozenset("states nations countries cooperation unity economic community intergovernmental".split())


def org_sector(head: str, words: set[str], has_country: bool) -> str | None:
    cls = ORG_HEADS.get(head)
    if cls is None:
        return None
    if cls == "PTY":
        return "OPP" if "opposition" in words else "PTY"
    if cls == "ARMY":
        return "REB" if (words & ARMED_WORDS or not has_country) else "MIL"
    if cls == "FRONT":
        return "REB" if words & ARMED_WORDS else "OPP"
    if cls == "LAB":
        return "LAB"
    if cls == "GOVNGO":
        if words & {"news", "press"}:
            return "MED"
        if has_country or words & {"national", "state", "federal", "government", "presidential", "ministerial"}:
            return "GOV"
        return "NGO"
    if cls == "NGO":
        if head in ("organization", "organisation") and words & IGO_WORDS:
            return "IGO"
        if head == "group" and words & ARMED_WORDS:
            return "REB"
        if head == "group" and words & {"news", "media"}:
            return "MED"
        return "NGO"
    return cls


def discover_orgs(doc: Doc, kb: KnowledgeBase, when: date | None, named: list, ctx: Context, make) -> list:
    """ORG entities the KB does not know whose head word says what they are ("the Association of African
    Jurists" -> NGO, "the Nigerian Union of Teachers" -> NGA labour, "Moro Islamic Liberation Front" -> rebels).
    ``make(start, end, ref)`` builds a candidate. Country from the entity's own words; armed groups, parties
    and government bodies fall back on the context (:class:`Context`), NGOs and IGOs do not."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        s, e = ent.start, ent.end
        while s < e and (doc[s].lower_ in ("the", "a", "an") or doc[s].is_punct):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s")):
            e -= 1
        if e <= s or any(c.start < e and s < c.end and c.actor.kind != "state" for c in named):
            continue
        span = doc[s:e]
        toks = [t for t in span]
        stop = next((k for k, t in enumerate(toks) if t.lower_ in ("of", "for", "in", "(") and k > 0), len(toks))
        heads = [t for t in toks[:stop] if t.lower_ in ORG_HEADS and t.is_title or t.lower_ in ORG_HEADS and t.is_upper]
        if not heads:
            continue
        head = heads[-1]
        if head.i == s and len(span) == 1:
            continue            # a bare "Council", "Party": a description, not a name
        words = {t.lower_ for t in toks}
        # a bare "<demonym> <head>" ("the Sudanese Army") is left to the agent rules (national bodies)
        own = [t for t in toks if t.i != head.i and t.is_alpha and not t.is_stop and not ctx.country_in(t.i, t.i + 1)
               and kb.nationality_of(t.text) is None]
        if not own:
            continue
        if kb.agents.get(norm(span.text)) or (ctx.country_in(s, e) is not None
                                              and kb.agents.get(norm(" ".join(t.lower_ for t in own + [head])))):
            continue            # "Türkiye's Foreign Ministry", "the Ministry of Foreign Affairs": left to the agent rules
        country = ctx.country_in(s, e)
        state_word = country is not None        # "Nigerian", "of Tehran": a state's body is possible
        if country is None:
            for t in toks:
                g = kb.groups.get(norm(t.text))
                if g and g.get("country"):
                    country = g["country"]      # an ethnic group's army/front is not the state's
                    break
        sector = org_sector(head.lower_, words, state_word)
        if sector is None:
            continue
        if country is None and sector not in ("NGO", "IGO", "BUS", "EDU", "MED", "LAB"):
            country = ctx.choose(span.root, target_tokens(span.root))
        if sector == "IGO":
            country = "IGO"
        code = f"{country}{sector}" if country in kb.countries else (sector if sector in ("NGO", "IGO") else None)
        if sector == "IGO":
            code = "IGO"
        aid = "DISC_ORG_" + "_".join(norm_tokens(span.text)).upper()
        ref = ActorRef(id=aid, name=span.text, country=country, code=code, sector=sector,
                       kind=SECTOR_KIND.get(sector, "group"), text=span.text, discovered=True)
        start = ent.start if doc[ent.start].lower_ in ("the", "a", "an") else s
        out.append(make(start, e, ref))
    return out
