"""Pattern tests for sanderling.time.extract_times; every expected date is worked out by hand.

Anchors used:
  SAT = Saturday 23 May 2020   (ISO week Mon 18 May - Sun 24 May)
  WED = Wednesday 29 April 2020
  JAN = Thursday 9 January 2020
"""
from datetime import date

import pytest

from sanderling.records import TimeExpr
from sanderling.time import extract_times

SAT = date(2020, 5, 23)
WED = date(2020, 4, 29)
JAN = date(2020, 1, 9)


def one(text, anchor=SAT, **kw) -> TimeExpr:
    found = extract_times(text, anchor, **kw)
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


def rng(t: TimeExpr):
    return t.date_start, t.date_end


# --- explicit dates -------------------------------------------------------------------------------

def test_month_day_without_year_past():
    t = one("Talks resumed on May 21 in Geneva.")
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 21))
    assert t.precision == "day" and not t.explicit_year
    assert t.text == "on May 21"


def test_month_day_without_year_crosses_new_year():
    t = one("The strike happened on December 30.", anchor=JAN)
    assert rng(t) == (date(2019, 12, 30), date(2019, 12, 30))


def test_month_day_future_tense_goes_forward():
    t = one("The conference will open on January 4.", anchor=SAT, tense="future")
    assert rng(t) == (date(2021, 1, 4), date(2021, 1, 4))


def test_day_month_year():
    t = one("Troops arrived on 21 May 2020.")
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 21))
    assert t.explicit_year and t.precision == "day"


def test_month_day_comma_year():
    t = one("It was signed May 21, 2020, in Berlin.", anchor=None)
    assert t.text == "May 21, 2020"
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 21))
    assert t.explicit_year


def test_the_nth_of_month():
    t = one("the 3rd of May")
    assert rng(t) == (date(2020, 5, 3), date(2020, 5, 3))


def test_abbreviated_month_with_dot():
    t = one("on Jan. 4, 2020", anchor=None)
    assert rng(t) == (date(2020, 1, 4), date(2020, 1, 4))


def test_day_range():
    t = one("Talks were held May 21-23.")
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 23))


def test_weekday_plus_date_no_year_uses_weekday():
    # 4 January 2020 was a Saturday; anchor 23 May 2020.
    t = one("Saturday January 4")
    assert t.text == "Saturday January 4"
    assert rng(t) == (date(2020, 1, 4), date(2020, 1, 4))


def test_weekday_plus_date_weekday_picks_year():
    # In an article of 9 Jan 2020, "Saturday January 4" -> 2020 (4 Jan 2019 was a Friday).
    t = one("on Saturday January 4", anchor=JAN)
    assert rng(t) == (date(2020, 1, 4), date(2020, 1, 4))


def test_weekday_with_parenthesised_date_is_one_expression():
    text = "Clashes erupted on Thursday (May 21) near Tripoli."
    t = one(text)
    assert t.text == "on Thursday (May 21)"
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 21))


def test_weekday_and_date_disagree_trust_date():
    # 20 May 2020 was a Wednesday; the explicit date wins.
    t = one("on Thursday, May 20, 2020")
    assert rng(t) == (date(2020, 5, 20), date(2020, 5, 20))


# --- numeric dates ------------------------------------------------------------------------------

def test_numeric_dash_default_day_first():
    t = one("on 04-01-2020", anchor=None)
    assert rng(t) == (date(2020, 1, 4), date(2020, 1, 4)) and t.explicit_year


def test_numeric_slash_default_day_first():
    t = one("04/01/2020", anchor=None)
    assert rng(t) == (date(2020, 1, 4), date(2020, 1, 4))


def test_numeric_dayfirst_false():
    t = one("04/01/2020", anchor=None, dayfirst=False)
    assert rng(t) == (date(2020, 4, 1), date(2020, 4, 1))


def test_numeric_part_over_12_decides():
    assert rng(one("01/13/2020", anchor=None)) == (date(2020, 1, 13), date(2020, 1, 13))
    assert rng(one("13/01/2020", anchor=None)) == (date(2020, 1, 13), date(2020, 1, 13))


