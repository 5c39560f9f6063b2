"""A scraped page often prints its own date before the wire dateline ("date 2020-04-30 CAIRO (Sputnik) -",
"Thursday, 30 April 2020 TRIPOLI -"); the dateline is still a dateline, and the agency is nobody's actor.
Sentences written for these tests about real events of 2019-2020."""
from datetime import date

import pytest

from sanderling.ingest import clean_text
from sanderling.pipeline import code_article
from sanderling.records import Article


def events(resources, text, published):
    return list(code_article(Article(id="t", text=clean_text(text), published=published), resources).events)


@pytest.mark.parametrize("stamp", ["date 2020-04-30 ", "Thursday, 30 April 2020 ", "Updated 30.04.2020 "])
def test_a_dated_dateline_leaves_the_subject_to_the_lead(resources, stamp):
    text = (f"{stamp}CAIRO (Sputnik) – The Libyan National Army headed by Field Marshal Khalifa Haftar agreed to a "
            "humanitarian truce on Wednesday.")
    agreed = [e for e in events(resources, text, date(2020, 4, 30)) if e.event_type == "AGREE"]
    assert agreed and [a.id for a in agreed[0].actor] == ["LBY_LNA"], stamp
    assert agreed[0].date == date(2020, 4, 29)


def test_a_count_opening_a_sentence_is_no_date_stamp(resources):
    evs = events(resources, "20 TURKISH soldiers were killed in an attack by the LNA on Wednesday.", date(2020, 4, 30))
    assert any(e.event_type == "ASSAULT" for e in evs)


def test_a_wire_tag_run_into_the_lead_is_split_off():
    assert clean_text("UNITED NATIONS, Jul 30 (APP):The envoy called for a truce.") == \
        "UNITED NATIONS, Jul 30 (APP): The envoy called for a truce."
    assert clean_text("Turkey (TUR)-Libya ties") == "Turkey (TUR)-Libya ties"


def test_the_date_stamp_of_a_multiword_dateline_is_no_actor(resources):
    text = ("date 2019-07-30 UNITED NATIONS, Jul 30 (APP):The United Nations envoy for Libya has called for a truce "
            "between the warring parties.")
    calls = [e for e in events(resources, text, date(2019, 7, 30)) if e.event_type == "REQUEST"]
    assert calls and all(not a.id.startswith("DISC_") for a in calls[0].actor)


def test_the_page_stamp_does_not_date_the_news(resources):
    text = ("date 2020-09-07 Bouznika — The dialogue between the High Council of State and the House of "
            "Representatives began on Sunday in Bouznika.")
    talks = [e for e in events(resources, text, date(2020, 9, 7)) if e.event_type == "CONSULT"]
    assert talks and talks[0].date == date(2020, 9, 6)


def test_a_chronology_line_keeps_its_date(resources):
    evs = [e for e in events(resources, "30 April 2020: Turkish forces shelled Sirte.", date(2020, 9, 7))
           if e.event_type == "ASSAULT"]
    assert evs and evs[0].date == date(2020, 4, 30)
