"""A place in a clause about another happening ("since their push on Gao began") does not locate the event,
and a country's own name never resolves to another place's alternate name. Sentences written for these
tests."""
from datetime import date

import pytest

from sanderling.places.locate import event_location, find_places
from sanderling.pipeline import code_article
from sanderling.records import Article

KIDAL = "The rebels have taken control of Kidal, a desert town, since their push on Gao began last year."


def locate(nlp, gaz, text, trigger):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == trigger)
    return event_location(tok.sent, tok, find_places(doc, gaz), gaz)


# ------------------------------------------------------------------ clauses about another happening
@pytest.mark.parametrize("text", [
    KIDAL,
    "The rebels have taken control of Kidal since their push on Gao began last year.",
])
def test_capture_is_located_at_kidal_not_gao(nlp, gaz, text):
    # both towns are found in the sentence: the choice is the locator's
    assert {p.name for p in find_places(nlp(text), gaz)} >= {"Kidal", "Gao"}
    place = locate(nlp, gaz, text, "taken")
    assert place is not None
    assert place.name == "Kidal" and place.country == "MLI"


def test_capture_is_located_at_kidal_end_to_end(resources):
    art = Article(id="t", text=KIDAL, published=date(2013, 1, 20))
    assaults = [e for e in code_article(art, resources).events if e.event_type == "ASSAULT"]
    assert len(assaults) == 1
    assert assaults[0].trigger == "taken"
    assert assaults[0].location is not None and assaults[0].location.name == "Kidal"


def test_capture_of_gao_is_located_at_gao(nlp, gaz):
    place = locate(nlp, gaz, "The rebels have taken control of Gao.", "taken")
    assert place is not None and place.name == "Gao"


def test_since_clause_yields_to_a_weaker_place(nlp, gaz):
    # the noun trigger's verb governs the "since" clause: Gao is about the push, so Kidal wins
    place = locate(nlp, gaz, "Clashes have continued in the region, which includes Kidal, since the rebels' push "
                             "on Gao began last year.", "Clashes")
    assert place is not None and place.name == "Kidal"
    # with "as" the clause is the same happening's setting and Gao is well attached
    place = locate(nlp, gaz, "Clashes have continued in the region, which includes Kidal, as the rebels' push "
                             "on Gao began last year.", "Clashes")
    assert place is not None and place.name == "Gao"


def test_since_clause_on_a_verb_trigger_does_not_locate_it(nlp, gaz):
    place = locate(nlp, gaz, "The rebels, who are based in Kidal, have taken control of the town since their "
                             "push on Gao began last year.", "taken")
    assert place is None or place.name != "Gao"


# ------------------------------------------------------------------ gazetteer: country names
def test_egypt_is_the_country_even_in_an_american_story(gaz):
    # "Egypt" is also an alternate name of a US place: the test is about that collision
    us_alternates = [p for p in gaz.lookup("Egypt") if p.country == "USA"]
    place = gaz.resolve("Egypt", {"USA": 1.0})
    assert place is not None
    assert place.country == "EGY" and place.feature == "country"
    assert not us_alternates    # lookup() ranks the same way: the alternate name is never offered
    assert gaz.resolve("Egypt").country == "EGY"


def test_egypt_collides_with_an_american_alternate_name(gaz):
    # the candidate the rule guards against exists in the index
    cands = gaz._candidates("Egypt")
    assert any(gaz.entries[i].country == "USA" and gaz.entries[i].source != "country" for i, _ in cands)


@pytest.mark.parametrize("name,iso", [("Egypt", "EGY"), ("Libya", "LBY"), ("Syria", "SYR"), ("Kuwait", "KWT")])
@pytest.mark.parametrize("ctx", [{"USA": 1.0}, {"MEX": 1.0, "USA": 0.5}, None])
def test_country_names_resolve_to_their_country(gaz, name, iso, ctx):
    assert gaz.resolve(name, ctx).country == iso


def test_context_still_picks_among_towns(gaz):
    # the rule is about countries' names only: a town's name still follows the story's country
    assert gaz.resolve("Tripoli", {"LBN": 1.0}).country == "LBN"
    assert gaz.resolve("Tripoli", {"LBY": 1.0}).country == "LBY"


# ------------------------------------------------------------------ datelines abroad, mistagged suburbs
MOSCOW_WIRE = ("MOSCOW, July 4 (Sever) - Russia has strongly condemned the air strike on a centre for illegal "
               "migrants in the Libyan suburb of Tajoura and called for an inquiry.")


def test_a_suburb_the_tagger_takes_for_an_organisation_is_a_place(nlp, gaz):
    doc = nlp(MOSCOW_WIRE)
    # the tagger reads "Tajoura" as an ORG here; "the suburb of" says what it is
    assert any(e.text == "Tajoura" and e.label_ == "ORG" for e in doc.ents)
    assert "LBY" in {p.country for p in find_places(doc, gaz)}


def test_the_strike_is_where_the_sentence_puts_it_not_at_the_bureau_abroad(resources):
    art = Article(id="t", text=MOSCOW_WIRE, published=date(2019, 7, 4))
    strikes = [e for e in code_article(art, resources).events if e.event_type == "ASSAULT"]
    assert len(strikes) == 1
    assert strikes[0].location is not None and strikes[0].location.country == "LBY"


def test_a_bureau_abroad_still_places_what_the_sentence_does_not(resources):
    art = Article(id="t", text="MOSCOW, July 4 (Sever) - An air strike killed dozens of migrants held near "
                               "the front line, officials said.", published=date(2019, 7, 4))
    strikes = [e for e in code_article(art, resources).events if e.event_type == "ASSAULT"]
    assert strikes and strikes[0].location is not None and strikes[0].location.name == "Moscow"


def test_a_place_in_a_participle_on_another_noun_is_not_the_events(nlp, gaz):
    # the vote was in Ankara; Istanbul is where the memorandum it approved was signed
    text = ("The parliament's approval on Saturday of the memorandum completes the ratification of the document "
            "signed in Istanbul on 27 November.")
    assert locate(nlp, gaz, text, "approval") is None
