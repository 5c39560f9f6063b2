"""Relational phrases ("Libya's neighbours"), gatherings of unnamed envoys, verdicts ("described it as
aggressive"), and time expressions inside clauses that tell of something else. Sentences written for these
tests about real events of 2019-2021."""
from datetime import date

import pytest

from coding import code, ids, of_type


# ------------------------------------------------------------------------ relational phrases
def test_backers_of_an_actor_are_not_that_actor(resources):
    evs = of_type(code("Haftar's foreign backers sent more weapons to Sirte on Monday.", "2020-07-08", resources), "AID")
    assert not any("LBY_HAFTAR" in ids(e.actor) for e in evs)


def test_neighbours_meeting_is_a_gathering_in_the_named_capital(resources):
    evs = of_type(code("ALGIERS - Foreign ministers of the countries bordering Libya met in the Algerian capital on "
                       "Thursday and urged the warring sides to settle their dispute.", "2020-01-23", resources),
                  "CONSULT")
    assert evs and not any(a.startswith("LBY") for e in evs for a in ids(e.actor))
    assert evs[0].date == date(2020, 1, 23)
    assert evs[0].location is not None and evs[0].location.name == "Algiers"


def test_meeting_of_named_states_has_them_as_parties(resources):
    evs = of_type(code("The talks were the focus of a meeting of Algeria and Egypt in Algiers on Thursday.",
                       "2020-01-24", resources), "CONSULT")
    assert evs and {"DZA", "EGY"} <= ids(evs[0].actor) and evs[0].date == date(2020, 1, 23)


def test_met_his_allies_does_not_meet_the_ally_holder(resources):
    evs = of_type(code("Akar met Libya's allies in Ankara on Monday.", "2020-01-21", resources), "CONSULT")
    assert evs and not any(r.startswith("LBY") for e in evs for r in ids(e.recipient))


# ------------------------------------------------------------------------ verdicts and speakers
def test_describing_an_act_as_aggressive_is_an_accusation(resources):
    evs = of_type(code('French officials on Wednesday described the episode as "extremely aggressive".',
                       "2020-06-18", resources), "ACCUSE")
    assert evs and evs[0].actor[0].country == "FRA" and evs[0].date == date(2020, 6, 17)


def test_describing_an_act_as_serious_matter_is_not(resources):
    assert not of_type(code("France described the incident as a serious matter on Wednesday.", "2020-06-18",
                            resources), "ACCUSE")


# ------------------------------------------------------------------------ times in other clauses
def test_a_time_in_the_first_clause_does_not_date_a_promise_in_the_second(resources):
    evs = of_type(code("The president added that Egypt, throughout the past years, refrained from interfering, and "
                       "that its intervention, if it happens, will be at the request of the Libyan people.",
                       "2020-07-18", resources), "THREATEN")
    assert evs and all(e.date == date(2020, 7, 18) for e in evs)


def test_a_shared_past_clause_keeps_its_time(resources):
    evs = code("Haftar's forces shelled Tripoli on Monday and the GNA retaliated.", "2020-07-18", resources)
    assert evs and all(e.date == date(2020, 7, 13) for e in evs)


def test_a_relative_clause_on_the_blamed_party_does_not_date_the_blame(resources):
    evs = of_type(code("The GNA blamed the strike on the forces of Khalifa Haftar, whose army has used armed drones "
                       "since launching its offensive on the capital in April.", "2019-08-05", resources), "ACCUSE")
    assert evs and evs[0].date == date(2019, 8, 5) and not evs[0].historical


def test_strikes_carried_out_on_sunday_are_sundays(resources):
    evs = of_type(code("A spokesman said the air strikes which were carried out by the air force on Sunday night in "
                       "Murzuq targeted gatherings of Chadian gangs.", "2019-08-06", resources), "ASSAULT")
    assert evs and evs[0].date == date(2019, 8, 4)


