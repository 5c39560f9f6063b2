"""A deadline by the calendar ("by the end of October", "by December 24") is the nearest such day, ahead of the
report or behind it, whatever the tense; weekdays, bare months and "until" a month keep the tense's direction
("fighting continued until October")."""
from datetime import date

from sanderling.time import extract_times

SEPT_17 = date(2020, 9, 17)


def _first(text, anchor=SEPT_17):
    found = extract_times(text, anchor)
    assert found, text
    return found[0]


def test_a_deadline_a_few_weeks_ahead_is_this_year():
    te = _first("He wants to hand over his duties by the end of October at the latest.")
    assert te.relation == "until" and te.date_end == date(2020, 10, 31)
    assert _first("The militias must leave by December 24.").date_start == date(2020, 12, 24)


def test_a_deadline_that_has_passed_is_behind_the_report():
    assert _first("The fighters had until the end of August to leave.").date_start.year == 2020
    assert _first("Parliament was given until March to agree.").date_start == date(2020, 3, 1)


def test_weekdays_and_bare_months_keep_the_tense():
    assert _first("By Sunday, the forces had retaken the town.").date_start == date(2020, 9, 13)
    assert _first("Talks were held in December.").date_start == date(2019, 12, 1)
    assert _first("Fighting continued until October.").date_start == date(2019, 10, 1)
