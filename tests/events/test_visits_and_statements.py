"""Visits told as travel, meetings whose parties the sentence names elsewhere ("after the two met"),
reinstatements and disqualifications, evidence and hearsay, conditions set by a speaker, and statements
dated by the phrase that issued them. Sentences written for these tests about real events of 2019-2021."""
from datetime import date

import pytest

from coding import code, ids, of_type


# ------------------------------------------------------------------------ visits and meetings
def test_the_two_who_met_are_the_two_the_sentence_names(resources):
    evs = of_type(code("Khalifa Haftar told Emmanuel Macron on Wednesday that a ceasefire was not possible, an "
                       "official said after the two met in Paris.", "2019-05-23", resources), "CONSULT")
    assert evs and {"LBY_HAFTAR", "FRA_MACRON"} <= ids(evs[0].actor) | ids(evs[0].recipient)


def test_a_meeting_under_a_dateline_is_placed_there_not_at_the_battle_it_hopes_to_avert(resources):
    text = ("BENGHAZI, Libya (MPA) — U.N. Secretary-General Antonio Guterres met eastern Libyan commander Khalifa "
            "Haftar on Friday in an effort to head off a full-blown battle for Tripoli.")
    evs = [e for e in of_type(code(text, "2019-04-05", resources), "CONSULT") if e.trigger == "met"]
    assert evs and evs[0].location is not None and evs[0].location.name == "Benghazi"


def test_their_meeting_joins_the_speaker_and_the_listener(resources):
    evs = of_type(code("Haftar explained to Macron the reasons for the offensive during their meeting in Paris on "
                       "Wednesday.", "2019-05-23", resources), "CONSULT")
    assert evs and {"LBY_HAFTAR", "FRA_MACRON"} <= ids(evs[0].actor) | ids(evs[0].recipient)


def test_a_lone_their_meeting_names_no_invented_party(resources):
    evs = of_type(code("Haftar described their meeting in Paris on Wednesday as useful.", "2019-05-23",
                       resources), "CONSULT")
    assert all(ids(e.actor) | ids(e.recipient) <= {"LBY_HAFTAR"} for e in evs)


def test_a_meeting_hosted_by_named_states_is_theirs_even_when_the_sentence_is_misparsed(resources):
    evs = of_type(code("Countries with a stake in Libya's conflict recommitted on Monday (Oct 5) to the pledges "
                       "they made in Berlin in January, including respect for the UN arms embargo, during a virtual "
                       "ministerial meeting hosted by Germany and the United Nations.", "2020-10-06", resources),
                  "CONSULT")
    assert evs and {"DEU", "UNO"} <= ids(evs[0].actor) and evs[0].date == date(2020, 10, 5)


# ------------------------------------------------------------------------ officials and candidates
def test_reinstating_a_suspended_minister_eases_the_sanction(resources):
    evs = code("Fayez al-Serraj on Thursday reinstated Interior Minister Fathi Bashagha, six days after "
               "suspending him.", "2020-09-04", resources)
    conc = of_type(evs, "CONCEDE")
    assert conc and "LBY_SARRAJ" in ids(conc[0].actor) and "LBY_BASHAGHA" in ids(conc[0].recipient)
    assert conc[0].date == date(2020, 9, 3)
    # the suspension six days before is its own, earlier act
    assert all(e.date == date(2020, 8, 28) for e in of_type(evs, "SANCTION"))


def test_lifting_a_suspension_is_not_a_new_suspension(resources):
    evs = code("Sarraj lifted Bashagha's suspension on Thursday (September 3) after a hearing.", "2020-09-04",
               resources)
    assert of_type(evs, "CONCEDE") and not of_type(evs, "SANCTION")


# ------------------------------------------------------------------------ evidence, hearsay, conditions
def test_evidence_that_someone_acted_accuses_them(resources):
    evs = of_type(code("The US military's Africa Command said on Wednesday it had evidence that Russian mercenaries "
                       "of the Wagner group had laid landmines around Tripoli.", "2020-07-15", resources), "ACCUSE")
    assert evs and ids(evs[0].actor) == {"USA_MIL"} and evs[0].date == date(2020, 7, 15)
    assert any(r.startswith("RUS") for r in ids(evs[0].recipient))


def test_no_evidence_that_it_happened_rules_it_out(resources):
    evs = of_type(code("There is no evidence that Turkey sent troops to Libya, the minister said on Monday.",
                       "2020-01-07", resources), "AID")
    assert all(e.status == "denied" for e in evs)


def test_reports_that_it_happened_are_hearsay(resources):
    evs = of_type(code("There were reports that Turkey sent troops to Libya on Monday.", "2020-01-07", resources),
                  "AID")
    assert evs and all(e.status == "claimed" for e in evs)


def test_conditions_to_be_met_are_the_speakers_demands(resources):
    evs = of_type(code("Ahmed al-Mismari, spokesman for the Libyan National Army, said in a televised statement "
                       "that the shutdown would continue until a list of conditions had been met.", "2020-07-11",
                       resources), "REQUEST")
    assert evs and evs[0].actor[0].id in ("LBY_MISMARI", "LBY_LNA")


