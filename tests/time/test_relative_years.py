"""A month or a day named with "last year", "this year" or "next year" ("in April last year", "on 4 April
last year") falls in that year; read apart, the month fell in the publication year."""
from datetime import date

import pytest

from sanderling.time import extract_times

PUB = date(2020, 5, 19)


@pytest.mark.parametrize("text, start, end, precision", [
    ("Haftar launched his offensive on Tripoli in April last year.", date(2019, 4, 1), date(2019, 4, 30), "month"),
    ("the offensive he began in April of last year", date(2019, 4, 1), date(2019, 4, 30), "month"),
    ("The attack began on 4 April last year.", date(2019, 4, 4), date(2019, 4, 4), "day"),
    ("forces advanced on Tripoli on Thursday, April 4 last year", date(2019, 4, 4), date(2019, 4, 4), "day"),
    ("in late April last year", date(2019, 4, 21), date(2019, 4, 30), "month"),
    ("elections planned for January next year", date(2021, 1, 1), date(2021, 1, 31), "month"),
    ("talks held in March this year", date(2020, 3, 1), date(2020, 3, 31), "month"),
])
def test_a_relative_year_names_the_months_year(text, start, end, precision):
    times = extract_times(text, PUB)
    assert len(times) == 1, [t.text for t in times]
    t = times[0]
    assert (t.date_start, t.date_end, t.precision) == (start, end, precision)
    assert not t.explicit_year


def test_a_since_month_of_last_year_keeps_its_relation():
    t, = extract_times("The port has been closed since December last year.", PUB)
    assert t.relation == "since" and t.date_start == date(2019, 12, 1)


def test_a_bare_last_year_is_still_a_year():
    t, = extract_times("The UN counted more casualties last year.", PUB)
    assert (t.date_start, t.date_end, t.precision) == (date(2019, 1, 1), date(2019, 12, 31), "year")


def test_a_written_year_wins():
    t, = extract_times("The offensive began in April 2019.", PUB)
    assert t.date_start == date(2019, 4, 1) and t.explicit_year
