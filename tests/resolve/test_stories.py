"""Story pairs: articles about one happening, published within two days, with similar leads."""
from datetime import date

from sanderling.resolve.stories import lead_text, story_pairs

WATIYA_A = ("Government forces capture al-Watiya air base. Forces of the internationally recognised government "
            "took full control of al-Watiya air base southwest of Tripoli on Monday after weeks of drone strikes, "
            "the government's military spokesman said, calling the capture a turning point in the war.")
WATIYA_B = ("Al-Watiya air base falls to Tripoli government. The strategic al-Watiya air base near the Tunisian "
            "border was captured on Monday by troops loyal to the Tripoli government, whose spokesman said the "
            "drone campaign had cut its supply lines.")
BERLIN = ("Leaders meet in Berlin on Libya. Heads of government gathered in Berlin on Sunday and pledged to "
          "respect the arms embargo on Libya and to stop interfering in the war.")


def test_two_reports_of_one_capture_are_one_story():
    pairs = story_pairs([("a", date(2020, 5, 18), lead_text(None, WATIYA_A)),
                         ("b", date(2020, 5, 19), lead_text(None, WATIYA_B)),
                         ("c", date(2020, 5, 18), lead_text(None, BERLIN))])
    assert frozenset(("a", "b")) in pairs
    assert frozenset(("a", "c")) not in pairs and frozenset(("b", "c")) not in pairs


def test_similar_leads_far_apart_in_time_are_not_one_story():
    pairs = story_pairs([("a", date(2020, 5, 18), lead_text(None, WATIYA_A)),
                         ("b", date(2020, 5, 25), lead_text(None, WATIYA_B))])
    assert not pairs


def test_focus_limits_the_pairs_scored():
    arts = [("a", date(2020, 5, 18), lead_text(None, WATIYA_A)), ("b", date(2020, 5, 18), lead_text(None, WATIYA_B)),
            ("c", date(2020, 5, 18), lead_text(None, WATIYA_B + " Officials confirmed it."))]
    assert set(story_pairs(arts, focus={"c"})) <= {frozenset(("a", "c")), frozenset(("b", "c"))}


# Two outlets on one real event told from opposite sides - the GNA's capture of Tarhuna on 5 June 2020 -
# and a third article on another event the same day. Written for this test; the outlets are fictional.
TARHUNA_GNA = ("Tripoli forces enter Tarhuna. TRIPOLI - Forces of the Government of National Accord entered the "
               "town of Tarhuna on Friday and took control of it without a fight, the government's military "
               "spokesman said, ending the siege of the capital's southeast.")
TARHUNA_LNA = ("Army pulls out of Tarhuna. BENGHAZI - Units of Khalifa Haftar's Libyan National Army withdrew from "
               "the town of Tarhuna on Friday in what the army called a humanitarian repositioning, as Government "
               "of National Accord forces entered the town.")
CAIRO = ("Egypt proposes Libya ceasefire. CAIRO - Egyptian President Abdel Fattah al-Sisi on Saturday proposed a "
         "ceasefire in Libya starting on Monday, standing beside Khalifa Haftar and Aguila Saleh at a press conference.")


def test_two_sides_of_one_capture_share_an_event_and_another_story_does_not(store, resources):
    from sanderling.records import Article
    from merge_articles import code_into
    arts = [Article(id="tarhuna-a", outlet="Harbour Times", published=date(2020, 6, 5), text=TARHUNA_GNA),
            Article(id="tarhuna-b", outlet="Sahel Courier", published=date(2020, 6, 5), text=TARHUNA_LNA),
            Article(id="cairo", outlet="Nile Post", published=date(2020, 6, 6), text=CAIRO)]
    code_into(store, resources, arts)
    shared = store.con.execute(
        "SELECT list(DISTINCT doc_id) FROM reports WHERE NOT coalesce(historical, false) GROUP BY event_id "
        "HAVING count(DISTINCT doc_id) > 1").fetchall()
    linked = [set(d) for (d,) in shared]
    assert {"tarhuna-a", "tarhuna-b"} in linked
    assert not any("cairo" in d for d in linked)


def _lead(event_type, quad, actors, day, source="text", doc="a"):
    return {"doc_id": doc, "event_type": event_type, "quad_class": quad, "actor_ids": actors, "recipient_ids": [],
            "date": day, "date_end": day, "date_precision": "day", "date_source": source, "date_text": None,
            "historical": False, "start_char": 0, "place_name": None, "geo_precision": None, "country": None,
            "lat": None, "lon": None}