def test_a_clause_on_the_object_does_not_date_a_later_meeting(resources):
    evs = of_type(code("Mitsotakis, who came to Tripoli yesterday, first opened the Greek embassy, which had been "
                       "closed since 2014, and later met Mohamed al-Menfi.", "2021-04-07", resources), "CONSULT")
    assert evs and evs[0].date == date(2021, 4, 6) and not evs[0].historical
    assert evs[0].actor[0].id == "GRC_MITSOTAKIS"


def test_a_capital_hoping_is_not_where_the_talks_were(resources):
    evs = of_type(code("TRIPOLI - Mitsotakis held talks with Dbeibah on Tuesday in a visit that Athens hopes will "
                       "mark a reset.", "2021-04-06", resources), "CONSULT")
    assert evs and all(e.location is None or e.location.name != "Athens" for e in evs)


def test_a_clause_inside_a_time_phrase_frames_the_event(resources):
    evs = of_type(code("Tarhouna was taken by the Libyan National Army at the beginning of the military campaign "
                       "against Tripoli that began in April 2019.", "2020-05-23", resources), "ASSAULT")
    taken = [e for e in evs if e.trigger == "taken"]
    assert taken and taken[0].historical and taken[0].date == date(2019, 4, 1)


def test_an_unattributed_strike_that_killed_people_is_confident(resources):
    evs = of_type(code("MURZUQ - Families were burying their dead on Monday after an airstrike late on Sunday hit a "
                       "building where residents had gathered, killing at least 42 people, according to municipal "
                       "officials.", "2019-08-05", resources), "ASSAULT")
    assert evs and evs[0].date == date(2019, 8, 4) and evs[0].confidence >= 0.5


# ------------------------------------------------------------------------ chambers, delegations, joint sides
def test_a_general_assembly_in_ankara_is_the_turkish_parliament(resources):
    evs = of_type(code("The General Assembly in Ankara approved the memorandum signed by Recep Tayyip Erdogan and "
                       "Fayez al-Sarraj in Istanbul on November 27.", "2019-12-06", resources), "SUPPORT")
    assert any(ids(e.actor) == {"TUR_LEG"} for e in evs)


def test_the_delegation_refers_back_to_the_named_delegation(resources):
    evs = of_type(code("A high-level Egyptian security and diplomatic delegation arrived on Sunday in Tripoli. The "
                       "delegation, headed by Major General Ayman Badie, met with the Minister of Interior Fathi "
                       "Bashagha.", "2020-12-27", resources), "CONSULT")
    met = [e for e in evs if e.trigger == "met"]
    assert met and ids(met[0].actor) == {"EGY_GOV"} and "LBY_BASHAGHA" in ids(met[0].recipient)


def test_taking_a_city_is_a_confident_capture(resources):
    evs = of_type(code("Haftar's forces announced on Monday that they had taken the city of Sirte.", "2020-01-07",
                       resources), "ASSAULT")
    assert evs and evs[0].confidence >= 0.6 and evs[0].date == date(2020, 1, 6)


# ------------------------------------------------------------------------ requests and verdicts
def test_what_a_request_asks_for_is_not_an_event(resources):
    for text in ("Greece urged Turkey to withdraw its troops on Monday.",
                 "Greece demanded that Turkey withdraw its troops on Monday."):
        evs = code(text, "2019-12-03", resources)
        assert of_type(evs, "REQUEST") and not of_type(evs, "RETREAT"), text


def test_a_withdrawal_that_happened_is_still_coded(resources):
    evs = code("Turkey withdrew its troops on Monday after the US urged it to.", "2019-12-03", resources)
    assert of_type(evs, "RETREAT") and of_type(evs, "REQUEST")


def test_calling_a_deal_illegal_is_an_accusation_not_a_request(resources):
    evs = code("Greece on Monday called the memorandum illegal.", "2019-12-03", resources)
    assert of_type(evs, "ACCUSE") and not of_type(evs, "REQUEST")

