"""Calendar arithmetic shared by the extractor and the printed-date finder.

All ranges are inclusive ``(first_day, last_day)`` pairs of ``datetime.date``. Weeks are ISO weeks
(Monday to Sunday).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTH_NUM: dict[str, int] = {}
for _i, _name in enumerate(FULL_MONTHS, 1):
    MONTH_NUM[_name.lower()] = _i
    MONTH_NUM[_name[:3].lower()] = _i
MONTH_NUM["sept"] = 9
# Machine-translated Turkish copy keeps the month's own name ("on 4 Nisan", "13 Haziran 2020", "in Nisan 2019");
# read only after a day number or before a year, since "Mart", "Ekim" and "Kasım" are also words and given names
DAY_FIRST_MONTHS: dict[str, int] = {
    "Ocak": 1, "Şubat": 2, "Subat": 2, "Mart": 3, "Nisan": 4, "Mayıs": 5, "Mayis": 5, "Haziran": 6,
    "Temmuz": 7, "Ağustos": 8, "Agustos": 8, "Eylül": 9, "Eylul": 9, "Ekim": 10, "Kasım": 11, "Kasim": 11,
    "Aralık": 12, "Aralik": 12}
MONTH_NUM.update({k.lower(): v for k, v in DAY_FIRST_MONTHS.items()})

WEEKDAY_NUM: dict[str, int] = {}
for _i, _name in enumerate(WEEKDAY_NAMES):
    WEEKDAY_NUM[_name.lower()] = _i
    WEEKDAY_NUM[_name[:3].lower()] = _i
WEEKDAY_NUM.update({"tues": 1, "wednes": 2, "thur": 3, "thurs": 3})

Range = tuple[date, date]
ONE_DAY = timedelta(days=1)


def month_number(name: str) -> int:
    return MONTH_NUM[name.lower().rstrip(".")]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months after (y, m); k may be negative."""
    y2, m0 = divmod(y * 12 + (m - 1) + k, 12)
    return y2, m0 + 1


def month_range(y: int, m: int) -> Range:
    return date(y, m, 1), date(y, m, last_day(y, m))


def year_range(y: int) -> Range:
    return date(y, 1, 1), date(y, 12, 31)


def week_range(d: date) -> Range:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def weekday_on_or_before(anchor: date, wd: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - wd) % 7)


def weekday_on_or_after(anchor: date, wd: int) -> date:
    return anchor + timedelta(days=(wd - anchor.weekday()) % 7)


def weekday_before(anchor: date, wd: int) -> date:
    """Most recent ``wd`` strictly before ``anchor``."""
    return anchor - timedelta(days=(anchor.weekday() - wd - 1) % 7 + 1)


def weekday_after(anchor: date, wd: int) -> date:
    """First ``wd`` strictly after ``anchor``."""
    return anchor + timedelta(days=(wd - anchor.weekday() - 1) % 7 + 1)


def expand_year(y: int) -> int:
    """Two-digit years: 00-69 -> 2000s, 70-99 -> 1900s."""
    if y >= 100:
        return y
    return 2000 + y if y < 70 else 1900 + y


def numeric_date(a: int, b: int, y: int, dayfirst: bool | None) -> date | None:
    """Read ``a/b/y`` (not ISO). ``dayfirst`` decides when given; when None a part above 12 decides,
    otherwise day first (most of our outlets are non-US). If the requested order gives no valid date
    the other order is tried, so 05/23/2020 with dayfirst=True still reads as 23 May."""
    y = expand_year(y)
    if dayfirst is None:
        if a > 12 >= b:
            dayfirst = True
        elif b > 12 >= a:
            dayfirst = False
        else:
            dayfirst = True
    first = (a, b) if dayfirst else (b, a)
    d = safe_date(y, first[1], first[0])
    if d is None:
        d = safe_date(y, first[0], first[1])
    return d


def sub_range(rng: Range, unit: str, part: str) -> Range:
    """The part of a week/month/year range named by ``part``.

    month: early 1-10, mid 11-20, late 21-end; beginning/start 1-15, end 15-end (late part of the
    month), first half 1-15, second half 16-end.
    year: early Jan-Apr, mid May-Aug, late Sep-Dec; beginning Jan-Mar, end Oct-Dec, halves.
    week: early/beginning Mon-Wed, mid Tue-Thu, late/end Thu-Sun.
    """
    ds, de = rng
    if unit == "month":
        y, m, last = ds.year, ds.month, de.day
        spans = {"early": (1, 10), "mid": (11, 20), "late": (21, last), "beginning": (1, 15),
                 "end": (15, last), "first half": (1, 15), "second half": (16, last)}
        a, b = spans.get(part, (1, last))
        return date(y, m, a), date(y, m, b)
    if unit == "year":
        y = ds.year
        spans = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "beginning": (1, 3),
                 "end": (10, 12), "first half": (1, 6), "second half": (7, 12)}
        a, b = spans.get(part, (1, 12))
        return date(y, a, 1), date(y, b, last_day(y, b))
    if unit == "week":
        spans = {"early": (0, 2), "beginning": (0, 2), "mid": (1, 3), "late": (3, 6), "end": (3, 6),
                 "first half": (0, 3), "second half": (3, 6)}
        a, b = spans.get(part, (0, 6))
        return ds + timedelta(days=a), ds + timedelta(days=b)
    return rng
