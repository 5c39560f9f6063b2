"""The date an event shows is the best its reports give: a day read from the text or from its telling beats a
month, and both beat a publication day."""
from datetime import date

from sanderling.resolve.merge import _summary


def _member(doc, d0, d1, precision, source):
    return {"id": doc, "doc_id": doc, "event_type": "SUPPORT", "mode": None, "cameo": "057", "quad_class": 1,
            "actor_ids": ["TUR_CAVUSOGLU"], "recipient_ids": [], "date": d0, "date_end": d1,
            "date_precision": precision, "date_source": source, "status": "asserted", "historical": False,
            "place_name": None, "country": None, "lat": None, "lon": None, "fatalities": None, "confidence": 0.8,
            "sentence": f"sentence of {doc}"}


def test_a_reported_day_beats_a_month_from_the_text():
    members = [_member("late", date(2022, 10, 1), date(2022, 10, 31), "month", "text"),
               _member("told", date(2022, 10, 3), date(2022, 10, 3), "day", "report")]
    row = _summary(members, {})
    assert row[6:9] == [date(2022, 10, 3), date(2022, 10, 3), "day"]


def test_a_day_from_the_text_beats_a_publication_day():
    members = [_member("pub", date(2022, 10, 4), date(2022, 10, 4), "day", "published"),
               _member("text", date(2022, 10, 3), date(2022, 10, 3), "day", "text")]
    assert _summary(members, {})[6] == date(2022, 10, 3)


def test_a_month_from_the_text_beats_a_publication_day():
    members = [_member("pub", date(2022, 10, 10), date(2022, 10, 10), "day", "published"),
               _member("text", date(2022, 9, 1), date(2022, 9, 30), "month", "text")]
    assert _summary(members, {})[6:9] == [date(2022, 9, 1), date(2022, 9, 30), "month"]
