"""Rows of events/data/triggers.csv added today: NONE rows for readings that are no event, and new trigger
rows (summoning an envoy, boarding a ship, closing ports, liberating a city, stepping down, naval missions,
starting an offensive, brushing aside a proposal, summits without named participants). Sentences written
for these tests."""
from datetime import date

import pytest

from sanderling.events.lexicon import NOT_AN_EVENT, Lexicon, load_lexicon, read_triggers
from sanderling.events.triggers import find_triggers
from sanderling.pipeline import code_article
from sanderling.records import Article

WEDNESDAY = "2020-09-16"       # publication date used throughout
TUESDAY = date(2020, 9, 15)
MONDAY = date(2020, 9, 14)
SUNDAY = date(2020, 9, 13)


def code(text, resources, published=WEDNESDAY):
    art = Article(id="t", text=text, published=date.fromisoformat(published))
    return list(code_article(art, resources).events)


def of_type(events, etype):
    return [e for e in events if e.event_type == etype]


def types(events):
    return sorted(e.event_type for e in events)


def hit_words(resources, text, lexicon=None):
    sent = next(resources.nlp(text).sents)
    return {h.token.text: h.trigger for h in find_triggers(sent, lexicon or resources.lexicon)}


# ------------------------------------------------------------------------------ NONE rows
def test_read_triggers_accepts_a_none_row(tmp_path):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "meet,V,,CONSULT,,040,0.9\n"
                   "meet,V,obj=resistance|opposition,NONE,,,0\n", encoding="utf-8")
    trigs = read_triggers(csv)
    assert len(trigs) == 2
    none = [t for t in trigs if t.event_type == NOT_AN_EVENT]
    assert len(none) == 1
    assert none[0].obj == frozenset({"resistance", "opposition"})
    assert none[0].weight == 0.0 and none[0].cameo is None
    # a cued NONE row is more specific than the bare row, so it is tried first
    assert Lexicon(trigs).candidates("meet", "V")[0].event_type == NOT_AN_EVENT


def test_read_triggers_accepts_lower_case_none(tmp_path):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "meet,V,obj=resistance,none,,,0\n", encoding="utf-8")
    assert read_triggers(csv)[0].event_type == NOT_AN_EVENT


def test_read_triggers_still_rejects_unknown_types(tmp_path):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "meet,V,obj=resistance,NOTHING,,,0\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_triggers(csv)


def test_find_triggers_ignores_a_none_row_from_a_user_file(tmp_path, resources):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "meet,V,,CONSULT,,040,0.9\n"
                   "meet,V,obj=resistance,NONE,,,0\n", encoding="utf-8")
    lex = Lexicon(read_triggers(csv))
    # the NONE reading matches and is dropped; it does not fall through to the bare CONSULT row
    assert hit_words(resources, "The army met little resistance in the town.", lex) == {}
    found = hit_words(resources, "Erdogan met Putin in Sochi on Wednesday.", lex)
    assert "met" in found and found["met"].event_type == "CONSULT"
    # without the NONE row the same sentence is a (wrong) CONSULT: the row is what stops it
    bare = Lexicon([t for t in read_triggers(csv) if t.event_type != NOT_AN_EVENT])
    assert "met" in hit_words(resources, "The army met little resistance in the town.", bare)


def test_a_none_row_alone_gives_no_hit(tmp_path, resources):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "meet,V,obj=resistance,NONE,,,0\n", encoding="utf-8")
    lex = Lexicon(read_triggers(csv))
    assert hit_words(resources, "The army met little resistance in the town.", lex) == {}


def test_shipped_lexicon_meet_resistance_is_no_event(resources):
    assert "met" not in hit_words(resources, "The army met little resistance in the town.")
    assert "met" not in hit_words(resources, "The Syrian army met fierce resistance in Idlib on Tuesday.")
    assert hit_words(resources, "Erdogan met Putin in Sochi on Wednesday.")["met"].event_type == "CONSULT"


def test_met_resistance_gives_no_consult_but_meeting_putin_does(resources):
    assert of_type(code("The army met little resistance in the town.", resources), "CONSULT") == []
    # a named actor: without the NONE row this would be a CONSULT of SYR_SAA
    assert of_type(code("The Syrian army met fierce resistance in Idlib on Tuesday.", resources), "CONSULT") == []
    consults = of_type(code("Erdogan met Putin in Sochi on Wednesday.", resources), "CONSULT")
    assert len(consults) == 1
    ev = consults[0]
    assert [a.id for a in ev.actor] == ["TUR_ERDOGAN"]
    assert [a.id for a in ev.recipient] == ["RUS_PUTIN"]
    assert ev.date == date(2020, 9, 16)
    assert ev.location is not None and ev.location.name == "Sochi"