def test_one_speech_coded_two_ways_by_two_outlets_may_merge():
    from sanderling.resolve.stories import story_compatible
    day = date(2020, 12, 24)
    demand = _lead("REQUEST", 1, ["LBY_HAFTAR"], day, doc="a")
    threat = _lead("THREATEN", 3, ["LBY_HAFTAR"], day, doc="b")
    assert story_compatible(demand, threat, 0.25)
    # another speaker, or another day, is another statement
    assert not story_compatible(demand, _lead("THREATEN", 3, ["TUR_ERDOGAN"], day, doc="b"), 0.25)
    assert not story_compatible(demand, _lead("THREATEN", 3, ["LBY_HAFTAR"], date(2020, 12, 26), doc="b"), 0.25)


def test_two_speakers_of_one_body_are_not_one_speech():
    from sanderling.resolve.stories import _one_speech
    day = date(2019, 4, 5)
    council = _lead("REQUEST", 1, ["UNO_UNSC"], day, doc="a")
    # the Secretary-General's warning is not the Security Council's call, though both are the UN
    assert not _one_speech(council, _lead("THREATEN", 3, ["UNO_GUTERRES"], day, doc="b"))
    # ... but a state and its leader named as the speaker may be one speech ("Turkey warned" / "Erdogan warned")
    assert _one_speech(_lead("REQUEST", 1, ["TUR"], day, doc="a"), _lead("THREATEN", 3, ["TUR_ERDOGAN"], day, doc="b"))


def test_a_meeting_is_not_the_speech_its_host_made_that_day():
    from sanderling.resolve.stories import story_compatible
    day = date(2020, 1, 13)
    warning = _lead("THREATEN", 3, ["TUR_ERDOGAN"], day, doc="a")     # "would teach Haftar a lesson"
    hosting = _lead("CONSULT", 1, ["TUR_ERDOGAN"], day, doc="b")      # "on Monday hosted Conte"
    assert not story_compatible(warning, hosting, 0.25)


def test_one_speech_told_the_next_day_without_its_date_may_merge():
    from sanderling.resolve.stories import story_compatible
    said = _lead("THREATEN", 3, ["TUR_ERDOGAN"], date(2019, 12, 10), doc="a")
    retold = _lead("AGREE", 1, ["TUR_ERDOGAN"], date(2019, 12, 11), source="published", doc="b")
    assert story_compatible(said, retold, 0.25)
    # both dated by their texts a day apart: two statements
    assert not story_compatible(said, {**retold, "date_source": "text"}, 0.25)


def test_publication_bound_dates_two_days_apart_meet_only_in_close_stories():
    from sanderling.resolve.stories import STORY_CLOSE, story_compatible
    a = _lead("THREATEN", 3, ["LBY_MISMARI"], date(2019, 6, 28), source="published", doc="a")
    b = _lead("THREATEN", 3, ["LBY_MISMARI"], date(2019, 6, 30), source="published", doc="b")
    assert story_compatible(a, b, STORY_CLOSE + 0.05)
    assert not story_compatible(a, b, STORY_CLOSE - 0.1)
    # a date the text gives is not a bound: two days apart stays two happenings
    assert not story_compatible({**a, "date_source": "text"}, {**b, "date_source": "text"}, STORY_CLOSE + 0.05)


def test_events_merge_when_every_pair_of_articles_agrees_somewhere():
    from sanderling.resolve.stories import documents_agree
    a1 = {"doc_id": "a", "sentence": "GNA forces captured al-Watiya on Monday."}
    a2 = {"doc_id": "a", "sentence": "Sarraj announced the capture."}
    b1 = {"doc_id": "b", "sentence": "LNA units left al-Watiya on Monday."}
    agreeing = {(a1["sentence"], b1["sentence"])}

    def compatible(p, q):
        return (p["sentence"], q["sentence"]) in agreeing or (q["sentence"], p["sentence"]) in agreeing
    # the lead reports agree; the weaker retelling in article a does not veto the merge
    assert documents_agree([a1, a2], [b1], compatible)
    # no pair of reports of the two articles agrees
    assert not documents_agree([a2], [b1], compatible)
    # two different sentences of one article are never joined
    assert not documents_agree([a1], [a2, b1], compatible)
