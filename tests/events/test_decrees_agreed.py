"""Leaders who have decided, or agreed, on a sanction or a closed border have put it in force: that is the
sanction (CAMEO 16x) or the restriction (191), not a threat of it. Agreeing to support or to meet stays a
promise. Sentences written for these tests."""
from coding import code, ids, of_type

SUNDAY = "2022-01-09"


def test_leaders_agreeing_to_close_borders_closed_them(resources):
    evs = code("The Gulf states agreed on Sunday to close their borders with Yemen.", SUNDAY, resources)
    closed = [e for e in of_type(evs, "COERCE") if e.cameo == "191"]
    assert closed and closed[0].status == "asserted" and "YEM" in ids(closed[0].recipient)
    assert not of_type(evs, "THREATEN")


def test_a_decision_to_close_the_border_is_the_closure(resources):
    evs = code("Algeria decided on Sunday to close its border with Niger.", SUNDAY, resources)
    closed = [e for e in of_type(evs, "COERCE") if e.cameo == "191"]
    assert closed and closed[0].status == "asserted" and "DZA" in ids(closed[0].actor)


def test_agreed_sanctions_are_sanctions(resources):
    evs = code("African Union leaders agreed on Sunday to impose sanctions on Guinea.", SUNDAY, resources)
    imposed = of_type(evs, "SANCTION")
    assert imposed and imposed[0].status == "asserted" and "GIN" in ids(imposed[0].recipient)


def test_agreeing_to_support_is_still_a_promise(resources):
    evs = code("Turkey agreed on Sunday to support the government in Tripoli.", SUNDAY, resources)
    assert not of_type(evs, "SUPPORT")
    assert of_type(evs, "AGREE")


def test_dismissing_someone_denies_nothing_else_in_the_sentence(resources):
    evs = code("Tunisia's president dismissed the interior minister on Monday after suspending him last week.",
               "2022-01-11", resources)
    suspended = of_type(evs, "SANCTION")
    assert suspended and suspended[0].status == "asserted"
    # dismissing a claim still denies it
    evs = code("Turkey dismissed claims that it had sent warships to Libya.", "2022-01-11", resources)
    assert not [e for e in evs if e.event_type in ("MOBILIZE", "AID") and e.status == "asserted"]
