"""Court rulings on candidacies, force majeure in the oil trade, abbreviations an article defines itself,
foreign fighters without a borrowed nationality, and meetings that last several days. Sentences written for
these tests about real events of 2021."""
from datetime import date

from coding import code, ids, of_type


def test_declaring_force_majeure_halts_exports(resources):
    events = code("TRIPOLI - Libya's National Oil Corporation declared force majeure on Monday on exports from "
                  "the eastern port of Hariga, blaming the central bank for withholding its budget.",
                  "2021-04-20", resources)
    halt = of_type(events, "SANCTION")
    assert halt and halt[0].mode == "discontinue"
    assert "LBY_NOC" in ids(halt[0].actor)
    assert halt[0].date == date(2021, 4, 19)
    # the "state of force majeure" is not a state of emergency imposed on anyone
    events = code("Loadings stopped after the National Oil Corporation declared on Monday the state of force "
                  "majeure at the port.", "2021-04-20", resources)
    assert of_type(events, "SANCTION") and not of_type(events, "COERCE")


def test_the_lifting_of_force_majeure_and_the_end_of_a_closure_ease(resources):
    events = code("The National Oil Corporation announced on Friday the lifting of the force majeure at the "
                  "ports of Sidra and Ras Lanuf.", "2020-10-24", resources)
    assert [e.event_type for e in events if "LBY_NOC" in ids(e.actor)] == ["CONCEDE"]
    events = code("The National Oil Corporation announced on Monday the end of the closure of all the oil "
                  "fields and ports.", "2020-10-27", resources)
    assert [e.event_type for e in events if "LBY_NOC" in ids(e.actor)] == ["CONCEDE"]


def test_a_court_that_upholds_a_challenge_to_a_candidacy_rejects_it(resources):
    events = code("On Tuesday, a court in Zawiya accepted an appeal against the candidacy of eastern commander "
                  "Khalifa Haftar.", "2021-11-24", resources)
    ruling = of_type(events, "REJECT")
    assert ruling and ids(ruling[0].actor) == {"LBY_JUD"} and "LBY_HAFTAR" in ids(ruling[0].recipient)
    assert ruling[0].date == date(2021, 11, 23)
    events = code("A court in the Libyan capital Tripoli on Sunday ruled against the candidacy of interim Prime "
                  "Minister Abdul Hamid Dbeibah.", "2021-11-29", resources)
    ruling = of_type(events, "REJECT")
    assert ruling and ids(ruling[0].actor) == {"LBY_JUD"} and "LBY_DBEIBAH" in ids(ruling[0].recipient)


def test_accepting_an_appeal_is_a_ruling_only_for_a_court(resources):
    events = code("Turkey accepted the appeal of the United Nations for a humanitarian truce on Monday.",
                  "2020-03-24", resources)
    assert not of_type(events, "REJECT")


def test_an_abbreviation_defined_in_title_case_names_its_actor_again(resources):
    text = ("The National Oil Corporation (Noc) announced on Monday a loss of production of 300,000 barrels a day. "
            "The Noc suspended the exports from the port of Zawiya.")
    halt = of_type(code(text, "2021-12-21", resources), "SANCTION")
    assert halt and "LBY_NOC" in ids(halt[0].actor)
    # without the definition a title-case word is not taken for an acronym
    halt = of_type(code("The Noc suspended the exports from the port of Zawiya.", "2021-12-21", resources), "SANCTION")
    assert not any("LBY_NOC" in ids(e.actor) for e in halt)


def test_foreign_fighters_do_not_borrow_a_country_from_the_sentence(resources):
    from sanderling.pipeline import code_article
    from sanderling.records import Article
    text = ("The forces of Khalifa Haftar announced on Thursday that 300 mercenaries and foreign fighters will "
            "leave Libya at the request of France.")
    coded = code_article(Article(id="t", text=text, published=date(2021, 11, 12)), resources)
    by_text = {m.text: m.actor for m in coded.mentions}
    assert by_text["300 mercenaries"].country is None
    assert by_text["foreign fighters"].country is None
    coded = code_article(Article(id="t", text="Syrian mercenaries arrived in Tripoli on Monday.",
                                 published=date(2020, 1, 7)), resources)
    assert [m.actor.country for m in coded.mentions] == ["SYR"]


def test_a_meeting_of_several_days_covers_them_all(resources):
    began = of_type(code("CAIRO - A Turkish delegation began two days of talks in Cairo on Wednesday with an "
                         "Egyptian delegation.", "2021-05-05", resources), "CONSULT")
    assert began and (began[0].date, began[0].date_end) == (date(2021, 5, 5), date(2021, 5, 6))
    ended = of_type(code("Turkish and Egyptian delegations concluded two days of exploratory consultations in "
                         "Cairo on Thursday, discussing bilateral relations and Libya.", "2021-05-07", resources),
                    "CONSULT")
    assert ended and (ended[0].date, ended[0].date_end) == (date(2021, 5, 5), date(2021, 5, 6))
    # a meeting dated by a day without a stated length stays on that day
    one = of_type(code("Turkish and Egyptian diplomats held talks in Cairo on Thursday.", "2021-05-07", resources),
                  "CONSULT")
    assert one and one[0].date == one[0].date_end == date(2021, 5, 6)
