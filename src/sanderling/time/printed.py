"""The publication date printed in a scraped page ("Posted on 04-01-2020", "Published: 21 May 2020").

Only the head of the page (first ~600 characters) and byline-like lines a little further down are
read. In order of trust:

1. a date right after a publication label (Posted / Published / Date: / Dated), glued words
   allowed ("By RFIPosted on 04-01-2020Modified on ...");
2. a line that is essentially a date, optionally with weekday and time ("May 23, 2020",
   "Saturday 23 May 2020 - 10:43");
3. an ISO timestamp ("2020-05-23T10:00:00Z");
4. a date after an Updated / Modified label.

None when nothing clear is found. Plausibility against today's date is the caller's business.
"""
from __future__ import annotations

import re
from datetime import date

from . import _cal

__all__ = ["find_printed_date"]

_HEAD = 600
_BYLINE_SCAN = 3000

_MON = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WD = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)?"

# One printed date at the current position; no trailing word boundary (pages glue words).
_DATE = re.compile(
    r"(?i)" + _WD + r"(?:"
    r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)"
    r"|(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?!\d)"
    r"|(?P<d>\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?" + _MON + r",?\s*(?P<y2>\d{4})(?!\d)"
    r"|" + _MON.replace("mon>", "mon2>") + r"\s*(?P<d2>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<y3>\d{4})(?!\d)"
    r")")

_PUB_LABEL = re.compile(
    r"(?i)(?:posted|published|publication\s+date|(?<![a-z])date\s*:|(?<![a-z])dated)"
    r"(?:\s+on)?\s*[:\-–|]?\s*")
_UPD_LABEL = re.compile(r"(?i)(?:updated|modified|last\s+update)(?:\s+on)?\s*[:\-–|]?\s*")
_ISO_TS = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}")
# What may follow a date on a line that is "just a date": a time, a zone, separators.
_LINE_REST = re.compile(
    r"(?i)[\s,|•·\-–]*(?:(?:at\s+)?\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"\s*(?:\(?(?:[a-z]{2,5})?(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?\s*\Z")
_BYLINE_LINE = re.compile(r"(?im)^[^\n]{0,40}?(?:\bby\s|posted|published)[^\n]{0,200}$")


def _parse(m: re.Match, dayfirst: bool | None) -> date | None:
    g = m.group
    if g("iy"):
        return _cal.safe_date(int(g("iy")), int(g("im")), int(g("id")))
    if g("a"):
        return _cal.numeric_date(int(g("a")), int(g("b")), int(g("y")), dayfirst)
    if g("mon"):
        return _cal.safe_date(int(g("y2")), _cal.month_number(g("mon")), int(g("d")))
    return _cal.safe_date(int(g("y3")), _cal.month_number(g("mon2")), int(g("d2")))


def _sane(d: date | None) -> date | None:
    return d if d is not None and 1990 <= d.year <= 2100 else None


_PREV_TOKEN = re.compile(r"(\S+)[ \t]+\Z")


def _in_prose(region: str, pos: int) -> bool:
    """A label inside running text ("a video posted on", "the memo, dated") is not a byline."""
    if pos == 0 or region[pos - 1] == "\n" or not region[pos - 1].isspace():
        return False  # line start, or glued to the previous word ("By RFIPosted on")
    m = _PREV_TOKEN.search(region, max(0, pos - 40), pos)
    return bool(m) and m.group(1)[0].islower()


def _after_label(label: re.Pattern, region: str, dayfirst: bool | None) -> date | None:
    for lm in label.finditer(region):
        if _in_prose(region, lm.start()):
            continue
        dm = _DATE.match(region, lm.end())
        if dm:
            d = _sane(_parse(dm, dayfirst))
            if d:
                return d
    return None


def find_printed_date(text: str, dayfirst: bool | None = None) -> date | None:
    """The publication date printed near the top of a page, or None (see module doc)."""
    if not text:
        return None
    head = text[:_HEAD]
    # byline-like lines a bit further down ("By Jane Doe | Published 21 May 2020")
    bylines = "\n".join(m.group(0) for m in _BYLINE_LINE.finditer(text, _HEAD, _BYLINE_SCAN))
    region = head + "\n" + bylines if bylines else head

    d = _after_label(_PUB_LABEL, region, dayfirst)
    if d:
        return d
    for line in head.splitlines():
        s = line.strip()
        if not s or len(s) > 80:
            continue
        dm = _DATE.match(s)
        if dm and _LINE_REST.match(s, dm.end()):
            d = _sane(_parse(dm, dayfirst))
            if d:
                return d
    tm = _ISO_TS.search(head)
    if tm:
        d = _sane(_cal.safe_date(int(tm.group(1)), int(tm.group(2)), int(tm.group(3))))
        if d:
            return d
    return _after_label(_UPD_LABEL, region, dayfirst)