def test_numeric_iso_always_ymd():
    t = one("2020-01-04", anchor=None, dayfirst=False)
    assert rng(t) == (date(2020, 1, 4), date(2020, 1, 4))


# --- weekdays -----------------------------------------------------------------------------------

def test_on_thursday_past():
    t = one("Rebels shelled the airport on Thursday.")
    assert t.text == "on Thursday"
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 21)) and t.precision == "day"


def test_on_weekday_equal_to_anchor_is_anchor_day():
    t = one("Protesters gathered on Saturday.")
    assert rng(t) == (SAT, SAT)


def test_on_thursday_future():
    t = one("Talks will resume on Thursday.", tense="future")
    assert rng(t) == (date(2020, 5, 28), date(2020, 5, 28))


def test_friday_evening():
    t = one("A car bomb exploded Friday evening.")
    assert t.text == "Friday evening"
    assert rng(t) == (date(2020, 5, 22), date(2020, 5, 22))


def test_tuesday_night():
    t = one("Drones struck Tuesday night.")
    assert rng(t) == (date(2020, 5, 19), date(2020, 5, 19))


def test_last_weekday_is_strictly_before():
    t = one("last Saturday")
    assert rng(t) == (date(2020, 5, 16), date(2020, 5, 16))


def test_possessive_weekday():
    t = one("Thursday's attack")
    assert rng(t) == (date(2020, 5, 21), date(2020, 5, 21))


# --- relative days ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Yesterday the army advanced.", date(2020, 5, 22)),
    ("The minister said today.", date(2020, 5, 23)),
    ("A vote is expected tonight.", date(2020, 5, 23)),
    ("Fighting continued the day before.", date(2020, 5, 22)),
    ("He had arrived the previous day.", date(2020, 5, 22)),
    ("Two days ago the talks failed.", date(2020, 5, 21)),
    ("It happened the day before yesterday.", date(2020, 5, 21)),
])
def test_relative_days(text, expected):
    t = one(text)
    assert rng(t) == (expected, expected) and t.precision == "day"


def test_the_day_before_an_event_is_not_anchor_relative():
    assert extract_times("He arrived the day before the vote.", SAT) == []


# --- weeks --------------------------------------------------------------------------------------

def test_last_week():
    t = one("Last week the UN warned of famine.")
    assert rng(t) == (date(2020, 5, 11), date(2020, 5, 17)) and t.precision == "week"


def test_this_week():
    assert rng(one("this week")) == (date(2020, 5, 18), date(2020, 5, 24))


def test_earlier_this_week():
    t = one("earlier this week")
    assert rng(t) == (date(2020, 5, 18), date(2020, 5, 23)) and t.precision == "week"


def test_next_week():
    assert rng(one("next week", tense="future")) == (date(2020, 5, 25), date(2020, 5, 31))


def test_three_weeks_ago():
    # 23 May - 21 days = 2 May 2020, ISO week 27 Apr - 3 May.
    t = one("three weeks ago")
    assert rng(t) == (date(2020, 4, 27), date(2020, 5, 3)) and t.precision == "week"


def test_in_recent_weeks():
    t = one("Fighting has intensified in recent weeks.")
    assert t.text == "in recent weeks"
    assert rng(t) == (date(2020, 4, 25), date(2020, 5, 23)) and t.precision == "month"


def test_in_the_coming_days():
    t = one("Talks will resume in the coming days.", tense="future")
    assert rng(t) == (date(2020, 5, 24), date(2020, 5, 30))


def test_in_the_coming_weeks():
    t = one("in the coming weeks", tense="future")
    assert rng(t) == (date(2020, 5, 24), date(2020, 6, 20))


def test_over_the_weekend_past():
    # anchor is a Saturday: that weekend
    assert rng(one("over the weekend")) == (date(2020, 5, 23), date(2020, 5, 24))
    assert rng(one("over the weekend", anchor=WED)) == (date(2020, 4, 25), date(2020, 4, 26))


# --- months -------------------------------------------------------------------------------------

