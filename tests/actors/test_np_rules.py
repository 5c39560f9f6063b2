"""General noun-phrase, collective and coreference rules (sentences written for these tests)."""
from datetime import date

import pytest

D19 = date(2019, 6, 1)
D22 = date(2022, 6, 1)


def by_text(ments):
    return {m.text: m for m in ments}


def covering(ments, text, word):
    """The mention covering the first occurrence of ``word`` in ``text``."""
    i = text.index(word)
    hits = [m for m in ments if m.start <= i < m.end]
    return hits[0] if hits else None


# ---------------------------------------------------------------- 1. country + organisation description
@pytest.mark.parametrize("text", [
    "Libya's United Nations-recognized government said on Tuesday that the port had reopened.",
    "Libya's UN-recognised government accused the eastern commander of shelling the port.",
    "The UN-backed government in Tripoli rejected the proposal for a new ceasefire.",
    "The Tripoli-based government welcomed the arrival of the aid convoy.",
    "The Libyan internationally recognized government suspended the talks.",
])
def test_recognised_government_is_one_mention(mentions, text):
    ms = mentions(text, D19)
    m = covering(ms, text, "government")
    assert m is not None and m.actor.id == "LBY_GNA"
    # the IGO written as a modifier is no actor of its own
    assert all(x.actor.id != "UNO" for x in ms)


def test_recognised_government_one_span_over_possessor(mentions):
    text = "Libya's UN-recognised government protested."
    ms = [m for m in mentions(text, D19) if m.via != "coref"]
    assert [(m.text, m.actor.id) for m in ms] == [("Libya's UN-recognised government", "LBY_GNA")]


def test_recognised_government_is_time_aware(mentions):
    text = "Libya's United Nations-recognized government said the vote would go ahead."
    assert covering(mentions(text, D22), text, "government").actor.id == "LBY_GNU"


@pytest.mark.parametrize("when,expected", [(date(2015, 6, 1), "LBY_GOV"), (D19, "LBY_GNA"), (D22, "LBY_GNU")])
def test_country_government_national_body(mentions, when, expected):
    for text in ("Libya's government protested to the envoy.", "The Libyan government protested to the envoy."):
        assert covering(mentions(text, when), text, "government").actor.id == expected, text


def test_country_possessive_bodies(mentions):
    text = "Turkey's government condemned the raid while Russia's foreign ministry summoned the envoy."
    ms = mentions(text, D19)
    assert covering(ms, text, "government").actor.id == "TUR_GOV"
    fm = covering(ms, text, "ministry").actor
    assert (fm.country, fm.sector) == ("RUS", "GOV")


def test_misparsed_verb_ends_noun_phrase(mentions):
    ms = by_text(mentions("Egypt's army massed troops on the western border.", D19))
    assert ms["Egypt's army"].actor.id == "EGY_MIL"


@pytest.mark.parametrize("text,word", [
    ("NATO-backed forces advanced on the town.", "forces"),
    ("Russian-backed separatists shelled the village.", "separatists"),
])
def test_backed_modifier_is_not_the_backer(mentions, text, word):
    ms = mentions(text, D19)
    m = covering(ms, text, word)
    assert m is None or m.actor.country not in ("NATO", "RUS")
    assert all(x.actor.country not in ("NATO", "RUS") for x in ms)


# ---------------------------------------------------------------- 2. demonym plurals
@pytest.mark.parametrize("text,word,iso", [
    ("The Turks sent more drones to the capital.", "Turks", "TUR"),
    ("Turks and Russians negotiated a truce in Sochi.", "Russians", "RUS"),
    ("The Americans urged restraint on both sides.", "Americans", "USA"),
    ("The Emiratis supplied the eastern forces with drones.", "Emiratis", "ARE"),
    ("Libyans voted in the municipal election.", "Libyans", "LBY"),
    ("The British called for an immediate ceasefire.", "British", "GBR"),
])
def test_demonym_plural_is_state(mentions, text, word, iso):
    m = covering(mentions(text, D19), text, word)
    assert m is not None and (m.actor.id, m.actor.kind) == (iso, "state")


def test_demonym_with_number_is_civilians(mentions):
    text = "Two Americans were killed in the blast and thousands of Libyans fled."
    ms = mentions(text, D19)
    assert (covering(ms, text, "Americans").actor.country, covering(ms, text, "Americans").actor.sector) == ("USA", "CVL")
    assert covering(ms, text, "Libyans").actor.sector == "CVL"


def test_demonym_adjective_is_not_state(mentions):
    text = "The British government called for restraint."
    assert covering(mentions(text, D19), text, "British").actor.id == "GBR_GOV"


# ---------------------------------------------------------------- 3. collectives
@pytest.mark.parametrize("text,word,aid,code", [
    ("The international community condemned the attack on the hospital.", "community", "INTL", None),
    ("Western powers urged both sides to stop fighting.", "powers", "WST", "WST"),
    ("The West imposed new sanctions on Moscow.", "West", "WST", "WST"),
    ("Western countries and Arab states called for a ceasefire.", "Arab", "ARB", "ARB"),
    ("Gulf states backed the offensive.", "Gulf", "PGS", "PGS"),
    ("European powers met in Berlin to discuss the arms embargo.", "European", "EUR_COUNTRIES", "EUR"),
])
def test_collectives(mentions, text, word, aid, code):
    m = covering(mentions(text, D19), text, word)
    assert m is not None and (m.actor.id, m.actor.code, m.actor.kind, m.actor.country) == (aid, code, "group", None)


