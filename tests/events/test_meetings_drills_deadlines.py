"""A speaker back from a meeting took part in it; military drills are MOBILIZE (or COOPERATE when joint);
a deadline on an infinitive lies ahead of the report."""
from datetime import date

import pytest

from coding import code, ids, of_type


@pytest.mark.parametrize("text", [
    "Turkish Foreign Minister Mevlut Cavusoglu said after a meeting with his Russian counterpart Sergei Lavrov "
    "in Sochi on Tuesday that Ankara would stay in Libya.",
    "German Chancellor Angela Merkel said after talks with Recep Tayyip Erdogan in Istanbul on Tuesday that the "
    "two countries would cooperate on Libya.",
])
def test_a_speaker_after_a_meeting_took_part_in_it(resources, text):
    consult = of_type(code(text, "2020-12-30", resources), "CONSULT")
    assert consult and consult[0].date == date(2020, 12, 29)
    assert len(ids(consult[0].actor) | ids(consult[0].recipient)) == 2


def test_a_speaker_after_a_strike_did_not_strike(resources):
    evs = of_type(code("Residents said after the air strike on the market on Tuesday that nobody had been "
                       "warned.", "2020-12-30", resources), "ASSAULT")
    assert not any(a.id == "LBY_CVL" for e in evs for a in e.actor)


@pytest.mark.parametrize("text,etype", [
    ("Egypt's army carried out a large military exercise near the Libyan border on Thursday.", "MOBILIZE"),
    ("The Turkish navy held naval drills in the eastern Mediterranean on Thursday.", "MOBILIZE"),
    ("Egypt and Greece held a joint naval exercise in the Mediterranean on Thursday.", "COOPERATE"),
])
def test_military_drills_are_coded(resources, text, etype):
    evs = of_type(code(text, "2020-07-10", resources), etype)
    assert evs and evs[0].date == date(2020, 7, 9)


def test_an_exercise_of_power_is_no_drill(resources):
    evs = code("The court said the exercise of executive power had to respect the constitution.", "2020-07-10",
               resources)
    assert not of_type(evs, "MOBILIZE")


def test_a_deadline_on_an_infinitive_lies_ahead(resources):
    evs = code("MOSCOW, September 16 (RWT) - Fayez al-Sarraj said on Wednesday he was ready to hand over his powers "
               "to a new executive authority by the end of October.", "2020-09-16", resources)
    assert evs and all(e.date is None or e.date.year == 2020 for e in evs)
    assert any(e.date == date(2020, 9, 16) for e in evs)


def test_a_chamber_giving_its_confidence_approves_the_government(resources):
    evs = of_type(code("The House of Representatives gave its confidence on Wednesday to the Government of "
                       "National Unity headed by Abdul Hamid Dbeibah, with 132 votes.", "2021-03-10", resources),
                  "SUPPORT")
    assert evs and ids(evs[0].actor) == {"LBY_HOR"} and ids(evs[0].recipient) == {"LBY_GNU"}
    assert evs[0].date == date(2021, 3, 10)


def test_who_wins_a_vote_of_confidence_is_approved_not_approving(resources):
    evs = of_type(code("Libya's House of Representatives met in Sirte on Tuesday. Dbeibah's government won a vote "
                       "of confidence in parliament on Wednesday.", "2021-03-11", resources), "SUPPORT")
    assert evs and ids(evs[0].actor) == {"LBY_HOR"} and ids(evs[0].recipient) == {"LBY_GNU"}