# ------------------------------------------------------------------------------ new rows
def test_summoning_the_ambassador_is_accuse(resources):
    evs = code("Egypt summoned the Turkish ambassador on Tuesday.", resources)
    accuse = of_type(evs, "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].trigger == "summoned"
    assert [a.id for a in accuse[0].actor] == ["EGY"]
    assert accuse[0].date == TUESDAY
    assert of_type(evs, "CONSULT") == []


def test_summoning_one_s_own_ambassador_home_is_a_recall(resources):
    evs = code("Bahrain summoned its ambassador from Damascus for consultations on Tuesday.", resources)
    assert of_type(evs, "ACCUSE") == []
    recall = of_type(evs, "SANCTION")
    assert len(recall) == 1 and [a.id for a in recall[0].actor] == ["BHR"] and recall[0].date == TUESDAY


def test_summoning_reporters_is_not_accuse(resources):
    assert of_type(code("Egypt summoned reporters to a briefing on Tuesday.", resources), "ACCUSE") == []


def test_boarding_and_searching_a_ship_is_coerce(resources):
    for text, word in (("Turkish forces boarded the vessel off the coast on Tuesday.", "boarded"),
                       ("German sailors searched the ship on Tuesday.", "searched")):
        coerce = of_type(code(text, resources), "COERCE")
        assert len(coerce) == 1, text
        assert coerce[0].trigger == word
        assert coerce[0].date == TUESDAY
    assert [a.id for a in of_type(code("German sailors searched the ship on Tuesday.", resources),
                                  "COERCE")[0].actor] == ["DEU_MIL"]


def test_boarding_a_plane_or_searching_a_house_is_not_coerce(resources):
    assert of_type(code("Erdogan boarded the plane to Berlin on Tuesday.", resources), "COERCE") == []
    assert of_type(code("Turkish police searched the house of the journalist on Tuesday.", resources),
                   "COERCE") == []


@pytest.mark.parametrize("text,word,when", [
    ("Protesters closed the oil terminals on Monday.", "closed", MONDAY),
    ("Pakistan closed the border crossing on Monday.", "closed", MONDAY),
    ("Haftar's forces shut the oil ports and terminals in January.", "shut", None),
])
def test_shutting_ports_terminals_and_crossings_is_coerce_restrict(resources, text, word, when):
    coerce = of_type(code(text, resources), "COERCE")
    assert len(coerce) == 1, text
    assert coerce[0].trigger == word
    assert coerce[0].mode == "restrict"
    if when is not None:
        assert coerce[0].date == when


def test_the_closure_of_the_ports_is_coerce_restrict(resources):
    ev = of_type(code("The LNA ordered the closure of the ports in January.", resources), "COERCE")
    assert len(ev) == 1
    assert ev[0].trigger == "closure" and ev[0].mode == "restrict"
    assert [a.id for a in ev[0].actor] == ["LBY_LNA"]
    assert (ev[0].date.year, ev[0].date.month) == (2020, 1)
    ev = of_type(code("Haftar's closure of the oil ports has cost Libya billions.", resources), "COERCE")
    assert len(ev) == 1 and ev[0].trigger == "closure" and ev[0].mode == "restrict"


def test_closing_a_meeting_is_not_coerce(resources):
    evs = code("Macron closed the meeting with a speech on Tuesday.", resources)
    assert of_type(evs, "COERCE") == []


def test_liberating_a_city_is_assault(resources):
    evs = code("Iraqi forces liberated the city of Mosul in July.", resources)
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].trigger == "liberated"
    assert [a.id for a in assaults[0].actor] == ["IRQ_MIL"]
    assert assaults[0].location is not None and assaults[0].location.name == "Mosul"


@pytest.mark.parametrize("text", [
    "Lebanese Prime Minister Hassan Diab said he would step down.",
    "Sarraj intends to step down by the end of October.",
    "Sarraj said on Wednesday he intends to step down by the end of October.",
])
def test_an_intended_resignation_is_agree(resources, text):
    evs = code(text, resources)
    assert of_type(evs, "RETREAT") == [], text
    agree = of_type(evs, "AGREE")
    assert len(agree) == 1, text
    assert agree[0].trigger == "step"
    assert agree[0].status == "future"


def test_resigned_stays_retreat(resources):
    evs = code("Sarraj resigned on Tuesday.", resources)
    assert of_type(evs, "AGREE") == []
    retreat = of_type(evs, "RETREAT")
    assert len(retreat) == 1
    assert retreat[0].mode == "resign" and retreat[0].status == "asserted"
    assert [a.id for a in retreat[0].actor] == ["LBY_SARRAJ"]
    assert retreat[0].date == TUESDAY


def test_launching_a_naval_mission_is_mobilize(resources):
    evs = code("The European Union launched a naval mission on Tuesday.", resources)
    assert types(evs) == ["MOBILIZE"]
    assert [a.id for a in evs[0].actor] == ["EUR_EU"]
    assert evs[0].date == TUESDAY


def test_launching_an_investigation_is_not_mobilize(resources):
    evs = code("The EU launched an investigation into the deal on Tuesday.", resources)
    assert of_type(evs, "MOBILIZE") == []
    assert of_type(evs, "ACCUSE")


def test_starting_an_offensive_is_assault(resources):
    evs = code("The Syrian army started an offensive on Tuesday.", resources)
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].trigger == "started"
    assert [a.id for a in assaults[0].actor] == ["SYR_SAA"]
    assert assaults[0].date == TUESDAY


def test_starting_talks_is_not_assault(resources):
    evs = code("Turkey and Greece started talks on Tuesday.", resources)
    assert of_type(evs, "ASSAULT") == []
    assert of_type(evs, "CONSULT")


def test_brushing_aside_a_proposal_is_reject(resources):
    active = of_type(code("Greece brushed aside Turkey's proposal.", resources), "REJECT")
    assert len(active) == 1
    assert active[0].trigger == "brushed"
    assert [a.id for a in active[0].actor] == ["GRC"]
    assert [a.id for a in active[0].recipient] == ["TUR"]
    passive = of_type(code("Erdogan's proposal was brushed aside by Greece on Tuesday.", resources), "REJECT")
    assert len(passive) == 1
    assert [a.id for a in passive[0].actor] == ["GRC"]
    assert passive[0].date == TUESDAY


def test_egypt_could_intervene_militarily_is_threaten(resources):
    evs = code("Egypt could intervene militarily in Libya.", resources)
    assert types(evs) == ["THREATEN"]
    assert evs[0].status == "hypothetical"
    assert [a.id for a in evs[0].actor] == ["EGY"]


