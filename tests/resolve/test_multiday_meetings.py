"""A meeting of several days is one event whichever of its days an outlet dates it by. Reports written for
these tests of a real event: the Turkish-Egyptian "exploratory consultations" in Cairo on 5-6 May 2021."""
from datetime import date

from merge_articles import CAIRO_CLOSED as CLOSED, CAIRO_OPENED as OPENED, code_into

from sanderling.resolve.merge import date_relation


def _day(d, end=None):
    return {"date": d, "date_end": end or d, "date_precision": "day", "date_source": "text", "date_text": "on Monday"}


def test_overlapping_spans_of_days_may_be_one_event():
    wed, thu, fri = date(2021, 5, 5), date(2021, 5, 6), date(2021, 5, 7)
    assert date_relation(_day(wed, thu), _day(wed, thu)) == "exact"
    assert date_relation(_day(wed, thu), _day(thu)) == "near"
    # single hard days one apart stay two events, and a span does not reach a day beyond it
    assert date_relation(_day(wed), _day(thu)) is None
    assert date_relation(_day(wed, thu), _day(fri)) is None


def test_the_first_and_the_last_day_of_one_meeting_merge(store, resources):
    code_into(store, resources, [OPENED, CLOSED])
    rows = store.con.execute("SELECT doc_id, event_id, date, date_end FROM reports WHERE event_type = 'CONSULT' "
                             "AND NOT historical").fetchall()
    by_doc = {}
    for doc, eid, d0, d1 in rows:
        by_doc.setdefault(doc, set()).add(eid)
        assert (d0, d1) == (date(2021, 5, 5), date(2021, 5, 6))
    assert by_doc["cairo-opened"] & by_doc["cairo-closed"]
