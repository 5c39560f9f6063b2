"""Turkish-language and machine-translated Turkish copy spells Libyan names its own way ("Fayiz es-Serrac",
"Abdulhamid Dibeybe"); those spellings are aliases in libya.yaml and must reach the same identity."""
from datetime import date

import pytest

from sanderling.pipeline import code_article
from sanderling.records import Article


@pytest.mark.parametrize("text,expected", [
    ("Başbakan Fayiz es-Serrac Ankara'da Erdoğan ile görüştü, the agency said.", {"LBY_SARRAJ", "TUR_ERDOGAN"}),
    ("Abdulhamid Dibeybe, to Ankara made an official visit on Monday.", {"LBY_DBEIBAH"}),
    ("Fethi Başağa and Akile Salih met in Cairo on Monday.", {"LBY_BASHAGHA", "LBY_AGUILA_SALEH"}),
    # a given name written another way, the family name as the knowledge base has it
    ("Abdulgani el-Kikli, the commander of the apparatus, was killed on Monday.", {"LBY_KIKLI"}),
    ("The Ulusal Petrol Kurumu announced that production resumed on Sunday.", {"LBY_NOC"}),
    # untranslated titles are offices, not given names of someone else called Erdoğan or Sisi
    ("Cumhurbaşkanı Erdoğan met Serrac in Istanbul on Friday.", {"TUR_ERDOGAN", "LBY_SARRAJ"}),
    ("Mısır Cumhurbaşkanı Abdulfettah es-Sisi met Hafter in Cairo.", {"EGY_SISI", "LBY_HAFTAR"}),
    ("Sayın Erdoğan answered the journalists' questions after the Friday prayer.", {"TUR_ERDOGAN"}),
])
def test_turkish_spellings_resolve_to_the_known_actor(resources, text, expected):
    coded = code_article(Article(id="t", text=text, published=date(2021, 4, 13)), resources)
    found = {m.actor.id for m in coded.mentions}
    assert expected <= found, found


def test_a_bare_nisba_is_not_taken_for_the_council_head(resources):
    # "Mişri" alone folds to "Misri", a common surname ("the Egyptian"): only the full name is an alias
    coded = code_article(Article(id="t", text="Ahmed al-Misri, a shopkeeper, said prices had doubled.",
                                 published=date(2021, 4, 13)), resources)
    assert "LBY_MISHRI" not in {m.actor.id for m in coded.mentions}


def test_an_untranslated_office_is_not_a_person(resources):
    coded = code_article(Article(id="t", text="Dışişleri Bakanı Mevlüt Çavuşoğlu met Serrac in Tripoli.",
                                 published=date(2020, 6, 17)), resources)
    found = {m.actor.id for m in coded.mentions}
    assert "TUR_CAVUSOGLU" in found and not any(a.startswith("DISC_") for a in found), found


def test_a_given_name_cut_off_by_the_tagger_is_not_a_second_person(resources):
    coded = code_article(Article(id="t", text="Abdelfattah al-Sisi received Haftar in Cairo on Monday.",
                                 published=date(2020, 6, 8)), resources)
    found = {m.actor.id for m in coded.mentions}
    assert "EGY_SISI" in found and not any(a.startswith("DISC_") for a in found), found


def test_the_marshals_son_is_not_the_marshal(resources):
    # Khalifa Haftar's full name carries his father's name Belqasim; his son Belqasem is someone else
    coded = code_article(Article(id="t", text="Belqasem Haftar met Turkish officials in Ankara on Tuesday.",
                                 published=date(2025, 4, 8)), resources)
    found = {m.actor.id for m in coded.mentions}
    assert "LBY_BELQASEM_HAFTAR" in found and "LBY_HAFTAR" not in found, found


@pytest.mark.parametrize("text,expected", [
    # country names and ministries left in Turkish by machine translation (aliases in countries.csv and
    # agents.yaml)
    ("Mısır Dışişleri Bakanlığı condemned the decision of Meclis.", {"EGY_GOV"}),
    ("Rusya and Mısır support Hafter, while Yunanistan objected.", {"RUS", "EGY", "GRC", "LBY_HAFTAR"}),
    ("Katar and Türkiye signed a memorandum with the UMH government.", {"QAT", "TUR"}),
    ("Turkey's Milli Savunma Bakanlığı said two soldiers were wounded.", {"TUR_GOV"}),
    ("Ermenistan and Azerbaycan accused each other of breaking the truce.", {"ARM", "AZE"}),
    ("İsrail and Ürdün closed the crossing while Lübnan protested.", {"ISR", "JOR", "LBN"}),
    # adjectives of nationality left in Turkish stand for the country's people and forces
    ("Ermeni forces shelled the town while Libyalı officials met Yunan diplomats.", {"ARM_MIL", "LBY_GOV", "GRC_GOV"}),
])
def test_turkish_names_of_countries_and_ministries(resources, text, expected):
    coded = code_article(Article(id="t", text=text, published=date(2020, 1, 3)), resources)
    found = {m.actor.id for m in coded.mentions}
    assert expected <= found, found
    assert not any(a.startswith("DISC_") for a in found), found


def test_an_acronym_that_spells_a_turkish_name_in_english_is_left_alone(resources):
    # "Fas" (Morocco) is deliberately not an alias: "FAS" is an English acronym
    coded = code_article(Article(id="t", text="The FAS report was published on Monday.", published=date(2020, 1, 3)),
                         resources)
    assert not any(m.actor.id == "MAR" for m in coded.mentions)


def test_a_shared_family_name_alone_is_not_the_known_person(resources):
    # the family name of a known commander with another given name is someone else
    coded = code_article(Article(id="t", text="Ahmed Kikli, a shopkeeper in Tripoli, said prices had doubled.",
                                 published=date(2025, 5, 13)), resources)
    assert "LBY_KIKLI" not in {m.actor.id for m in coded.mentions}
