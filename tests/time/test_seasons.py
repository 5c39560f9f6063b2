"""Seasons name three months (the northern meteorological ones): "since last spring", "in the autumn of 2019",
"winter 2020". A season without a year or a "last"/"this"/"next" names nothing we can place, and the Arab Spring
or the fall of a city are no seasons at all."""
from datetime import date

from sanderling.time import extract_times

JAN_6_2020 = date(2020, 1, 6)


def _one(text, anchor=JAN_6_2020):
    found = extract_times(text, anchor)
    assert len(found) == 1, (text, found)
    te = found[0]
    return te.date_start, te.date_end, te.relation


def test_last_season_is_the_latest_one_over():
    assert _one("Haftar has tried to seize the capital since last spring.") == (date(2019, 3, 1), date(2019, 5, 31), "since")
    assert _one("The talks collapsed last summer.")[:2] == (date(2019, 6, 1), date(2019, 8, 31))
    # in January the winter under way is this winter, not last winter
    assert _one("Fighting eased last winter.")[:2] == (date(2018, 12, 1), date(2019, 2, 28))
    assert _one("Fighting eased this winter.")[:2] == (date(2019, 12, 1), date(2020, 2, 29))


def test_a_season_with_its_year():
    assert _one("The offensive began in the spring of 2019.")[:2] == (date(2019, 3, 1), date(2019, 5, 31))
    assert _one("Elections were promised for autumn 2021.")[:2] == (date(2021, 9, 1), date(2021, 11, 30))


def test_names_and_falls_are_no_seasons():
    for text in ("Libya has been unstable since the Arab Spring 2011 uprisings began.",
                 "The fall of Tripoli came in August.",
                 "Talks are expected in the spring."):
        assert not [t for t in extract_times(text, JAN_6_2020) if "pring" in t.text or "fall" in t.text.lower()], text

