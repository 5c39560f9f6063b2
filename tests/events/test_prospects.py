"""What a step makes possible is not yet a deed: "paving the way for an intervention", "opened the door to",
"set the stage for", "laid the groundwork for". The step is coded; what it opens the way to is not asserted.
Sentences written for these tests."""
from coding import code, of_type

PUB = "2020-07-21"


def _asserted(events, etype):
    return [e for e in of_type(events, etype) if e.status in ("asserted", "claimed")]


def test_paving_the_way_for_an_intervention_is_not_an_assault(resources):
    evs = code("Egypt's parliament on Monday approved the deployment of troops abroad, paving the way for an "
               "intervention in neighbouring Libya.", PUB, resources)
    assert not _asserted(evs, "ASSAULT")
    assert of_type(evs, "SUPPORT"), "the vote itself is still coded"


def test_opening_the_door_to_an_intervention(resources):
    evs = code("The vote in Cairo opened the door to a military intervention in Libya.", PUB, resources)
    assert not _asserted(evs, "ASSAULT")


def test_clearing_the_way_for_troops_to_deploy(resources):
    evs = code("The agreement clears the way for Turkish troops to deploy to Libya.", PUB, resources)
    assert not _asserted(evs, "MOBILIZE")


def test_setting_the_stage_for_an_assault(resources):
    evs = code("The arrival of the reinforcements set the stage for an assault on Sirte.", PUB, resources)
    assert not _asserted(evs, "ASSAULT")


def test_a_deed_that_opened_a_road_is_still_a_deed(resources):
    # the capture happened; only what it might lead to is prospective
    evs = code("Turkish-backed forces opened the way to Sirte on Monday by capturing the town of Abu Grein.",
               PUB, resources)
    assert _asserted(evs, "ASSAULT")


def test_a_way_found_is_not_a_prospect_frame(resources):
    evs = code("Government forces shelled the LNA's positions on Monday and found a way to break the siege.",
               PUB, resources)
    assert _asserted(evs, "ASSAULT")
