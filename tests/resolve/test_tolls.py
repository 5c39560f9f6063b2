"""Attacks whose doer one outlet leaves unnamed: a day, a city and a death toll in common tie two reports that
share few words; a different toll keeps a second attack apart. Reports written for these tests of the air
strike on the military college in Tripoli on Saturday 4 January 2020; the decoy is invented."""
from datetime import date

from merge_articles import code_into

from sanderling.records import Article
from sanderling.resolve.merge import same_toll, tolls_apart

BRIEF = Article(
    id="college-brief", outlet="Harbour Times", published=date(2020, 1, 6),
    text=("ANALYSIS - The strike that killed around 30 cadets at a military college in Tripoli's Hadba district on "
          "Saturday night was carried out by a drone, according to experts who studied the debris.\n\n"
          "Both sides in the war have used armed drones over the capital for months."))
WIRE = Article(
    id="college-wire", outlet="Sahel Courier", published=date(2020, 1, 5),
    text=("TRIPOLI - An air strike on Saturday night hit the parade ground of the military school in Tripoli, "
          "killing at least 28 students, health officials said.\n\n"
          "Ambulances ferried the wounded to hospitals across the city."))
# the same night, the same city, another toll: a shell on a house in another district
DECOY = Article(
    id="house-shelled", outlet="Gulf Ledger", published=date(2020, 1, 5),
    text=("TRIPOLI - A shell hit a house in Tripoli on Saturday night, killing 3 people from one family, "
          "residents said.\n\nThe family had fled the fighting in Ain Zara a month earlier."))


def _assaults(store, doc):
    return {r[0] for r in store.con.execute(
        "SELECT event_id FROM reports WHERE doc_id = ? AND event_type = 'ASSAULT' AND NOT historical",
        [doc]).fetchall()}


def _tolls(article, resources):
    from sanderling.pipeline import code_article
    return {e.fatalities for e in code_article(article, resources).events if e.event_type == "ASSAULT"}


def test_the_tolls_are_read(resources):
    # cadets and students are counted among the dead as people are
    assert 30 in _tolls(BRIEF, resources) and 28 in _tolls(WIRE, resources) and 3 in _tolls(DECOY, resources)


def test_a_shared_toll_ties_unattributed_reports(store, resources):
    code_into(store, resources, [BRIEF, WIRE, DECOY])
    brief, wire, decoy = _assaults(store, "college-brief"), _assaults(store, "college-wire"), \
        _assaults(store, "house-shelled")
    assert brief & wire
    assert decoy and not decoy & (brief | wire)


def _row(n):
    return {"event_type": "ASSAULT", "fatalities": n}


def test_what_counts_as_one_toll():
    assert same_toll(_row(28), _row(30))
    assert not same_toll(_row(3), _row(6))        # low counts recur: no tie
    assert not same_toll(_row(10), _row(30))      # too far apart
    assert not same_toll(_row(30), _row(None))
    assert not same_toll({"event_type": "PROTEST", "fatalities": 30}, _row(30))
    # conflicting counts of one attack stay together; a count a tenth of the other is another attack
    assert not tolls_apart(_row(3), _row(6)) and not tolls_apart(_row(28), _row(30))
    assert tolls_apart(_row(3), _row(28)) and not tolls_apart(_row(3), _row(None))
