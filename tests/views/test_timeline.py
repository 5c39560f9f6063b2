"""Story timeline over a small store filled by coding short articles (our own writing about the Beirut
port explosion of Tuesday 4 August 2020 and its aftermath)."""
import json
from datetime import date

import pytest
from click.testing import CliRunner

from sanderling.records import Article

ARTICLES = [
    ("beirut-1", "2020-08-05", "A huge explosion tore through the port of Beirut on Tuesday, killing at least "
     "100 people and injuring thousands. Lebanese officials said the blast was caused by 2,750 tonnes of "
     "ammonium nitrate stored in a port warehouse for six years. President Michel Aoun called an emergency "
     "meeting of the Supreme Defence Council."),
    ("beirut-2", "2020-08-07", "Rescue teams kept searching the rubble of Beirut's port for survivors. The "
     "explosion on August 4 destroyed the grain silos and damaged half of the city. French President "
     "Emmanuel Macron visited Beirut on Thursday and called for deep political reforms."),
    ("beirut-3", "2020-08-11", "Prime Minister Hassan Diab announced the resignation of his government on "
     "Monday. Protesters blamed the ruling class for the August 4 explosion at the port, which killed more "
     "than 170 people. Thousands of demonstrators clashed with security forces in central Beirut on Saturday."),
    ("beirut-4", "2020-08-14", "Investigators questioned customs and port officials about the blast of "
     "August 4, the judge leading the inquiry said on Thursday. Sixteen port employees have been detained "
     "since the explosion."),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, resources):
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.store import open_store
    path = tmp_path_factory.mktemp("timeline") / "beirut.duckdb"
    arts = [Article(id=i, text=t, published=date.fromisoformat(p), outlet="test") for i, p, t in ARTICLES]
    with open_store(path) as store:
        for coded in code_articles(arts, resources):
            store.write(coded)
        resolve_reports(store)
    return path


def test_the_date_several_articles_refer_to_comes_first(store_path):
    from sanderling.store import open_store
    from sanderling.views.timeline import build_timeline
    with open_store(store_path, read_only=True) as store:
        (top,) = build_timeline(store, n_dates=1, sents_per_date=2)
        assert top.date == date(2020, 8, 4)
        assert top.summary and all(("explosion" in s or "blast" in s) for s in top.summary)
        assert len(top.summary) == len(set(top.summary))
        three = build_timeline(store, n_dates=3, sents_per_date=1)
        assert [e.date for e in three] == sorted(e.date for e in three)
        assert date(2020, 8, 4) in [e.date for e in three]
        # a span that leaves 4 August out
        later = build_timeline(store, n_dates=5, start="2020-08-05", end="2020-08-31")
        assert later and all(date(2020, 8, 5) <= e.date <= date(2020, 8, 31) for e in later)


def test_actor_and_query_filters(store_path):
    from sanderling.store import open_store
    from sanderling.views.timeline import build_timeline
    with open_store(store_path, read_only=True) as store:
        macron = build_timeline(store, n_dates=3, actor="Macron")
        assert [e.date for e in macron] == [date(2020, 8, 6)]
        assert "Macron" in macron[0].summary[0]
        # only the article about the inquiry has "investigators"
        inquiry = build_timeline(store, n_dates=5, query="investigators")
        assert {e.date for e in inquiry} <= {date(2020, 8, 4), date(2020, 8, 13), date(2020, 8, 14)}
        assert date(2020, 8, 10) not in {e.date for e in inquiry}