# ------------------------------------------------------------------------------ summits
@pytest.mark.parametrize("text,word", [
    ("The conference in Berlin on Sunday ended with a pledge.", "conference"),
    ("Leaders agreed on a ceasefire at the conference in Berlin on Sunday.", "conference"),
    ("Sunday's summit produced a plan.", "summit"),
])
def test_a_summit_without_named_participants_is_consult(resources, text, word):
    consults = of_type(code(text, resources), "CONSULT")
    assert len(consults) == 1, text
    ev = consults[0]
    assert ev.trigger == word
    assert ev.actor == ()
    assert ev.date == SUNDAY
    if "Berlin" in text:
        assert ev.location is not None and ev.location.name == "Berlin" and ev.location.country == "DEU"


@pytest.mark.parametrize("text", [
    "Erdogan spoke at a press conference in Ankara on Tuesday.",
    "Erdogan held a press conference in Ankara on Tuesday.",
    "Erdogan told a news conference in Ankara that Turkey would not withdraw.",
    "The minister told a news conference on Tuesday that the army was ready.",
])
def test_a_press_or_news_conference_is_not_consult(resources, text):
    assert of_type(code(text, resources), "CONSULT") == [], text
    assert "conference" not in hit_words(resources, text)


def test_shipped_lexicon_rows_exist():
    lex = load_lexicon()
    assert any(t.event_type == NOT_AN_EVENT and "resistance" in t.obj for t in lex.candidates("meet", "V"))
    assert {t.event_type for t in lex.candidates("summon", "V")} == {"ACCUSE", "SANCTION"}
    assert lex.candidates("resign", "V")[0].event_type == "RETREAT"


@pytest.mark.parametrize("text, etype", [
    ("Haftar announced on Tuesday that his forces were ending the blockade of the oil terminals.", "RETREAT"),
    ("Haftar announced on Tuesday the resumption of oil production, ending the closure of the fields.", "CONCEDE"),
    ("The LNA reopened the port of Brega on Tuesday.", "CONCEDE"),
])
def test_ending_a_blockade_or_closure_yields(resources, text, etype):
    got = of_type(code(text, resources), etype)
    assert got and got[0].date == TUESDAY, text
    assert not of_type(code(text, resources), "COERCE"), text


def test_yielding_types_may_merge():
    from sanderling.resolve.merge import types_compatible
    # one outlet writes "ended the blockade", another "ended the closure": one concession
    assert types_compatible("CONCEDE", "RETREAT")
    assert not types_compatible("CONCEDE", "ASSAULT")


@pytest.mark.parametrize("text", [
    "The LNA said on Tuesday it had taken over the Sharara oilfield.",
    "The LNA took Sirte on Tuesday.",
])
def test_taking_a_named_place_is_assault(resources, text):
    got = of_type(code(text, resources), "ASSAULT")
    assert got and [a.id for a in got[0].actor] == ["LBY_LNA"] and got[0].date == TUESDAY, text


def test_taking_over_an_office_is_no_assault(resources):
    assert not of_type(code("Bashagha took over the premiership on Tuesday.", resources), "ASSAULT")


def test_receiving_a_named_person_is_a_visit(resources):
    got = of_type(code("Erdogan received Sarraj in Istanbul on Tuesday.", resources), "CONSULT")
    assert got and [a.id for a in got[0].actor] == ["TUR_ERDOGAN"] and [a.id for a in got[0].recipient] == ["LBY_SARRAJ"]
    assert not of_type(code("The GNA received weapons from Turkey on Tuesday.", resources), "CONSULT")


def test_ordering_an_ambassador_out_is_an_expulsion(resources):
    got = of_type(code("ATHENS - Greece on Tuesday ordered Libya's ambassador to leave the country within 72 hours.",
                       resources), "SANCTION")
    assert got and got[0].mode == "expel" and [a.id for a in got[0].actor] == ["GRC"]


def test_releasing_figures_is_no_release_of_prisoners(resources):
    assert not of_type(code("The toll rose to 53, according to figures released by the UN on Tuesday.", resources),
                       "RETREAT")
    got = of_type(code("The LNA released 20 prisoners on Tuesday.", resources), "RETREAT")
    assert got and got[0].mode == "release"


@pytest.mark.parametrize("text", [
    "Haftar's LNA shelled GNA positions on Monday. The ceasefire took effect at midnight on Tuesday.",
    "Haftar's LNA shelled GNA positions on Monday. A truce came into force on Tuesday.",
])
def test_a_truce_taking_effect_binds_the_warring_sides(resources, text):
    got = of_type(code(text, resources), "RETREAT")
    assert got and got[0].mode == "ceasefire" and got[0].date == TUESDAY, text
    assert {a.id for a in got[0].actor} == {"LBY_LNA", "LBY_GNA"} and "actor" in got[0].inferred


def test_announcing_a_halt_to_operations_is_a_ceasefire(resources):
    got = of_type(code("The LNA announced a halt to operations from midnight on Tuesday.", resources), "RETREAT")
    assert got and got[0].mode == "ceasefire" and [a.id for a in got[0].actor] == ["LBY_LNA"]


def test_shaking_hands_is_a_meeting_and_released_photographs_are_no_release(resources):
    evs = code("Photographs released by the Turkish presidency showed Erdogan shaking hands with Sarraj on Tuesday.",
               resources)
    assert not of_type(evs, "RETREAT")
    got = of_type(evs, "CONSULT")
    assert got and [a.id for a in got[0].actor] == ["TUR_ERDOGAN"] and [a.id for a in got[0].recipient] == ["LBY_SARRAJ"]


