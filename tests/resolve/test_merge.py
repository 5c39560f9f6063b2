"""Cross-article resolution on short real-event reports written for these tests (see conftest.py)."""
from dataclasses import replace
from datetime import date

from merge_articles import ACADEMY_A, ACADEMY_B, SHELL_MON, SHELL_TUE, code_into

from sanderling.resolve import event_reports
from sanderling.resolve.merge import date_relation, place_ok


def _events_of(store, doc_id, etype="ASSAULT"):
    return {r[0] for r in store.con.execute(
        "SELECT event_id FROM reports WHERE doc_id = ? AND event_type = ?", [doc_id, etype]).fetchall()}


def test_same_event_two_outlets_merges_incrementally(store, resources):
    code_into(store, resources, [ACADEMY_A])          # first run
    first = _events_of(store, "academy-harbour")
    stats = code_into(store, resources, [ACADEMY_B])  # a later run: the new article joins the stored event
    assert stats["merged"] >= 1
    shared = first & _events_of(store, "academy-sahel")
    assert len(shared) == 1
    eid = shared.pop()
    n_outlets, fmin, fmax, n_reports = store.con.execute(
        "SELECT n_outlets, fatalities_min, fatalities_max, n_reports FROM events WHERE id = ?", [eid]).fetchone()
    assert n_outlets == 2
    assert (fmin, fmax) == (28, 30)
    reps = event_reports(store, eid)
    assert len(reps) == n_reports
    figures = {(r["outlet"], r["fatalities"]) for r in reps}
    assert ("Harbour Times", 28) in figures and ("Sahel Courier", 30) in figures
    assert all(r["sentence"] and r["date"] == "2020-01-04" for r in reps)


def test_republished_copy_counts_once(store, resources):
    copy = replace(ACADEMY_A, id="academy-harbour-copy", outlet="Desert Daily")
    code_into(store, resources, [ACADEMY_A, copy])
    store.con.execute("UPDATE articles SET duplicate_of = 'academy-harbour' WHERE id = 'academy-harbour-copy'")
    store.con.execute("UPDATE reports SET event_id = NULL")
    store.con.execute("DELETE FROM events")
    from sanderling.resolve import resolve_reports
    resolve_reports(store)
    eid = (_events_of(store, "academy-harbour") & _events_of(store, "academy-harbour-copy")).pop()
    assert store.con.execute("SELECT n_outlets FROM events WHERE id = ?", [eid]).fetchone()[0] == 1


def test_consecutive_day_shellings_stay_apart(store, resources):
    code_into(store, resources, [SHELL_MON, SHELL_TUE])
    mon, tue = _events_of(store, "mitiga-monday"), _events_of(store, "mitiga-tuesday")
    assert mon and tue and not (mon & tue)
    dates = {r[0] for r in store.con.execute("SELECT date FROM events WHERE id IN (SELECT unnest(?))",
                                            [list(mon | tue)]).fetchall()}
    assert dates == {date(2020, 5, 11), date(2020, 5, 12)}


def _rep(d, precision="day", source="text", text="on Monday"):
    return {"date": d, "date_end": d, "date_precision": precision, "date_source": source, "date_text": text}


def test_date_windows():
    # meetings of the same ministers a month apart: never one event
    assert date_relation(_rep(date(2020, 1, 8)), _rep(date(2020, 2, 8))) is None
    # one day apart with hard dates: two events; with a "late on" date: outlets may disagree
    assert date_relation(_rep(date(2020, 1, 8)), _rep(date(2020, 1, 9))) is None
    assert date_relation(_rep(date(2020, 1, 8), text="late on Wednesday"), _rep(date(2020, 1, 9))) == "near"
    # a day a deed was reported or published by bounds it from above: Sunday's "announced on Sunday" can be
    # Saturday's happening, never Monday's
    said_sunday = _rep(date(2019, 4, 7), source="report", text="on Sunday")
    assert date_relation(said_sunday, _rep(date(2019, 4, 6), text="on Saturday")) == "near"
    assert date_relation(said_sunday, _rep(date(2019, 4, 8), text="on Monday")) is None
    assert date_relation(_rep(date(2019, 4, 7), source="published", text=None),
                         _rep(date(2019, 4, 8), text="on Monday")) is None
    # ... unless the later day is itself blurred
    assert date_relation(said_sunday, _rep(date(2019, 4, 8), text="overnight")) == "near"
    month = {"date": date(2020, 1, 1), "date_end": date(2020, 1, 31), "date_precision": "month",
             "date_source": "text", "date_text": "in January"}
    assert date_relation(month, _rep(date(2020, 1, 19))) == "coarse"
    assert date_relation(month, _rep(date(2020, 2, 1))) is None


