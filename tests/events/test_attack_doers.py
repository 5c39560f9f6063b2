"""Attack verbs whose doer is a weapon ("air strikes destroyed ...", "hit by rockets") and the two readings
of "intervene". Sentences written for these tests."""
from datetime import date

import pytest

from sanderling.events.lexicon import Lexicon, Trigger, _parse_cue, load_lexicon, read_triggers
from sanderling.events.triggers import doers, find_triggers
from sanderling.pipeline import code_article
from sanderling.records import Article

MONDAY = "2020-07-06"          # published the day after the strikes on al-Watiya (Sunday 5 July 2020)
SUNDAY = date(2020, 7, 5)


def code(text, published=MONDAY, resources=None):
    art = Article(id="t", text=text, published=date.fromisoformat(published))
    return list(code_article(art, resources).events)


def of_type(events, etype):
    return [e for e in events if e.event_type == etype]


def hits(resources, text, lexicon=None):
    sent = next(resources.nlp(text).sents)
    return {h.token.text: h for h in find_triggers(sent, lexicon or resources.lexicon)}


# ------------------------------------------------------------------------------------------ the cue
def test_parse_cue_by_lists_the_doer_lemmas():
    assert _parse_cue("by=strike|rocket") == {"by": frozenset({"strike", "rocket"})}
    assert _parse_cue("by=drone") == {"by": frozenset({"drone"})}


def test_parse_cue_by_combines_with_other_cues():
    cue = _parse_cue("by=missile|shell; obj=base")
    assert cue == {"by": frozenset({"missile", "shell"}), "obj": frozenset({"base"})}


def test_parse_cue_still_rejects_unknown_cues():
    with pytest.raises(ValueError):
        _parse_cue("doer=strike")


def test_read_triggers_reads_by_and_ranks_it_first(tmp_path):
    csv = tmp_path / "triggers.csv"
    csv.write_text("# attack verbs done by weapons\n"
                   "lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "hit,V,,ASSAULT,,190,0.4\n"
                   "hit,V,by=rocket|airstrike|shelling,ASSAULT,heavy-weapons,194,0.85\n", encoding="utf-8")
    trigs = read_triggers(csv)
    assert len(trigs) == 2
    plain, doer = trigs
    assert plain.by == frozenset()
    assert doer.by == frozenset({"rocket", "airstrike", "shelling"})
    assert (doer.event_type, doer.mode, doer.cameo, doer.weight) == ("ASSAULT", "heavy-weapons", "194", 0.85)
    assert doer.specificity == plain.specificity + 2
    # the more specific row is tried first
    assert Lexicon(trigs).candidates("hit", "V")[0] is doer


def test_by_cue_from_a_user_file_matches_subject_and_passive_agent(tmp_path, resources):
    csv = tmp_path / "triggers.csv"
    csv.write_text("lemma,pos,cue,event_type,mode,cameo,weight\n"
                   "hit,V,by=rocket|strike,ASSAULT,,190,0.85\n", encoding="utf-8")
    lex = Lexicon(read_triggers(csv))
    # active subject
    h = hits(resources, "A rocket hit the port of Tripoli on Monday.", lex)
    assert "hit" in h and h["hit"].trigger.by == frozenset({"rocket", "strike"})
    # passive agent with "by", plural doer
    assert "hit" in hits(resources, "The port of Tripoli was hit by rockets on Monday.", lex)
    # passive with "in": "hit in air strikes"
    assert "hit" in hits(resources, "The port of Tripoli was hit in air strikes on Monday.", lex)
    # doers outside the list: no match
    assert hits(resources, "The economy was hit by sanctions on Monday.", lex) == {}
    assert hits(resources, "The news hit markets hard.", lex) == {}


def test_doers_are_subject_or_passive_agent(resources):
    doc = resources.nlp("The base was hit by rockets and mortars on Sunday.")
    hit = next(t for t in doc if t.text == "hit")
    assert {t.text for t in doers(hit)} == {"rockets", "mortars"}
    doc = resources.nlp("Air strikes destroyed the radar.")
    destroyed = next(t for t in doc if t.text == "destroyed")
    assert [t.text for t in doers(destroyed)] == ["strikes"]
    # an active verb's "in" phrase is not its doer
    doc = resources.nlp("Rebels hit the convoy in the desert.")
    hit = next(t for t in doc if t.text == "hit")
    assert [t.text for t in doers(hit)] == ["Rebels"]


def test_shipped_lexicon_has_weapon_doer_rows():
    lex = load_lexicon()
    for verb in ("hit", "destroy", "damage", "target", "pound"):
        rows = [t for t in lex.candidates(verb, "V") if t.by]
        assert rows, verb
        assert rows[0].event_type == "ASSAULT"
        assert {"strike", "airstrike", "rocket", "shelling", "drone", "missile"} <= rows[0].by
        # no reading of another type outranks the weapon row (an instrument row, "hit ... with rockets", may)
        cands = lex.candidates(verb, "V")
        first_by = next(i for i, t in enumerate(cands) if t.by)
        assert all(t.event_type == "ASSAULT" for t in cands[:first_by + 1])