def test_weather_conditions_are_no_demand(resources):
    assert not of_type(code("Poor weather conditions slowed the convoy near Sirte on Monday.", "2020-07-11",
                            resources), "REQUEST")


# ------------------------------------------------------------------------ dates of statements
def test_a_statement_issued_on_a_day_dates_both_coordinated_acts(resources):
    evs = code("The Libyan House of Representatives has welcomed, in a statement issued late on Monday evening, "
               "the speech that the Egyptian president gave during his visit to the border last month, and it "
               "called for the intervention of the Egyptian armed forces.", "2020-07-14", resources)
    req = of_type(evs, "REQUEST")
    assert req and req[0].date == date(2020, 7, 13)
    assert all(e.date == date(2020, 7, 13) for e in of_type(evs, "SUPPORT"))


def test_entering_a_named_oilfield_is_told_through_the_apposition(resources):
    evs = of_type(code("The National Oil Corporation said on Friday that Wagner mercenaries had entered Sharara, "
                       "the country's largest oilfield.", "2020-06-26", resources), "ASSAULT")
    assert evs and evs[0].location is not None and "Sharara" in evs[0].location.name


# ------------------------------------------------------------------------ appointments and dismissals
def test_dismissing_and_naming_officials_are_coordinated_acts_not_denials(resources):
    evs = code("Dbeibah's Government of National Unity on Tuesday published a decree dismissing Mustafa Sanalla and "
               "naming Farhat Bengdara as the new chairman.", "2022-07-13", resources)
    fired = of_type(evs, "COERCE")
    assert fired and "LBY_SANALLA" in ids(fired[0].recipient) and fired[0].date == date(2022, 7, 12)
    named = of_type(evs, "COOPERATE")
    assert named and named[0].status == "asserted"


def test_dismissing_a_claim_is_still_a_rejection(resources):
    evs = code("Haftar dismissed the claims and rejected the offer on Tuesday.", "2022-07-13", resources)
    assert of_type(evs, "REJECT") and not of_type(evs, "COERCE")
    assert all(e.date == date(2022, 7, 12) for e in of_type(evs, "REJECT"))


# ------------------------------------------------------------------------ receptions, votes, datelines
def test_a_title_case_dateline_is_not_the_actor(resources):
    evs = of_type(code("Ankara, 21 June (TWS) - Turkey's parliament on Tuesday approved a motion extending the "
                       "mandate that allows the government to keep troops in Libya.", "2022-06-21", resources),
                  "SUPPORT")
    assert evs and ids(evs[0].actor) == {"TUR_LEG"}


# ------------------------------------------------------------------------ attacks told through reactions
def test_an_attack_that_drew_condemnation_is_recorded_without_its_perpetrator(resources):
    evs = of_type(code("The suicide attack which targeted a security checkpoint in the city of Sabha on Sunday "
                       "evening received wide condemnations.", "2021-06-08", resources), "ASSAULT")
    assert evs and evs[0].date == date(2021, 6, 6)
    assert evs[0].location is not None and evs[0].location.name in ("Sebha", "Sabha")


def test_where_the_parties_went_next_is_not_where_they_met(resources):
    evs = of_type(code("Giuseppe Conte and Luigi Di Maio, who had met Haftar at his headquarters, returned to Rome "
                       "to congratulations.", "2020-12-18", resources), "CONSULT")
    assert evs and (evs[0].location is None or evs[0].location.precision >= 3)


def test_an_official_returned_to_duty_is_reinstated(resources):
    evs = of_type(code("The Interior Minister, Fethi Başağa, was returned to his duty on Thursday.", "2020-09-04",
                       resources), "CONCEDE")
    assert evs and "LBY_BASHAGHA" in ids(evs[0].recipient) and evs[0].confidence >= 0.5


def test_a_datelines_date_only_bounds_the_deed(resources):
    evs = code("Ankara, 4 Sept (MLN) - Fayez al-Sarraj reinstated Interior Minister Fathi Bashagha after an "
               "investigation hearing.", "2020-09-04", resources)
    conc = of_type(evs, "CONCEDE")
    assert conc and conc[0].date == date(2020, 9, 4) and conc[0].date_source in ("report", "published")


def test_shells_striking_a_named_airport_are_a_confident_assault(resources):
    evs = of_type(code("Shells struck Tripoli's Mitiga airport before dawn on Sunday, wounding four people, the health "
                       "ministry said.", "2019-09-01", resources), "ASSAULT")
    assert evs and evs[0].confidence >= 0.5 and evs[0].date == date(2019, 9, 1)
    assert evs[0].location is not None and "Mitiga" in evs[0].location.name


def test_a_bombing_of_a_named_place_is_kept_without_a_perpetrator(resources):
    evs = of_type(code("Four people were hurt after the bombing of Mitiga airport on Sunday.", "2019-09-02",
                       resources), "ASSAULT")
    assert evs and evs[0].location is not None and "Mitiga" in evs[0].location.name


