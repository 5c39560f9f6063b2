"""Property tests of the resolver."""
from datetime import date, timedelta

from hypothesis import given, settings, strategies as st

from sanderling.time import extract_times

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
anchors = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))
weekdays = st.sampled_from(range(7))

RELATIVE = ["on Thursday", "last week", "this week", "earlier this week", "next week", "last month",
            "this month", "earlier this month", "next month", "last year", "this year",
            "earlier this year", "in April", "since April", "last April", "next April",
            "yesterday", "today", "tonight", "two days ago", "three weeks ago", "a year ago",
            "the day before", "the previous day", "in recent weeks", "in the coming days",
            "in the coming weeks", "May 21", "Saturday January 4", "Friday evening",
            "at the end of November", "early March", "over the weekend", "the past two weeks",
            "late last year", "by the end of the year", "February 29"]
ABSOLUTE = ["21 May 2020", "May 21, 2020", "in June 2020", "in 2011", "04/01/2020", "2020-01-04",
            "since April 2019", "mid-March 2019", "early 2020"]


@settings(max_examples=300)
@given(anchors, weekdays)
def test_past_weekday_within_week_before(anchor, wd):
    got = extract_times(f"They met on {WEEKDAYS[wd]}.", anchor, tense="past")
    assert len(got) == 1
    d = got[0].date_start
    assert got[0].date_end == d
    assert d.weekday() == wd
    assert 0 <= (anchor - d).days <= 6


@settings(max_examples=300)
@given(anchors, weekdays)
def test_future_weekday_within_week_after(anchor, wd):
    got = extract_times(f"They will meet on {WEEKDAYS[wd]}.", anchor, tense="future")
    assert len(got) == 1
    d = got[0].date_start
    assert d.weekday() == wd
    assert 0 <= (d - anchor).days <= 6


@settings(max_examples=300)
@given(anchors)
def test_last_month_is_previous_month(anchor):
    (t,) = extract_times("last month", anchor)
    prev = anchor.replace(day=1) - timedelta(days=1)
    assert t.date_start == prev.replace(day=1)
    assert t.date_end == prev
    assert t.precision == "month"


@settings(max_examples=300)
@given(anchors, st.sampled_from(RELATIVE + ABSOLUTE), st.sampled_from(["past", "future"]))
def test_ranges_are_ordered(anchor, phrase, tense):
    for t in extract_times(f"Officials said {phrase} that", anchor, tense=tense):
        assert t.date_start <= t.date_end
        assert t.precision in ("day", "week", "month", "year")


@settings(max_examples=200)
@given(st.sampled_from(RELATIVE), st.sampled_from(["past", "future"]))
def test_relative_gives_nothing_without_anchor(phrase, tense):
    assert extract_times(f"Officials said {phrase} that", None, tense=tense) == []


@settings(max_examples=100)
@given(st.sampled_from(ABSOLUTE))
def test_absolute_resolves_without_anchor(phrase):
    got = extract_times(f"Officials said {phrase} that", None)
    assert len(got) == 1 and got[0].explicit_year


@settings(max_examples=300)
@given(st.text(max_size=80), anchors)
def test_never_crashes_and_offsets_match(text, anchor):
    for t in extract_times(text, anchor):
        assert text[t.start:t.end] == t.text
        assert t.date_start <= t.date_end


@settings(max_examples=300)
@given(anchors)
def test_last_week_is_the_iso_week_before(anchor):
    (t,) = extract_times("last week", anchor)
    monday = anchor - timedelta(days=anchor.weekday())
    assert t.date_start == monday - timedelta(days=7)
    assert t.date_end == monday - timedelta(days=1)
    assert t.date_start.weekday() == 0 and t.precision == "week"


@settings(max_examples=300)
@given(anchors, st.sampled_from(range(1, 13)))
def test_month_names_resolve_by_direction(anchor, month):
    name = date(2000, month, 1).strftime("%B")
    (past,) = extract_times(f"in {name}", anchor, tense="past")
    (fut,) = extract_times(f"in {name}", anchor, tense="future")
    (last,) = extract_times(f"last {name}", anchor, tense="past")
    a = anchor.year * 12 + anchor.month
    idx = lambda d: d.year * 12 + d.month  # noqa: E731
    assert past.date_start.month == fut.date_start.month == last.date_start.month == month
    assert 0 <= a - idx(past.date_start) <= 11
    assert 0 <= idx(fut.date_start) - a <= 11
    assert 1 <= a - idx(last.date_start) <= 12


@settings(max_examples=300)
@given(anchors, st.sampled_from(range(1, 13)), st.integers(1, 28), st.sampled_from(["past", "future"]))
def test_day_month_without_year_is_near_the_anchor(anchor, month, day, tense):
    name = date(2000, month, 1).strftime("%B")
    (t,) = extract_times(f"on {name} {day}", anchor, tense=tense)
    d = t.date_start
    assert (d.month, d.day) == (month, day)
    delta = (anchor - d).days if tense == "past" else (d - anchor).days
    # the other direction is taken only when four times as near (at most ~73 days)
    assert -74 <= delta <= 366
    if delta < 0:
        assert -4 * delta < 366 + delta


@settings(max_examples=200)
@given(anchors)
def test_yesterday_and_days_ago(anchor):
    (y,) = extract_times("yesterday", anchor)
    (ago,) = extract_times("three days ago", anchor)
    assert y.date_start == y.date_end == anchor - timedelta(days=1)
    assert ago.date_start == anchor - timedelta(days=3)
