"""Ships carry names of their own: "the German frigate Hamburg" is Germany's navy, not a port in Germany, and
"the Turkish freighter Roseline A" is Turkish shipping. Sentences written for these tests."""
from coding import code, ids, of_type


def test_a_warship_named_after_a_city(resources):
    evs = code("The German frigate Hamburg stopped and searched the Turkish freighter Roseline A off Benghazi on "
               "Sunday.", "2020-11-23", resources)
    boarded = of_type(evs, "COERCE")
    assert boarded and "DEU_MIL" in ids(boarded[0].actor) and "TUR_BUS" in ids(boarded[0].recipient)
    assert boarded[0].location is not None and boarded[0].location.name == "Benghazi"
    # the city itself is still a place
    hit = of_type(code("Turkish forces attacked Hamburg on Sunday.", "2020-11-23", resources), "ASSAULT")
    assert hit and hit[0].location is not None and "Hamburg" in hit[0].location.name


def test_inspecting_a_ship_is_a_search(resources):
    evs = code("Warships of the EU's Operation Irini inspected a Turkish cargo ship off Libya on Sunday.",
               "2020-11-23", resources)
    searched = of_type(evs, "COERCE")
    assert searched and searched[0].cameo == "171" and "TUR_BUS" in ids(searched[0].recipient)