def test_cli_json_shape(store_path):
    from sanderling.cli import main
    res = CliRunner().invoke(main, ["timeline", "--db", str(store_path), "--dates", "2", "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert isinstance(data, list) and 1 <= len(data) <= 2
    for entry in data:
        assert set(entry) == {"date", "summary", "events"}
        date.fromisoformat(entry["date"])
        assert isinstance(entry["summary"], list) and all(isinstance(s, str) for s in entry["summary"])
        assert isinstance(entry["events"], list) and all(isinstance(e, str) for e in entry["events"])
    assert "2020-08-04" in [e["date"] for e in data]
    md = CliRunner().invoke(main, ["timeline", "--db", str(store_path), "--dates", "1", "--format", "md"])
    assert md.exit_code == 0 and md.output.startswith("### 2020-08-04")
    bad = CliRunner().invoke(main, ["timeline", "--db", str(store_path), "--from", "4 August"])
    assert bad.exit_code != 0


# -- date-importance signals (sanderling.views.date_scoring) on tiny hand-made evidence -------------
from collections import Counter  # noqa: E402

from sanderling.views.date_scoring import (DateEvidence, DateScoring, DayMention, date_graph_rank,  # noqa: E402
                                           score_dates, select_dates)

D = date
B = DateScoring()


def test_dateline_pub_day_retro_and_future_weights():
    ev = DateEvidence(day_mentions=[
        DayMention("a", D(2011, 3, 10), D(2011, 3, 10), with_year=True),    # dateline
        DayMention("b", D(2011, 3, 11), D(2011, 3, 11), with_year=False),   # "on Friday", same day
        DayMention("c", D(2011, 3, 20), D(2011, 3, 12), with_year=False),   # retrospective, 8 days later
        DayMention("d", D(2011, 3, 1), D(2011, 3, 13), with_year=False),    # announced ahead
    ])
    s = score_dates(ev, B.but(w_pub=0, w_sent=0))
    assert s[D(2011, 3, 10)] == 0.0
    assert s[D(2011, 3, 11)] == s[D(2011, 3, 12)] == s[D(2011, 3, 13)] == 1.0
    s = score_dates(ev, B.but(w_pub=0, w_sent=0, retro=1.0, future=0.5, pub_day=0.5, dateline=0.2))
    assert s[D(2011, 3, 10)] == pytest.approx(0.2)
    assert s[D(2011, 3, 11)] == pytest.approx(0.5)
    assert s[D(2011, 3, 12)] == pytest.approx(2.0)
    assert s[D(2011, 3, 13)] == pytest.approx(0.5)
    # lag-scaled retro: 8 days of 16 -> half the bonus
    s = score_dates(ev, B.but(w_pub=0, w_sent=0, retro=1.0, retro_days=16))
    assert s[D(2011, 3, 12)] == pytest.approx(1.5)


def test_an_article_counts_once_and_extra_sentences_logarithmically():
    ms = [DayMention("a", D(2011, 3, 12), D(2011, 3, 11), False)] * 3 + \
         [DayMention("b", D(2011, 3, 12), D(2011, 3, 11), False, on_topic=False)]
    ev = DateEvidence(day_mentions=ms)
    s = score_dates(ev, B.but(w_pub=0, w_sent=0))
    assert s[D(2011, 3, 11)] == 2.0
    s = score_dates(ev, B.but(w_pub=0, w_sent=1.0, off_topic=0.5))
    # A = 1 + 0.5 (off-topic article), 2 extra sentences -> log(3)
    assert s[D(2011, 3, 11)] == pytest.approx(1.5 + 1.0986123, abs=1e-6)


def test_span_publication_and_burst():
    day = D(2011, 3, 11)
    pub = Counter({day: 6, D(2011, 3, 12): 2})
    for k in range(1, 8):
        pub[D(2011, 3, 11 - k)] += 1
    ev = DateEvidence(day_mentions=[DayMention("a", D(2011, 3, 14), day, False),
                                    DayMention("a", D(2011, 3, 14), D(2011, 2, 1), False)], published=pub)
    s = score_dates(ev, B.but(w_sent=0, w_pub=0.5, pub_lead=0), start=D(2011, 3, 1))
    assert set(s) == {day}                               # Feb 1 is outside the span
    assert s[day] == pytest.approx(1 + 0.5 * 8)          # published on the day (6) and the day after (2)
    s2 = score_dates(ev, B.but(w_sent=0, w_pub=0, w_burst=1.0, burst_window=2))
    # P(d)=8; neighbours: Mar 9 (1+1=2), Mar 10 (1+6=7), Mar 12 (2+0=2), Mar 13 (0) -> mean 2.75
    assert s2[day] == pytest.approx(1 + 8 - 2.75)


def test_publication_days_and_the_days_before_them_are_candidates():
    pub = Counter({D(2011, 3, 20): 3})
    ev = DateEvidence(day_mentions=[DayMention("a", D(2011, 3, 20), D(2011, 3, 12), False)], published=pub)
    s = score_dates(ev, B.but(w_sent=0, w_pub=0.5))
    assert set(s) == {D(2011, 3, 12), D(2011, 3, 19), D(2011, 3, 20)}
    assert s[D(2011, 3, 19)] == pytest.approx(0.5 * 3)      # published the day after
    assert s[D(2011, 3, 12)] == pytest.approx(1.0)          # mentioned only
    assert set(score_dates(ev, B.but(pub_lead=0))) == {D(2011, 3, 12)}
    # outside the span, a publication day is no candidate
    assert set(score_dates(ev, B, start=D(2011, 3, 1), end=D(2011, 3, 15))) == {D(2011, 3, 12)}


def test_an_undated_opening_sentence_summarises_the_day_before_publication():
    from sanderling.evaluate.timelines import light_coded
    from sanderling.store import open_store
    from sanderling.views.timeline import build_timeline
    art = {"id": "guardian-1", "published": D(2005, 1, 3), "sentences": [
        "A suicide car bomber attacked a bus carrying Iraqi national guardsmen north of Baghdad, killing 26 people.",
        "The attack came weeks before the election planned for January 30.",
        "Officials said on Sunday that security would be tightened."]}
    with open_store(":memory:") as store:
        store.write(light_coded(art))
        entries = {e.date: e for e in build_timeline(store, n_dates=5, sents_per_date=1)}
        assert D(2005, 1, 2) in entries and D(2005, 1, 3) in entries
        assert "suicide car bomber" in entries[D(2005, 1, 3)].summary[0]
        # the sentence with its own day reference is no lead candidate: it stays with the day it names
        assert all("tightened" not in s for s in entries[D(2005, 1, 3)].summary)
        off = build_timeline(store, n_dates=5, sents_per_date=1, scoring=B.but(pub_lead=0))
        assert [e.date for e in off] == [D(2005, 1, 2), D(2005, 1, 30)]   # named days only


def test_month_mentions_spread_weakly_over_the_days_of_the_month():
    ev = DateEvidence(day_mentions=[DayMention("a", D(2011, 4, 20), D(2011, 3, 5), False),
                                    DayMention("b", D(2011, 4, 20), D(2011, 4, 5), False)],
                      month_mentions=[("c", D(2011, 3, 1), D(2011, 3, 31)),
                                      ("d", D(2011, 3, 1), D(2011, 3, 31)),
                                      ("d", D(2011, 3, 1), D(2011, 3, 31))])
    s = score_dates(ev, B.but(w_pub=0, w_sent=0, w_month=31.0))
    assert s[D(2011, 3, 5)] == pytest.approx(1 + 2)      # two articles mention March
    assert s[D(2011, 4, 5)] == pytest.approx(1)


def test_date_graph_rank_favours_the_date_co_mentioned_with_others():
    hub, x, y, z = D(2011, 3, 1), D(2011, 3, 5), D(2011, 3, 9), D(2011, 3, 20)
    ms = [DayMention("a", None, hub, False), DayMention("a", None, x, False),
          DayMention("b", None, hub, False), DayMention("b", None, y, False),
          DayMention("c", None, z, False)]
    r = date_graph_rank(ms, {hub, x, y, z})
    assert sum(r.values()) == pytest.approx(1.0)
    assert r[hub] > r[x] == pytest.approx(r[y]) and r[hub] > r[z]
    s = score_dates(DateEvidence(day_mentions=ms), B.but(w_pub=0, w_sent=0, w_rank=1.0))
    assert max(s, key=s.get) == hub


def test_neighbour_suppression_spreads_the_selection():
    scores = {D(2011, 3, 1): 10.0, D(2011, 3, 2): 9.0, D(2011, 3, 10): 8.0}
    assert select_dates(scores, 2, B) == [D(2011, 3, 1), D(2011, 3, 2)]
    assert select_dates(scores, 2, B.but(spread=0.5)) == [D(2011, 3, 1), D(2011, 3, 10)]
    assert select_dates(scores, 3, B.but(spread=0.5)) == [D(2011, 3, 1), D(2011, 3, 10), D(2011, 3, 2)]
    # a vetoed date is skipped and does not suppress its neighbours
    assert select_dates(scores, 2, B.but(spread=0.5), accept=lambda d: d != D(2011, 3, 1)) == \
        [D(2011, 3, 2), D(2011, 3, 10)]


def _light_store(arts):
    from sanderling.evaluate.timelines import fill_store
    from sanderling.store import open_store
    store = open_store(":memory:")
    fill_store(store, [{"id": i, "published": D(*p), "outlet": "t", "sentences": s} for i, p, s in arts])
    return store


def test_build_timeline_uses_the_scoring_config_on_a_tiny_store():
    from sanderling.views.timeline import SummaryConfig, build_timeline
    store = _light_store([
        # Mar 8 is reported on its own day by two articles; Mar 2 is recalled later by one
        ("x1", (2011, 3, 8), ["Troops stormed the square in the capital on Tuesday, witnesses reported."]),
        ("x2", (2011, 3, 8), ["Tanks entered the main square of the capital on Tuesday, residents said."]),
        ("x3", (2011, 3, 20), ["The army shelled the northern town of Rastan on March 2, activists said.",
                               "Rebels held the town of Rastan for three weeks after March 2."]),
    ])
    try:
        (top,) = build_timeline(store, n_dates=1, sents_per_date=1)
        assert top.date == D(2011, 3, 8) and top.summary
        (top,) = build_timeline(store, n_dates=1, sents_per_date=1, scoring=DateScoring(pub_day=0.2, w_pub=0))
        assert top.date == D(2011, 3, 2)
        (top,) = build_timeline(store, n_dates=1, sents_per_date=2, start="2011-03-01", end="2011-03-05",
                                summary=SummaryConfig(mmr=0.7))
        assert top.date == D(2011, 3, 2) and len(top.summary) == 2
        # the query keeps only sentences' articles with the word; off-topic sentences can be damped
        (top,) = build_timeline(store, n_dates=1, query="rastan")
        assert top.date == D(2011, 3, 2)
    finally:
        store.close()
