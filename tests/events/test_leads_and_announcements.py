"""Leads of reaction and announcement stories, found reading blind linking sets 46-49: a title-case city and a
bare dash opening the lead, a campaign told as failing, the talks an announcement came after, an announced
initiative, a parliament approving a cabinet's composition, and a leader saying he will leave office.
Sentences written for these tests."""
from datetime import date

from sanderling.nlp import is_dateline, load_nlp

from coding import code, ids, of_type

SAT = "2020-06-06"


def test_a_title_case_city_and_a_dash_open_a_dateline():
    doc = load_nlp()("Sirte - The House of Representatives granted confidence on Wednesday to the new government "
                     "after a three-day session.")
    assert is_dateline(doc[0])


def test_a_city_between_two_dashes_is_an_aside_not_a_dateline():
    doc = load_nlp()("Tripoli - Lebanon's second city - has recently seen street battles between rival groups.")
    assert not is_dateline(doc[0])


def test_the_lead_after_a_title_case_dateline_keeps_its_subject(resources):
    evs = of_type(code("Sirte - The House of Representatives granted confidence on Wednesday to the Government of "
                       "National Unity headed by Abdul Hamid Dbeibah, with 132 votes.", "2021-03-10", resources),
                  "SUPPORT")
    assert evs and ids(evs[0].actor) == {"LBY_HOR"} and ids(evs[0].recipient) == {"LBY_GNU"}
    assert evs[0].date == date(2021, 3, 10)


def test_a_parliament_approving_a_cabinets_composition_supports_it(resources):
    evs = of_type(code("The Libyan House of Representatives on Wednesday approved the composition of the national "
                       "unity government headed by Abdul Hamid Dbeibah at a session in Sirte.", "2021-03-11",
                       resources), "SUPPORT")
    assert evs and ids(evs[0].actor) == {"LBY_HOR"} and evs[0].date == date(2021, 3, 10)


def test_a_campaign_told_as_collapsing_is_background(resources):
    evs = of_type(code("Egyptian President Abdel Fattah al-Sisi on Saturday met eastern commander Khalifa Haftar, "
                       "whose offensive on Tripoli has collapsed in recent days.", SAT, resources), "ASSAULT")
    assert evs and all(e.historical for e in evs)
    launched = of_type(code("Haftar's forces launched an offensive on Tripoli on Friday.", SAT, resources), "ASSAULT")
    assert launched and not any(e.historical for e in launched)


def test_whoever_announces_after_talks_took_part_in_them(resources):
    evs = of_type(code("Egyptian President Abdel Fattah al-Sisi on Saturday announced a plan to end the war in "
                       "Libya, including a ceasefire from Monday, after talks in Cairo with eastern commander Khalifa "
                       "Haftar.", SAT, resources), "CONSULT")
    assert evs and ids(evs[0].actor) == {"EGY_SISI"} and ids(evs[0].recipient) == {"LBY_HAFTAR"}
    assert evs[0].date == date(2020, 6, 6)


def test_an_announced_initiative_is_a_proposal(resources):
    evs = of_type(code("Egyptian President Abdel Fattah al-Sisi on Saturday announced an initiative to end the "
                       "fighting in Libya.", SAT, resources), "REQUEST")
    assert evs and ids(evs[0].actor) == {"EGY_SISI"} and evs[0].cameo == "020"


def test_saying_he_will_leave_office_is_an_intent_to_yield_dated_by_the_saying(resources):
    evs = of_type(code("Sarraj said on Wednesday that he would leave office by the end of October.", "2020-09-17",
                       resources), "AGREE")
    assert evs and ids(evs[0].actor) == {"LBY_SARRAJ"} and evs[0].cameo == "035"
    assert evs[0].date == date(2020, 9, 16)


def test_a_city_before_a_hyphenated_word_still_opens_a_dateline():
    doc = load_nlp()("Sirte - The House of Representatives granted confidence after a three-day session in the city.")
    assert is_dateline(doc[0])


def test_the_parties_an_agreement_was_signed_between_signed_it(resources):
    evs = of_type(code("Egypt has strongly condemned the two memoranda signed on Wednesday in Istanbul between "
                       "Turkish President Recep Tayyip Erdogan and Fayez al-Sarraj, head of the council.",
                       "2019-11-29", resources), "SUPPORT")
    assert evs and ids(evs[0].actor) == {"TUR_ERDOGAN", "LBY_SARRAJ"} and evs[0].date == date(2019, 11, 27)


def test_a_joint_press_conference_with_a_party_is_a_meeting_but_a_news_conference_is_not(resources):
    evs = of_type(code("Speaking at a joint press conference with Fayez al-Sarraj in Ankara on Thursday, Erdogan "
                       "said Turkey would increase its support.", "2020-06-04", resources), "CONSULT")
    assert evs and ids(evs[0].actor) == {"TUR_ERDOGAN"} and ids(evs[0].recipient) == {"LBY_SARRAJ"}
    assert not of_type(code("Erdogan said at a news conference in Ankara on Thursday that Turkey would increase its "
                            "support.", "2020-06-04", resources), "CONSULT")


