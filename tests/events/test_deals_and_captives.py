"""Deals struck and announced, threats to confront forces, captives freed by those who held them, visitors
received at a palace, force majeure: sentences written for these tests in the style of wire and translated
copy about Libya."""
from coding import code, ids, of_type


def test_a_deal_struck_is_an_agreement_not_an_attack(resources):
    evs = code("Khalifa Haftar and Ahmed Maiteeg struck a deal on Friday to resume oil production.", "2020-09-19",
               resources)
    assert not of_type(evs, "ASSAULT")
    agree = of_type(evs, "AGREE")
    assert agree and {"LBY_HAFTAR", "LBY_MAITEEQ"} <= ids(agree[0].actor)
    # warplanes striking a target is still an attack
    assert of_type(code("Warplanes struck the airport in Tripoli on Friday.", "2020-09-19", resources), "ASSAULT")


def test_an_announced_agreement_is_an_agreement(resources):
    evs = code("Khalifa Haftar and Ahmed Maiteeg on Friday announced an agreement to resume oil production.",
               "2020-09-19", resources)
    agree = of_type(evs, "AGREE")
    assert agree and str(agree[0].date) == "2020-09-18"


def test_a_court_striking_down_a_law_rules_against_it(resources):
    evs = code("Libya's Supreme Court on Thursday struck down the legal basis of the parliament.", "2014-11-07",
               resources)
    assert not of_type(evs, "ASSAULT") and of_type(evs, "REJECT")


def test_confronting_forces_to_come_is_a_threat(resources):
    evs = code("The General Command of the Libyan Arab Armed Forces said on Monday that it would confront any "
               "Turkish forces arriving on Libyan soil.", "2020-01-06", resources)
    threat = of_type(evs, "THREATEN")
    assert threat and "LBY_LNA" in ids(threat[0].actor) and "TUR_MIL" in ids(threat[0].recipient)
    fought = of_type(code("LNA forces confronted GNA fighters south of Tripoli on Monday.", "2020-01-07", resources),
                     "ASSAULT")
    assert fought and "LBY_GNA" in ids(fought[0].recipient)


def test_captives_are_freed_by_those_who_held_them(resources):
    for text in ("Six Turkish nationals held in eastern Libya by forces loyal to Khalifa Haftar have been freed, "
                 "Turkey's foreign ministry says.",
                 "Six Turkish citizens who had been held by militias loyal to Khalifa Haftar in eastern Libya have "
                 "been released, diplomatic sources said on Monday."):
        rel = of_type(code(text, "2019-07-01", resources), "RETREAT")
        assert rel and "LBY_LNA" in ids(rel[0].actor), text
        assert {"TUR_CVL"} <= ids(rel[0].recipient)


def test_a_visitor_named_after_the_palace_is_received(resources):
    evs = code("CAIRO - President Abdel Fattah El-Sisi on Sunday received at Al-Ittihadiya Palace Field Marshal "
               "Khalifa Haftar, General Commander of the Libyan National Army.", "2019-04-14", resources)
    met = of_type(evs, "CONSULT")
    assert met and "EGY_SISI" in ids(met[0].actor) and "LBY_HAFTAR" in ids(met[0].recipient)
    assert str(met[0].date) == "2019-04-14"


def test_force_majeure_is_one_noun(resources):
    lifted = of_type(code("The National Oil Corporation on Friday lifted force majeure at the Es Sider terminal.",
                          "2020-10-23", resources), "CONCEDE")
    assert lifted and "LBY_NOC" in ids(lifted[0].actor) and str(lifted[0].date) == "2020-10-23"
    declared = of_type(code("The NOC on Saturday declared force majeure on exports from the port of Brega.",
                            "2020-01-19", resources), "SANCTION")
    assert declared and str(declared[0].date) == "2020-01-18"


def test_declaring_envoys_persona_non_grata_expels_them(resources):
    evs = code("Greece on Friday declared the Libyan ambassador persona non grata.", "2019-12-07", resources)
    expel = of_type(evs, "SANCTION")
    assert expel and ids(expel[0].actor) == {"GRC"} and str(expel[0].date) == "2019-12-06"
    # the parser hangs the phrase on the last of several envoys
    evs = code("The Libyan Government, headed by Prime Minister Osama Hammad, on Tuesday declared the European "
               "Union's Commissioner for Migration and the ministers of interior of Italy, Greece and Malta persona "
               "non grata, and requested their immediate departure from Libyan territory.", "2025-07-09", resources)
    expel = of_type(evs, "SANCTION")
    assert expel and {"ITA", "GRC"} <= ids(expel[0].recipient)


def test_a_deadline_to_leave_expels_the_envoy(resources):
    for text in ("Greece on Friday gave the Libyan ambassador 72 hours to leave the country.",
                 "Greece, because of the memorandum, gave to the Libyan ambassador in Athens 72 hours to leave the "
                 "country."):
        expel = of_type(code(text, "2019-12-06", resources), "SANCTION")
        assert expel and ids(expel[0].actor) == {"GRC"} and expel[0].cameo == "166", text
    # a gift of time to decide is no expulsion
    assert not of_type(code("Greece gave the Libyan ambassador 72 hours to explain the deal.", "2019-12-06",
                            resources), "SANCTION")


def test_libyas_state_oil_company_is_the_noc(resources):
    lifted = of_type(code("Libya's state oil company on Friday lifted force majeure at the Es Sider and Ras Lanuf "
                          "terminals.", "2020-10-23", resources), "CONCEDE")
    assert lifted and ids(lifted[0].actor) == {"LBY_NOC"}


def test_mines_laid_are_violence(resources):
    for text in ("Wagner mercenaries laid mines in homes in southern Tripoli before they withdrew.",
                 "The US Africa Command said on Wednesday that Russia's Wagner group had placed landmines and "
                 "improvised explosive devices in and around Tripoli."):
        hit = of_type(code(text, "2020-07-15", resources), "ASSAULT")
        assert hit and ids(hit[0].actor) == {"RUS_WAGNER"}, text
    # troops placed on alert are mobilised, not attacking
    assert not of_type(code("The army placed troops on alert on Monday.", "2020-07-15", resources), "ASSAULT")


def test_support_stepped_up_is_aid(resources):
    aid = of_type(code("Russia stepped up logistical support for the Wagner group in Libya in June.", "2020-09-02",
                       resources), "AID")
    assert aid and "RUS" in ids(aid[0].actor)


def test_launching_ones_own_operation_deploys_it(resources):
    for text in ("The EU launched Operation EUNAVFOR MED Irini on 31 March.",
                 "The European Union formally launched Operation Irini on Tuesday."):
        evs = code(text, "2020-04-01", resources)
        assert not of_type(evs, "ASSAULT"), text
        dep = of_type(evs, "MOBILIZE")
        assert dep and ids(dep[0].actor) == {"EUR_EU"} and str(dep[0].date) == "2020-03-31"
    # an offensive launched against someone else is still an attack
    assert of_type(code("Haftar's forces launched an offensive on Tripoli on Thursday.", "2019-04-05", resources),
                   "ASSAULT")
