from datetime import date

import pytest

from sanderling.time import find_printed_date


@pytest.mark.parametrize("page,expected", [
    ("Posted on 04-01-2020\nLibyan forces ...", date(2020, 1, 4)),
    ("Libya\nBy RFIPosted on 04-01-2020Modified on 04-01-2020 at 18:43\nText", date(2020, 1, 4)),
    ("Published: 21 May 2020\nTripoli", date(2020, 5, 21)),
    ("Libya Observer\nMay 23, 2020\nThe GNA forces said on Saturday ...", date(2020, 5, 23)),
    ("<meta> 2020-05-23T10:00:00Z\nBody", date(2020, 5, 23)),
    ("Saturday 23 May 2020 - 10:43\nBody text", date(2020, 5, 23)),
    ("Updated 24/05/2020\nBody", date(2020, 5, 24)),
])
def test_printed_dates(page, expected):
    assert find_printed_date(page) == expected


def test_posted_wins_over_modified():
    page = "By AFP Modified on 05-01-2020 Posted on 04-01-2020\nText"
    assert find_printed_date(page) == date(2020, 1, 4)


def test_dayfirst_false():
    assert find_printed_date("Posted on 04-01-2020", dayfirst=False) == date(2020, 4, 1)


@pytest.mark.parametrize("page", [
    "",
    "The war began in 2011 and 2,500 mercenaries arrived.\nMore text.",
    "Fighting on May 23 near Tripoli killed 12 people, officials said.",
])
def test_no_clear_date(page):
    assert find_printed_date(page) is None


def test_only_the_head_is_read():
    page = ("x" * 80 + "\n") * 40 + "May 23, 2020\n"
    assert find_printed_date(page) is None


@pytest.mark.parametrize("page", [
    "Demonstrators in this still image taken from a video posted on September 3, 2011 on a site",
    "Turnbull writes.\nThe letter, dated 18 May 2004, says British policy was wrong.",
])
def test_labels_in_running_text_are_not_bylines(page):
    assert find_printed_date(page) is None


def test_label_after_capitalised_byline():
    assert find_printed_date("By Reuters Staff Published 21 May 2020") == date(2020, 5, 21)
