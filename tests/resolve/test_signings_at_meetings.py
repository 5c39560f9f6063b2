"""A formal agreement is signed where its signatories meet: one outlet tells the meeting, another the signing.
Reports written for these tests of a real event: Erdogan and Sarraj meeting in Istanbul on Wednesday 27 November
2019 and signing two memoranda there."""
from datetime import date

from merge_articles import code_into, coded_row, event_ids

from sanderling.records import Article
from sanderling.resolve.merge import reports_compatible

MEETING = Article(
    id="dolmabahce-meeting", outlet="Harbour Times", published=date(2019, 11, 28),
    text=("ISTANBUL - President Recep Tayyip Erdogan received Fayez al-Sarraj, head of Libya's Government of "
          "National Accord, at the Dolmabahce office in Istanbul on Wednesday, the presidency said.\n\n"
          "The two leaders discussed the situation in Tripoli, the statement added."))
# the signing told in the body of a story about Athens' reaction: the two leads share little
SIGNING = Article(
    id="dolmabahce-signing", outlet="Sahel Courier", published=date(2019, 11, 28),
    text=("ATHENS - Greece summoned the Libyan ambassador on Thursday and demanded to see the text of a maritime "
          "accord it says ignores the island of Crete, the foreign ministry in Athens said.\n\n"
          "Greek officials called the accord a provocation that violates the law of the sea and said Athens would "
          "raise it with its partners in Brussels next week.\n\n"
          "The ministry said the ambassador had been given until the end of the week to explain his government's "
          "position, and that Greece reserved the right to take further steps if no answer came.\n\n"
          "Opposition parties in Athens backed the government's stance, though some lawmakers argued that the "
          "response should have been tougher, and that the ambassador should have been asked to leave at once.\n\n"
          "Cyprus and Egypt also objected to the accord this week, saying it had no legal effect on their own "
          "maritime rights in the eastern Mediterranean.\n\n"
          "Shipping analysts in Piraeus said the dispute was unlikely to affect trade in the short term, but "
          "warned that drilling plans south of Crete could become a new flashpoint between the two NATO allies.\n\n"
          "Diplomats in Brussels said European Union leaders were expected to discuss the matter at their summit "
          "in December, where Athens hopes to secure a statement of support from its partners.\n\n"
          "Erdogan and Sarraj signed two memoranda in Istanbul on Wednesday, one on military cooperation "
          "and one on maritime boundaries."))
# a welcome is support, but no meeting: it stays apart from the talks it welcomes
WELCOME = Article(
    id="qatar-welcome", outlet="Gulf Ledger", published=date(2019, 11, 28),
    text=("DOHA - Qatar welcomed on Wednesday the talks between Erdogan and Sarraj in Istanbul, the foreign "
          "ministry said."))


def test_only_a_signing_is_a_meeting():
    assert reports_compatible(coded_row("CONSULT", "043"), coded_row("SUPPORT", "057"))
    assert reports_compatible(coded_row("SUPPORT", "057"), coded_row("CONSULT", "040"))
    assert not reports_compatible(coded_row("CONSULT", "043"), coded_row("SUPPORT", "051"))
    assert not reports_compatible(coded_row("CONSULT", "043"), coded_row("ASSAULT", "190"))


def test_the_meeting_and_the_signing_are_one_event(store, resources):
    code_into(store, resources, [MEETING, SIGNING, WELCOME])
    met, signed = event_ids(store, "dolmabahce-meeting", "CONSULT"), event_ids(store, "dolmabahce-signing", "SUPPORT")
    assert met and signed and met & signed
    welcomed = event_ids(store, "qatar-welcome", "SUPPORT")
    assert welcomed and not welcomed & (met | signed)
