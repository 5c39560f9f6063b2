"""The seed scorer: which gold event a system event is matched to decides what its date and flags are
scored against."""
from sanderling.evaluate.seeds import score_seeds

SENTENCE = ("Although the LNA last year managed to advance into the southern suburbs of Tripoli, "
            "it has lost ground to pro-GNA forces during clashes this month.")

GOLD = {
    "docs": {"d1": {"published": "2020-04-29"}},
    "actors": {"LNA": {"names": ["LNA", "Libyan National Army"], "codes": ["LBY_LNA"]}},
    "events": [
        {"id": "g-advance", "doc": "d1", "event_type": "ASSAULT", "actor": ["LNA"], "recipient": None,
         "date_range": ["2019-01-01", "2019-12-31"], "historical": True, "required": False,
         "evidence": ["the LNA last year managed to advance into the southern suburbs"]},
        {"id": "g-lost", "doc": "d1", "event_type": "ASSAULT", "actor": None, "recipient": None,
         "date_range": ["2020-04-01", "2020-04-30"], "historical": False,
         "evidence": ["it has lost ground to pro-GNA forces during clashes this month"]},
    ],
}


def _event(trigger: str, date: str, historical: bool) -> dict:
    return {"doc_id": "d1", "event_type": "ASSAULT", "trigger": trigger, "date": date, "historical": historical,
            "actor": [{"name": "Libyan National Army", "id": "LBY_LNA", "code": "LBYMIL", "text": "the LNA"}],
            "recipient": [], "evidence": [{"doc_id": "d1", "sentence": SENTENCE}]}


def test_each_system_event_takes_the_gold_event_that_holds_its_trigger():
    # the required gold event used to be preferred: the 'advance' event, scored first, took the 'lost' one
    system = [_event("advance", "2019-01-01", True), _event("lost", "2020-04-01", False)]
    sc = score_seeds(system, GOLD)
    assert sc.matched_required == 1 and sc.matched_optional == 1 and sc.wrong == 0
    assert sc.date_right == sc.date_total == 2
    assert sc.hist_right == sc.hist_total == 2


def test_a_wrong_date_is_still_an_error():
    sc = score_seeds([_event("advance", "2020-04-01", False)], GOLD)
    assert sc.matched_optional == 1
    assert sc.date_right == 0 and sc.hist_right == 0