def test_applying_for_a_licence_is_a_request_by_the_state_company(resources):
    evs = of_type(code("Turkish Petroleum Corporation (TPAO) has applied to Libya for a licence to carry out "
                       "exploration activities in the Eastern Mediterranean, Energy and Natural Resources Minister "
                       "Fatih Dönmez announced on Thursday.",
                       "2020-05-15", resources), "REQUEST")
    assert evs and ids(evs[0].actor) == {"TUR_TPAO"} and evs[0].date == date(2020, 5, 14)


def test_walking_out_of_a_meeting_is_a_withdrawal(resources):
    evs = code("Egyptian Foreign Minister Sameh Shoukry walked out of the Arab League meeting on Tuesday.",
               "2022-09-07", resources)
    ret = of_type(evs, "RETREAT")
    assert ret and "EGY_SHOUKRY" in ids(ret[0].actor) and ret[0].date == date(2022, 9, 6)
    walk = of_type(code("Mangoush said Egypt's walkout from the Arab League meeting contradicted the charter.",
                        "2022-09-07", resources), "RETREAT")
    assert walk and "EGY" in ids(walk[0].actor)


# ------------------------------------------------------------------------ who acts, on whom, when
# (sentence, published, PLOVER type, ids among the actors, ids among the recipients, date)
WHO_AND_WHEN = [
    ("Italian Foreign Minister Luigi Di Maio travelled to Tripoli on Sunday (March 21) for talks with interim Prime "
     "Minister Abdulhamid Dbeibah.", "2021-03-22", "CONSULT", {"ITA_MAIO"}, {"LBY_DBEIBAH"}, date(2021, 3, 21)),
    ("President Recep Tayyip Erdoğan has received the Chairman of Presidential Council of the Government of National "
     "Accord of Libya, Fayez al-Sarraj, at the Vahdettin Pavilion in Istanbul on Sunday.", "2020-10-05", "CONSULT",
     {"TUR_ERDOGAN"}, {"LBY_SARRAJ"}, date(2020, 10, 4)),
    ("Libya's electoral commission on Wednesday disqualified Saif al-Islam Gaddafi from the December 24 presidential "
     "election.", "2021-11-24", "REJECT", set(), {"LBY_SAIF_GADDAFI"}, date(2021, 11, 24)),
    ("Guterres appointed Jan Kubis as his special envoy for Libya on Friday.", "2021-01-19", "SUPPORT",
     {"UNO_GUTERRES"}, {"UNO_KUBIS"}, date(2021, 1, 15)),
    ("The House of Representatives gave a vote of confidence to Fathi Bashagha's cabinet late on Tuesday.",
     "2022-03-02", "SUPPORT", {"LBY_HOR"}, set(), date(2022, 3, 1)),
    ("Lawmakers in Tobruk withdrew confidence from the Dbeibah government on Tuesday.", "2021-09-22", "REJECT",
     set(), set(), date(2021, 9, 21)),
]


@pytest.mark.parametrize("text,published,etype,actors,recipients,when", WHO_AND_WHEN)
def test_who_acts_on_whom_and_when(text, published, etype, actors, recipients, when, resources):
    evs = of_type(code(text, published, resources), etype)
    assert evs, f"no {etype} in {text!r}"
    assert actors <= ids(evs[0].actor) and recipients <= ids(evs[0].recipient)
    assert evs[0].date == when


def test_an_arabic_name_in_turkish_spelling_is_the_known_person(resources):
    evs = of_type(code("The Interior Minister Fethi Başağa met Fayez es-Serrac in Tripoli on Thursday.",
                       "2020-09-04", resources), "CONSULT")
    assert evs and {"LBY_BASHAGHA", "LBY_SARRAJ"} <= ids(evs[0].actor) | ids(evs[0].recipient)


def test_a_speech_to_a_conference_codes_the_conference_too(resources):
    evs = code("President Abdel Fattah al-Sisi told the international conference on Libya in Berlin on Sunday that "
               "any settlement must begin with the dismantling of the militias.", "2020-01-20", resources)
    gathering = [e for e in of_type(evs, "CONSULT") if e.trigger == "conference"]
    assert gathering and gathering[0].date == date(2020, 1, 19)
    assert gathering[0].location is not None and gathering[0].location.name == "Berlin"
    assert not gathering[0].recipient      # the militias are what was said there, not a party to it


@pytest.mark.parametrize("text,published,place,precision", [
    # a foreign bureau's dateline (no party is Turkish) is only a hint of where it happened
    ("Ankara, 4 Sept (MLN) - The Interior Minister of Libyan Government of National Accord, Fethi Bashagha, was "
     "returned to his duty by Fayez al-Sarraj.", "2020-09-04", "Ankara", 3),
    # a dateline in a party's country stays near where it happened
    ("ATHENS, Jan 17 (MWS) - Libyan eastern commander Khalifa Haftar met Greek Prime Minister Kyriakos Mitsotakis "
     "on Friday.", "2020-01-17", "Athens", 2),
])
def test_a_dateline_abroad_is_coarse_evidence_of_the_place(resources, text, published, place, precision):
    evs = [e for e in code(text, published, resources) if e.location is not None]
    assert evs and all(e.location.name == place and e.location.precision == precision for e in evs)
