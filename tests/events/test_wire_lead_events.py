"""Wire leads, translated copy and attacks, found reading blind linking sets 34-36 and real news: dateline
cities (upper case, or title case with a date) and the lead's subject after them, bureaus abroad, the doer's
description inside a subject, talks "between" two sides, hosts gathering ministers, rockets that fall or rain,
announced closures, aircraft named by model, strikes "in" a country, and deeds done at a dated gathering.
Sentences written for these tests."""
from datetime import date

import pytest

from sanderling.nlp import load_nlp

from coding import code, ids, of_type

TUE = "2019-12-31"


def test_an_upper_case_dateline_is_a_place_of_its_own():
    doc = load_nlp()("CAIRO - The Council of the Arab League rejected the plan. GENEVA - The talks closed.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("CAIRO", "GPE") in ents and ("GENEVA", "GPE") in ents
    assert not any(e.text.startswith("CAIRO -") for e in doc.ents)


def test_the_subject_after_a_dateline_acts(resources):
    evs = code("CAIRO - The Council of the Arab League, meeting in an extraordinary session on Tuesday, rejected "
               "foreign military interference in Libya and warned that unilateral steps by outside powers would "
               "prolong the conflict.", TUE, resources)
    rejects = of_type(evs, "REJECT")
    assert rejects and ids(rejects[0].actor) == {"ARL_ARAB_LEAGUE"}
    # the council's meeting, told in its subject, is not what it rejected
    meetings = of_type(evs, "CONSULT")
    assert meetings and all(m.status == "asserted" for m in meetings)


def test_a_talk_filed_from_a_dateline_city_is_placed_there(resources):
    evs = of_type(code("GENEVA - The second round of the talks of the Joint Military Commission closed yesterday "
                       "at the Palace of the Nations.", "2020-02-24", resources), "CONSULT")
    assert evs and evs[0].location is not None and evs[0].location.name == "Geneva"


def test_the_government_of_a_city_is_a_party_not_a_place(resources):
    evs = of_type(code("Officers of the government of Tripoli met Haftar's envoys on Sunday.", "2020-02-24", resources),
                  "CONSULT")
    assert evs and all(e.location is None or e.location.name != "Tripoli" for e in evs)


def test_talks_between_two_sides_are_held_by_both(resources):
    evs = of_type(code("Talks between Haftar and Sarraj ended in Moscow on Tuesday.", "2020-01-15", resources),
                  "CONSULT")
    assert evs and {"LBY_HAFTAR", "LBY_SARRAJ"} <= ids(evs[0].actor) | ids(evs[0].recipient)


def test_gathering_ministers_is_a_meeting(resources):
    evs = of_type(code("In Brussels, Josep Borrell gathered the foreign ministers of Italy, France and Germany on "
                       "Tuesday for a meeting on Libya.", "2020-01-08", resources), "CONSULT")
    assert evs and "EUR_BORRELL" in ids(evs[0].actor)
    assert not of_type(code("Protesters gathered in Martyrs Square on Friday.", "2020-01-11", resources), "CONSULT")


def test_rockets_that_fall_on_an_airport_are_an_attack(resources):
    evs = of_type(code("Yesterday morning some rockets fell on Mitiga airport, forcing the authorities to suspend "
                       "all flights.", "2020-01-23", resources), "ASSAULT")
    assert evs and evs[0].date == date(2020, 1, 22)
    assert not of_type(code("Oil prices fell sharply on Monday.", "2020-01-23", resources), "ASSAULT")


def test_a_wire_label_is_no_dateline_city():
    doc = load_nlp()("FLASH - The Defence Ministry announced a truce on Wednesday.")
    assert not [e for e in doc.ents if e.text == "FLASH"]


def test_a_bureau_city_the_sentence_names_is_where_it_happened(resources):
    evs = code("MOSCOW (CNW) - Khalifa Haftar left Moscow on Tuesday without signing a ceasefire agreement, dealing "
               "a blow to efforts to end nine months of fighting around Tripoli.", "2020-01-14", resources)
    rejects = of_type(evs, "REJECT")
    assert rejects and rejects[0].location is not None and rejects[0].location.name == "Moscow"


def test_a_rain_of_rockets_that_strikes_is_an_attack(resources):
    evs = of_type(code("A new rain of rockets struck on Saturday morning the international airport of Mitiga, "
                       "damaging two airliners.", "2020-05-10", resources), "ASSAULT")
    assert evs and evs[0].date == date(2020, 5, 9) and evs[0].mode == "heavy-weapons"


def test_an_authority_announcing_a_closure_closed_it(resources):
    evs = of_type(code("When Chad's prime minister went on state radio on Thursday to announce that the northern "
                       "frontier with Libya was closed, the justification was terrorism.", "2017-01-07", resources),
                  "COERCE")
    assert evs and ids(evs[0].actor) == {"TCD_GOV"} and evs[0].date == date(2017, 1, 5)
    # witnesses telling of a closure did not close anything
    told = of_type(code("Witnesses said the port of Zawiya was closed on Monday.", "2017-01-03", resources), "COERCE")
    assert all(not e.actor for e in told)


def test_a_title_case_dateline_with_a_date_is_no_subject(resources):
    # machine-translated Italian: "is arrived" is a perfect, and "Rome, 19 Jun -" is where the copy was filed
    evs = of_type(code("Rome, 19 Jun - The minister of Foreign Affairs, Luigi Di Maio, is arrived today in Ankara for "
                       "a mission of one day centred on the Libyan crisis.", "2020-06-19", resources), "CONSULT")
    assert evs and ids(evs[0].actor) == {"ITA_MAIO"} and evs[0].location.name == "Ankara"


def test_a_deed_done_at_a_dated_meeting_takes_the_meetings_date(resources):
    evs = of_type(code("EU foreign ministers condemned the Hagia Sophia decision at their July 13 meeting in "
                       "Brussels.", "2020-07-24", resources), "ACCUSE")
    assert evs and evs[0].date == date(2020, 7, 13)
    # a dated noun that is what the deed is about keeps its date to itself
    evs = of_type(code("Egypt condemned the Saturday attack on Monday.", "2020-07-21", resources), "ACCUSE")
    assert evs and evs[0].date == date(2020, 7, 20)


@pytest.mark.parametrize("text,published,etype,doer", [
    # talks someone calls for keep the caller as actor
    ("Erdogan called for talks between Haftar and Sarraj on Tuesday.", "2020-01-15", "REQUEST", "TUR_ERDOGAN"),
    # aircraft named by model act for the country named with them
    ("American F-15s struck a farm outside Ajdabiya on Saturday night.", "2015-06-15", "ASSAULT", "USA_MIL"),
    # a strike "in" a country is not that country's strike ...
    ("U.S. warplanes carried out an air strike in eastern Libya overnight targeting Mokhtar Belmokhtar.",
     "2015-06-15", "ASSAULT", "USA_MIL"),
    ("Egyptian air strikes hit Derna on Monday.", "2015-02-17", "ASSAULT", "EGY_MIL"),
    # ... but a raid named with its country is that country's
    ("Two embassy employees held hostage were killed in Friday's US air raid on an Islamic State camp near "
     "Sabratha, the prime minister said on Saturday.", "2016-02-20", "ASSAULT", "USA_MIL"),
])
def test_the_doer(text, published, etype, doer, resources):
    evs = of_type(code(text, published, resources), etype)
    assert any(ids(e.actor) == {doer} for e in evs)
