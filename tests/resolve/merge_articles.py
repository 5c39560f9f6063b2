"""Articles written for the resolver tests, and a helper to code them into a store."""
from datetime import date

from sanderling.records import Article


def code_into(store, resources, articles):
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    for coded in code_articles(articles, resources):
        store.write(coded)
    return resolve_reports(store)


# Two reports, written for these tests, of one real event: the air strike on the military academy in
# Tripoli on Saturday 4 January 2020. The outlets are fictional; the figures differ as they did at the time.
ACADEMY_A = Article(
    id="academy-harbour", outlet="Harbour Times", published=date(2020, 1, 5),
    text=("TRIPOLI - Forces loyal to Khalifa Haftar bombed a military academy in Tripoli on Saturday, "
          "killing at least 28 people, most of them cadets, the Government of National Accord said.\n\n"
          "The cadets had gathered on the parade ground when the strike hit, officials said."))
ACADEMY_B = Article(
    id="academy-sahel", outlet="Sahel Courier", published=date(2020, 1, 6),
    text=("TRIPOLI - Drones of Haftar's Libyan National Army struck the military academy in Tripoli on Saturday, "
          "killing 30 people, according to the health ministry of the Government of National Accord.\n\n"
          "The LNA denied any role in the attack on the academy."))

# Two distinct shellings of the same place on consecutive days, each dated to the day in its article.
SHELL_MON = Article(
    id="mitiga-monday", outlet="Harbour Times", published=date(2020, 5, 12),
    text=("TRIPOLI - Forces loyal to Khalifa Haftar shelled Mitiga airport in Tripoli on Monday, "
          "damaging a passenger plane, the Government of National Accord said."))
SHELL_TUE = Article(
    id="mitiga-tuesday", outlet="Sahel Courier", published=date(2020, 5, 13),
    text=("TRIPOLI - Forces loyal to Khalifa Haftar shelled Mitiga airport in Tripoli on Tuesday, "
          "setting a fuel depot on fire, the Government of National Accord said."))

# Two reports, written for these tests, of one gathering: the Berlin conference on Libya of Sunday 19 January
# 2020, told from the host's side and from a guest's, with almost no words in common.
BERLIN_HOST = Article(
    id="berlin-host", outlet="Harbour Times", published=date(2020, 1, 19),
    text=("BERLIN, Jan 19 (HT) - World leaders agreed on Sunday to respect the UN arms embargo on Libya, German "
          "Chancellor Angela Merkel said after hosting a summit in Berlin."))
BERLIN_GUEST = Article(
    id="berlin-guest", outlet="Anatolian Wire", published=date(2020, 1, 19),
    text=("BERLIN - Turkish President Recep Tayyip Erdogan said on Sunday that Khalifa Haftar must give up his "
          "hostile attitude, as he attended the international conference on Libya hosted by Germany."))


# One meeting of two days, each outlet dating it by a different day: the Turkish-Egyptian "exploratory
# consultations" in Cairo on 5-6 May 2021, written for these tests.
CAIRO_OPENED = Article(
    id="cairo-opened", outlet="Harbour Times", published=date(2021, 5, 5),
    text=("CAIRO - A Turkish delegation led by Deputy Foreign Minister Sedat Onal began two days of talks in Cairo "
          "on Wednesday with Egyptian officials, the first such visit since ties between the two countries broke "
          "down in 2013."))
CAIRO_CLOSED = Article(
    id="cairo-closed", outlet="Sahel Courier", published=date(2021, 5, 7),
    text=("ANKARA - Turkish and Egyptian delegations concluded two days of exploratory talks in Cairo on Thursday, "
          "discussing bilateral ties and regional files including Libya, a joint statement said."))


def coded_row(etype, cameo):
    """A report as the resolver's type rules see it: its PLOVER type and CAMEO code."""
    return {"event_type": etype, "cameo": cameo}


def event_ids(store, doc, *types):
    """The current (not historical) events the reports of ``doc`` of the given types belong to."""
    return {r[0] for r in store.con.execute(
        "SELECT event_id FROM reports WHERE doc_id = ? AND event_type IN (SELECT unnest(?::VARCHAR[])) "
        "AND NOT historical", [doc, list(types)]).fetchall()}
