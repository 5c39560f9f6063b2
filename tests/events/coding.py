"""Shared helpers for the event tests: code one written article with the session's resources."""
from datetime import date

from sanderling.pipeline import code_article
from sanderling.records import Article


def code(text, published, resources):
    art = Article(id="t", text=text, published=date.fromisoformat(published))
    return list(code_article(art, resources).events)


def of_type(events, etype):
    return [e for e in events if e.event_type == etype]


def ids(refs):
    return {a.id for a in refs}
