"""Ceasefires ordered, and conferences held by people the sentence does not name. Sentences written for these
tests about Sarraj's ceasefire order of 21 August 2020 and the Berlin conference of 19 January 2020."""
from coding import code, ids, of_type


def test_an_order_to_cease_fire_is_a_ceasefire(resources):
    for text in ("The Head of the Presidential Council, Fayez al-Serraj, issued instructions on Friday to all military "
                 "forces to immediately cease fire.",
                 "Sarraj ordered all forces on Friday to cease fire.",
                 "Sarraj on Friday ordered an immediate ceasefire across Libya."):
        halt = [e for e in of_type(code(text, "2020-08-21", resources), "RETREAT") if e.mode == "ceasefire"]
        assert halt and ids(halt[0].actor) == {"LBY_SARRAJ"} and str(halt[0].date) == "2020-08-21", text


def test_a_conference_attended_by_unnamed_leaders_is_held(resources):
    evs = code("BERLIN (THM) - Leaders and senior officials attending the international conference on Libya in Berlin "
               "on Sunday agreed to respect the UN arms embargo, German Chancellor Angela Merkel said.", "2020-01-19",
               resources)
    met = of_type(evs, "CONSULT")
    assert met and str(met[0].date) == "2020-01-19" and met[0].location and met[0].location.name == "Berlin"
    # attending a ceremony is no conference
    assert not of_type(code("Officials attending the ceremony in Berlin on Sunday applauded.", "2020-01-19",
                            resources), "CONSULT")


def test_a_halt_to_oil_exports_is_no_ceasefire(resources):
    evs = code("Libya's eastern administration has ordered a halt to all oil production and exports.", "2024-08-26",
               resources)
    assert not [e for e in of_type(evs, "RETREAT") if e.mode == "ceasefire"]
