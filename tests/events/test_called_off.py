"""A meeting put off or called off did not happen on the day it was put off: "postponed the conference to
November" is no conference on Sunday, and November is the coming one. Sentences written for these tests."""
from coding import code, of_type


def _asserted(evs, kind):
    return [e for e in of_type(evs, kind) if e.status == "asserted"]


def test_a_postponed_conference_is_still_to_come(resources):
    evs = code("The eastern government on Sunday postponed the donors' conference on rebuilding Derna to November.",
               "2023-10-01", resources)
    assert not _asserted(evs, "CONSULT")
    # the new date lies ahead of the decision, not thirteen months behind it
    assert not [e for e in evs if e.date is not None and e.date.year == 2022]
    evs = code("The committee announced on Sunday the postponement of the summit until next month.", "2023-10-01",
               resources)
    assert not _asserted(evs, "CONSULT")


def test_a_cancelled_or_called_off_meeting_is_no_meeting(resources):
    for text in ("The summit between the two presidents in Cairo was cancelled on Sunday.",
                 "Officials in Rome called off Monday's meeting between the two foreign ministers.",
                 "Algeria put off the talks between the Libyan delegations on Sunday."):
        assert not _asserted(code(text, "2023-10-01", resources), "CONSULT"), text


def test_a_meeting_held_is_still_a_meeting(resources):
    # the guard: a meeting that took place, even beside a postponed one, stays asserted
    evs = code("The two foreign ministers met in Cairo on Sunday after the summit was postponed.", "2023-10-01",
               resources)
    met = _asserted(evs, "CONSULT")
    assert met and str(met[0].date) == "2023-10-01"


def test_a_meeting_only_planned_is_no_meeting(resources):
    for text in ("Plans for the national conference in Ghadames are now on life support.",
                 "Preparations for the conference of Libya's neighbours in Algiers were under way on Sunday."):
        assert not _asserted(code(text, "2019-04-07", resources), "CONSULT"), text