# ------------------------------------------------------------------------ who acts, who receives
@pytest.mark.parametrize("text,published,etype,role,expected", [
    # "the allegations of France": who alleges
    ("Ankara rejected the allegations of France on Thursday.", "2020-06-19", "ACCUSE", "actor", {"FRA"}),
    # a counterpart named in apposition is the recipient, not the possessor
    ("The Russian Foreign Ministry said Thursday that Sergei Lavrov had a call with his Turkish counterpart, "
     "Mevlut Cavusoglu.", "2020-05-22", "CONSULT", "recipient", {"TUR_CAVUSOGLU"}),
    # the parser reads ", dismissing claims" as an adjective on "claims"; the dismissal is the army's
    ("The Libyan National Army has described the movement of its units on the southern approaches to Tripoli as "
     "a planned redeployment, dismissing claims circulated by media close to the Tripoli government that hundreds "
     "of Russian fighters had fled the front.", "2020-05-25", "REJECT", "actor", {"LBY_LNA"}),
    # a bare "General Assembly" in a UN context stays the UN's
    ("The General Assembly voted on Thursday to condemn the invasion, with 141 states in favour at the United "
     "Nations.", "2022-03-03", "ACCUSE", "actor", {"UNO_UNGA"}),
    # a text accepted in a chamber is the chamber's act
    ("The maritime memorandum was accepted in the General Assembly of the Grand National Assembly of Turkey (TBMM) "
     "on Thursday.", "2019-12-06", "SUPPORT", "actor", {"TUR_LEG"}),
    # coordinated nationalities are both sides
    ("Russian and Turkish diplomats met in Ankara on Wednesday.", "2020-07-23", "CONSULT", "actor",
     {"RUS_GOV", "TUR_GOV"}),
    # an approval given as a noun
    ("The Turkish parliament's approval of the deal on Thursday angered Athens.", "2019-12-06", "SUPPORT", "actor",
     {"TUR_LEG"}),
])
def test_parties_of_the_first_event(resources, text, published, etype, role, expected):
    evs = of_type(code(text, published, resources), etype)
    assert evs and ids(getattr(evs[0], role)) == expected


def test_talks_before_a_dated_departure_are_bounded_by_it(resources):
    evs = of_type(code("After talks with Erdogan in Ankara, Sarraj flew back to Tripoli on Thursday.", "2019-04-07",
                       resources), "CONSULT")
    assert evs and ids(evs[0].actor) == {"LBY_SARRAJ"} and evs[0].date == date(2019, 4, 4)
    assert evs[0].date_source == "report"     # on or before Thursday: an upper bound, not the day itself


def test_withdrawing_ships_from_an_operation_stops_cooperation(resources):
    evs = code("PARIS - France is temporarily withdrawing its ships from Sea Guardian, NATO's maritime security "
               "operation in the Mediterranean, the ministry said on Wednesday.", "2020-07-01", resources)
    assert of_type(evs, "SANCTION") and not of_type(evs, "RETREAT")


def test_a_decision_on_wednesday_is_past_in_a_future_clause(resources):
    evs = of_type(code("France's decision on Wednesday to suspend its participation in Operation Sea Guardian will "
                       "not change the balance of power off the Libyan coast.", "2020-07-03", resources), "SANCTION")
    assert evs and evs[0].date == date(2020, 7, 1)


def test_the_subject_of_a_conference_is_not_a_party(resources):
    evs = of_type(code("Friday's International Conference on Libya in Paris produced a declaration.", "2021-11-13",
                       resources), "CONSULT")
    assert evs and not ids(evs[0].recipient) and evs[0].location.name == "Paris"


def test_a_deed_in_a_since_clause_is_background(resources):
    evs = code("The Saudi criticism was the sharpest the kingdom has directed against an Arab state since uprisings "
               "began to sweep the region, toppling the leaders of Tunisia and Egypt.", "2011-08-08", resources)
    assert evs and all(e.historical for e in of_type(evs, "ASSAULT"))