def test_a_reported_or_published_date_bounds_the_deed_from_above():
    wednesday = _rep(date(2020, 2, 5))
    told_friday = _rep(date(2020, 2, 7), source="report", text="said on Friday")
    published_friday = _rep(date(2020, 2, 7), source="published", text=None)
    # "said on Friday it had taken the field": Wednesday's capture fits
    assert date_relation(wednesday, told_friday) == "near"
    assert date_relation(published_friday, wednesday) == "near"
    # but a bound cannot reach forward: a deed told on Monday is not Wednesday's
    assert date_relation(wednesday, _rep(date(2020, 2, 3), source="report", text="said on Monday")) is None
    # nor further back than two days, nor between two hard dates
    assert date_relation(_rep(date(2020, 2, 4)), told_friday) is None
    assert date_relation(wednesday, _rep(date(2020, 2, 7))) is None


def _placed(name, lat, lon, sentence):
    return {"place_name": name, "country": "LBY", "lat": lat, "lon": lon, "geo_precision": 1, "sentence": sentence}


def test_far_places_agree_only_when_a_sentence_names_both():
    watiya = _placed("Al-Watiya Air Base", 32.48, 11.89,
                     "LNA units repelled an attack by Tripoli militias on the air base at al-Watiya.")
    fronts = _placed("Tripoli", 32.89, 13.19,
                     "GNA forces attacked on the southern fronts of Tripoli and in the west, where they moved on al-Watiya.")
    misrata = _placed("Misrata", 32.38, 15.09, "Shells fell on the port of Misrata.")
    # about 130 km apart, but the offensive reaches al-Watiya in the second report's own words
    assert place_ok(watiya, fronts) and place_ok(fronts, watiya)
    assert not place_ok(watiya, misrata)
    assert not place_ok(fronts, misrata)


def test_one_gathering_told_from_two_sides_is_one_event(store, resources):
    from merge_articles import BERLIN_GUEST, BERLIN_HOST
    code_into(store, resources, [BERLIN_HOST, BERLIN_GUEST])
    host, guest = _events_of(store, "berlin-host", "CONSULT"), _events_of(store, "berlin-guest", "CONSULT")
    assert host & guest


def _meeting(actors, place, country, precision, sentence):
    return {"event_type": "CONSULT", "actor_ids": actors, "recipient_ids": [], "date": date(2020, 1, 19),
            "date_end": date(2020, 1, 19), "date_precision": "day", "date_source": "report", "date_text": "on Sunday",
            "place_name": place, "country": country, "geo_precision": precision, "sentence": sentence}


def test_meetings_on_one_day_in_one_city_need_little_common_wording(resources):   # resources: the loaded KB
    from sanderling.resolve.merge import SIM_EXACT_DAY, SIM_SAME_VENUE, required_similarity
    host = _meeting(["DEU_MERKEL"], "Berlin", "DEU", 1, "Merkel said after hosting a summit in Berlin.")
    guest = _meeting(["DEU"], "Germany", "DEU", 4, "He attended the conference on Libya hosted by Germany.")
    assert required_similarity(host, guest) == SIM_SAME_VENUE
    # a meeting placed only by its country, or in another city, needs the usual overlap
    vague = _meeting(["DEU"], "Germany", "DEU", 4, "Germany hosted talks.")
    assert required_similarity(guest, vague) == SIM_EXACT_DAY
    munich = _meeting(["DEU"], "Munich", "DEU", 1, "Germany hosted talks in Munich.")
    assert required_similarity(host, munich) == SIM_EXACT_DAY


def test_troops_sent_to_an_ally_may_be_coded_as_deployment_or_as_aid(store, resources):
    # "Turkish troops had begun deploying to Libya" (MOBILIZE) and "the sending of Turkish soldiers to
    # Tripoli" (AID) tell one happening; the resolver lets the two types meet
    from sanderling.records import Article
    from sanderling.resolve.merge import types_compatible
    assert not types_compatible("MOBILIZE", "ASSAULT")
    a = Article(id="troops-a", outlet="Harbour Times", published=date(2020, 1, 6),
                text="Turkish troops began deploying to Libya on Sunday to support the Government of National Accord.")
    b = Article(id="troops-b", outlet="Sahel Courier", published=date(2020, 1, 6),
                text="Turkey began sending soldiers to Libya on Sunday to support the Government of National Accord.")
    code_into(store, resources, [a, b])
    kinds = dict(store.con.execute("SELECT doc_id, list(DISTINCT event_type) FROM reports GROUP BY doc_id").fetchall())
    shared = store.con.execute(
        "SELECT count(*) FROM (SELECT event_id FROM reports WHERE event_type IN ('AID', 'MOBILIZE') "
        "GROUP BY event_id HAVING count(DISTINCT doc_id) = 2)").fetchone()[0]
    assert shared == 1, kinds


def test_two_openings_dated_only_by_publication_need_less_common_wording(resources):
    from sanderling.resolve.merge import SIM_OPENINGS, STRONG_SIM, required_similarity
    def opening(day, source, start):
        return {"event_type": "RETREAT", "actor_ids": ["RUS_WAGNER"], "recipient_ids": [], "date": day,
                "date_end": day, "date_precision": "day", "date_source": source, "date_text": None,
                "place_name": "Tripoli", "country": "LBY", "geo_precision": 1, "start_char": start,
                "sentence": "Russian contractors left the front lines south of Tripoli."}
    a = opening(date(2020, 5, 25), "published", 0)
    b = opening(date(2020, 5, 24), "report", 0)
    assert required_similarity(a, b) == SIM_OPENINGS < STRONG_SIM
    # the same report deep in the body may be background that only took the publication date
    assert required_similarity({**a, "start_char": 2400}, b) == STRONG_SIM


