"""Ingest: read articles from files, folders and stdin; clean scraper debris; flag republished copy.

Public API::

    read_inputs(paths, *, stdin=None, max_bytes=5_000_000, clean=True) -> Iterator[Article | IngestError]
    clean_text(text) -> str
    split_glued(text) -> list[str]
    NearDuplicateIndex().add(article) -> str | None
    mark_duplicates(articles) -> Iterator[Article]     # sets Article.duplicate_of
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from ..records import Article, IngestError
from .clean import clean_text, split_glued
from .dates import parse_date
from .dedup import NearDuplicateIndex
from .readers import read_inputs

__all__ = ["read_inputs", "clean_text", "split_glued", "NearDuplicateIndex", "mark_duplicates", "parse_date"]


def mark_duplicates(items: Iterable[Article | IngestError], index: NearDuplicateIndex | None = None
                    ) -> Iterator[Article | IngestError]:
    """Pass items through, setting ``duplicate_of`` on articles that republish an earlier one."""
    index = index if index is not None else NearDuplicateIndex()
    for it in items:
        if isinstance(it, Article):
            orig = index.add(it)
            if orig is not None and orig != it.id:
                it = replace(it, duplicate_of=orig)
        yield it
