"""Sanderling: political event data from news.

    >>> import sanderling
    >>> coded = sanderling.code_text("Turkish forces shelled positions near Sirte on Monday.", published="2020-06-01")
"""
from __future__ import annotations

from datetime import date

from .records import ActorRef, Article, CodedArticle, Event, Evidence, Mention, Place, TimeExpr

__version__ = "0.1.0"


def code(article: Article) -> CodedArticle:
    """Code one article with the default resources."""
    from .pipeline import code_article
    return code_article(article)


def code_text(text: str, published: str | date | None = None, doc_id: str = "text") -> CodedArticle:
    if isinstance(published, str):
        published = date.fromisoformat(published)
    return code(Article(id=doc_id, text=text, published=published))


def open_store(path: str = "sanderling.duckdb", read_only: bool = False):
    from .store import open_store as _open
    return _open(path, read_only=read_only)


__all__ = ["ActorRef", "Article", "CodedArticle", "Event", "Evidence", "Mention", "Place", "TimeExpr",
           "code", "code_text", "open_store"]