def test_west_only_as_head(mentions):
    ms = mentions("The West Bank was tense and West Africa was calm.", D19)
    assert all(m.actor.id != "WST" for m in ms)


# ---------------------------------------------------------------- 4. forces of a person / organisation
@pytest.mark.parametrize("text,word,aid", [
    ("Haftar loyalists shelled the airport overnight.", "loyalists", "LBY_LNA"),
    ("Haftar's forces shelled the airport overnight.", "forces", "LBY_LNA"),
    ("Forces loyal to Haftar shelled the airport overnight.", "Forces", "LBY_LNA"),
    ("Pro-Haftar forces shelled the airport overnight.", "forces", "LBY_LNA"),
    ("Pro-GNA forces retook the town of Gharyan.", "forces", "LBY_GNA_FORCES"),
    ("GNA forces retook the town of Gharyan.", "forces", "LBY_GNA_FORCES"),
    ("Troops loyal to the Tripoli-based government advanced south.", "Troops", "LBY_GNA_FORCES"),
    ("Sarraj's government signed a maritime deal with Ankara.", "government", "LBY_GNA"),
])
def test_forces_and_governments_of(mentions, text, word, aid):
    m = covering(mentions(text, D19), text, word)
    assert m is not None and m.actor.id == aid
    assert m.actor.kind != "person"


def test_pro_prefix_covers_whole_phrase(mentions):
    ms = by_text(mentions("Pro-Haftar forces shelled the airport.", D19))
    assert ms["Pro-Haftar forces"].actor.id == "LBY_LNA"


def test_anti_prefix_is_not_the_person(mentions):
    text = "Anti-Haftar militias clashed with police."
    assert all(m.actor.id not in ("LBY_HAFTAR", "LBY_LNA") for m in mentions(text, D19))


# ---------------------------------------------------------------- 5. counterparts
def test_counterpart_apposition(mentions):
    text = "Lavrov spoke with his Turkish counterpart, Mevlut Cavudoglu, on Monday."
    assert covering(mentions(text, D19), text, "Cavudoglu").actor.id == "TUR_CAVUSOGLU"


def test_counterpart_compound_variant_spelling(mentions):
    text = "Akar met his Libyan counterpart Salahuddin al-Namrous in Ankara."
    m = covering(mentions(text, date(2020, 11, 1)), text, "Namrous")
    assert m.text == "Salahuddin al-Namrous"
    assert (m.actor.id, m.actor.code) == ("LBY_NAMROUSH", "LBYGOV")


# ---------------------------------------------------------------- 6. pronouns
def test_it_bound_by_reporting_subject(mentions):
    text = "The LNA said it was withdrawing from the capital."
    ms = by_text(mentions(text, D19))
    assert ms["it"].actor.id == "LBY_LNA" and ms["it"].via == "coref"


def test_its_and_the_country(mentions):
    ms = mentions("Turkey said its troops would stay. The country also sent advisers.", D19)
    got = {(m.text, m.actor.id) for m in ms if m.via == "coref"}
    assert ("its", "TUR") in got and ("The country", "TUR") in got


def test_sentence_initial_it(mentions):
    ms = by_text(mentions("The UN condemned the attack. It said the strikes violated the truce.", D19))
    assert ms["It"].actor.id == "UNO"


def test_expletive_and_thing_it_unresolved(mentions):
    for text in ("It is unclear whether the LNA will withdraw.",
                 "The army captured the town and said it had been cleared."):
        ms = mentions(text, D19)
        assert not any(m.text.lower() == "it" for m in ms), text


def test_they_plural_and_compound(mentions):
    ms = mentions("Turkish troops arrived in Tripoli. They were deployed near the airport.", D19)
    assert [(m.text, m.actor.id) for m in ms if m.via == "coref"] == [("They", "TUR_MIL")]
    ms = mentions("The LNA and the GNA said they would attend the talks in Geneva.", D19)
    they = {m.actor.id for m in ms if m.text == "they"}
    assert they == {"LBY_LNA", "LBY_GNA"}


def test_they_not_for_singular_org(mentions):
    ms = mentions("The LNA said they would attend.", D19)
    assert not any(m.text == "they" for m in ms)


def test_national_body_only_for_institution_nouns(mentions):
    # a spokesman/officials of "Libya" are not thereby the recognised government
    text = "The Libyan parliament's spokesman said Libyan officials had left."
    ms = mentions(text, D19)
    assert covering(ms, text, "spokesman").actor.id != "LBY_GNA"
    assert covering(ms, text, "officials").actor.id != "LBY_GNA"


def test_possessive_bound_by_own_subject_not_emitted(mentions):
    # "its" adds nothing here and would hide the recipient "Turkey" from the event roles
    ms = mentions("The Libyan parliament severed its relations with Turkey.", D19)
    assert not any(m.text == "its" for m in ms)