# --------------------------------------------------------------------------------- whole articles
def test_air_strikes_destroyed_is_one_assault(resources):
    evs = code("Air strikes destroyed Turkish air defence systems at the base on Sunday.", resources=resources)
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1
    ev = assaults[0]
    assert ev.trigger == "destroyed"
    assert ev.date == SUNDAY and ev.date_source == "text"
    assert ev.historical is False and ev.status == "asserted"


def test_hit_by_rockets_is_assault(resources):
    evs = code("The base was hit by rockets on Sunday.", resources=resources)
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1
    assert assaults[0].trigger == "hit"
    assert assaults[0].mode == "heavy-weapons"
    assert assaults[0].date == SUNDAY


def test_hit_in_air_strikes_is_assault_dated_the_sunday(resources):
    evs = code("Air defence equipment at the base had been hit in air strikes early on Sunday.", resources=resources)
    assaults = of_type(evs, "ASSAULT")
    assert len(assaults) == 1
    ev = assaults[0]
    assert ev.trigger == "hit"
    assert ev.mode == "aerial"
    assert ev.date == SUNDAY and ev.date_end == SUNDAY
    assert ev.date_source == "text" and "Sunday" in ev.date_text
    assert ev.historical is False


@pytest.mark.parametrize("text, trigger, day", [
    ("Drone strikes damaged two fuel depots near the port of Misrata on Thursday.", "damaged", date(2020, 7, 2)),
    ("Turkish bases in western Libya were targeted by unidentified warplanes on Sunday.", "targeted", SUNDAY),
    ("The southern suburbs of Tripoli were pounded by artillery on Friday.", "pounded", date(2020, 7, 3)),
])
def test_other_weapon_doer_verbs_are_assault(resources, text, trigger, day):
    assaults = of_type(code(text, resources=resources), "ASSAULT")
    assert [(e.trigger, e.date) for e in assaults] == [(trigger, day)]


@pytest.mark.parametrize("text", [
    "The economy was hit by sanctions on Sunday.",
    "The news hit markets hard.",
    "Oil exports were hit by the blockade on Sunday.",
    "The pandemic hit the oil sector hard on Sunday.",
    "Floods destroyed crops across the east on Sunday.",
])
def test_non_violent_doers_are_not_assault(resources, text):
    assert of_type(code(text, resources=resources), "ASSAULT") == []


def test_non_weapon_passive_agent_does_not_match_the_by_row(resources):
    h = hits(resources, "The economy was hit by sanctions on Sunday.")
    assert "hit" not in h or not h["hit"].trigger.by
    assert hits(resources, "The base was hit by rockets on Sunday.")["hit"].trigger.by


# ------------------------------------------------------------------------------------- intervene
def test_hypothetical_military_intervention_is_a_threat(resources):
    evs = code("Egypt could intervene militarily in Libya, Sisi said on Saturday.", "2020-06-21", resources)
    assert of_type(evs, "ASSAULT") == []
    threats = of_type(evs, "THREATEN")
    assert len(threats) == 1
    ev = threats[0]
    assert ev.trigger == "intervene"
    assert ev.status == "hypothetical"
    assert ev.mode == "violence" and ev.cameo == "138"
    assert [a.country for a in ev.actor] == ["EGY"]
    # a threat happens when it is made: the Saturday of the statement
    assert ev.date == date(2020, 6, 20)


def test_actual_military_intervention_is_assault(resources):
    evs = code("Egypt intervened militarily in Libya on Saturday.", "2020-06-21", resources)
    assert of_type(evs, "THREATEN") == []
    ev = of_type(evs, "ASSAULT")[0]
    assert ev.trigger == "intervened" and ev.status == "asserted"


def test_intervening_in_a_dispute_is_mediation(resources):
    evs = code("Algeria intervened in the dispute between the two Libyan governments on Sunday, "
               "its foreign ministry said.", "2020-06-22", resources)
    assert of_type(evs, "ASSAULT") == [] and of_type(evs, "THREATEN") == []
    consults = of_type(evs, "CONSULT")
    assert len(consults) == 1
    ev = consults[0]
    assert ev.trigger == "intervened"
    assert ev.mode == "third-party" and ev.cameo == "045"
    assert [a.country for a in ev.actor] == ["DZA"]
    assert ev.date == date(2020, 6, 21)


def test_intervene_in_dispute_row_is_the_prep_cue(resources):
    h = hits(resources, "The UN envoy intervened in the dispute over oil revenues on Tuesday.")
    trig = h["intervened"].trigger
    assert trig.event_type == "CONSULT" and trig.prep == "in" and "dispute" in trig.prep_obj
    h = hits(resources, "Egypt intervened militarily in Libya on Saturday.")
    assert h["intervened"].trigger.event_type == "ASSAULT"


def test_storming_a_named_town_is_news_with_no_doer_named(resources):
    # unattributed violence is kept when it names its target; "the town of X" names one even when the tagger
    # takes the town's name for a person's
    text = ("AMMAN (Reuters) - Tanks and helicopters stormed the northwest Syrian town of Jisr al-Shughour on "
            "Sunday, residents said.")
    evs = of_type(code(text, "2011-06-12", resources), "ASSAULT")
    assert len(evs) == 1
    assert evs[0].location is not None and evs[0].location.country == "SYR"
    assert not evs[0].recipient            # the town is where it happened, not a victim
    assert str(evs[0].date) == "2011-06-12"
