"""Wire-copy leads: datelines, "forces aligned with", warring sides, and common-word aliases out of place."""
from datetime import date

from sanderling.actors.mentions import find_mentions
from sanderling.pipeline import code_article
from sanderling.records import Article


def mentions(resources, text, when=date(2020, 5, 18)):
    return {(m.text, m.actor.id) for m in find_mentions(resources.nlp(text), resources.kb, "t", when)}


def test_dateline_city_is_not_the_subject(resources):
    text = ("TRIPOLI (BWA) – The Libyan army, loyal to the legitimate Government of National Accord, on Monday "
            "took full control of al-Watiya air base.")
    ev = next(e for e in code_article(Article(id="t", text=text, published=date(2020, 5, 18)), resources).events
              if e.trigger == "took")
    assert [a.country for a in ev.actor] == ["LBY"] and ev.actor[0].id.startswith("LBY_GNA")


def test_forces_aligned_with_a_government_are_its_forces(resources):
    got = mentions(resources, "Forces aligned with Libya's internationally recognised government said they had "
                              "captured the base.")
    assert any(aid.startswith("LBY_GNA") and text.startswith("Forces aligned") for text, aid in got)
    assert any(text == "they" and aid.startswith("LBY_GNA") for text, aid in got)


def test_common_word_alias_needs_its_country_in_the_text(resources):
    yemen = mentions(resources, "A plane carrying members of Yemen's newly formed unity government landed in Aden.",
                     date(2020, 12, 30))
    assert not any(aid.startswith("LBY") for _, aid in yemen)
    libya = mentions(resources, "The unity government in Tripoli said that Libya would hold elections.",
                     date(2021, 12, 30))
    assert ("The unity government", "LBY_GNU") in libya


def test_warring_sides_become_the_articles_main_adversaries(resources):
    text = ("GENEVA, Oct 23 (MPA) - Libya's two main warring sides signed a permanent ceasefire agreement on Friday. "
            "The deal follows months of fighting between the Government of National Accord and Khalifa Haftar's "
            "Libyan National Army, which attacked Tripoli in 2019.")
    ev = next(e for e in code_article(Article(id="t", text=text, published=date(2020, 10, 23)), resources).events
              if e.trigger == "signed")
    assert {a.id for a in ev.actor} == {"LBY_GNA", "LBY_LNA"} and "actor" in ev.inferred


def first_event(resources, text, published, event_type):
    evs = code_article(Article(id="t", text=text, published=published), resources).events
    return next(e for e in evs if e.event_type == event_type)


def test_subject_hanging_off_a_dateline_is_restored(resources):
    ev = first_event(resources, "BENGHAZI — Units of the armed forces stationed at the Al-Watiyah air base carried "
                                "out an organised withdrawal, a military source said on Tuesday.",
                     date(2020, 5, 19), "RETREAT")
    assert [a.country for a in ev.actor] == ["LBY"]
    # the parser hangs the real subject off the dateline's country: "BENGHAZI, Libya (MPA) — Guterres met ..."
    ev = first_event(resources, "BENGHAZI, Libya (MPA) — U.N. Secretary-General Antonio Guterres met eastern Libyan "
                                "commander Khalifa Haftar on Friday in an effort to head off a battle for Tripoli.",
                     date(2019, 4, 5), "CONSULT")
    assert [a.id for a in ev.actor] == ["UNO_GUTERRES"] and [a.id for a in ev.recipient] == ["LBY_HAFTAR"]


def test_a_lone_dateline_subject_keeps_its_role_when_no_other_subject_exists(resources):
    doc = resources.nlp("ANKARA said on Monday it would respond.")
    assert doc[0].dep_ == "nsubj"
