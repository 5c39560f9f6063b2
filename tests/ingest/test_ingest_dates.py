"""Publication dates from metadata values and from a date printed near the top."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from sanderling.ingest.dates import _fallback_printed_date, parse_date, printed_date


@pytest.mark.parametrize("value,expected", [
    ("2020-01-04", date(2020, 1, 4)),
    ("2020-01-04T18:43:00+01:00", date(2020, 1, 4)),
    ("2020-01-04T18:43:00Z", date(2020, 1, 4)),
    ("2020-01-04 18:43", date(2020, 1, 4)),
    ("May 23, 2020", date(2020, 5, 23)),
    ("Saturday, May 23, 2020", date(2020, 5, 23)),
    ("23 May 2020", date(2020, 5, 23)),
    ("23/05/2020", date(2020, 5, 23)),
    ("04/01/2020", date(2020, 1, 4)),          # day first
    ("2020/05/23", date(2020, 5, 23)),
    ("20200523", date(2020, 5, 23)),
    (1590192000, date(2020, 5, 23)),
    ("not-a-date", None),
    ("", None),
    (None, None),
    ("31/02/2020", None),
    ("2999-01-01", None),                      # future: not a publication date
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_parse_date_never_defaults_to_today():
    assert parse_date("today") is None and parse_date("yesterday") is None


@pytest.mark.parametrize("text,expected", [
    ("By RFIPosted on 04-01-2020Modified on 04-01-2020 at 18:43\n\nThe Libyan Parliament ...", date(2020, 1, 4)),
    ("Posted on 04-01-2020\nTurkish troops ...", date(2020, 1, 4)),
    ("Turkey warns Haftar's forces\n\nCheryl Sanders\nMay 23, 2020\n\nTarhouna, 90 km ...", date(2020, 5, 23)),
    ("Published: 10 November 2020 - 09:12\nArmenia and Azerbaijan ...", date(2020, 11, 10)),
])
def test_printed_date(text, expected):
    assert _fallback_printed_date(text) == expected
    assert printed_date(text) == expected


def test_printed_date_ignores_dates_inside_sentences_and_deep_in_the_text():
    assert printed_date("The parliament was elected in 2014 and met on 4 January 2020 in Benghazi to vote.") is None
    deep = "Negotiators from both sides met again in Geneva under the auspices of the UN envoy.\n" * 30
    assert printed_date(deep + "May 23, 2020\n") is None
    assert _fallback_printed_date(deep + "May 23, 2020\n") is None


def test_printed_date_rejects_the_future():
    future = date.today() + timedelta(days=30)
    assert printed_date(f"Posted on {future:%d-%m-%Y}\nText.") is None