def test_this_month():
    t = one("this month")
    assert rng(t) == (date(2020, 5, 1), date(2020, 5, 31)) and t.precision == "month"


def test_earlier_this_month():
    assert rng(one("earlier this month")) == (date(2020, 5, 1), date(2020, 5, 23))


def test_last_month():
    assert rng(one("last month", anchor=JAN)) == (date(2019, 12, 1), date(2019, 12, 31))


def test_next_month():
    assert rng(one("next month", tense="future")) == (date(2020, 6, 1), date(2020, 6, 30))


def test_in_june_2020():
    t = one("in June 2020", anchor=None)
    assert t.text == "in June 2020"
    assert rng(t) == (date(2020, 6, 1), date(2020, 6, 30)) and t.precision == "month"
    assert t.explicit_year and t.relation == "at"


def test_june_2020_bare():
    assert rng(one("June 2020", anchor=None)) == (date(2020, 6, 1), date(2020, 6, 30))


def test_since_april_2019():
    t = one("Tripoli has been under attack since April 2019.")
    assert t.text == "since April 2019" and t.relation == "since"
    assert rng(t) == (date(2019, 4, 1), date(2019, 4, 30)) and t.explicit_year


def test_since_april_without_year():
    t = one("since April")
    assert t.relation == "since" and not t.explicit_year
    assert rng(t) == (date(2020, 4, 1), date(2020, 4, 30))


def test_in_april_in_the_anchor_month_is_this_year():
    assert rng(one("in April", anchor=date(2020, 4, 10))) == (date(2020, 4, 1), date(2020, 4, 30))


def test_in_june_past_is_last_year():
    assert rng(one("in June")) == (date(2019, 6, 1), date(2019, 6, 30))


def test_in_june_future_is_this_year():
    assert rng(one("in June", tense="future")) == (date(2020, 6, 1), date(2020, 6, 30))


def test_last_april_from_january():
    assert rng(one("last April", anchor=JAN)) == (date(2019, 4, 1), date(2019, 4, 30))


def test_last_april_in_april_is_previous_year():
    assert rng(one("last April", anchor=WED)) == (date(2019, 4, 1), date(2019, 4, 30))


def test_since_last_april_in_april():
    t = one("since last April", anchor=WED)
    assert t.relation == "since" and t.text == "since last April"
    assert rng(t) == (date(2019, 4, 1), date(2019, 4, 30))


def test_at_the_end_of_november():
    t = one("at the end of November")
    assert t.text == "at the end of November"
    assert rng(t) == (date(2019, 11, 15), date(2019, 11, 30)) and t.precision == "month"


def test_at_the_beginning_of_march():
    t = one("at the beginning of March")
    assert rng(t) == (date(2020, 3, 1), date(2020, 3, 15)) and t.precision == "month"


@pytest.mark.parametrize("text,expected", [
    ("early March", (date(2020, 3, 1), date(2020, 3, 10))),
    ("mid-March", (date(2020, 3, 11), date(2020, 3, 20))),
    ("in mid March", (date(2020, 3, 11), date(2020, 3, 20))),
    ("late March", (date(2020, 3, 21), date(2020, 3, 31))),
    ("late February 2019", (date(2019, 2, 21), date(2019, 2, 28))),
])
def test_early_mid_late_month(text, expected):
    t = one(text)
    assert rng(t) == expected and t.precision == "month"


def test_months_ago():
    assert rng(one("two months ago")) == (date(2020, 3, 1), date(2020, 3, 31))


# --- years --------------------------------------------------------------------------------------

def test_in_2011():
    t = one("Gaddafi was killed in 2011.", anchor=None)
    assert t.text == "in 2011"
    assert rng(t) == (date(2011, 1, 1), date(2011, 12, 31)) and t.precision == "year"
    assert t.explicit_year


def test_year_after_of():
    t = one("the UN agreement of 2015", anchor=None)
    assert rng(t) == (date(2015, 1, 1), date(2015, 12, 31))


def test_last_year():
    t = one("last year")
    assert rng(t) == (date(2019, 1, 1), date(2019, 12, 31)) and t.precision == "year"


