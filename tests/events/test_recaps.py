"""Recaps: an event a story recalls from two or more days before it was published, told after its opening and
before its lead event, is background; news of the day before and what a reaction reacts to are not.
Sentences written for these tests."""
from datetime import date

from coding import code, ids, of_type

OPENING = ("TRIPOLI - Forces of the Government of National Accord took full control of the city of Tarhuna on "
           "Friday, the last stronghold of Khalifa Haftar's forces in western Libya, a GNA spokesman said. Residents "
           "said the fighters of the Kaniyat militia had fled south towards Bani Walid overnight. The GNA said its "
           "units were searching the city and clearing mines left behind by the retreating forces. Aid agencies "
           "said they were ready to send teams once the roads were safe.\n\n")
RECAP = ("It is worth mentioning that Turkish President Recep Tayyip Erdogan met Fayez al-Sarraj in Ankara on "
         "Thursday.")


def _meeting(events):
    found = [e for e in of_type(events, "CONSULT") if ids(e.actor) == {"TUR_ERDOGAN"}]
    assert found
    return found[0]


def test_a_meeting_recalled_two_days_on_is_background(resources):
    evs = code(OPENING + RECAP, "2020-06-06", resources)
    assert _meeting(evs).historical and _meeting(evs).date == date(2020, 6, 4)
    lead = of_type(evs, "ASSAULT")
    assert lead and not lead[0].historical


def test_the_day_befores_news_is_still_news(resources):
    assert not _meeting(code(OPENING + RECAP, "2020-06-05", resources)).historical


def test_the_event_a_reaction_names_stays_its_news(resources):
    text = ("ISTANBUL - President Recep Tayyip Erdogan said on Friday that he was saddened by the decision of Fayez "
            "al-Sarraj, head of the Tripoli government, and that Turkish delegations would hold talks with the "
            "Libyan side in the coming days. He told reporters after Friday prayers that Ankara would keep its "
            "commitments to Libya, whoever led the government in Tripoli. Officials in Ankara have spent the week "
            "weighing what a change of leadership would mean for the agreements signed in November.\n\n"
            "Sarraj said on Wednesday that he would hand over power by the end of October.")
    evs = [e for e in of_type(code(text, "2020-09-18", resources), "AGREE") if ids(e.actor) == {"LBY_SARRAJ"}]
    assert evs and evs[0].date == date(2020, 9, 16) and not evs[0].historical
