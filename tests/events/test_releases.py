"""A release told as a noun ("welcomed the release of six sailors by Haftar's forces", "after their release")
is the release (CAMEO 0841) of the people named, while releasing a report is no event. Sentences written for
these tests."""
from coding import code, ids, of_type


def test_the_release_of_captives_by_their_captors(resources):
    evs = code("Turkey welcomed the release of six Turkish sailors by Haftar's forces on Monday.", "2019-07-02",
               resources)
    freed = [e for e in of_type(evs, "RETREAT") if e.cameo == "0841"]
    assert freed and "LBY_LNA" in ids(freed[0].actor)


def test_a_possessive_release_after_a_detention(resources):
    evs = code("The two Italian engineers, kidnapped near Ghat in September, flew home to Rome on Friday after "
               "their release by the Libyan authorities.", "2020-12-11", resources)
    freed = [e for e in of_type(evs, "RETREAT") if e.cameo == "0841"]
    assert freed and not freed[0].historical


def test_releasing_a_report_is_no_release(resources):
    evs = code("The ministry announced the release of the report on Monday.", "2020-12-11", resources)
    assert not [e for e in evs if e.cameo == "0841"]
