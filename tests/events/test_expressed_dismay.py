"""Expressing outrage or dismay at something is disapproval (ACCUSE, CAMEO 111), as condemning it is; horror
watched on a screen is no statement. Sentences written for these tests."""
from coding import code, ids, of_type


def test_expressed_outrage_is_disapproval(resources):
    evs = code("Egypt expressed outrage on Monday at the killing of its workers in Tarhuna.", "2020-06-11", resources)
    said = of_type(evs, "ACCUSE")
    assert said and said[0].cameo == "111" and "EGY" in ids(said[0].actor)


def test_voiced_dismay_is_disapproval(resources):
    evs = code("Egypt's foreign minister voiced dismay on Monday at the court's verdict.", "2020-06-11", resources)
    assert [e for e in of_type(evs, "ACCUSE") if e.cameo == "111"]


def test_horror_on_screen_is_no_statement(resources):
    assert not code("The film was watched with horror by millions of viewers on Monday.", "2020-06-11", resources)