def test_delivering_armoured_vehicles_is_military_aid(resources):
    got = of_type(code("Turkey delivered armoured vehicles to the GNA in Tripoli on Tuesday.", resources), "AID")
    assert got and [a.id for a in got[0].actor] == ["TUR"] and [a.id for a in got[0].recipient] == ["LBY_GNA"]


def test_extending_a_troop_mandate_is_support(resources):
    got = of_type(code("Turkey's parliament on Tuesday extended the mandate for troops in Libya by 18 months.",
                       resources), "SUPPORT")
    assert got and [a.id for a in got[0].actor] == ["TUR_LEG"] and got[0].date == TUESDAY


@pytest.mark.parametrize("text,etype,trigger", [
    ("The army's naval forces seized a cargo ship off the eastern coast near Derna on Tuesday.", "COERCE", "seized"),
    ("The seizure of a merchant ship by forces loyal to Khalifa Haftar off Derna on Tuesday drew a warning.",
     "COERCE", "seizure"),
    ("Haftar's air defences brought down a drone over Tarhuna on Tuesday.", "ASSAULT", "brought"),
    ("Tunisian President Kais Saied opened the Libyan Political Dialogue Forum on Tuesday.", "CONSULT", "opened"),
    ("Libya's parliament on Tuesday approved a new unity government led by Abdul Hamid Dbeibah.", "SUPPORT", "approved"),
    ("The 5+5 Joint Military Commission announced on Tuesday the reopening of the coastal road.", "CONCEDE", "reopening"),
])
def test_rows_for_seizures_shoot_downs_forums_votes_and_reopenings(resources, text, etype, trigger):
    evs = [e for e in of_type(code(text, resources), etype) if e.trigger == trigger]
    assert evs and evs[0].date == TUESDAY


def test_units_leaving_a_base_retreat_but_a_visitor_leaving_a_city_does_not(resources):
    assert "RETREAT" in types(code("On Monday the LNA confirmed that its units had left the al-Watiya air base.",
                                   resources))
    assert "RETREAT" not in types(code("Haftar left Moscow on Tuesday.", resources))


def test_undertaking_or_engaging_oneself_to_act_is_a_commitment(resources):
    for text in ("Sarraj and Haftar undertook on Tuesday to hold elections in December.",
                 "Sarraj and Haftar engaged themselves on Tuesday to organise elections."):
        assert "AGREE" in types(code(text, resources)), text


def test_engaging_enemy_forces_is_fighting_not_a_promise(resources):
    evs = code("The LNA engaged GNA forces near Sirte on Tuesday.", resources)
    assert "ASSAULT" in types(evs) and "AGREE" not in types(evs)


def test_a_to_cue_matches_only_the_named_infinitive(tmp_path, resources):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "vote,V,to=allow|authorise,SUPPORT,,051,0.7\n", encoding="utf-8")
    trig = read_triggers(csv)[0]
    assert trig.to == frozenset({"allow", "authorise"})
    lex = Lexicon([trig])
    assert "voted" in hit_words(resources, "Parliament voted to allow the deployment.", lex)
    assert "voted" not in hit_words(resources, "Parliament voted to delay the deployment.", lex)
    assert "voted" not in hit_words(resources, "Parliament voted on the deployment.", lex)


@pytest.mark.parametrize("text,fights", [
    ("GNA forces on Monday drove the militias of Haftar back from several positions on the airport road.", True),
    ("GNA forces pushed back Haftar's fighters south of Tripoli on Monday.", True),
    # guards: driving back home, pushing back a date
    ("Hundreds of families drove back to Benghazi on Monday.", False),
    ("The electoral commission pushed back the vote on Monday.", False),
])
def test_driving_fighters_back_is_fighting(resources, text, fights):
    assert bool(of_type(code(text, resources), "ASSAULT")) == fights


@pytest.mark.parametrize("text,endorses", [
    ("The UN Security Council on Tuesday adopted a resolution endorsing the Berlin conclusions.", True),
    ("The Security Council passed the resolution on Tuesday with Russia abstaining.", True),
    # guard: adopting a tone is no endorsement
    ("Erdogan adopted a harsher tone on Tuesday.", False),
])
def test_adopting_a_resolution_is_an_endorsement(resources, text, endorses):
    assert bool(of_type(code(text, resources), "SUPPORT")) == endorses


@pytest.mark.parametrize("text,attack", [
    ("Haftar's forces hit the port with rockets on Tuesday.", True),
    ("Port workers said two rockets landed inside the harbour on Tuesday.", True),
    # guards: a fist on a table, a plane landing
    ("He hit the table with his fist on Tuesday.", False),
    ("The plane landed in Benghazi on Tuesday.", False),
])
def test_hitting_with_rockets_and_shells_landing_are_attacks(resources, text, attack):
    assert bool(of_type(code(text, resources), "ASSAULT")) == attack


def test_a_welcome_of_a_call_and_the_adoption_it_welcomes_are_coded(resources):
    evs = code("The Presidency Council announced its welcome of the international call for a humanitarian truce.",
               resources)
    assert [e.actor[0].id for e in of_type(evs, "SUPPORT")] == ["LBY_GNA"]
    evs = code("The Foreign Ministry of the Government of National Accord welcomed on Tuesday the adoption by the UN "
               "Security Council of resolution 2510.", resources)
    assert {a.id for e in of_type(evs, "SUPPORT") for a in e.actor} == {"LBY_GNA", "UNO_UNSC"}
    # guard: a warm welcome for a visitor is a visit, not an endorsement
    assert not of_type(code("Sisi gave Haftar a warm welcome in Cairo on Tuesday.", resources), "SUPPORT")


