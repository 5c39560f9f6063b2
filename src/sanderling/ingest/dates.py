"""Publication dates: parsing metadata values and finding a date printed near the top of a page.

Metadata (a ``published`` field, a ``<meta>`` tag) is parsed by :func:`parse_date`. When there is
none, :func:`printed_date` asks ``sanderling.time.find_printed_date`` (the one date resolver of the
project) and falls back to a small regex of its own while that module is not there. Nothing here
ever defaults to today's date.
"""
from __future__ import annotations

import re
from datetime import date, datetime

__all__ = ["parse_date", "printed_date", "plausible"]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d])")
_YMD_SLASH = re.compile(r"(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)")
_DMY_NUM = re.compile(r"(?<!\d)(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})(?!\d)")
_MDY_TEXT = re.compile(_WEEKDAY + _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)", re.I)
_DMY_TEXT = re.compile(_WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+(?P<y>\d{4})(?!\d)", re.I)
_COMPACT = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T\d{4,6}Z?)?")


def plausible(d: date | None) -> bool:
    """A publication date can't be in the future (one day of time-zone slack) or before 1800."""
    if d is None:
        return False
    return 1800 <= d.year and d.toordinal() <= date.today().toordinal() + 1


def _make(y: str, m: str | int, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _from_match(m: re.Match) -> date | None:
    gd = m.groupdict()
    month = MONTHS[gd["mon"].lower().rstrip(".")] if gd.get("mon") else gd["m"]
    return _make(gd["y"], month, gd["d"])


def parse_date(value: object) -> date | None:
    """Parse a metadata date: ISO dates and datetimes, "May 23, 2020", "23 May 2020", "23/05/2020"
    (numeric dates are read day first), "2020/05/23", a Unix timestamp. None when it isn't a date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        # Unix seconds (or milliseconds) since 1970.
        ts = float(value) / (1000 if value > 1e11 else 1)
        try:
            d = datetime.utcfromtimestamp(ts).date()
        except (OverflowError, OSError, ValueError):
            return None
        return d if plausible(d) else None
    s = str(value).strip()
    if not s or len(s) > 80:
        return None
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", s):
        return parse_date(float(s))
    try:
        d = datetime.fromisoformat(s.replace("Z", "+00:00")).date()
        return d if plausible(d) else None
    except ValueError:
        pass
    for rx in (_ISO, _YMD_SLASH, _MDY_TEXT, _DMY_TEXT, _DMY_NUM):
        m = rx.match(s)
        if m:
            d = _from_match(m)
            return d if plausible(d) else None
    m = _COMPACT.fullmatch(s)
    if m:
        d = _from_match(m)
        return d if plausible(d) else None
    return None


# --- a date printed near the top of the text ---------------------------------------------------

_HEAD_CHARS = 600
_HEAD_LINES = 8
_LABELLED = re.compile(r"(?:posted|published|publication date|date)(?:\s+on)?\s*:?\s*", re.I)
_LINE_DATE = (_DMY_TEXT, _MDY_TEXT, _ISO)


def _fallback_printed_date(text: str) -> date | None:
    """Minimal stand-in for sanderling.time.find_printed_date: a labelled date ("Posted on
    04-01-2020", read day first) or a line that is mostly a date ("May 23, 2020"), near the top."""
    head = "\n".join(text[:_HEAD_CHARS].splitlines()[:_HEAD_LINES])
    for m in _LABELLED.finditer(head):
        rest = head[m.end():m.end() + 40]
        for rx in (_DMY_NUM, _YMD_SLASH, _ISO, _MDY_TEXT, _DMY_TEXT):
            dm = rx.match(rest)
            if dm:
                d = _from_match(dm)
                if d:
                    return d
    for line in head.splitlines():
        line = line.strip()
        if not line or len(line) > 60:
            continue
        for rx in _LINE_DATE:
            dm = rx.search(line)
            # The date must be most of the line: "May 23, 2020", "Saturday 4 January 2020 - 18:43".
            if dm and len(dm.group(0)) >= 0.5 * len(line):
                d = _from_match(dm)
                if d:
                    return d
    return None


def printed_date(text: str) -> date | None:
    """The publication date printed near the top of ``text``, or None."""
    finder = _fallback_printed_date
    try:
        from sanderling.time import find_printed_date as finder  # type: ignore[no-redef]
    except (ImportError, AttributeError):
        pass
    try:
        d = finder(text)
    except Exception:  # a bug in the sibling module must not stop ingest
        d = _fallback_printed_date(text)
    if isinstance(d, datetime):
        d = d.date()
    return d if isinstance(d, date) and plausible(d) else None
