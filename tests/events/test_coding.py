"""Event coding on real sentences: types, sides, status, dates, quantities."""
from datetime import date

import pytest

from sanderling.pipeline import code_article
from sanderling.records import Article


def code(text, published="2020-05-23", resources=None):
    art = Article(id="t", text=text, published=date.fromisoformat(published) if published else None)
    return list(code_article(art, resources).events)


def countries(actors):
    return {a.country for a in actors}


def only(events, etype):
    found = [e for e in events if e.event_type == etype]
    assert found, f"no {etype} event in {[(e.event_type, e.trigger) for e in events]}"
    return found[0]


def test_sever_relations_is_sanction_with_both_sides(resources):
    evs = code("The Libyan parliament voted on Saturday January 4 to sever relations with Turkey.",
               "2020-01-04", resources)
    ev = only(evs, "SANCTION")
    assert "LBY" in countries(ev.actor)
    assert "TUR" in countries(ev.recipient)
    assert ev.date == date(2020, 1, 4) and ev.date_source == "text"


def test_passive_voice_puts_the_agent_first(resources):
    ev = only(code("The Mitiga airport in Tripoli was shelled by Haftar's forces on Sunday.",
                   "2020-05-12", resources), "ASSAULT")
    assert [a.country for a in ev.actor] == ["LBY"]
    assert ev.date == date(2020, 5, 10)


def test_compound_actors_are_all_kept(resources):
    ev = only(code("Russia and the United States urged both parties to resume a political process.",
                   resources=resources), "REQUEST")
    assert {"RUS", "USA"} <= countries(ev.actor)


def test_reported_accusation_codes_the_accuser_not_the_speaker(resources):
    ev = only(code("The spokesman said Turkey's foreign ministry accused Haftar of trying to create a "
                   "military dictatorship.", resources=resources), "ACCUSE")
    assert "TUR" in countries(ev.actor)
    assert "LBY" in countries(ev.recipient)


def test_negated_event_is_not_emitted(resources):
    evs = code("The minister said no such request had yet been made by the Libyan government.",
               resources=resources)
    assert not [e for e in evs if e.event_type == "REQUEST"]


def test_conditional_offer_is_hypothetical_agree(resources):
    ev = only(code("Turkish officials said Ankara may send troops to Libya if the GNA requested it.",
                   "2019-12-19", resources), "AGREE")
    assert ev.status == "hypothetical"
    assert "TUR" in countries(ev.actor)


def test_future_meeting_is_agree_and_future(resources):
    ev = only(code("Putin said he would discuss Libya with a Turkish delegation in the coming days.",
                   "2019-12-19", resources), "AGREE")
    assert ev.status == "future"


def test_background_event_is_historical_and_dated_when_it_happened(resources):
    ev = only(code("Libya was thrown into chaos after the overthrow of Muammar Gaddafi in 2011.",
                   "2020-12-26", resources), "ASSAULT")
    assert ev.historical is True
    assert ev.date.year == 2011 and ev.date_precision == "year"


def test_fresh_event_is_not_historical(resources):
    ev = only(code("GNA forces captured the strategic Watiya air base on Monday.", "2020-05-19", resources),
              "ASSAULT")
    assert ev.historical is False
    assert ev.date == date(2020, 5, 18)


def test_fatalities_are_read_from_the_sentence(resources):
    ev = only(code("Shelling by Haftar's forces killed three civilians in Tripoli on Monday.",
                   "2020-05-19", resources), "ASSAULT")
    assert ev.fatalities == 3


def test_repeats_within_an_article_merge(resources):
    text = ("The Libyan parliament severed its relations with Turkey on Saturday.\n\n"
            "Libyan lawmakers voted on Saturday to sever relations with Turkey, the Libyan parliament's "
            "spokesman said.")
    evs = [e for e in code(text, "2020-01-04", resources) if e.event_type == "SANCTION"]
    assert len(evs) == 1
    assert len(evs[0].evidence) == 2


def test_evidence_offsets_point_into_the_text(resources):
    text = "Clashes erupted near Sirte on Tuesday.\n\nTurkey condemned the LNA attack on Tripoli."
    for ev in code(text, "2020-06-10", resources):
        for e in ev.evidence:
            assert text[e.start:e.end] == e.sentence


def test_no_sentence_explodes_into_many_events(resources):
    text = ("Houthi rebels attacked, shelled and stormed the port, killed four civilians, kidnapped two aid "
            "workers, seized the airport and threatened Saudi forces on Monday.")
    evs = code(text, "2020-03-03", resources)
    assert 1 <= len(evs) <= 3
    assert evs[0].event_type == "ASSAULT"