@pytest.mark.parametrize("text,endorses", [
    ("Members of the Libyan Political Dialogue Forum on Friday elected a new unified executive authority.", True),
    ("The Libya Political Dialogue Forum elected new Presidential Council and prime minister in Geneva.", True),
    ("The House of Representatives elected Aguila Saleh as speaker on Monday.", True),
    # guard: a country holding elections elects no one in particular
    ("Libyans will elect a parliament in December, officials said.", False),
])
def test_electing_a_leadership_endorses_it(resources, text, endorses):
    # CAMEO puts ELECT ... (to head) under 051; an election is the electors' choice of whom to back
    evs = [e for e in of_type(code(text, resources), "SUPPORT") if e.status == "asserted"]
    assert bool(evs) == endorses


def test_confidence_granted_after_comma_bracketed_adverbials(resources):
    # translated Arabic copy: the object comes after the adverbials, and the parser hangs it off the last place
    # name as an apposition
    evs = of_type(code("The House of Representatives granted, on Wednesday, in its session held in the city of "
                       "Surt, the confidence to the Government of National Unity headed by Abdul Hamid Dbeibah.",
                       resources, published="2021-03-11"), "SUPPORT")
    assert evs and [a.id for a in evs[0].actor] == ["LBY_HOR"] and evs[0].date == date(2021, 3, 10)
    # guard: a true apposition after a comma is no object ("Surt, the hometown of Gaddafi")
    evs = code("Fighters entered Surt, the hometown of Gaddafi, on Wednesday.", resources, published="2021-03-11")
    assert not of_type(evs, "SUPPORT")


@pytest.mark.parametrize("text,steps_down", [
    ("Sarraj handed his powers to the new executive on Tuesday.", True),
    ("Algeria's president relinquished power on Tuesday after weeks of protests.", True),
    ("Libya's interior minister quit his post on Tuesday.", True),
    # guards: handing over a letter, quitting a habit
    ("The envoy handed a letter to Sarraj on Tuesday.", False),
    ("He quit smoking last year.", False),
])
def test_handing_over_power_is_stepping_down(resources, text, steps_down):
    assert bool(of_type(code(text, resources), "RETREAT")) == steps_down


def test_a_decision_taken_by_a_body_is_the_act(resources):
    evs = code("The House of Representatives decided, in its official session held yesterday, Tuesday, to suspend "
               "the Prime Minister Fathi Bashagha from work.", resources, published="2023-05-17")
    sanction = of_type(evs, "SANCTION")
    assert sanction and sanction[0].status == "asserted" and sanction[0].date == date(2023, 5, 16)
    assert not of_type(evs, "THREATEN")
    # guards: a decision to send troops is not yet a deployment; a decision still to come decides nothing
    evs = code("Turkey decided on Tuesday to send troops to Libya.", resources, published="2023-05-17")
    assert not [e for e in of_type(evs, "AID") if e.status == "asserted"]
    evs = code("The House will decide next week whether to suspend Bashagha.", resources, published="2023-05-17")
    assert not [e for e in of_type(evs, "SANCTION") if e.status == "asserted"]


@pytest.mark.parametrize("text,actor", [
    ("TOBRUK - The House of Representatives on Thursday chose Fathi Bashagha to head a new government.", "LBY_HOR"),
    ("TOBRUK, Libya, March 15 - Libya's interim Prime Minister Abdul Hamid Dbeibah and members of his Government "
     "of National Unity were sworn in before parliament in the eastern city of Tobruk on Monday.", "LBY_DBEIBAH"),
    ("The Government of National Unity headed by Abdul Hamid al-Dbeibah performed, today Monday, the "
     "constitutional oath before the House of Representatives in Tobruk.", "LBY_GNU"),
])
def test_choosing_a_premier_and_taking_the_oath_are_coded(resources, text, actor):
    evs = [e for e in code(text, resources, published="2022-02-10") if e.event_type in ("SUPPORT", "AGREE")]
    assert evs and actor in {a.id for a in evs[0].actor}


def test_accepting_a_visitor_is_receiving_him(resources):
    # machine-translated Turkish renders "kabul etti" (received) as "accepted"
    evs = code("President Recep Tayyip Erdogan has accepted the Libya National Accord Government Presidential Council "
               "Chairman Fayiz es-Serrac in the Dolmabahce Working Office in Istanbul yesterday.", resources,
               published="2019-11-28")
    assert [e.mode for e in of_type(evs, "CONSULT")] == ["visit"]
    # guard: accepting an offer is agreeing to it
    evs = code("The GNA accepted Turkey's offer of military support on Thursday.", resources, published="2019-11-28")
    assert of_type(evs, "AGREE") and not of_type(evs, "CONSULT")


def test_putting_the_signature_to_a_text_is_signing_it(resources):
    # translated Italian: "hanno messo la firma in calce al testo"
    evs = code("On Thursday in Skhirat the delegations of the parliament of Tobruk have put the signature at the "
               "bottom of the text prepared by the United Nations.", resources, published="2015-12-18")
    signed = [e for e in evs if e.cameo == "057"]
    assert signed and "LBY_HOR" in {a.id for a in signed[0].actor}


def test_driving_into_a_base_is_a_ground_assault(resources):
    evs = code("Forces loyal to Libya's Government of National Accord drove into al-Watiya air base on Monday.",
               resources, published="2020-05-20")
    entered = [e for e in evs if e.event_type == "ASSAULT"]
    # an air base is a place, not an air attack
    assert entered and entered[0].mode != "aerial"


