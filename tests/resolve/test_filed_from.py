"""Where a wire filed its copy is not where the deed was done: two reports of one release of six Turkish sailors, one
filed from Ankara and one placing the detention in Ajdabiya, are one event. Reports written for these tests of the
release of 1 July 2019."""
from datetime import date

from merge_articles import code_into, event_ids

from sanderling.records import Article

ANKARA = Article(
    id="filed-ankara", outlet="Bosphorus News", published=date(2019, 7, 1),
    text=("ANKARA (BN) - Six Turkish citizens who had been detained by forces loyal to Khalifa Haftar have been "
          "released, Turkish foreign ministry sources said on Monday."))
AJDABIYA = Article(
    id="placed-ajdabiya", outlet="Cyrenaica Post", published=date(2019, 7, 2),
    text=("BENGHAZI - Haftar's Libyan National Army freed six Turkish citizens on Monday who had been arrested in "
          "Ajdabiya, the Turkish foreign ministry said."))


def test_a_dateline_does_not_keep_one_release_apart(store, resources):
    code_into(store, resources, [ANKARA, AJDABIYA])
    assert event_ids(store, "filed-ankara", "RETREAT") & event_ids(store, "placed-ajdabiya", "RETREAT")
