"""Relief sent after a disaster is aid, a campaign for donations or a rescue operation is no attack, and a
time that dates a noun sets no frame for the next sentences of its paragraph. Sentences written for these
tests."""
from datetime import date

import pytest

from coding import code, ids, of_type


@pytest.mark.parametrize("text", [
    "Turkey dispatched rescue teams and relief supplies to eastern Libya on Tuesday after the floods.",
    "The Republic of Turkey has begun delivering search and rescue personnel to eastern Libya.",
    "Egypt sent rescue teams and a field hospital to Derna on Tuesday.",
])
def test_relief_sent_after_a_disaster_is_aid(resources, text):
    aid = of_type(code(text, "2023-09-12", resources), "AID")
    assert aid and ids(aid[0].actor) & {"TUR", "EGY"} and aid[0].cameo in ("070", "073")


@pytest.mark.parametrize("text", [
    "The Turkish Red Crescent launched a public donation campaign for Libya on Tuesday.",
    "Volunteers began a search and rescue operation in Derna on Tuesday.",
    "The Red Crescent launched an aid campaign for the flood victims in Libya.",
])
def test_a_campaign_for_aid_is_no_attack(resources, text):
    assert not of_type(code(text, "2023-09-12", resources), "ASSAULT")


def test_a_military_campaign_still_is_one(resources):
    evs = of_type(code("Khalifa Haftar's forces launched a military campaign against Tripoli on Thursday.",
                       "2019-04-05", resources), "ASSAULT")
    assert evs and evs[0].date == date(2019, 4, 4)


def test_a_nouns_date_sets_no_frame_for_the_paragraph(resources):
    # the summit was the day before publication; 2011 is when the embargo was imposed
    text = ("The communique commits them to respect the arms embargo imposed in 2011. Chancellor Angela Merkel, "
            "who hosted the summit, said that all participants had worked constructively.")
    hosted = [e for e in of_type(code(text, "2020-01-20", resources), "CONSULT") if e.trigger == "hosted"]
    assert hosted and not hosted[0].historical and hosted[0].date.year == 2020


def test_a_clauses_date_still_frames_the_paragraph(resources):
    text = "On Sunday the leaders met in Berlin. Chancellor Angela Merkel hosted the summit."
    hosted = [e for e in of_type(code(text, "2020-01-20", resources), "CONSULT") if e.trigger == "hosted"]
    assert hosted and hosted[0].date == date(2020, 1, 19)
