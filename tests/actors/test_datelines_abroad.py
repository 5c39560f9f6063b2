"""A wire's dateline says where the copy was filed. It tells whose fighters a sentence means only when nothing else
in the sentence does. Sentences written for these tests."""
from datetime import date

from sanderling.actors.mentions import find_mentions


def _ids(resources, text):
    doc = resources.nlp(text)
    return {m.text.lower(): m.actor.id for m in find_mentions(doc, resources.kb, "t", date(2020, 10, 23))}


def test_a_venue_dateline_does_not_name_the_fighters(resources):
    ids = _ids(resources, "GENEVA (MWS) - Libya's two main warring sides signed a permanent truce in Geneva on "
                          "Friday, the United Nations said, committing to pull fighters back from the front lines.")
    assert not ids["fighters"].startswith("CHE")


def test_a_home_dateline_still_does(resources):
    ids = _ids(resources, "BAGHDAD (MWS) - Fighters attacked a checkpoint north of the city on Monday.")
    assert ids["fighters"].startswith("IRQ")
