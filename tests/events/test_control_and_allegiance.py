"""Real wire wording the coder missed: a town whose control is regained or gained is taken; forces "answering to"
or "backing" a government fight for it; a video speech released by a media office frees nobody; a war waged
"since last spring" is background. Sentences written for these tests about real events of 2019-2020."""
import pytest

from coding import code, ids, of_type

FRIDAY = "2020-06-05"


@pytest.mark.parametrize("text", [
    "Government of National Accord forces have regained control of the town of Tarhuna, south-east of Tripoli.",
    "Government of National Accord forces gained control of Tarhuna on Friday.",
    "Forces backing Libya's unity government said on Wednesday they had reseized Tripoli's international airport.",
])
def test_control_regained_is_a_capture(resources, text):
    taken = of_type(code(text, FRIDAY, resources), "ASSAULT")
    assert taken and taken[0].actor and taken[0].actor[0].id.startswith("LBY_GNA"), text


@pytest.mark.parametrize("text", [
    "Forces answering to Libya's Government of National Accord under Fayez al-Sarraj captured al-Watiya air base.",
    "Forces backing Libya's Government of National Accord captured al-Watiya air base on Monday.",
])
def test_forces_answering_to_or_backing_a_government_act_for_it(resources, text):
    taken = of_type(code(text, "2020-05-18", resources), "ASSAULT")
    assert taken and [a.id for a in taken[0].actor] == ["LBY_GNA_FORCES"], text


def test_a_released_video_speech_frees_nobody(resources):
    evs = code("Haftar made the statement in a video speech released by the LNA's General Command Information Office.",
               "2019-12-13", resources)
    assert not of_type(evs, "RETREAT")


def test_a_war_waged_since_last_spring_is_background(resources):
    evs = of_type(code("Haftar's forces have tried to seize the capital since last spring.", "2020-01-06",
                       resources), "ASSAULT")
    assert evs and all(e.historical for e in evs)


def test_blocked_exports_are_a_blockade(resources):
    evs = of_type(code("BERLIN - Forces loyal to Khalifa Haftar blocked oil exports from Libya's main ports on Saturday.",
                       "2020-01-18", resources), "COERCE")
    assert evs and [a.id for a in evs[0].actor] == ["LBY_LNA"]


def test_landing_to_hold_a_meeting_is_a_visit(resources):
    evs = of_type(code("President Recep Tayyip Erdogan has landed in Tunisia with a delegation to hold an unannounced "
                       "meeting with his Tunisian counterpart Kais Saied, the Turkish presidency said on Wednesday.",
                       "2019-12-25", resources), "CONSULT")
    assert evs and evs[0].actor[0].id == "TUR_ERDOGAN"


def test_eastern_libyan_forces_are_the_lna(resources):
    evs = of_type(code("Eastern Libyan forces shelled the southern suburbs of Tripoli on Monday.", "2020-04-29",
                       resources), "ASSAULT")
    assert evs and [a.id for a in evs[0].actor] == ["LBY_LNA"]


def test_the_launch_of_a_forum_is_its_meeting(resources):
    evs = of_type(code("Monday saw the launch of the Libyan political dialogue forum in Tunis, attended by the acting "
                       "UN envoy Stephanie Williams.", "2020-11-10", resources), "CONSULT")
    assert evs and evs[0].status == "asserted" and str(evs[0].date) == "2020-11-09"
    assert not of_type(code("The launch of the talks was delayed again.", "2020-11-10", resources), "CONSULT")
