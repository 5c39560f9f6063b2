"""Timeline scores on hand-worked examples, the T17/Crisis readers and the light evaluation path."""
import json
from datetime import date

import pytest

from sanderling.evaluate.timelines import (align_many_to_one, align_rouge, concat_rouge, date_f1, detokenise,
                                           evaluate_topic, read_crisis_timelines, read_t17_topic, rouge_n,
                                           score_timeline, tokens, topic_query)

D = date


def test_tokens_are_lowercased_alphanumeric_runs_with_stopwords_kept():
    assert tokens("The Syrian army's tanks, on 3 February!") == ["the", "syrian", "army", "s", "tanks", "on",
                                                                 "3", "february"]


def test_rouge1_and_rouge2_by_hand():
    # unigrams: the x2, cat, on, mat shared -> 5 of 6 each side
    r1 = rouge_n("The cat sat on the mat.", "the cat lay on the mat", 1)
    assert r1.p == pytest.approx(5 / 6) and r1.r == pytest.approx(5 / 6) and r1.f == pytest.approx(5 / 6)
    # bigrams: (the cat) (on the) (the mat) shared -> 3 of 5 each side
    r2 = rouge_n("The cat sat on the mat.", "the cat lay on the mat", 2)
    assert r2.f == pytest.approx(0.6)
    # clipping: "the the the" vs "the" -> overlap 1; P = 1/3, R = 1, F = 0.5
    assert rouge_n("the the the", "the", 1).f == pytest.approx(0.5)
    assert rouge_n("", "anything", 1).f == 0.0


def test_date_f1_by_hand():
    s = date_f1([D(2011, 1, 1), D(2011, 1, 2), D(2011, 1, 5)],
                [D(2011, 1, 1), D(2011, 1, 5), D(2011, 1, 6), D(2011, 1, 7)])
    assert s.p == pytest.approx(2 / 3) and s.r == pytest.approx(0.5)
    assert s.f == pytest.approx(4 / 7)          # 0.571429
    assert date_f1([], [D(2011, 1, 1)]).f == 0.0


GOLD = {D(2011, 1, 1): ["troops enter the city"], D(2011, 1, 10): ["talks begin in geneva"]}


def test_alignment_rouge_by_hand():
    system = {D(2011, 1, 2): ["Troops enter the city."], D(2011, 1, 10): ["Talks begin in Geneva today."]}
    assert align_many_to_one(system, GOLD) == {D(2011, 1, 2): D(2011, 1, 1), D(2011, 1, 10): D(2011, 1, 10)}
    # AR1: num = 1/2 * 4 + 1 * 4 = 6; system unigrams 4 + 5 = 9; gold unigrams 8
    # P = 2/3, R = 3/4, F = 12/17
    ar1 = align_rouge(system, GOLD, 1)
    assert ar1.p == pytest.approx(2 / 3) and ar1.r == pytest.approx(3 / 4)
    assert ar1.f == pytest.approx(12 / 17)      # 0.705882
    # AR2: num = 1/2 * 3 + 1 * 3 = 4.5; system bigrams 3 + 4 = 7; gold bigrams 6 -> F = 9/13
    assert align_rouge(system, GOLD, 2).f == pytest.approx(9 / 13)   # 0.692308
    sc = score_timeline(system, GOLD)
    assert sc.date_f1 == pytest.approx(0.5)     # one of two dates exact on each side: P = R = 1/2
    assert sc.ar1_f == pytest.approx(12 / 17)
    # concat ROUGE-1: all 8 gold unigrams found among the 9 system ones -> P 8/9, R 1, F 16/17
    assert concat_rouge(system, GOLD, 1).f == pytest.approx(16 / 17)


def test_alignment_prefers_matching_content_over_the_nearest_date():
    gold = {D(2011, 1, 2): ["troops enter the city"], D(2011, 1, 5): ["talks begin in geneva"]}
    system = {D(2011, 1, 3): ["talks begin in geneva"]}
    # nearest gold day (Jan 2) shares nothing; Jan 5 is 2 days off (weight 1/3) with ROUGE-1 F = 1
    assert align_many_to_one(system, gold) == {D(2011, 1, 3): D(2011, 1, 5)}
    # num = 4/3; P = (4/3)/4 = 1/3; R = (4/3)/8 = 1/6; F = 2/9
    assert align_rouge(system, gold, 1).f == pytest.approx(2 / 9)


