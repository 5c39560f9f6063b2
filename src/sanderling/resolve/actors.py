"""Collapsing actors to the organisation or country they act for.

"Erdogan" acts for Turkey's government, "Haftar" for the LNA, "GNA forces" for the GNA, "Turkish Armed
Forces" for Turkey. The resolver uses this to see that "Haftar's forces took Sirte" and "the LNA took Sirte"
share an actor; the network view uses it to draw one node per side.

Rules, in order (``when`` picks the affiliation valid on the event's date):
1. a person with an affiliation valid at ``when`` (or, undated, the latest one) -> that organisation;
   else the person's ``part_of`` or ``forces``;
2. an organisation's ``part_of`` chain is followed to its top (GNA forces -> GNA);
3. a country's own state bodies (``TUR``, ``TUR_GOV``, ``TUR_MIL``: ISO code alone or with a sector suffix;
   Phoenix-layer government/military entries; persons with only a GOV/MIL sector) -> the country (ISO3).
   Curated bodies with their own identity (the GNA, the LNA, Hezbollah) are kept.
The knowledge base is read-only here.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

STATE_SECTORS = {"GOV", "MIL", "LEG", "SPY", "JUD", "COP", "ELI"}
_GENERIC = re.compile(r"^([A-Z]{3})(?:_([A-Z]{3}))?$")


def _kb(kb=None):
    if kb is not None:
        return kb
    from ..actors.kb import KnowledgeBase
    return KnowledgeBase.load()


_ACTIVE = None


def use_kb(kb) -> None:
    """Collapse actors with ``kb`` from now on (``resolve_reports`` sets it: the bundled knowledge base or
    the one extended with the user's files)."""
    global _ACTIVE
    if kb is not _ACTIVE:
        _ACTIVE = kb
        _canonical_in_loaded.cache_clear()


def loaded_kb():
    """The knowledge base set by ``use_kb``, else the bundled one if it is already in memory (no 8-second
    load), else None."""
    if _ACTIVE is not None:
        return _ACTIVE
    from ..actors.kb import KnowledgeBase
    return KnowledgeBase._default


def canonical(actor_id: str, when: date | None = None, kb=None, depth: int = 0, path: list | None = None) -> str:
    """What ``actor_id`` acts for on ``when``, by the rules above; ``path``, if given, collects every id on
    the way there (``lineage``)."""
    if not actor_id or depth > 5:
        return actor_id
    if path is not None:
        path.append(actor_id)
    kb = _kb(kb)
    a = kb.get(actor_id)
    m = _GENERIC.match(actor_id)
    if a is None:
        if m and (m.group(2) is None or m.group(2) in STATE_SECTORS):
            return m.group(1)
        return actor_id
    if a.kind == "person":
        f = kb.affiliation(a.id, when) if a.affiliations else None
        if f is None and a.affiliations and when is not None:
            f = kb.affiliation(a.id, None)
        if f is not None and f.org:
            return canonical(f.org, when, kb, depth + 1, path)
        if a.part_of:
            return canonical(a.part_of, when, kb, depth + 1, path)
        if a.forces:
            return canonical(a.forces, when, kb, depth + 1, path)
        if a.country and (a.sector in ("GOV", "MIL") or (a.code or "").endswith(("GOV", "MIL"))) \
                and len(a.country) == 3 and a.country not in ("IGO",):
            return a.country
        return _igo_of(a, when, kb, depth, path)
    if a.part_of:
        return canonical(a.part_of, when, kb, depth + 1, path)
    if m and (m.group(2) is None or m.group(2) in STATE_SECTORS) and kb.countries.get(m.group(1)) is not None:
        return m.group(1)
    if a.layer in ("base", "generic") and a.country and kb.countries.get(a.country) is not None \
            and (a.sector in ("GOV", "MIL") or a.kind in ("government", "military")):
        return a.country
    return _igo_of(a, when, kb, depth, path)


def _igo_of(a, when, kb, depth: int, path: list | None = None) -> str:
    """Phoenix-layer offices and bodies of an international organisation ("UN Secretary General",
    "NATO Secretary General") act for it, as the curated UN agencies and envoys do."""
    if a.layer == "base" and a.sector == "IGO" and a.country and a.country != a.id:
        org = kb.get(a.country)
        if org is not None and org.kind == "IGO":
            return canonical(org.id, when, kb, depth + 1, path)
    return a.id


def lineage(actor_id: str, when: date | None = None, kb=None) -> list[str]:
    """The actor and everything it acts for on ``when``, nearest first, ending with ``canonical``: a person,
    the organisation of the affiliation valid then, that organisation's ``part_of`` chain (Bashagha in 2020:
    LBY_BASHAGHA, LBY_GNA; TUR_MIL: TUR_MIL, TUR)."""
    path: list[str] = []
    top = canonical(actor_id, when, kb, path=path)
    if top and (not path or path[-1] != top):
        path.append(top)
    return path


def _cached(actor_id: str, when: date | None) -> str:
    # only a loaded knowledge base's answers are remembered: an id asked about before loading stays itself
    # for that call, not for good
    return _canonical_in_loaded(actor_id, when) if loaded_kb() is not None else actor_id


@lru_cache(maxsize=65536)
def _canonical_in_loaded(actor_id: str, when: date | None) -> str:
    return canonical(actor_id, when, loaded_kb())


def family(actor_ids, when: date | None = None) -> set[str]:
    """The actor ids plus what they collapse to, and a collective's member states ("Gulf states" -> Saudi
    Arabia, Kuwait, ...), only when the knowledge base is already loaded. A person the knowledge base does
    not know also brings the loose key of the surname (``person_key``), so that outlets spelling one name
    differently ("Abdelsalam al-Mismari", "Abdul Salam al-Mesmari") still name one actor."""
    out = set()
    kb = loaded_kb()
    for a in actor_ids or ():
        out.add(a)
        key = person_key(a)
        if key:
            out.add(key)
        out.add(_cached(a, when))
        actor = kb.get(a) if kb is not None else None
        if actor is not None and actor.members:
            out.update(actor.members)
    return out


_DISCOVERED = re.compile(r"^DISC_(?!ORG_)([A-Z0-9_]+)$")
_NAME_ARTICLES = {"AL", "EL", "AD", "AS", "ASH", "AZ", "BIN", "IBN", "BEN"}


@lru_cache(maxsize=65536)
def person_key(actor_id: str) -> str | None:
    """A transliteration-blind key of a discovered person's surname: its consonants without h, doubled
    letters once, q and g as k ("MISMARI", "MESMARI" -> "~msmr"; "BUGAIGHIS", "BUGHAIGHIS" -> "~bks"). Only for a
    discovered name of at least two words whose last one has five letters or more; None otherwise."""
    m = _DISCOVERED.match(actor_id)
    if not m:
        return None
    words = [w for w in m.group(1).split("_") if w and w not in _NAME_ARTICLES]
    if len(words) < 2 or len(words[-1]) < 5 or not words[-1].isalpha():
        return None
    # q, g and k are one letter in Arabic names as Libyans say them (Qaddafi, Gaddafi, Kadhafi; Sirqiwa, Sergewa)
    s = words[-1].lower().replace("q", "k").replace("g", "k").replace("ou", "u")
    s = s[0] + re.sub(r"[aeiouyhw]", "", s[1:])
    s = re.sub(r"(.)\1+", r"\1", s)
    return "~" + s if len(s) >= 3 else None
