"""Reports dated to the day are resolved before those known only by their month, and a report dated to the day
joins the event told of that day before an event known only by its month, even when its words are closer to the
month's. A country named as a counterpart ("a memorandum with Libya") meets the body another outlet names ("a deal
signed with the Government of National Accord"). Reports written for these tests of the Turkish parliament
ratifying the security memorandum with the GNA on Saturday 21 December 2019."""
from datetime import date

from merge_articles import code_into, event_ids

from sanderling.records import Article
from sanderling.resolve.merge import actors_overlap

MONTH = Article(
    id="a-month", outlet="Aegean Ledger", published=date(2019, 12, 23),
    text=("ATHENS - Greece will ask the European Union to act against Ankara.\n\n"
          "The maritime memorandum with Libya was ratified by Turkish lawmakers earlier this month, Athens noted."))
APPROVED = Article(
    id="b-approved", outlet="Harbour Times", published=date(2019, 12, 21),
    text=("ANKARA - Turkey's parliament on Saturday approved a security and military cooperation deal signed with "
          "the Government of National Accord."))
RATIFIED = Article(
    id="c-ratified", outlet="Sahel Courier", published=date(2019, 12, 22),
    text="ISTANBUL - Turkish lawmakers ratified the security and military memorandum with Libya on Saturday.")


def test_the_day_reports_stay_one_event(store, resources):
    code_into(store, resources, [MONTH, APPROVED, RATIFIED])
    ratified = event_ids(store, "c-ratified", "SUPPORT")
    assert ratified and ratified & event_ids(store, "b-approved", "SUPPORT")


def _row(actors, recipients):
    return {"actor_ids": actors, "recipient_ids": recipients, "date": date(2019, 12, 21)}


def test_a_country_meets_its_own_bodies_but_not_a_stranger():
    assert actors_overlap(_row(["TUR_LEG"], ["LBY_GNA"]), _row(["TUR_LEG"], ["LBY"]))
    assert actors_overlap(_row(["TUR_LEG"], ["LBY_GNA"]), _row(["TUR_LEG"], ["GRC"])) is False
