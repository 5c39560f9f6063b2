"""Strikes told as a noun with their target named ("unidentified warplanes carried out strikes on al-Watiya air
base") are news even when nobody is named as the attacker; unnamed strikes on an unnamed target are not worth a
record. Sentences written for these tests."""
from coding import code, of_type


def test_strikes_on_a_named_base_by_unknown_aircraft(resources):
    evs = code("Unidentified warplanes carried out overnight strikes on al-Watiya air base in western Libya, "
               "military sources said on Sunday.", "2020-07-05", resources)
    hit = of_type(evs, "ASSAULT")
    assert hit and hit[0].location is not None and "Watiya" in hit[0].location.name


def test_strikes_on_nothing_named_are_left_out(resources):
    assert not of_type(code("Warplanes carried out strikes on the base on Saturday.", "2020-07-05", resources),
                       "ASSAULT")


def test_attacks_named_as_the_subject_of_a_statement_are_not_a_new_record(resources):
    # "the attacks on the airport showed that ...": a happening told elsewhere, named to make a point
    evs = code("The foreign ministry said on Sunday that the attacks on Mitiga airport showed that the militias had "
               "no interest in peace.", "2020-05-10", resources)
    assert not of_type(evs, "ASSAULT")
