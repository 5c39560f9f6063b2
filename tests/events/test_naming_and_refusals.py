"""A parliament naming someone to head a government appoints him; a refusal announced is a rejection, and a
refusal to do something is that thing not done. Sentences written for these tests."""
from coding import code, ids, of_type


def test_named_to_head_a_government_is_an_appointment(resources):
    evs = code("Libya's House of Representatives on Thursday named former interior minister Fathi Bashagha to head "
               "a new interim government.", "2022-02-10", resources)
    named = of_type(evs, "COOPERATE")
    assert named and named[0].cameo == "060" and "LBY_HOR" in ids(named[0].actor)
    assert "LBY_BASHAGHA" in ids(named[0].recipient) and str(named[0].date) == "2022-02-10"
    tasked = of_type(code("The Libyan parliament on Thursday tasked Fathi Bashagha with forming a new government.",
                          "2022-02-10", resources), "COOPERATE")
    assert tasked and "LBY_BASHAGHA" in ids(tasked[0].recipient)
    assigned = of_type(code("The House of Representatives voted on Thursday to assign Fathi Bashagha the task of "
                            "forming a new government.", "2022-02-11", resources), "COOPERATE")
    assert assigned and "LBY_BASHAGHA" in ids(assigned[0].recipient) and str(assigned[0].date) == "2022-02-10"
    assigned = of_type(code("The House of Representatives on Thursday assigned former interior minister Fathi Bashagha "
                            "to form a new government.", "2022-02-11", resources), "COOPERATE")
    assert assigned and "LBY_HOR" in ids(assigned[0].actor) and "LBY_BASHAGHA" in ids(assigned[0].recipient)


def test_an_announced_refusal_or_rejection_is_a_rejection(resources):
    evs = code("Mustafa Sanalla on Wednesday announced his refusal of the government's decision to replace him.",
               "2022-07-14", resources)
    refused = of_type(evs, "REJECT")
    assert refused and "LBY_SANALLA" in ids(refused[0].actor) and str(refused[0].date) == "2022-07-13"
    assert of_type(code("Egypt on Sunday expressed its rejection of the maritime memorandum signed in Istanbul.",
                        "2019-12-02", resources), "REJECT")


def test_a_refusal_to_act_is_not_the_act(resources):
    evs = code("Dbeibah's refusal to hand over power to the new government has split the country again.",
               "2022-03-05", resources)
    assert not of_type(evs, "RETREAT")


def test_dismissing_an_office_holder_named_by_office(resources):
    evs = code("The Presidential Council decided on Sunday to dismiss the governor of the Central Bank, Sadiq "
               "al-Kabir.", "2024-08-19", resources)
    sacked = of_type(evs, "COERCE")
    assert sacked and sacked[0].cameo == "172" and "LBY_PC" in ids(sacked[0].actor)
    assert "LBY_KABIR" in ids(sacked[0].recipient) and str(sacked[0].date) == "2024-08-18"
    assert of_type(code("Dbeibah sacked his interior minister on Monday.", "2024-08-19", resources), "COERCE")


def test_whose_decision_it_is_does_the_deed(resources):
    evs = code("Turkey announced on Sunday its decision to expel the Libyan ambassador.", "2019-12-09", resources)
    expelled = of_type(evs, "SANCTION")
    assert expelled and "TUR" in ids(expelled[0].actor) and str(expelled[0].date) == "2019-12-08"
    evs = code("The Presidential Council announced on Sunday its decision to dismiss the governor of the Central Bank, "
               "Sadiq al-Kabir.", "2024-08-19", resources)
    sacked = of_type(evs, "COERCE")
    assert sacked and "LBY_PC" in ids(sacked[0].actor) and "LBY_KABIR" in ids(sacked[0].recipient)
