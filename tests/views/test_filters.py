"""The shared actor filter on coded text: an organisation takes the events of those acting for it on the
event's date (a commander, a minister), a person only his own; the timeline selects as the events do."""
import sys
from datetime import date
from pathlib import Path

import pytest

from sanderling.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "web"))
from articles import MISRATA  # noqa: E402

from sanderling.views.filters import EventFilter  # noqa: E402
from sanderling.views.map import build_map  # noqa: E402
from sanderling.views.timeline import build_timeline  # noqa: E402

# written for these tests; Bashagha was the GNA's interior minister in 2020 and the eastern parliament's
# prime minister in 2022
ARTICLES = [
    MISRATA,    # "Forces loyal to Khalifa Haftar shelled ... Misrata": the LNA, not Haftar himself
    Article(id="haftar-cairo", outlet="Sahel Courier", published=date(2020, 6, 7),
            text="CAIRO - Egyptian President Abdel Fattah al-Sisi received Khalifa Haftar in Cairo on Saturday "
                 "and announced a ceasefire initiative for Libya."),
    Article(id="bashagha-ankara", outlet="Harbour Times", published=date(2020, 2, 18),
            text="ANKARA - Libya's interior minister Fathi Bashagha met Turkish Defence Minister Hulusi Akar in "
                 "Ankara on Monday to discuss military cooperation."),
    Article(id="bashagha-sirte", outlet="Sahel Courier", published=date(2022, 5, 17),
            text="SIRTE - Fathi Bashagha, the prime minister appointed by the eastern-based parliament, met tribal "
                 "elders in Sirte on Monday, days after his failed attempt to enter Tripoli."),
]


@pytest.fixture(scope="module")
def store(tmp_path_factory, resources):
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.store import open_store
    path = tmp_path_factory.mktemp("filters") / "filters.duckdb"
    with open_store(path) as s:
        for coded in code_articles(ARTICLES, resources):
            assert coded.error is None, coded.error
            s.write(coded)
        resolve_reports(s)
    with open_store(path, read_only=True) as s:
        yield s


def selected(store, kb, **kw) -> set[str]:
    where, params = EventFilter(kb=kb, **kw).where(store.con)
    return {r[0] for r in store.con.execute(f"SELECT e.id FROM events e WHERE {where}", params).fetchall()}


def event_of(store, doc_id, party) -> str:
    """The one event the article yielded with ``party`` among its actors or recipients."""
    rows = store.con.execute("SELECT DISTINCT event_id FROM reports WHERE doc_id = ? AND "
                             "list_contains(list_concat(actor_ids, recipient_ids), ?)", [doc_id, party]).fetchall()
    assert len(rows) == 1, rows
    return rows[0][0]


def test_the_lna_takes_haftars_events_haftar_not_the_lnas(store, resources):
    kb = resources.kb
    cairo, misrata = event_of(store, "haftar-cairo", "LBY_HAFTAR"), event_of(store, "misrata-shelling", "LBY_LNA")
    parties = store.con.execute("SELECT list_concat(actor_ids, recipient_ids) FROM events WHERE id = ?",
                                [misrata]).fetchone()[0]
    assert "LBY_HAFTAR" not in parties
    for lna in ("LBY_LNA", "Libyan National Army", "LNA"):
        assert {cairo, misrata} <= selected(store, kb, actor=lna), lna
    for haftar in ("LBY_HAFTAR", "Khalifa Haftar"):
        got = selected(store, kb, actor=haftar)
        assert cairo in got and misrata not in got, haftar
    # the map follows the same filter
    places = {f["properties"]["name"] for f in build_map(store, EventFilter(actor="LBY_HAFTAR", kb=kb))["features"]}
    assert "Cairo" in places and "Misrata" not in places


def test_membership_is_taken_on_the_events_date(store, resources):
    kb = resources.kb
    ankara, sirte = event_of(store, "bashagha-ankara", "LBY_BASHAGHA"), event_of(store, "bashagha-sirte", "LBY_BASHAGHA")
    gna, gns = selected(store, kb, actor="LBY_GNA"), selected(store, kb, actor="LBY_GNS")
    assert ankara in gna and sirte not in gna           # the GNA's minister in 2020
    assert sirte in gns and ankara not in gns           # the eastern government's prime minister in 2022
    assert {ankara, sirte} <= selected(store, kb, actor="Fathi Bashagha")


def test_the_timeline_selects_as_the_events_do(store, resources):
    kb = resources.kb
    cairo, misrata = event_of(store, "haftar-cairo", "LBY_HAFTAR"), event_of(store, "misrata-shelling", "LBY_LNA")
    ankara = event_of(store, "bashagha-ankara", "LBY_BASHAGHA")
    on = {}
    for flt in ({"actor": "LBY_LNA"}, {"actor": "LBY_HAFTAR"}, {"actor": "LBY_GNA"}, {"country": "EGY"},
                {"country": "TUR"}, {"actor": "LBY_LNA", "country": "EGY"}):
        entries = build_timeline(store, n_dates=20, kb=kb, **flt)
        on[str(flt)] = {e for entry in entries for e in entry.events}
        assert on[str(flt)] <= selected(store, kb, **flt), flt
    assert {cairo, misrata} <= on[str({"actor": "LBY_LNA"})]
    assert cairo in on[str({"actor": "LBY_HAFTAR"})] and misrata not in on[str({"actor": "LBY_HAFTAR"})]
    assert ankara in on[str({"actor": "LBY_GNA"})]


def test_timeline_sentences_naming_a_member_count_for_the_organisation(store, resources):
    from sanderling.views.timeline import _Filter, _Sent
    kb = resources.kb

    def sentence(doc_id):
        s0, s1 = store.con.execute("SELECT sent_start, sent_end FROM date_mentions WHERE doc_id = ? "
                                   "ORDER BY sent_start LIMIT 1", [doc_id]).fetchone()
        text = store.con.execute("SELECT text FROM articles WHERE id = ?", [doc_id]).fetchone()[0]
        return _Sent(doc_id, s0, s1, text[s0:s1], True)

    cairo, ankara = sentence("haftar-cairo"), sentence("bashagha-ankara")
    assert "Haftar" in cairo.text and "Bashagha" in ankara.text

    def ok(actor, s, when):
        return _Filter(store.con, None, actor, None, kb).sentence_ok(s, when)

    assert ok("LBY_LNA", cairo, date(2020, 6, 6)) and ok("LBY_HAFTAR", cairo, date(2020, 6, 6))
    assert not ok("LBY_GNA", cairo, date(2020, 6, 6))
    assert ok("LBY_GNA", ankara, date(2020, 2, 17)) and not ok("LBY_GNA", ankara, date(2022, 6, 1))
