"""Temporal expressions: find and resolve dates in sentences, and the publication date printed in a page.

Public API::

    extract_times(text, anchor, tense="past", dayfirst=None) -> list[TimeExpr]
    find_printed_date(text, dayfirst=None) -> date | None

See ``sanderling.time.extract`` for the resolution rules.
"""
from .extract import extract_times
from .printed import find_printed_date

__all__ = ["extract_times", "find_printed_date"]
