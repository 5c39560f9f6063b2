"""Actors stage: knowledge base, mention finding, phrase resolution.

Public API::

    from sanderling.actors import KnowledgeBase, find_mentions, resolve_phrase, import_petrarch
    kb = KnowledgeBase.load()                      # cached default KB (< 2 s)
    kb.lookup("Hifter", date(2019, 4, 4))          # -> ActorRef
    find_mentions(doc, kb, "doc-1", date(2019, 4, 4))   # -> list[Mention]
    resolve_phrase("four Saudi men")               # -> {name, id, kind, country, code, sector}

Curation (for the CLI): :mod:`sanderling.actors.curate` - ``list_actors``, ``show_actor``,
``merge_actors`` (user YAML overlay) and ``import_dictionary`` (PETRARCH/CAMEO -> YAML/JSONL).
"""
from .kb import KnowledgeBase
from .mentions import find_mentions
from .petrarch import import_petrarch
from .resolve import resolve_phrase

__all__ = ["KnowledgeBase", "find_mentions", "resolve_phrase", "import_petrarch"]
