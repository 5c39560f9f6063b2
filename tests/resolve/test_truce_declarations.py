"""A unilateral truce is news as a promise ("will cease military operations") in one outlet and as a declared halt
in another: one declaration. Reports written for these tests of the LNA's Ramadan truce announced on Wednesday
29 April 2020."""
from datetime import date

from merge_articles import code_into, coded_row, event_ids

from sanderling.records import Article
from sanderling.resolve.merge import reports_compatible

PROMISE = Article(
    id="truce-promise", outlet="Harbour Times", published=date(2020, 4, 30),
    text=("CAIRO - The Libyan National Army led by Khalifa Haftar will cease military operations for the rest of "
          "Ramadan, its spokesman Ahmed al-Mismari said late on Wednesday.\n\n"
          "He said any violation by the other side would be met with a harsh response."))
HALT = Article(
    id="truce-halt", outlet="Sahel Courier", published=date(2020, 4, 30),
    text=("BENGHAZI - Khalifa Haftar's forces announced on Wednesday night a halt to their military operations for "
          "the holy month, citing calls from friendly countries.\n\n"
          "The Tripoli government has not responded."))


def test_only_a_promise_to_yield_matches_a_declared_truce():
    assert reports_compatible(coded_row("AGREE", "035"), coded_row("RETREAT", "0871"))
    assert reports_compatible(coded_row("RETREAT", "0871"), coded_row("AGREE", "035"))
    assert not reports_compatible(coded_row("AGREE", "036"), coded_row("RETREAT", "0871"))   # a promised meeting
    assert not reports_compatible(coded_row("AGREE", "035"), coded_row("RETREAT", "0874"))   # a withdrawal carried out


def test_the_promise_and_the_halt_are_one_event(store, resources):
    code_into(store, resources, [PROMISE, HALT])
    assert event_ids(store, "truce-promise", "AGREE", "RETREAT") & event_ids(store, "truce-halt", "AGREE", "RETREAT")
