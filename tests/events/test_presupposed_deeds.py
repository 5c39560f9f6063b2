"""A deed told in a participle or relative clause of what is rejected is a fact, not a denied claim: rejecting
"the memorandum signed on Monday" does not deny the signing. Hearsay stays hearsay. Sentences written for these
tests."""
from datetime import date

from coding import code, ids, of_type


def test_rejecting_a_signed_memorandum_does_not_deny_the_signing(resources):
    evs = code("The House of Representatives and Egypt have rejected the memorandum of understanding on oil and gas "
               "signed on Monday in Tripoli between the Government of National Unity and Turkey.", "2022-10-05",
               resources)
    signed = [e for e in of_type(evs, "SUPPORT") if e.trigger == "signed"]
    assert signed and signed[0].status == "asserted" and signed[0].date == date(2022, 10, 3)
    assert of_type(evs, "REJECT")


def test_a_deal_others_signed_is_a_fact_in_a_rejection(resources):
    evs = code("Turkey rejected the deal that Greece and Egypt signed on Thursday.", "2020-08-08", resources)
    signed = [e for e in of_type(evs, "SUPPORT") if e.trigger == "signed"]
    assert signed and signed[0].status == "asserted" and ids(signed[0].actor) == {"GRC", "EGY"}


def test_denied_reports_stay_hearsay(resources):
    evs = of_type(code("The army denied reports that it had shelled Tripoli.", "2020-05-08", resources), "ASSAULT")
    assert all(e.status != "asserted" for e in evs)
