"""What a speaker says should happen has not happened; and leaders' names as other outlets transliterate them.
Sentences written for these tests about real events of 2020."""
from coding import code, ids, of_type


def test_talks_someone_says_should_be_held_are_asked_for_not_held(resources):
    evs = code("Sisi said both sides should hold negotiations instead.", "2020-06-21", resources)
    assert of_type(evs, "REQUEST") and not of_type(evs, "CONSULT")


def test_talks_someone_says_were_held_are_a_meeting(resources):
    assert of_type(code("Sisi said both sides held negotiations on Friday.", "2020-06-21", resources), "CONSULT")


def test_a_transliterated_name_is_not_a_party_inside_it(resources):
    evs = code("Egyptian president Abdul Fatah Al-Sisi warns that Egypt has the legitimacy to intervene in Libya "
               "militarily.", "2020-06-21", resources)
    warnings = of_type(evs, "THREATEN")
    assert warnings and ids(warnings[0].actor) == {"EGY_SISI"}


def test_the_tunisian_president_spelt_said(resources):
    evs = code("Tunisian President Kais Said attended the opening ceremony of the forum.", "2020-11-09", resources)
    assert of_type(evs, "CONSULT") and "TUN_SAIED" in ids(of_type(evs, "CONSULT")[0].actor)