def test_starting_diplomatic_contacts_is_consultation(resources):
    evs = code("Turkey has started diplomatic contacts with Egypt after years of strained relations, Turkish Foreign "
               "Minister Mevlut Cavusoglu said on Friday.", resources, published="2021-03-12")
    talks = [e for e in evs if e.event_type == "CONSULT"]
    assert talks and {a.id for a in talks[0].actor} == {"TUR"} and {a.id for a in talks[0].recipient} == {"EGY"}
    evs = code("Turkish Foreign Minister Mevlut Cavusoglu confirmed on Friday that his country had opened contacts "
               "with Egypt.", resources, published="2021-03-14")
    opened = [e for e in evs if e.event_type == "CONSULT"]
    assert opened and opened[0].date == date(2021, 3, 12) and "EGY" in {a.id for a in opened[0].recipient}


def test_closing_fields_and_halting_exports_are_coded_as_nouns_too(resources):
    evs = code("The government in the east appointed by the House of Representatives announced on Monday evening the "
               "closure of all oil fields, ports and facilities and the halt of production and exports.",
               resources, published="2024-08-26")
    closed = [e for e in evs if e.event_type == "COERCE" and e.trigger == "closure"]
    # "the government in the east" in 2024 is Osama Hammad's government
    assert closed and {a.id for a in closed[0].actor} == {"LBY_GNS"}
    evs = code("Libya's eastern-based government said on Monday it had stopped all oil production and exports.",
               resources, published="2024-08-26")
    assert [e for e in evs if e.event_type == "SANCTION" and e.trigger == "stopped"]


def test_a_parliament_authorising_a_government_to_deploy_forces_supports_it(resources):
    evs = code("The Turkish parliament on Tuesday authorised the government to deploy naval forces off Libya.",
               resources)
    support = of_type(evs, "SUPPORT")
    assert len(support) == 1 and support[0].trigger == "authorised"
    assert [a.id for a in support[0].actor] == ["TUR_LEG"] and support[0].date == TUESDAY
    # authorising something else is no event of this row
    assert not of_type(code("The court authorised the police to question him on Tuesday.", resources), "SUPPORT")


def test_oil_shutdown_and_reopening_rows(resources):
    lifted = of_type(code("Libya's National Oil Corporation lifted force majeure on all oilfields on Tuesday.",
                          resources), "CONCEDE")
    assert len(lifted) == 1 and [a.id for a in lifted[0].actor] == ["LBY_NOC"] and lifted[0].date == TUESDAY
    halted = of_type(code("Libya's eastern administration ordered a halt to all oil production and exports on "
                          "Tuesday.", resources, published="2024-08-28"), "SANCTION")
    assert len(halted) == 1 and halted[0].trigger == "halt"
    # the east's administration in 2024 is the Government of National Stability
    assert [a.id for a in halted[0].actor] == ["LBY_GNS"]
    # "a halt to the fighting" stays a ceasefire
    assert not of_type(code("The UN called for a halt to the fighting on Tuesday.", resources), "SANCTION")


def test_a_government_described_by_its_seat_and_its_it_in_a_that_clause(resources):
    evs = code("The government based in the east of Libya, which is headed by Usame Hammad, declared on Tuesday "
               "that it stops production and export in all the oil fields.", resources, published="2024-08-28")
    stops = of_type(evs, "SANCTION")
    assert len(stops) == 1 and [a.id for a in stops[0].actor] == ["LBY_GNS"]


def test_arriving_for_a_face_to_face_is_a_visit_to_the_host_not_to_the_palace(resources):
    evs = code("Khalifa Haftar arrived on Tuesday at Palazzo Chigi for a long face-to-face with the premier "
               "Giuseppe Conte.", resources, published="2019-05-16")
    visits = of_type(evs, "CONSULT")
    assert len(visits) == 1
    assert [a.id for a in visits[0].actor] == ["LBY_HAFTAR"] and [r.id for r in visits[0].recipient] == ["ITA_CONTE"]


def test_freeing_a_named_person_is_a_release(resources):
    evs = code("Osama Njeem, the head of the judicial police of Tripoli, was freed on Tuesday.", resources)
    freed = of_type(evs, "RETREAT")
    assert len(freed) == 1 and freed[0].mode == "release" and freed[0].date == TUESDAY
    # freeing funds is no release of anyone
    assert not of_type(code("The bank freed up funds on Tuesday.", resources), "RETREAT")


def test_a_bomb_going_off_at_a_party_s_building_hits_that_party(resources):
    evs = of_type(code("A car bomb exploded outside the French embassy in Tripoli on Tuesday, wounding two guards.",
                       resources), "ASSAULT")
    assert evs and {r.id for e in evs for r in e.recipient} == {"FRA_GOV"}
    front = of_type(code("A car bomb exploded in front of the Egyptian embassy in Tripoli on Tuesday.", resources),
                    "ASSAULT")
    assert front and {r.id for e in front for r in e.recipient} == {"EGY_GOV"}
    # a town is where it went off, not whom it hit
    town = of_type(code("A car bomb exploded near Benghazi on Tuesday, killing two guards.", resources), "ASSAULT")
    assert all(r.kind != "state" for e in town for r in e.recipient)


def test_reopening_an_embassy_is_diplomatic_support(resources):
    evs = of_type(code("Italy reopened its embassy in Tripoli on Tuesday.", resources), "SUPPORT")
    assert len(evs) == 1 and [a.id for a in evs[0].actor] == ["ITA"] and evs[0].date == TUESDAY
    work = of_type(code("The Libyan embassy in Damascus resumed work on Tuesday.", resources), "SUPPORT")
    assert len(work) == 1 and work[0].trigger == "resumed"
    # a ministry resuming work is no diplomatic act
    assert not of_type(code("The health ministry resumed work on Tuesday.", resources), "SUPPORT")