def test_a_stated_refusal_is_reject_but_a_non_event_is_dropped(resources):
    ev = only(code("Syria said it would not accept the American peace proposal.", "2003-03-01", resources), "REJECT")
    assert "SYR" in countries(ev.actor)
    assert not code("No agreement had been reached by Sunday, officials said.", "2003-03-02", resources)


def test_leaving_without_signing_and_a_decision_not_to_sign_are_refusals(resources):
    ev = only(code("Haftar left Moscow on Tuesday without signing the ceasefire agreement.", "2020-01-15",
                   resources), "REJECT")
    assert "LBY" in countries(ev.actor)
    assert not [e for e in code("Haftar left Moscow on Tuesday without signing the ceasefire agreement.",
                                "2020-01-15", resources) if e.event_type in ("SUPPORT", "AGREE")]
    ev = only(code("The army said Haftar's decision not to sign the Moscow document was taken to protect Libya.",
                   "2020-01-15", resources), "REJECT")
    assert "LBY" in countries(ev.actor)
    # a force that passes "without firing a shot" neither fought nor refused anything
    assert not [e for e in code("The Turkish convoy passed through Misrata without firing a shot on Monday.",
                                "2020-01-15", resources) if e.event_type in ("ASSAULT", "REJECT")]


def test_a_finite_time_clause_keeps_its_own_mood(resources):
    evs = code("Erdogan said on Tuesday that Turkey would respond, hours after Haftar left Moscow without signing "
               "the ceasefire agreement.", "2020-01-14", resources)
    ev = only(evs, "REJECT")
    assert ev.status == "asserted" and "LBY" in countries(ev.actor)


def test_long_standing_backing_is_a_relation_not_an_event(resources):
    evs = code("Haftar declared the agreement finished, sidelining the parliament that has long backed him.",
               "2020-04-28", resources)
    assert not [e for e in evs if e.event_type == "SUPPORT"]
    assert [e for e in code("Turkey backed the GNA with drones on Monday.", "2020-04-28", resources)
            if e.event_type == "SUPPORT"]


def test_an_ultimatum_is_a_threat(resources):
    ev = only(code("Nigeria announced that it will withdraw its peacekeeping force from Chad unless the "
                   "government arranges a ceasefire with the rebels.", "1982-06-01", resources), "THREATEN")
    assert "NGA" in countries(ev.actor)


def test_a_demand_voiced_with_must(resources):
    ev = only(code("The Bush administration declared on Tuesday that China must drop barriers to American exports.",
                   "2002-05-07", resources), "REQUEST")
    assert "USA" in countries(ev.actor)
    assert "CHN" in countries(ev.recipient)


def test_the_possessor_of_an_assassination_is_its_victim(resources):
    ev = only(code("Egypt went through a calm transition after Anwar Sadat's assassination in 1981.",
                   "2011-01-31", resources), "ASSAULT")
    assert not ev.actor
    assert [a.country for a in ev.recipient] == ["EGY"]


def test_a_question_reports_nothing_as_fact(resources):
    evs = code("Should President Mubarak resign, who would lead the army?", "2011-01-31", resources)
    assert all(e.status != "asserted" for e in evs)


def test_conflict_note_with_toll_in_next_sentence(resources):
    ev = only(code("On 3 March 2020, GNA forces shelled LNA positions in Ain Zara, Tripoli. 2 fatalities reported.",
                   "2020-03-10", resources), "ASSAULT")
    assert ev.fatalities == 2
    assert ev.date == date(2020, 3, 3)
    assert ev.mode == "heavy-weapons"
    assert ev.location is not None and ev.location.country == "LBY"


def test_weapon_gives_the_assault_mode_and_short_town_names_are_places(resources):
    ev = only(code("Unidentified gunmen killed a police officer in Gao on Sunday.", "2020-08-03", resources), "ASSAULT")
    assert ev.mode == "firearms"
    assert ev.location is not None and ev.location.country == "MLI"


def test_forces_entering_a_town_is_an_assault_but_entering_talks_is_not(resources):
    evs = code("Forces of the Government of National Accord entered the town of Tarhuna on Friday.", "2020-06-05",
               resources)
    assert "ASSAULT" in {e.event_type for e in evs if e.trigger == "entered"}
    evs = code("The Government of National Accord entered a new round of talks in Geneva on Friday.", "2020-06-05", resources)
    assert not any(e.trigger == "entered" and e.event_type == "ASSAULT" for e in evs)