def test_many_to_one_two_system_dates_share_a_gold_date():
    gold = {D(2011, 1, 1): ["troops enter the city"]}
    system = {D(2011, 1, 1): ["troops enter the city"], D(2011, 1, 2): ["troops enter the city"]}
    # num = 1 * 4 + 1/2 * 4 = 6; P = 6/8; R = 6/4 (many-to-one lets recall exceed 1, as in tilse micro)
    ar1 = align_rouge(system, gold, 1)
    assert ar1.p == pytest.approx(0.75) and ar1.r == pytest.approx(1.5)
    assert ar1.f == pytest.approx(2 * 0.75 * 1.5 / 2.25)


def test_detokenise_ptb():
    ptb = "Protests continued in Cairo 's Tahrir Square -LRB- CNN -RRB- , `` he said '' ."
    assert detokenise(ptb) == 'Protests continued in Cairo\'s Tahrir Square (CNN), "he said".'
    assert detokenise("Protesters do n't leave .") == "Protesters don't leave."


def test_readers_on_shared_data(shared):
    t17 = shared / "eval" / "timelines" / "t17" / "SyrianCrisis_bbc"
    arts, golds = read_t17_topic(t17)
    assert len(arts) == 308 and len(golds) == 1
    assert min(golds[0]) == D(2011, 4, 22) and len(golds[0]) == 13
    assert all("-LRB-" not in s for a in arts for s in a["sentences"])
    assert topic_query(t17) == "syr"
    crisis = read_crisis_timelines(shared / "eval" / "timelines" / "crisis" / "crisis-egypt")
    assert len(crisis) == 4
    assert any(D(2011, 1, 25) in tl for tl in crisis)


def _write_topic(tmp_path):
    topic = tmp_path / "BeirutBlast_test"
    topic.mkdir()
    arts = [
        {"id": "1", "time": "2020-08-05", "text": "A huge explosion tore through the port of Beirut on Tuesday , "
         "killing dozens of people . \nOfficials blamed ammonium nitrate stored in a warehouse . \n"},
        {"id": "2", "time": "2020-08-07", "text": "Rescuers searched the rubble left by the explosion of "
         "August 4 at the port . \nFrench President Emmanuel Macron visited the city . \n"},
        {"id": "3", "time": "2020-08-11", "text": "The government resigned on Monday , days after the August 4 "
         "explosion at the port of Beirut . \n"},
    ]
    (topic / "articles.jsonl").write_text("\n".join(json.dumps(a) for a in arts) + "\n")
    gold = [["2020-08-04", ["An explosion at the port of Beirut kills dozens of people . \n"]],
            ["2020-08-10", ["The government resigns . \n"]]]
    (topic / "timelines.jsonl").write_text(json.dumps(gold) + "\n")
    (topic / "keywords.json").write_text('["BeirutBlast"]')
    return topic


def test_light_evaluation_end_to_end(tmp_path):
    res = evaluate_topic(_write_topic(tmp_path), mode="light")
    (tl,) = res.timelines
    assert tl.n_gold_dates == 2
    # Aug 4 (three articles) and Aug 10 (one) are the only dated days inside the gold span
    assert tl.date_f1 == pytest.approx(1.0)
    assert 0.2 < tl.ar1_f <= 1.0


def _keyword_topic(tmp_path, keyword, texts):
    topic = tmp_path / keyword
    topic.mkdir()
    (topic / "keywords.json").write_text(json.dumps([keyword]), encoding="utf-8")
    with open(topic / "articles.jsonl", "w", encoding="utf-8") as fh:
        for i, t in enumerate(texts):
            fh.write(json.dumps({"id": str(i), "time": "2010-05-01", "text": t}) + "\n")
    (topic / "timelines.jsonl").write_text(json.dumps([["2010-05-01", ["x ."]]]) + "\n", encoding="utf-8")
    return topic


def test_topic_query_keeps_only_a_term_the_articles_use(tmp_path):
    oil = ["BP said the oil spill in the Gulf of Mexico was slowing .",
           "Crews fought the spill off Louisiana on Tuesday ."]
    # "bpoil" occurs in no article: a query on it would empty the timeline, so none is used
    assert topic_query(_keyword_topic(tmp_path, "bpoil", oil)) is None
    yemen = ["Protests spread across Yemen on Friday .", "The Yemeni president offered talks .",
             "The crisis deepened as Yemeni troops fired on crowds ."]
    # every article names Yemen; "crisis" is rarer, so the country term wins
    assert topic_query(_keyword_topic(tmp_path, "Crisis-Yemen", yemen)) == "yeme"
