"""A state's rescue teams act for it, a crowd gathered to demand something is a demonstration, and a person
held in custody is arrested. Sentences written for these tests."""
from coding import code, ids, of_type


def test_a_states_rescue_teams_bring_its_aid(resources):
    evs = code("Turkish search and rescue teams landed in the eastern Libyan city of Benghazi on Tuesday to help "
               "after the floods.", "2023-09-12", resources)
    aid = of_type(evs, "AID")
    assert aid and "TUR_GOV" in ids(aid[0].actor) and str(aid[0].date) == "2023-09-12"
    # without a nationality, rescue teams are nobody in particular
    assert not of_type(code("Rescue teams landed in Benghazi on Tuesday to help after the floods.", "2023-09-12",
                            resources), "AID")


def test_gathering_to_demand_is_a_demonstration(resources):
    evs = code("Hundreds of residents of Derna gathered on Monday outside the Sahaba mosque to demand "
               "accountability for the collapse of the dams.", "2023-09-19", resources)
    demo = of_type(evs, "PROTEST")
    assert demo and "LBY_CVL" in ids(demo[0].actor) and str(demo[0].date) == "2023-09-18"
    # ministers gathering to talk is no demonstration
    assert not of_type(code("The foreign ministers of Egypt and Greece gathered in Cairo on Monday to discuss "
                            "the memorandum.", "2023-09-19", resources), "PROTEST")


def test_held_in_custody_is_an_arrest(resources):
    evs = code("Tunisian police held two Libyan smugglers in custody on Friday.", "2021-05-08", resources)
    held = of_type(evs, "COERCE")
    assert held and held[0].cameo == "173" and "TUN_COP" in ids(held[0].actor)
