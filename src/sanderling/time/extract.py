"""Temporal expressions in a sentence, resolved against the publication date.

How it works: cheap gates (a month-name literal scan, ``"day" in text``, a digit scan, a few
substring checks) decide which candidate families run, so a sentence with no date words costs a
few microseconds. Each family scans for a core word with a literal-prefixed regex (month name,
weekday, digit run, week/month/year/days, yesterday/today/...) and reads the words around the hit
with small anchored patterns ("the 21st of" + May, "since last" + April, "early" + 2020). Overlaps
are settled longest-leftmost; a weekday written next to an explicit date ("Thursday (May 21)",
"Saturday January 4") is merged into one expression that trusts the date; a governing preposition
just before the span ("on", "in", "since", "at", "until", ...) is taken into the span and sets
``relation`` (since / until / before / after, otherwise "at"). Each candidate is then resolved to an
inclusive date range.

Resolution rules (``anchor`` is the publication date; with ``anchor=None`` anything that needs it
is dropped - we never assume today):

* weekday, past tense: the most recent such day on or before the anchor (the anchor's own weekday
  is the anchor day); future tense: the next on or after. "last Thursday" is strictly before,
  "next Thursday" strictly after, "this Thursday" the one in the anchor's ISO week.
* month without a year ("in April", "since April"): past = most recent April not after the anchor
  month (anchor month counts); future = next April not before it. "last April" = the most recent
  April strictly before the anchor month (so in an article of 29 Apr 2020, "last April" is April
  2019); "next April" strictly after; "this April" the anchor's year. "since" always reads past.
* day and month without a year ("May 21"): the candidate in the anchor's year or the ones next to
  it that is closest in the tense's direction, a day in the other direction counting four (a tense slip or
  a scheduled event: in late December, "proposed January 24" is next month, not eleven months ago). A weekday written with the date picks
  the year whose calendar agrees.
* numeric dates: ISO (2020-01-04) is always Y-M-D. Otherwise ``dayfirst`` when given; when None a
  part above 12 decides, else day first (most outlets are non-US).
* "last week" = the ISO week before the anchor's; "this week" the anchor's; "earlier this week"
  Monday..anchor; "last month" the previous calendar month; "earlier this year" 1 Jan..anchor.
  "the past week" / "the last two weeks" are rolling windows ending at the anchor.
* "N days ago" = anchor - N (day); "N weeks ago" = the ISO week containing anchor - 7N (week);
  "N months ago" = that calendar month; "N years ago" = that calendar year.
* parts: early/mid/late month = 1-10 / 11-20 / 21-end; beginning/end of a month = 1-15 / 15-end;
  year parts and week parts: see ``_cal.sub_range``. Precision stays that of the unit.
* vague windows: "in recent days" anchor-7..anchor (week), "in recent weeks" anchor-28..anchor
  (month), "in recent months" anchor-90..anchor (month), "in recent years" three years (year);
  "in the coming days/weeks/months" the same lengths after the anchor.
* "yesterday", "last night", "the day before", "the previous day" = anchor - 1; "today",
  "tonight", "this morning" = anchor.

False-positive guards: month names are matched capitalised (or all caps) only, so "may"/"march"
as words never match; a bare month needs a date context ("in", "since", "of", "last", "early",
...) or a day/year; "May" after a capitalised name ("Theresa May") is skipped; abbreviations
("Jan", "Mar") only count next to a day number. A bare year 1900-2099 needs "in/since/of/from/
until/by/during/before/after/through/between" before it (or "2011 and" / "early" ...), never
inside a number ("2,500", "15,000") or before a count noun ("of 2000 soldiers"); "the 2011
revolution" and "Resolution 2259" are not dates. "The World Tonight" / "USA Today" are titles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..records import TimeExpr
from . import _cal
from ._cal import DAY_FIRST_MONTHS, FULL_MONTHS, WEEKDAY_NAMES

__all__ = ["extract_times"]

# --- vocabulary ---------------------------------------------------------------------------------

_ABBR_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
_FULL_LOWER = frozenset(n.lower() for n in FULL_MONTHS)


def _alt(words) -> str:
    words = list(words)
    return "|".join(words + [w.upper() for w in words])


_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}
_NUMW = "|".join(sorted((w for w in _NUMBER_WORDS if len(w) > 2), key=len, reverse=True))
_VAGUE_N = r"(?:a\s+)?few|several|(?:a\s+)?couple(?:\s+of)?"
# Sub-parts of a month / year / week (matched in lower-cased text).
_PARTS = (r"early|mid|late|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of"
          r"|(?:the\s+)?(?:first|second|latter)\s+half\s+of")
_YEAR = r"(?:19|20)\d\d"

# --- patterns -----------------------------------------------------------------------------------
# Speed: the scanning regexes start with plain literals (no \b, lookbehind or ignore-case at the
# front) so the regex engine can skip ahead quickly; word boundaries are checked in code and the
# words before a hit are read with small patterns anchored at the hit (``\Z`` with endpos).
# Left-context and deictic patterns run on the lower-cased text (same offsets).

_MONTH_CORE = re.compile(_alt(FULL_MONTHS) + "|" + _alt(_ABBR_MONTHS))
_WD_CORE = re.compile(_alt(WEEKDAY_NAMES))
_DAY_FIRST_CORE = re.compile(_alt(DAY_FIRST_MONTHS))
_DIGIT_RUN = re.compile(r"[0-9]+")
_UNIT_CORE = re.compile(r"weekends?|weeks?|months?|years?|days?")
_DIGIT = re.compile(r"[0-9]")

# after a month name: " 21", " 21st", " 21-23", " 21, 2020"
_R_DAY = re.compile(
    r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,:]\d)"
    r"(?:\s*[-–]\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<y>" + _YEAR + r")(?!\d|[.,]\d))?")
# after a month name: " 2020", " of 2020", ", 2020"
_R_YEAR = re.compile(r"(?:\s+of)?,?\s+(?P<y>" + _YEAR + r")(?!\d|[.,]\d|['’]?s\b)")
# after a month or a day and month: " last year", " of next year", ", this year"
_R_REL_YEAR = re.compile(r"(?:\s+of)?,?\s+(?P<ry>last|this|next)\s+year\b", re.I)
_REL_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
# a day written as a word, the style of translated Arabic copy: "the third of October", "the twenty-first of May"
ORDINAL_DAYS = {w: i + 1 for i, w in enumerate(_UNITS + ["tenth", "eleventh", "twelfth", "thirteenth",
                                                         "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                                         "eighteenth", "nineteenth"])}
ORDINAL_DAYS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
ORDINAL_DAYS.update({f"twenty{sep}{w}": 21 + i for i, w in enumerate(_UNITS) for sep in ("-", " ")})
# before a month name: "21 ", "the 21st of ", "21-23 ", "21 and 23 ", "the third of "
_L_DAY = re.compile(
    r"(?<![\w.,/-])(?:(?:the\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?"
    r"(?:\s*(?:-|–|to|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    r"|the\s+(?P<w1>" + "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True)) + r")\s+of\s+)\Z")
# before a month name: "early ", "mid-", "the end of ", "last ", "since last "
_L_PARTMOD = re.compile(
    r"(?<!\w)(?:(?P<part>" + _PARTS + r")[\s-]+(?:(?P<mod>last|this|next)\s+)?"
    r"|(?P<mod2>last|this|next)\s+)\Z")
_L_PART = re.compile(r"(?<!\w)(?P<part>" + _PARTS + r")[\s-]+\Z")
_L_WDMOD = re.compile(r"(?<!\w)(?P<mod>last|this|next|past|coming)\s+\Z")
_R_WD = re.compile(r"(?:['’]s)?(?:\s+(?P<tod>morning|afternoon|evening|night)\b)?")

# "2020-01-04", "2020/01/04", "04-01-2020", "04/01/20" (matched at a digit run)
_NUM_AT = re.compile(
    r"(?:(?P<iy>" + _YEAR + r")(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)"
    r"|(?P<a>[0-3]?\d)(?P<sep>[-/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>" + _YEAR + r"|\d\d))"
    r"(?!\d|[./-]\d)")
_YEAR_END_OK = re.compile(r"(?!\d|[.,]\d|['’]?s\b|[-/–]\d)")

_R_AGO = re.compile(r"\s+ago\b")
_L_COUNT = re.compile(r"(?<![\w.,])(?P<n>\d{1,3}|" + _NUMW + r"|" + _VAGUE_N + r"|an?)\s+\Z")
_L_DU = re.compile(
    r"(?<!\w)(?:(?P<part>earlier|later|" + _PARTS + r")[\s-]+)?(?:(?P<the>the)\s+)?"
    r"(?P<mod>last|this|next|past|previous|coming|current)\s+\Z")
_L_DU_THE = re.compile(r"(?<!\w)(?P<part>" + _PARTS + r")\s+the\s+\Z")
_L_THE = re.compile(r"(?<!\w)the\s+\Z")
_L_RP = re.compile(
    r"(?<!\w)(?:the\s+)?(?P<mod>past|last|previous|coming|next|recent)\s+"
    r"(?:(?P<n>\d{1,3}|" + _NUMW + r"|" + _VAGUE_N + r")\s+)?\Z")

# "yesterday", "today", "tonight", "last night", "the day before", "the previous day" (lower-cased)
_RD_RE = re.compile(
    r"(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today"
    r"|tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|the\s+(?:previous|preceding)\s+day"
    r"|the\s+day\s+before(?!\s+(?:the|a|an|his|her|its|their|this|that|my|our|your)\b))"
    r"(?:['’]s)?(?:\s+(?P<tod>morning|afternoon|evening|night)\b)?\b")

_PREP_RE = re.compile(
    r"(?<!\w)(?P<p>since|until|till|through|throughout|before|after|by|from|in|on|at|during"
    r"|over|within|as\s+of|as\s+early\s+as)\s+\Z")
_RELATION = {"since": "since", "as of": "since", "until": "until", "till": "until", "by": "until",
             "before": "before", "after": "after"}

_PREV_CAP_RE = re.compile(r"(?<![\w])([A-Z][a-z]+)\s+\Z")
_PREV_TITLE_RE = re.compile(r"(?<![\w])([A-Z][A-Za-z]*)\s+\Z")
_NOT_A_FORENAME = frozenset(
    [w.lower() for w in WEEKDAY_NAMES]
    + "in on since by until till from during of the and or early late mid last this next before "
      "after through throughout between to for".split())
_PREV_WORD_RE = re.compile(r"(?<![\w])([a-z]+)\s+\Z")
_YEAR_PAIR_RE = re.compile(_YEAR + r"\s+(?:and|or|to)\s+\Z")
# Words before a bare month ("in April") or a bare year ("in 2011") that make it a date.
_MONTH_CONTEXT = frozenset(
    "in since until till through throughout before after by from during of on to and or between "
    "for".split())
_YEAR_CONTEXT = frozenset(
    "in since until till through throughout before after by from during of between".split())
# "of 2015 people" is a number.
_COUNT_NOUN_RE = re.compile(
    r"\s+(?:people|persons|soldiers|troops|fighters|mercenaries|militants|civilians|men|women"
    r"|children|refugees|migrants|members|votes|km|kilometres|kilometers|miles|metres|meters"
    r"|dollars|euros|dinars|tons|tonnes|barrels|families|homes|houses|cases|deaths|vehicles"
    r"|rockets|missiles|shells|prisoners|detainees|workers|students|residents|units|times)\b")
_GAP_RE = re.compile(r"\s*,?\s*(?:\(\s*)?\Z")
_CLOSE_RE = re.compile(r"\s*\)")
_WINDOW = 40


class _Fields(dict):
    """Named parts of a candidate; ``group`` reads like a regex match."""
    group = dict.get


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str
    m: _Fields
    wd_hint: int | None = None
    relation: str = "at"


def _left(rx: re.Pattern, low: str, pos: int) -> re.Match | None:
    return rx.search(low, max(0, pos - _WINDOW), pos)


def _prev_word(low: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(low, max(0, pos - 30), pos)
    return m.group(1) if m else ""


def _bounded(text: str, s: int, e: int) -> bool:
    """No letter glued to either side of text[s:e]."""
    return not ((s > 0 and text[s - 1].isalpha()) or (e < len(text) and text[e].isalpha()))


def _day_month(text: str, ld: re.Match, name: str, end: int, year_from: int) -> _Cand:
    """ "21 May", "the 21st of May 2020": the day (``ld``, read left of the month) and a year if one follows
    the month (looked for from ``year_from``, past an abbreviation's dot)."""
    day = ld.group("d1") or str(ORDINAL_DAYS[ld.group("w1")])
    f = _Fields(d1=day, d2=ld.group("d2"), mon=name)
    ry = _R_YEAR.match(text, year_from)
    if ry:
        f["y"], end = ry.group("y"), ry.end()
    return _Cand(ld.start(), end, "dm", f)


def _month_cands(text: str, low: str, out: list) -> None:
    for mm in _MONTH_CORE.finditer(text):
        s, e = mm.span()
        if not _bounded(text, s, e):
            continue
        name = mm.group()
        if name == "May":
            pc = _PREV_CAP_RE.search(text, max(0, s - 30), s)
            if pc and pc.group(1).lower() not in _NOT_A_FORENAME:
                continue  # "Theresa May 21 times": a surname
        full = name.lower() in _FULL_LOWER
        e_mon = e + 1 if (not full and text[e:e + 1] == ".") else e
        # "21 May", "the 21st of May 2020"
        ld = _left(_L_DAY, low, s)
        if ld:
            out.append(_day_month(text, ld, name, e, e_mon))
            continue
        # "May 21", "May 21, 2020"
        rd = _R_DAY.match(text, e_mon)
        if rd:
            out.append(_Cand(s, rd.end(), "md",
                             _Fields(d1=rd.group("d1"), d2=rd.group("d2"), y=rd.group("y"), mon=name)))
            continue
        if not full:
            continue  # "Jan" alone is a name (Jan Kubis), not a month
        f = _Fields(mon=name)
        start, end = s, e
        ry = _R_YEAR.match(text, e)
        if ry:
            f["y"], end = ry.group("y"), ry.end()
        lp = _left(_L_PARTMOD, low, s)
        if lp:
            f["part"], f["mod"] = lp.group("part"), lp.group("mod") or lp.group("mod2")
            start = lp.start()
        elif not ry and _prev_word(low, s) not in _MONTH_CONTEXT:
            continue  # "May" / "March" / "April" without a date context
        out.append(_Cand(start, end, "month", f))


def _day_first_cands(text: str, low: str, out: list) -> None:
    """ "4 Nisan", "13 Haziran 2020", "Nisan 2019": a month of translated copy, only after a day number or
    before a year ("Mart" and "Ekim" alone are also words and names)."""
    for mm in _DAY_FIRST_CORE.finditer(text):
        s, e = mm.span()
        if not _bounded(text, s, e):
            continue
        ld = _left(_L_DAY, low, s)
        if ld:
            out.append(_day_month(text, ld, mm.group(), e, e))
            continue
        ry = _R_YEAR.match(text, e)
        if ry:
            out.append(_Cand(s, ry.end(), "month", _Fields(mon=mm.group(), y=ry.group("y"))))


def _weekday_cands(text: str, low: str, out: list) -> None:
    for mm in _WD_CORE.finditer(text):
        s, e = mm.span()
        if not _bounded(text, s, e):
            continue
        f = _Fields(wd=mm.group())
        r = _R_WD.match(low, e)
        end = r.end() if r else e
        if r and r.group("tod"):
            f["tod"] = r.group("tod")
        lm = _left(_L_WDMOD, low, s)
        start = s
        if lm:
            f["mod"], start = lm.group("mod"), lm.start()
        out.append(_Cand(start, end, "wd", f))


def _digit_cands(text: str, low: str, out: list) -> None:
    for dm in _DIGIT_RUN.finditer(text):
        s, e = dm.span()
        prev = text[s - 1] if s else " "
        glued = prev.isalnum() or prev in "_.,/-–$€£"
        if not glued:
            nm = _NUM_AT.match(text, s)
            if nm:
                out.append(_Cand(s, nm.end(), "num", _Fields(nm.groupdict())))
                continue
        if e - s != 4 or text[s:s + 2] not in ("19", "20") or not _YEAR_END_OK.match(text, e):
            continue
        lp = _left(_L_PART, low, s)
        if lp:
            out.append(_Cand(lp.start(), e, "year", _Fields(y=dm.group(), part=lp.group("part"))))
            continue
        if glued:
            continue
        word = _prev_word(low, s)
        if word in ("and", "or", "to"):
            ok = _left(_YEAR_PAIR_RE, low, s) is not None
        else:
            ok = word in _YEAR_CONTEXT and _COUNT_NOUN_RE.match(low, e) is None
        if ok:
            out.append(_Cand(s, e, "year", _Fields(y=dm.group())))


def _deictic_cands(low: str, out: list) -> None:
    for um in _UNIT_CORE.finditer(low):
        s, e = um.span()
        if not _bounded(low, s, e):
            continue
        word = um.group()
        unit = word.rstrip("s")
        ago = _R_AGO.match(low, e)
        if ago:
            lc = _left(_L_COUNT, low, s)
            if lc:
                out.append(_Cand(lc.start(), ago.end(), "ago", _Fields(n=lc.group("n"), unit=unit)))
            continue
        if word in ("week", "weekend", "month", "year"):
            lm = _left(_L_DU, low, s)
            if lm:
                out.append(_Cand(lm.start(), e, "du", _Fields(lm.groupdict(), unit=word)))
                continue
            if word != "weekend":
                lm = _left(_L_DU_THE, low, s)
                if lm:
                    out.append(_Cand(lm.start(), e, "du_the", _Fields(part=lm.group("part"), unit=word)))
            else:
                lm = _left(_L_THE, low, s)
                if lm:
                    out.append(_Cand(lm.start(), e, "we", _Fields()))
        elif word in ("days", "weeks", "months", "years"):
            lm = _left(_L_RP, low, s)
            # "the last days of the regime" is not a window; "the last few days" is.
            if lm and (lm.group("n") or lm.group("mod") not in ("last", "next")):
                out.append(_Cand(lm.start(), e, "rp", _Fields(lm.groupdict(), unit=word)))


def _rd_cands(text: str, low: str, out: list) -> None:
    for m in _RD_RE.finditer(low):
        s = m.start()
        if s > 0 and low[s - 1].isalnum():
            continue
        if text[s].isupper():
            pc = _PREV_TITLE_RE.search(text, max(0, s - 30), s)
            if pc and pc.group(1).lower() not in _NOT_A_FORENAME:
                continue  # "The World Tonight", "USA Today": a title, not a date
        out.append(_Cand(s, m.end(), "rd", _Fields(w=m.group("w"), tod=m.group("tod"))))


# seasons, read as the northern meteorological ones: "last spring", "since last summer", "in the autumn of 2019",
# "winter 2020". A bare "in the spring" names no year and is left alone, and so is a capitalised season after a
# name ("the Arab Spring") or "the fall of Tripoli"
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_SEASON_RE = re.compile(
    r"(?:(?P<mod>last|this|next|past)\s+(?P<s1>spring|summer|autumn|winter|fall)"
    r"|(?:the\s+)?(?P<s2>spring|summer|autumn|winter)(?:\s+of)?,?\s+(?P<y>" + _YEAR + r"))(?!\w|[.,]\d)")


def _season_cands(text: str, low: str, out: list) -> None:
    for m in _SEASON_RE.finditer(low):
        s = m.start()
        if s > 0 and low[s - 1].isalnum():
            continue
        word = m.group("s1") or m.group("s2")
        at = m.start("s1") if m.group("s1") else m.start("s2")
        if text[at].isupper() and s > 0 and text[at - 1] == " " and at == s:
            pc = _PREV_TITLE_RE.search(text, max(0, s - 30), s)
            if pc and pc.group(1).lower() not in _NOT_A_FORENAME:
                continue   # "the Arab Spring 2011": a name
        out.append(_Cand(s, m.end(), "season", _Fields(season=word, mod=m.group("mod"), y=m.group("y"))))


def _season_range(start_month: int, year: int) -> tuple[date, date]:
    """The season starting in ``start_month`` of ``year`` (winter runs into the next year)."""
    end_year, end_month = (year + 1, 2) if start_month == 12 else (year, start_month + 2)
    return date(year, start_month, 1), date(end_year, end_month, _cal.last_day(end_year, end_month))


def _season(m: _Fields, anchor: date | None, past: bool) -> Resolved | None:
    first = _SEASONS[m.group("season")]
    if m.group("y"):
        # "the winter of 2019": the winter that ends in the early months of that year
        year = _int(m.group("y")) - (1 if first == 12 else 0)
        ds, de = _season_range(first, year)
        return ds, de, "month", True
    if anchor is None:
        return None
    mod = m.group("mod")
    # the instances around the anchor, oldest first
    instances = [_season_range(first, y) for y in range(anchor.year - 2, anchor.year + 2)]
    if mod in ("last", "past"):
        rng = max(r for r in instances if r[1] < anchor)
    elif mod == "next":
        rng = min(r for r in instances if r[0] > anchor)
    else:
        current = [r for r in instances if r[0] <= anchor <= r[1]]
        rng = current[0] if current else (max(r for r in instances if r[1] < anchor) if past
                                          else min(r for r in instances if r[0] > anchor))
    return rng[0], rng[1], "month", False


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few non-ASCII letters change length when lower-cased
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _candidates(text: str) -> tuple[list[_Cand], str]:
    """All candidate expressions; each family runs only when a cheap gate says it may match."""
    out: list[_Cand] = []
    low = _lower(text)
    has_day = "day" in low  # weekday names, days, today, yesterday, the day before
    if _MONTH_CORE.search(text):
        _month_cands(text, low, out)
    if _DAY_FIRST_CORE.search(text):
        _day_first_cands(text, low, out)
    if has_day:
        _weekday_cands(text, low, out)
    if _DIGIT.search(text):
        _digit_cands(text, low, out)
    if has_day or "week" in low or "month" in low or "year" in low:
        _deictic_cands(low, out)
    if has_day or "night" in low or "tomorrow" in low or "this " in low:
        _rd_cands(text, low, out)
    if "spring" in low or "summer" in low or "autumn" in low or "winter" in low or " fall" in low:
        _season_cands(text, low, out)
    return out, low


def _select(cands: list[_Cand]) -> list[_Cand]:
    cands.sort(key=lambda c: (c.start, c.start - c.end))
    chosen: list[_Cand] = []
    last_end = -1
    for c in cands:
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return chosen


_DATED = ("num", "dm", "md")


_DEICTIC_DAYS = ("today", "yesterday", "tonight")


def _merge_weekdays(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'Thursday (May 21)', 'Saturday, January 4', 'May 21 (Thursday)' -> one expression; 'today Tuesday',
    'yesterday, Monday' (translated Arabic) -> the weekday, which says which day the writer's "today" was
    when the copy is stamped the day after."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        gap = text[c.end:nxt.start] if nxt is not None else ""
        if nxt is not None and c.kind == "rd" and nxt.kind == "wd" and len(gap) < 4 and _GAP_RE.match(gap) \
                and " ".join((c.m.group("w") or "").lower().split()) in _DEICTIC_DAYS:
            out.append(_Cand(c.start, nxt.end, "wd", nxt.m))
            i += 2
            continue
        if nxt is not None and ((c.kind == "wd" and nxt.kind in _DATED)
                                or (c.kind in _DATED and nxt.kind == "wd")):
            if len(gap) < 6 and _GAP_RE.match(gap):
                wd_c, date_c = (c, nxt) if c.kind == "wd" else (nxt, c)
                end = nxt.end
                if "(" in gap:
                    close = _CLOSE_RE.match(text, end)
                    if close:
                        end = close.end()
                out.append(_Cand(c.start, end, date_c.kind, date_c.m,
                                 wd_hint=_cal.WEEKDAY_NUM[wd_c.m.group("wd").lower()]))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _attach_preposition(low: str, c: _Cand, floor: int) -> None:
    """Take a governing preposition just before ``c`` into its span (never before ``floor``)."""
    m = _PREP_RE.search(low, max(0, c.start - 20, floor), c.start)
    if m:
        p = " ".join(m.group("p").split())
        if p not in _RELATION and low[c.end - 2:c.end] in ("'s", "’s"):
            return  # "in today's paper": the preposition governs the noun, not the date
        c.start = m.start()
        c.relation = _RELATION.get(p, "at")


# --- resolution ---------------------------------------------------------------------------------

Resolved = tuple[date, date, str, bool]
_PART_NORMAL = {"start": "beginning", "middle": "mid", "close": "end", "latter half": "second half"}


def _norm_part(part: str | None) -> str | None:
    if not part:
        return None
    p = " ".join(part.lower().split())
    for junk in ("the ", "very "):
        if p.startswith(junk):
            p = p[len(junk):]
    if p.endswith(" of"):
        p = p[:-3]
    return _PART_NORMAL.get(p, p)


def _int(s: str) -> int:
    return int(s)


def _pick_year(month: int, day: int, anchor: date, past: bool | None, wd_hint: int | None) -> date | None:
    """Year for a day+month written without one (see module doc); ``past`` None: the nearest."""
    cands = [d for d in (_cal.safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not cands:
        return None

    def cost(d: date) -> int:
        if past is None:
            return abs((anchor - d).days)
        delta = (anchor - d).days if past else (d - anchor).days
        # the other direction costs four times as much: a date a few weeks ahead in a past-tense clause ("the
        # commission proposed January 24") is likelier than one eleven months back, which writers give a year
        return delta if delta >= 0 else -delta * 4

    if wd_hint is not None:
        # the year whose calendar agrees with the written weekday, unless that year is implausible
        agreeing = [d for d in cands if d.weekday() == wd_hint and cost(d) <= 366]
        if agreeing:
            cands = agreeing
    return min(cands, key=cost)


def _day_range(m: re.Match, month: int, anchor: date | None, past: bool | None,
               wd_hint: int | None) -> Resolved | None:
    d1 = _int(m.group("d1"))
    d2 = _int(m.group("d2")) if m.group("d2") else None
    if m.group("y"):
        start = _cal.safe_date(_int(m.group("y")), month, d1)
        explicit = True
    else:
        if anchor is None:
            return None
        start = _pick_year(month, d1, anchor, past, wd_hint if d2 is None else None)
        explicit = False
    if start is None:
        return None
    end = start
    if d2 is not None:
        end = _cal.safe_date(start.year, month, d2)
        if end is None or end < start:
            return None
    return start, end, "day", explicit


def _weekday(m: re.Match, anchor: date, past: bool) -> Resolved:
    wd = _cal.WEEKDAY_NUM[m.group("wd").lower()]
    mod = (m.group("mod") or "").lower()
    if mod in ("last", "past"):
        d = _cal.weekday_before(anchor, wd)
    elif mod in ("next", "coming"):
        d = _cal.weekday_after(anchor, wd)
    elif mod == "this":
        d = _cal.week_range(anchor)[0] + timedelta(days=wd)
    elif past:
        d = _cal.weekday_on_or_before(anchor, wd)
    else:
        d = _cal.weekday_on_or_after(anchor, wd)
    return d, d, "day", False


_RD_OFFSET = {"the day before yesterday": -2, "the day after tomorrow": 2, "yesterday": -1,
              "today": 0, "tonight": 0, "tomorrow": 1, "last night": -1, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "the previous day": -1,
              "the preceding day": -1, "the day before": -1}


def _count(s: str | None) -> tuple[int, bool]:
    """(n, vague) from '3', 'three', 'a', 'a few', 'several', 'a couple of'."""
    if not s:
        return 1, False
    s = " ".join(s.lower().split())
    if s.isdigit():
        return int(s), False
    if "couple" in s:
        return 2, False
    if "few" in s or s == "several":
        return 0, True
    return _NUMBER_WORDS.get(s, 1), False


def _ago(m: re.Match, anchor: date) -> Resolved | None:
    n, vague = _count(m.group("n"))
    unit = m.group("unit").lower()
    lo, hi = (2, 6) if vague else (n, n)
    if unit == "day":
        return anchor - timedelta(days=hi), anchor - timedelta(days=lo), ("week" if vague else "day"), False
    if unit == "week":
        if vague:
            return anchor - timedelta(weeks=hi), anchor - timedelta(weeks=lo), "month", False
        ds, de = _cal.week_range(anchor - timedelta(weeks=n))
        return ds, de, "week", False
    if unit == "month":
        y1, m1 = _cal.add_months(anchor.year, anchor.month, -hi)
        y2, m2 = _cal.add_months(anchor.year, anchor.month, -lo)
        return _cal.month_range(y1, m1)[0], _cal.month_range(y2, m2)[1], "month", False
    return date(anchor.year - hi, 1, 1), date(anchor.year - lo, 12, 31), "year", False


def _unit_range(unit: str, anchor: date, offset: int) -> tuple[date, date]:
    if unit == "week":
        ds, _ = _cal.week_range(anchor)
        ds = ds + timedelta(weeks=offset)
        return ds, ds + timedelta(days=6)
    if unit == "month":
        y, mo = _cal.add_months(anchor.year, anchor.month, offset)
        return _cal.month_range(y, mo)
    return _cal.year_range(anchor.year + offset)


def _weekend(anchor: date, offset_weeks: int) -> Resolved:
    sat = _cal.week_range(anchor)[0] + timedelta(days=5 + 7 * offset_weeks)
    return sat, sat + timedelta(days=1), "week", False


_ROLL_DAYS = {"week": 7, "month": 30, "year": 365}


def _deictic(m: re.Match, anchor: date, past: bool) -> Resolved:
    unit = m.group("unit").lower()
    mod = m.group("mod").lower()
    part = _norm_part(m.group("part"))
    has_the = bool(m.group("the"))
    if unit == "weekend":
        if mod in ("last", "past", "previous"):
            return _weekend(anchor, -1)
        if mod == "next":
            return _weekend(anchor, 1)
        return _weekend(anchor, 0)
    # rolling windows: "the past week", "the last year", "the coming month", "the next week"
    if mod == "past" or (has_the and mod in ("last", "next", "coming")) or mod == "coming":
        days = _ROLL_DAYS[unit]
        if mod in ("next", "coming"):
            return anchor + _cal.ONE_DAY, anchor + timedelta(days=days), unit, False
        return anchor - timedelta(days=days), anchor, unit, False
    offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1}[mod]
    rng = _unit_range(unit, anchor, offset)
    if part == "earlier" and offset == 0:
        rng = (rng[0], max(rng[0], anchor))
    elif part == "later" and offset == 0:
        rng = (min(anchor, rng[1]), rng[1])
    elif part and part not in ("earlier", "later"):
        rng = _cal.sub_range(rng, unit, part)
    return rng[0], rng[1], unit, False


_WINDOW_DAYS = {"days": (7, "week"), "weeks": (28, "month"), "months": (90, "month"),
                "years": (3 * 365, "year")}
_UNIT_DAYS = {"days": 1, "weeks": 7, "months": 30, "years": 365}


def _window(m: re.Match, anchor: date) -> Resolved:
    unit = m.group("unit").lower()
    mod = m.group("mod").lower()
    n_text = m.group("n")
    if n_text:
        n, vague = _count(n_text)
        if vague:
            days, _ = _WINDOW_DAYS[unit]
        else:
            days = n * _UNIT_DAYS[unit]
    else:
        days, _ = _WINDOW_DAYS[unit]
    if days <= 7:
        prec = "day" if days <= 1 else "week"
    elif days <= 14:
        prec = "week"
    elif days <= 120:
        prec = "month"
    else:
        prec = "year"
    if mod in ("coming", "next"):
        return anchor + _cal.ONE_DAY, anchor + timedelta(days=days), prec, False
    return anchor - timedelta(days=days), anchor, prec, False


def _relative_years(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "in April last year", "on 4 April last year", "in January next year": the year phrase names the
    month's year; read apart, the month would fall in the wrong year and "last year" would stand alone."""
    out: list[_Cand] = []
    skip_until = -1
    for c in cands:
        if c.start < skip_until:
            continue
        if c.kind in ("dm", "md", "month") and not c.m.group("y"):
            ry = _R_REL_YEAR.match(text, c.end)
            if ry:
                c.m["ry"] = ry.group("ry").lower()
                c.end = skip_until = ry.end()
        out.append(c)
    return out


def _resolve(c: _Cand, anchor: date | None, past: bool, dayfirst: bool | None,
             deadline: bool = False) -> Resolved | None:
    """``deadline``: the expression is a deadline ("by the end of October", "until the end of October") in a
    clause not known to tell the future, so it may lie on either side of the report ("wants to hand over by",
    "had until"): a date by the calendar resolves to the nearest one. "Fighting continued until October" keeps
    the tense, and so does a weekday ("by Sunday, the forces had retaken ...")."""
    m, kind = c.m, c.kind
    if m.group("ry") and kind in ("dm", "md", "month"):
        if anchor is None:
            return None
        year = str(anchor.year + _REL_YEAR_OFFSET[m.group("ry")])
        fields = _Fields(m, y=year, ry=None)
        r = _resolve(_Cand(c.start, c.end, kind, fields, c.wd_hint, c.relation), anchor, past, dayfirst, deadline)
        return None if r is None else (r[0], r[1], r[2], False)
    if c.relation == "since":
        past = True
    deadline = deadline and kind in ("dm", "md", "month")
    if kind == "num":
        if m.group("iy"):
            d = _cal.safe_date(_int(m.group("iy")), _int(m.group("im")), _int(m.group("id")))
        else:
            ytxt = m.group("y")
            if len(ytxt) == 2 and m.group("sep") != "/":
                return None
            d = _cal.numeric_date(_int(m.group("a")), _int(m.group("b")), _int(ytxt), dayfirst)
        return (d, d, "day", True) if d else None
    if kind in ("dm", "md"):
        return _day_range(m, _cal.month_number(m.group("mon")), anchor, None if deadline else past, c.wd_hint)
    if kind == "month":
        month = _cal.month_number(m.group("mon"))
        part = _norm_part(m.group("part"))
        if m.group("y"):
            y, explicit = _int(m.group("y")), True
        else:
            if anchor is None:
                return None
            explicit = False
            mod = (m.group("mod") or "").lower()
            am = anchor.month
            if mod == "last":
                y = anchor.year if month < am else anchor.year - 1
            elif mod == "next":
                y = anchor.year if month > am else anchor.year + 1
            elif mod == "this":
                y = anchor.year
            elif deadline:
                y = anchor.year + (-1 if month - am > 6 else 1 if am - month > 6 else 0)
            elif past:
                y = anchor.year if month <= am else anchor.year - 1
            else:
                y = anchor.year if month >= am else anchor.year + 1
        rng = _cal.month_range(y, month)
        if part:
            rng = _cal.sub_range(rng, "month", part)
        return rng[0], rng[1], "month", explicit
    if kind == "year":
        rng = _cal.year_range(_int(m.group("y")))
        part = _norm_part(m.group("part"))
        if part:
            rng = _cal.sub_range(rng, "year", part)
        return rng[0], rng[1], "year", True
    if anchor is None:
        return None
    if kind == "wd":
        return _weekday(m, anchor, past)
    if kind == "rd":
        d = anchor + timedelta(days=_RD_OFFSET[" ".join(m.group("w").lower().split())])
        return d, d, "day", False
    if kind == "ago":
        return _ago(m, anchor)
    if kind == "du":
        return _deictic(m, anchor, past)
    if kind == "du_the":
        unit = m.group("unit").lower()
        rng = _cal.sub_range(_unit_range(unit, anchor, 0), unit, _norm_part(m.group("part")))
        return rng[0], rng[1], unit, False
    if kind == "rp":
        return _window(m, anchor)
    if kind == "season":
        return _season(m, anchor, past)
    if kind == "we":
        if past:
            return _weekend(anchor, 0 if anchor.weekday() >= 5 else -1)
        return _weekend(anchor, 0)
    return None


def extract_times(text: str, anchor: date | None, tense: str = "past",
                  dayfirst: bool | None = None) -> list[TimeExpr]:
    """Temporal expressions in ``text`` resolved against ``anchor`` (the publication date).

    ``tense`` ("past" or "future") sets the direction of bare weekdays, months and day+month dates.
    ``dayfirst`` reads ambiguous numeric dates (None: infer, default day first). Expressions that
    need an anchor are dropped when ``anchor`` is None. Returns expressions in text order.
    """
    if not text:
        return []
    cands, low = _candidates(text)
    if not cands:
        return []
    cands = _relative_years(text, _merge_weekdays(text, _select(cands)))
    past = tense != "future"
    out: list[TimeExpr] = []
    floor = 0
    for c in cands:
        _attach_preposition(low, c, floor)
        floor = c.end
        span = low[c.start:c.end]
        # (a clause known to tell the future keeps its direction: "will end by March")
        deadline = past and c.relation == "until" and (span.startswith("by ") or "end of" in span)
        try:
            r = _resolve(c, anchor, past, dayfirst, deadline)
        except (ValueError, OverflowError, KeyError):
            r = None
        if r is None:
            continue
        ds, de, prec, explicit = r
        out.append(TimeExpr(text=text[c.start:c.end], start=c.start, end=c.end, date_start=ds,
                            date_end=de, precision=prec, relation=c.relation,
                            explicit_year=explicit))
    return out