def test_proposing_is_an_appeal_to_act(resources):
    evs = of_type(code("The head of Libya's U.N.-backed government, Fayez al-Sarraj, on Tuesday proposed a "
                       "national forum to be organised with the United Nations.", resources), "REQUEST")
    assert len(evs) == 1 and [a.id for a in evs[0].actor] == ["LBY_SARRAJ"] and evs[0].date == TUESDAY
    unveiled = of_type(code("Sarraj unveiled a political initiative on Tuesday.", resources), "REQUEST")
    assert len(unveiled) == 1
    # evidence that suggests something asks nobody to act
    assert not code("The figures suggest that turnout in Benghazi was low.", resources)


def test_walking_into_a_leader_s_office_is_a_visit(resources):
    evs = of_type(code("Khalifa Haftar walked into the office of Italian Prime Minister Giuseppe Conte in Rome on "
                       "Tuesday.", resources), "CONSULT")
    assert len(evs) == 1 and evs[0].mode == "visit"
    assert [a.id for a in evs[0].actor] == ["LBY_HAFTAR"] and [r.id for r in evs[0].recipient] == ["ITA_CONTE"]


def test_bundling_a_man_into_a_van_or_snatching_him_is_an_abduction(resources):
    van = of_type(code("American commandos bundled a 49-year-old man into a van outside his home in Tripoli on "
                       "Tuesday.", resources), "ASSAULT")
    assert len(van) == 1 and van[0].mode == "abduct" and van[0].date == TUESDAY
    snatch = of_type(code("US commandos snatched Abu Anas al-Libi from a street in Tripoli on Tuesday.", resources),
                     "ASSAULT")
    assert len(snatch) == 1 and snatch[0].mode == "abduct"
    # bundling aid into a package is no abduction
    assert not of_type(code("The ministry bundled the loans into one package on Tuesday.", resources), "ASSAULT")


def test_police_stopping_a_person_is_an_arrest(resources):
    evs = of_type(code("Italian police stopped the Libyan general Osama Njeem in Turin on Tuesday.", resources),
                  "COERCE")
    assert len(evs) == 1 and evs[0].mode == "arrest"
    # stopping exports is a sanction, not an arrest
    assert all(e.mode != "arrest" for e in code("The oil company stopped exports on Tuesday.", resources))


def test_an_object_hung_on_a_place_preposition_is_the_verb_s(resources):
    evs = of_type(code("The General Commander of the Libyan Arab Armed Forces, Field Marshal Khalifa Haftar, "
                       "received on Tuesday at the General Command headquarters in al-Rajma a high-level Russian "
                       "military delegation headed by Deputy Defence Minister Yunus-Bek Yevkurov.", resources),
                  "CONSULT")
    assert evs and evs[0].date == TUESDAY
    assert any(r.country == "RUS" for e in evs for r in e.recipient)


def test_a_deed_told_as_done_does_not_take_a_later_time_from_its_paragraph(resources):
    evs = code("The statement called for elections next March. Aguila Saleh proposed that Sirte host the new "
               "presidential council.", resources)
    proposals = [e for e in of_type(evs, "REQUEST") if e.trigger == "proposed"]
    assert len(proposals) == 1 and proposals[0].date <= date(2020, 9, 16)


def test_declaring_envoys_persona_non_grata_is_an_expulsion(resources):
    evs = of_type(code("Libya's eastern-based government declared a European delegation persona non grata on Tuesday "
                       "and ordered them to leave Benghazi.", resources), "SANCTION")
    assert evs and all(e.mode == "expel" for e in evs) and evs[0].date == TUESDAY


def test_an_object_after_a_time_and_a_place_set_off_by_commas_is_the_verb_s(resources):
    # translated Arabic: "approved yesterday, Monday, in its session in Benghazi, his appointment"
    evs = of_type(code("The House of Representatives approved yesterday, Tuesday, in its session in Benghazi, his "
                       "appointment as governor of the central bank.", resources, published="2020-09-16"), "SUPPORT")
    assert len(evs) == 1 and [a.id for a in evs[0].actor] == ["LBY_HOR"]


def test_a_meeting_that_brought_leaders_together_is_their_meeting(resources):
    evs = of_type(code("Benghazi on Tuesday hosted a national meeting that brought together Field Marshal Khalifa Haftar "
                       "with a group of candidates, among them Fathi Bashagha.", resources), "CONSULT")
    assert evs and "LBY_HAFTAR" in {a.id for e in evs for a in e.actor}
    assert "LBY_BASHAGHA" in {a.id for e in evs for a in e.actor + e.recipient}


def test_renewing_a_mission_s_mandate_is_support(resources):
    evs = of_type(code("The U.N. Security Council on Tuesday renewed the mandate of its political mission in Libya for "
                       "another 12 months.", resources), "SUPPORT")
    assert len(evs) == 1 and [a.id for a in evs[0].actor] == ["UNO_UNSC"] and evs[0].date == TUESDAY


def test_a_hotel_named_before_the_word_hotel_is_no_actor(resources):
    evs = of_type(code("Armed men stormed the Corinthia hotel in Tripoli on Tuesday.", resources), "ASSAULT")
    assert evs and not any("Corinthia" in a.name for e in evs for a in e.actor + e.recipient)


