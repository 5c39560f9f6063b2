"""What a council decides is done: "imposed a no-fly zone" restricts movement (CAMEO 191), "authorized all
necessary measures" approves the use of force (057), and "adopted a decision to impose sanctions" imposes them,
by the council that took the decision. Sentences written for these tests."""
from coding import code, ids, of_type


def test_a_no_fly_zone_imposed(resources):
    evs = code("The Security Council imposed a no-fly zone over Yemen on Thursday.", "2015-03-27", resources)
    zone = [e for e in of_type(evs, "COERCE") if e.cameo == "191"]
    assert zone and "UNO_UNSC" in ids(zone[0].actor) and "YEM" in ids(zone[0].recipient)


def test_measures_authorized(resources):
    evs = code("The UN Security Council on Thursday authorized all necessary measures to protect civilians in Mali.",
               "2013-01-18", resources)
    approved = [e for e in of_type(evs, "SUPPORT") if e.cameo == "057"]
    assert approved and "UNO_UNSC" in ids(approved[0].actor)


def test_a_decision_adopted_is_the_deed_of_who_adopted_it(resources):
    evs = code("The UN Security Council adopted on Saturday a unanimous decision to impose sanctions on the leaders "
               "of Mali's junta.", "2022-01-16", resources)
    imposed = of_type(evs, "SANCTION")
    assert imposed and "UNO_UNSC" in ids(imposed[0].actor) and imposed[0].status == "asserted"


def test_a_burden_imposed_is_no_measure(resources):
    assert not of_type(code("The fighting imposed a heavy toll on the zone.", "2015-03-27", resources), "COERCE")