def test_a_summit_told_through_different_participants_is_one_gathering(resources):
    from sanderling.resolve.merge import SIM_SAME_VENUE, required_similarity
    host = {**_meeting(["DEU_MERKEL"], "Berlin", "DEU", 1, "Merkel said after hosting a summit in Berlin."),
            "mode": "third-party"}
    guest = {**_meeting(["EGY_SISI"], "Berlin", "DEU", 1, "Sisi told the conference on Libya in Berlin."),
             "mode": "multilateral"}
    assert required_similarity(host, guest) == SIM_SAME_VENUE
    # two leaders meeting each other are no gathering: with no party in common they are two meetings
    assert required_similarity({**host, "mode": None}, {**guest, "mode": None}) is None


def test_a_publication_date_deep_in_the_body_bounds_nothing_two_days_back():
    # "In a speech after the ceremony, Bashagha condemned ...", paragraph six of a Thursday story: the speech
    # was that day, not Tuesday's rejection of the vote; only an opening report or a dated saying reaches back
    tuesday = _rep(date(2022, 3, 1))
    body = {**_rep(date(2022, 3, 3), source="published", text=None), "start_char": 949}
    opening = {**body, "start_char": 0}
    assert date_relation(tuesday, body) is None
    assert date_relation(tuesday, opening) == "near"
    assert date_relation(tuesday, {**body, "date_source": "report", "date_text": "said on Thursday"}) == "near"


def test_resolution_collapses_actors_with_the_knowledge_base_it_is_given(store, resources, tmp_path):
    # who acts for whom must not depend on what the process loaded before: resolve_reports sets the knowledge
    # base explicitly, the user's files included
    from sanderling.actors.kb import KnowledgeBase
    from sanderling.pipeline import code_articles
    from sanderling.resolve import resolve_reports
    from sanderling.resolve.actors import family, loaded_kb
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - {id: XYZ_BRIG, name: Brigade of the Test, kind: armed group, country: LBY, "
                     "code: LBYMIL, sector: MIL, part_of: LBY_LNA, aliases: [Test Brigade]}\n", encoding="utf-8")
    mine = KnowledgeBase.load([extra])
    for coded in code_articles([ACADEMY_A], resources):
        store.write(coded)
    try:
        resolve_reports(store, mine)
        assert loaded_kb() is mine and "LBY_LNA" in family(["XYZ_BRIG"])
        store.con.execute("UPDATE reports SET event_id = NULL")
        resolve_reports(store)
        assert loaded_kb() is KnowledgeBase.load() and family(["XYZ_BRIG"]) == {"XYZ_BRIG"}
    finally:
        resolve_reports(store)


def test_a_side_named_only_by_its_sector_does_not_keep_two_reports_apart(resources):
    from sanderling.resolve.merge import actors_overlap
    authorised = {"actor_ids": ["TUR_LEG"], "recipient_ids": ["AGENT_MIL"], "date": date(2011, 3, 24)}
    voted = {"actor_ids": ["TUR_LEG"], "recipient_ids": ["NATO"], "date": date(2011, 3, 24)}
    assert actors_overlap(authorised, voted) is True
    # a named recipient on each side still has to meet the other report
    other = {"actor_ids": ["TUR_LEG"], "recipient_ids": ["RUS"], "date": date(2011, 3, 24)}
    assert actors_overlap(voted, other) is False
    # two sides named by a sector alone tell nothing either way
    assert actors_overlap({"actor_ids": ["AGENT_MIL"], "recipient_ids": [], "date": date(2011, 3, 24)},
                          {"actor_ids": ["AGENT_MIL"], "recipient_ids": [], "date": date(2011, 3, 24)}) is None


def test_openings_of_one_day_by_one_body_need_least_common_wording(resources):   # resources: the loaded KB
    from sanderling.resolve.merge import SIM_EXACT_DAY, SIM_OPENINGS, required_similarity
    def opening(actors, source, text):
        day = date(2020, 1, 2)
        return {"event_type": "SUPPORT", "actor_ids": actors, "recipient_ids": [], "date": day, "date_end": day,
                "date_precision": "day", "date_source": source, "date_text": None, "place_name": "Ankara",
                "country": "TUR", "geo_precision": 1, "start_char": 0, "sentence": text}
    english = opening(["TUR_LEG"], "text", "Turkey's parliament on Thursday approved a motion to send troops.")
    translated = opening(["TUR_LEG"], "published", "The tezkere was accepted in the TBMM General Assembly.")
    assert required_similarity(english, translated) == SIM_EXACT_DAY
    # one country is no particular doer: its ministries and armies act every day
    assert required_similarity(opening(["TUR"], "text", "x"), opening(["TUR"], "published", "y")) == SIM_OPENINGS