def test_this_year():
    assert rng(one("this year")) == (date(2020, 1, 1), date(2020, 12, 31))


def test_earlier_this_year():
    t = one("earlier this year")
    assert rng(t) == (date(2020, 1, 1), date(2020, 5, 23)) and t.precision == "year"


def test_a_year_ago():
    t = one("a year ago")
    assert rng(t) == (date(2019, 1, 1), date(2019, 12, 31)) and t.precision == "year"


def test_early_2020_and_end_of_year():
    assert rng(one("in early 2020", anchor=None)) == (date(2020, 1, 1), date(2020, 4, 30))
    t = one("by the end of the year", tense="future")
    assert rng(t) == (date(2020, 10, 1), date(2020, 12, 31)) and t.relation == "until"


def test_since_2015_relation():
    t = one("since 2015", anchor=None)
    assert t.relation == "since" and rng(t) == (date(2015, 1, 1), date(2015, 12, 31))


# --- false positives ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Turkey may send troops to Libya.",
    "Protesters march on the capital.",
    "May God protect Libya, he said.",
    "March organisers said the route was blocked.",
    "Some 2,500 mercenaries arrived.",
    "About 1,500 fighters and 15,000 civilians.",
    "The 5+5 military commission met.",
    "Resolution 2259 endorsed the agreement.",
    "Jan Kubis briefed the Council.",
    "The 2011 revolution changed everything.",
    "out of 2000 soldiers",
    "Theresa May 21 times refused.",
    "the last days of the regime",
    "The Sun reported it.",
    "",
])
def test_no_false_positives(text):
    assert extract_times(text, SAT) == []


# --- anchor None --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "on Thursday", "last week", "in April", "yesterday", "May 21", "two days ago", "last month",
    "in recent weeks", "Saturday January 4", "this year",
])
def test_relative_needs_anchor(text):
    assert extract_times(text, None) == []


def test_multiple_expressions_in_order():
    text = "Haftar attacked Tripoli in April 2019 and, since last April, fighting went on until Thursday."
    got = extract_times(text, SAT)
    assert [t.text for t in got] == ["in April 2019", "since last April", "until Thursday"]
    assert [t.relation for t in got] == ["at", "since", "until"]
    assert rng(got[2]) == (date(2020, 5, 21), date(2020, 5, 21))


def test_programme_titles_are_not_dates():
    assert extract_times("He presents The World Tonight on Radio 4.", SAT) == []
    assert extract_times("USA Today reported the strike.", SAT) == []


def test_possessive_keeps_preposition_out_of_span():
    t = one("as reported in today's paper")
    assert t.text == "today's" and rng(t) == (SAT, SAT)
    t = one("after Friday's vote")
    assert t.text == "after Friday's" and t.relation == "after"


def test_a_day_month_weeks_ahead_beats_one_eleven_months_back():
    # late December: "proposed January 24" is next month even in a past-tense clause
    (t,) = extract_times("The commission proposed January 24 as the new date.", date(2021, 12, 23))
    assert t.date_start == date(2022, 1, 24)
    # but a date four months ahead is still read backwards
    (t,) = extract_times("The attack on April 20 killed five.", date(2021, 12, 23))
    assert t.date_start == date(2021, 4, 20)


@pytest.mark.parametrize("text,day", [
    # translated Arabic copy stamped the day after it was written: the weekday says which day "today" was
    ("The council affirmed, today Tuesday, its rejection of foreign interference.", date(2019, 12, 31)),
    ("The envoy arrived yesterday, Monday, in Tripoli.", date(2019, 12, 30)),
    ("The council affirmed, today Wednesday, its rejection.", date(2020, 1, 1)),
])
def test_a_deictic_day_followed_by_its_weekday_is_that_weekday(text, day):
    got = extract_times(text, date(2020, 1, 1))     # a Wednesday
    assert len(got) == 1 and got[0].date_start == day


def test_today_alone_stays_the_anchor():
    assert [t.date_start for t in extract_times("He spoke today and on Tuesday.", date(2020, 1, 1))] == \
        [date(2020, 1, 1), date(2019, 12, 31)]