def test_sitting_down_with_a_leader_is_a_meeting(resources):
    evs = of_type(code("When Fathi Bashagha stepped off a private jet at Benina airport on Tuesday and, a few hours "
                       "later, sat down in Benghazi with Khalifa Haftar, he did something unthinkable.", resources),
                  "CONSULT")
    assert len(evs) == 1
    assert [a.id for a in evs[0].actor] == ["LBY_BASHAGHA"] and [r.id for r in evs[0].recipient] == ["LBY_HAFTAR"]
    across = of_type(code("On Tuesday Russia's deputy defence minister was sitting across a table from Khalifa Haftar "
                          "in Benghazi.", resources), "CONSULT")
    assert across and [r.id for r in across[0].recipient] == ["LBY_HAFTAR"]


def test_armed_men_entering_a_seat_of_power_is_a_raid(resources):
    evs = of_type(code("Armed men entered the headquarters of the Presidential Council on Tuesday.", resources),
                  "ASSAULT")
    # (in 2020 the Presidential Council is the GNA's head)
    assert len(evs) == 1 and [r.id for r in evs[0].recipient] == ["LBY_GNA"]
    # diplomats walking into their embassy raid nothing
    assert not of_type(code("The diplomats entered the embassy on Tuesday.", resources), "ASSAULT")


def test_announcing_control_over_a_place_claims_its_capture(resources):
    evs = of_type(code("The forces of the Fajr Libya operation announced yesterday, Tuesday, their full control over "
                       "Tripoli International Airport, after fierce battles.", resources), "ASSAULT")
    assert evs and evs[0].date == TUESDAY and evs[0].trigger == "announced"
    # control measures for a virus take nothing
    assert not of_type(code("The government announced control measures for the virus on Tuesday.", resources), "ASSAULT")


# ------------------------------------------------------------------ meeting a thing, a diplomatic intervention
def test_a_position_a_country_has_met_is_no_meeting(resources):
    # the object of "met" is the noun the relative clause hangs on
    evs = code("It is the toughest regional position Syria has met since the unrest began.", resources)
    assert not of_type(evs, "CONSULT")


def test_a_delegation_a_leader_met_is_still_a_meeting(resources):
    evs = code("The delegation that Erdogan met in Ankara on Tuesday included three ministers.", resources)
    assert of_type(evs, "CONSULT")


def test_a_plan_meeting_with_opposition_is_no_meeting(resources):
    evs = code("The proposal met with fierce opposition from the parliament in Tobruk.", resources)
    assert not of_type(evs, "CONSULT")
    assert of_type(code("Erdogan met with Sarraj in Istanbul on Sunday.", resources), "CONSULT")


def test_an_intervention_by_a_monarch_is_not_an_assault(resources):
    evs = code("By Arab diplomatic standards, it was a dramatic intervention by the Saudi king on Monday.", resources)
    assert not of_type(evs, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Turkey's military intervention in Libya began on Tuesday.",
    "NATO's intervention in Libya began on Tuesday.",
])
def test_a_military_or_foreign_intervention_is_an_assault(text, resources):
    assert of_type(code(text, resources), "ASSAULT")


def test_a_mod_cue_reads_the_nouns_modifiers(tmp_path):
    f = tmp_path / "rows.csv"
    f.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                 "strike,N,mod=air|@place,ASSAULT,,190,0.9\nstrike,N,,NONE,,,0\n", encoding="utf-8")
    trig = Lexicon(read_triggers(f)).candidates("strike", "N")[0]
    assert trig.mod == frozenset({"air", "@place"}) and trig.specificity == 2


@pytest.mark.parametrize("text,etype,actor,recipient", [
    ("The International Criminal Court on Monday issued arrest warrants for Libyan leader Moammar Gadhafi.",
     "ACCUSE", "IGO_ICC", "LBY_GADDAFI"),
    ("The UN Security Council late on Monday gave world powers the green light to impose a no-fly zone over Libya.",
     "SUPPORT", "UNO_UNSC", None),
    ("Armed groups loyal to the prime minister routed the Tripoli Revolutionaries Brigade on Monday.",
     "ASSAULT", None, "LBY_TRB"),
])
def test_warrants_green_lights_and_routs(resources, text, etype, actor, recipient):
    evs = of_type(code(text, resources), etype)
    assert evs and evs[0].date == MONDAY
    if actor:
        assert actor in {a.id for a in evs[0].actor}
    if recipient:
        assert recipient in {a.id for a in evs[0].recipient}


def test_a_speech_given_is_no_approval(resources):
    assert not of_type(code("The president gave a long speech on Monday.", resources), "SUPPORT")


def test_letting_oil_flow_again_eases_a_blockade(resources):
    evs = code("Haftar announced on Monday that his forces would allow oil production and exports to resume.", resources)
    eased = [e for e in evs if e.trigger == "allow"]
    assert eased and eased[0].event_type in ("AGREE", "RETREAT") and eased[0].date == MONDAY
    assert "LBY_HAFTAR" in {a.id for a in eased[0].actor}



@pytest.mark.parametrize("text,trigger", [
    ("The General Command of the Libyan National Army announced on Monday the start of military operations to free "
     "the capital.", "start"),
    ("Haftar on Monday ordered his forces to march on Tripoli.", "march"),
    ("Rocket fire hit Mitiga airport on Monday, wounding four civilians.", "fire"),
])
def test_operations_started_marches_and_rocket_fire(resources, text, trigger):
    hits = [e for e in of_type(code(text, resources), "ASSAULT") if e.trigger == trigger]
    assert hits and hits[0].date == MONDAY


def test_a_march_through_a_square_is_a_protest(resources):
    evs = code("Thousands of protesters marched on Martyrs Square in Tripoli on Monday.", resources)
    assert of_type(evs, "PROTEST") and not of_type(evs, "ASSAULT")
