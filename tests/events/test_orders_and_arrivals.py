"""Orders to strike, arrivals of officials, meetings told by their venue, calls for a clause, and what ships and
gunmen stand for.
Sentences written for these tests about real events of 2019-2020."""
import pytest

from coding import code, ids, of_type


def test_an_order_to_attack_a_partys_ships_threatens_it(resources):
    evs = code("Haftar has ordered his fighters to attack Turkish ships and interests in the country, his "
               "spokesman said on Friday.", "2019-06-29", resources)
    assert not of_type(evs, "ASSAULT")
    threats = of_type(evs, "THREATEN")
    assert threats and ids(threats[0].actor) == {"LBY_HAFTAR"} and ids(threats[0].recipient) == {"TUR"}
    assert threats[0].date.isoformat() == "2019-06-28"


def test_an_order_to_march_on_a_city_is_still_the_offensive(resources):
    assert of_type(code("Haftar on Thursday ordered his forces to march on Tripoli.", "2019-04-05", resources),
                   "ASSAULT")


def test_a_strike_that_was_made_is_still_a_strike(resources):
    evs = code("Haftar's forces attacked Turkish ships off Misrata on Friday.", "2019-06-29", resources)
    hits = of_type(evs, "ASSAULT")
    assert hits and ids(hits[0].recipient) == {"TUR"}


@pytest.mark.parametrize("text,host", [
    ("Turkish Defence Minister Hulusi Akar arrived in Libya on Friday to review the work done under the "
     "memorandum.", "LBY"),
    ("Erdogan arrived in Algeria on Sunday for a two-day visit.", "DZA"),
])
def test_an_official_arriving_in_a_country_visits_it(resources, text, host):
    visits = of_type(code(text, "2020-07-03", resources), "CONSULT")
    assert visits and host in ids(visits[0].recipient), text


def test_troops_arriving_pay_no_visit(resources):
    assert not of_type(code("Turkish troops arrived in Libya on Sunday.", "2020-01-06", resources), "CONSULT")


def test_a_dialogue_that_began_is_a_meeting(resources):
    talks = of_type(code("The dialogue between the High Council of State and the House of Representatives began on "
                         "Sunday in Bouznika.", "2020-09-07", resources), "CONSULT")
    assert talks and ids(talks[0].actor) == {"LBY_HCS", "LBY_HOR"}
    assert talks[0].date.isoformat() == "2020-09-06"


def test_talks_dated_by_a_clause_the_parser_hung_on_their_venue(resources):
    talks = of_type(code("The talks between the GNA and the LNA in Ghadames, which concluded late Tuesday, were the "
                         "first face-to-face negotiations inside Libya.", "2020-11-05", resources), "CONSULT")
    assert [e.date.isoformat() for e in talks] == ["2020-11-03"]


def test_a_clause_on_a_shelled_venue_does_not_date_the_talks(resources):
    evs = code("The talks between the GNA and the LNA in Ghadames, which was shelled on Sunday, went on.",
               "2020-11-05", resources)
    assert all(e.date.isoformat() != "2020-11-01" for e in of_type(evs, "CONSULT"))


def test_gunmen_leaving_an_airport_withdraw(resources):
    evs = code("Russian gunmen left the airport of Bani Walid on Sunday with their weapons.", "2020-05-25", resources)
    assert of_type(evs, "RETREAT")


def test_a_call_for_a_truce_to_be_declared_is_a_request_not_a_truce(resources):
    evs = code("The United Nations envoy for Libya has called for a truce to be declared in Libya on the occasion "
               "of Eid al-Adha.", "2019-07-30", resources)
    assert of_type(evs, "REQUEST") and not of_type(evs, "RETREAT")


def test_a_minister_arriving_with_his_chief_of_staff_still_visits(resources):
    visits = of_type(code("Turkish Defence Minister Hulusi Akar and Chief of Staff Yasar Guler arrived in Tripoli on "
                          "Friday in an unannounced visit.", "2020-07-04", resources), "CONSULT")
    assert visits and "TUR_AKAR" in ids(visits[0].actor) and visits[0].date.isoformat() == "2020-07-03"


def test_combat_aircraft_sent_to_a_country_are_military_aid(resources):
    evs = code("The Pentagon's Africa Command says that Russia has sent combat aircraft to Libya.", "2020-05-26",
               resources)
    sent = [e for e in of_type(evs, "AID") if e.cameo == "074"]
    assert sent and ids(sent[0].actor) == {"RUS"} and ids(sent[0].recipient) == {"LBY"}
