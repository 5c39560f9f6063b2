"""One outlet says a body appointed someone to an office, another that it chose or elected him: one vote. Reports
written for these tests of the House of Representatives naming Fathi Bashagha prime minister on Thursday
10 February 2022."""
from datetime import date

from merge_articles import code_into, coded_row, event_ids

from sanderling.records import Article
from sanderling.resolve.merge import reports_compatible

APPOINTED = Article(
    id="hor-appointed", outlet="Harbour Times", published=date(2022, 2, 11),
    text=("TOBRUK - Libya's eastern-based House of Representatives on Thursday appointed Fathi Bashagha as the new "
          "prime minister, a move the government in Tripoli rejected.\n\n"
          "The United Nations said it still recognised the unity government."))
CHOSEN = Article(
    id="hor-chose", outlet="Sahel Courier", published=date(2022, 2, 11),
    text=("CAIRO - The Libyan House of Representatives, in its session on Thursday in Tobruk, chose former interior "
          "minister Fathi Bashagha to head a new government.\n\n"
          "The speaker said the mandate of the previous government had ended."))


def test_only_an_appointment_matches_an_election():
    assert reports_compatible(coded_row("COOPERATE", "060"), coded_row("SUPPORT", "051"))
    assert not reports_compatible(coded_row("COOPERATE", "060"), coded_row("SUPPORT", "057"))   # a signing
    assert not reports_compatible(coded_row("COOPERATE", "062"), coded_row("SUPPORT", "051"))   # joint exercises


def test_the_appointment_and_the_choice_are_one_event(store, resources):
    code_into(store, resources, [APPOINTED, CHOSEN])
    kinds = ("COOPERATE", "SUPPORT")
    assert event_ids(store, "hor-appointed", *kinds) & event_ids(store, "hor-chose", *kinds)
