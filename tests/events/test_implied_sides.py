"""Sides the sentence leaves implicit: what is sent is not who receives it, aid to a country at war goes to
the sender's ally there, and a target left unnamed is the actor's main adversary in the article."""
from datetime import date

from sanderling.pipeline import code_article
from sanderling.records import Article
from sanderling.views.relations import explicit_relations


def code(text, published="2020-05-23", resources=None):
    return code_article(Article(id="t", text=text, published=date.fromisoformat(published)), resources)


def events_by(coded, trigger):
    found = [e for e in coded.events if e.trigger == trigger]
    assert found, f"no event on {trigger!r}: {[(e.event_type, e.trigger) for e in coded.events]}"
    return found[0]


def ids(refs):
    return [r.id for r in refs]


def test_troops_sent_are_not_the_recipient(resources):
    ev = events_by(code("Egypt sent troops to Sudan on Monday.", resources=resources), "sent")
    assert ev.event_type == "AID"
    assert [r.country for r in ev.recipient] == ["SDN"]
    assert all(r.sector != "MIL" for r in ev.recipient)


def test_aid_to_a_country_at_war_goes_to_the_senders_ally(resources):
    text = ("Iran backs the Houthis in Yemen's war. "
            "Iran has sent drones and military advisers to Yemen, according to the report.")
    ev = events_by(code(text, resources=resources), "sent")
    assert [r.id for r in ev.recipient] == ["YEM_HOUTHIS"]
    assert "recipient" in ev.inferred


def test_passive_sending_keeps_the_sender_and_finds_the_ally(resources):
    text = ("Russia supports Khalifa Haftar. "
            "Erdogan said on Tuesday that 2,000 mercenaries had been sent to Libya by Moscow.")
    ev = events_by(code(text, "2020-02-04", resources), "sent")
    assert [r.country for r in ev.actor] == ["RUS"]
    assert ids(ev.recipient) == ["LBY_LNA"]


def test_without_a_stated_ally_the_destination_stays(resources):
    ev = events_by(code("Iran has sent drones and military advisers to Yemen.", resources=resources), "sent")
    assert [r.id for r in ev.recipient] == ["YEM"]
    assert not ev.inferred


def test_purpose_phrase_names_the_recipient(resources):
    text = "Observers worry about the situation in Sudan, where Egypt wants to send troops, in support of the Sudanese army."
    ev = events_by(code(text, resources=resources), "send")
    assert [r.country for r in ev.recipient] == ["SDN"] and ev.recipient[0].sector == "MIL"


def test_force_outweighs_words_when_guessing_the_target(resources):
    text = ("Houthi fighters attacked Saudi forces near the border on Friday. "
            "The United States criticised the Houthis on Saturday. "
            "On Sunday the Houthis launched a new offensive.")
    ev = events_by(code(text, "2020-05-25", resources), "launched")
    assert [r.country for r in ev.recipient] == ["SAU"]
    assert "recipient" in ev.inferred


def test_rivals_listed_after_a_colon_oppose_each_other(resources):
    doc = resources.nlp("Libya has had two rival governments since 2014: the Government of National Accord "
                        "in Tripoli and Khalifa Haftar's administration in the east.")
    from sanderling.actors.mentions import find_mentions
    rels = explicit_relations(doc, find_mentions(doc, resources.kb, "t", date(2019, 5, 1)))
    assert ("LBY_GNA", "opposes", "LBY_HAFTAR") in {r[:3] for r in rels}


def test_warring_parties_in_apposition(resources):
    doc = resources.nlp("Yemen's warring parties, the Houthis and the Saudi-backed government, met in Sweden.")
    from sanderling.actors.mentions import find_mentions
    rels = {r[:3] for r in explicit_relations(doc, find_mentions(doc, resources.kb, "t", date(2018, 12, 6)))}
    assert ("YEM_HOUTHIS", "opposes", "YEM_GOV") in rels
    assert ("SAU", "supports", "YEM_GOV") in rels
    # the hyphenated backer supports only the noun it modifies, not its conjunct
    assert ("SAU", "supports", "YEM_HOUTHIS") not in rels and ("YEM_GOV", "supports", "YEM_HOUTHIS") not in rels


def test_a_call_for_a_truce_goes_to_the_warring_sides(resources):
    text = ("Houthi fighters attacked government forces near Marib on Friday. "
            "Government troops shelled Houthi positions in response. "
            "The European Union renewed its call for an immediate ceasefire on Sunday.")
    ev = events_by(code(text, "2020-05-25", resources), "call")
    assert {r.country for r in ev.recipient} == {"YEM"} and len(ev.recipient) == 2


def test_hostile_names_for_a_state_code_the_state(resources):
    coded = code("On Thursday, the commander called on his followers to drive out the Turkish occupier.",
                 "2020-12-26", resources)
    assert ("Turkish occupier", "TUR") in {(m.text, m.actor.id) for m in coded.mentions}


def test_the_actors_own_people_are_not_the_recipient(resources):
    ev = events_by(code("Haftar called on his followers to drive out the Turkish occupier.", "2020-12-26",
                        resources), "called")
    assert ids(ev.recipient) == ["TUR"]


def test_a_participle_modifying_a_noun_is_passive(resources):
    coded = code("The minister attended a ceremony for Sudanese officers trained in Egypt.", "2020-05-25", resources)
    trained = [e for e in coded.events if e.trigger == "trained"]
    assert all("SDN" not in {a.country for a in e.actor} for e in trained)


def test_a_finite_verb_after_a_passive_clause_keeps_the_sentence_subject(resources):
    text = ("The United States regrets Haftar's suggestion that changes can be imposed by declaration "
            "and reiterates the call for an immediate ceasefire, the embassy said.")
    ev = events_by(code(text, "2020-04-29", resources), "call")
    assert [a.country for a in ev.actor] == ["USA"]


def test_the_two_sides_of_a_meeting_are_its_parties(resources):
    coded = code("ISTANBUL - President Recep Tayyip Erdogan received Fayez al-Sarraj in Istanbul on Wednesday, where "
                 "the two sides signed memoranda on security and maritime jurisdiction.", "2019-11-28",
                 resources=resources)
    signed = events_by(coded, "signed")
    assert sorted(ids(signed.actor)) == ["LBY_SARRAJ", "TUR_ERDOGAN"]
    assert "actor" in signed.inferred
    assert not any(a.endswith("SIDES") for a in ids(signed.actor))


def test_gunmen_nobody_names_get_no_inferred_target(resources):
    from datetime import date
    from sanderling.pipeline import code_article
    from sanderling.records import Article
    text = ("Protesters set fire to the offices of the Justice and Construction Party in Benghazi on Saturday. "
            "Armed men fired at the prison from outside, officials said.")
    evs = code_article(Article(id="t", text=text, published=date(2013, 7, 27)), resources).events
    fired = [e for e in evs if e.trigger == "fired"]
    assert fired and all(not e.recipient for e in fired)
    burned = [e for e in evs if e.trigger in ("set", "fire") and e.recipient]
    assert burned, [(e.trigger, e.recipient) for e in evs]
