"""A lower house approving a mission's continuation backs it; a firefight or gunfire between two sides is
fighting. Sentences written for these tests."""
from coding import code, ids, of_type


def test_a_lower_house_approving_a_missions_continuation(resources):
    evs = code("Italy's lower house on Thursday approved the continuation of the mission that trains the Libyan "
               "coast guard.", "2021-07-15", resources)
    backed = of_type(evs, "SUPPORT")
    assert backed and "ITA_LEG" in ids(backed[0].actor) and str(backed[0].date) == "2021-07-15"


def test_gunfire_between_two_sides_is_fighting(resources):
    evs = code("Gunfire between rival armed groups broke out in central Tripoli on Tuesday.", "2022-05-17",
               resources)
    fought = of_type(evs, "ASSAULT")
    assert fought and str(fought[0].date) == "2022-05-17"
    # the sides named on the verb ("broke out between ...") are the sides of the fight
    fire = of_type(code("A firefight broke out between smugglers and border guards near Ghat on Monday.",
                        "2021-03-02", resources), "ASSAULT")
    assert fire and {"LBY_CRM", "LBY_COP"} <= set(ids(fire[0].recipient))
    fight = of_type(code("Fighting erupted between two militias in Zawiya on Monday.", "2021-03-02", resources),
                    "ASSAULT")
    assert fight and str(fight[0].date) == "2021-03-01"


def test_armed_men_entering_a_town_take_it(resources):
    took = of_type(code("The Rapid Support Forces entered Nyala on Thursday.", "2023-10-27", resources), "ASSAULT")
    assert took and "SDN_RSF" in ids(took[0].actor) and str(took[0].date) == "2023-10-26"
    # migrants or a leader entering a place attack nobody
    assert not of_type(code("Hundreds of migrants entered Libya on Monday.", "2023-10-27", resources), "ASSAULT")
    assert not of_type(code("Dbeibah entered Tripoli on Monday.", "2023-10-27", resources), "ASSAULT")


def test_a_green_light_is_an_approval(resources):
    evs = code("The Turkish parliament on Thursday gave President Erdogan the green light to send troops to Libya.",
               "2020-01-03", resources)
    backed = of_type(evs, "SUPPORT")
    assert backed and "TUR_LEG" in ids(backed[0].actor) and str(backed[0].date) == "2020-01-02"
    # what the green light allows has not happened
    assert not [e for e in of_type(evs, "AID") + of_type(evs, "MOBILIZE") if e.status == "asserted"]
