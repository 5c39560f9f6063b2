from datetime import date

import pytest

from sanderling.actors.kb import KnowledgeBase
from sanderling.actors.normalize import norm


def test_normalisation():
    assert norm("Mevlüt Çavuşoğlu") == "mevlut cavusoglu"
    assert norm("Khalifa al-Haftar") == norm("Khalifa Haftar")
    assert norm("Abdel Fattah el-Sisi") == norm("Abdel Fattah Sisi")
    assert norm("Hifter's") == "hifter"
    assert norm("U.S.") == "us"


@pytest.mark.parametrize("name", ["Haftar", "Hifter", "Heftar", "Khalifa Hifter", "Khalifa al-Haftar", "Field Marshal Khalifa Haftar",
                                  "Khaftar", "Marshal Khalifa Khaftar"])
def test_haftar_variants(kb, name):
    assert kb.lookup(name).id == "LBY_HAFTAR"


@pytest.mark.parametrize("name", ["Çavuşoğlu", "Cavusoglu", "Cavudoglu", "Mevlut Cavudoglu", "Mevlüt Çavuşoğlu"])
def test_cavusoglu_variants(kb, name):
    ref = kb.lookup(name, date(2019, 1, 1))
    assert ref.id == "TUR_CAVUSOGLU"
    assert (ref.country, ref.sector) == ("TUR", "GOV")


@pytest.mark.parametrize("name", ["Gaddafi", "Kadhafi", "Qaddafi", "Gadhafi", "Muammar al-Qaddafi", "Moamer Kadhafi"])
def test_gaddafi_variants(kb, name):
    assert kb.lookup(name).id == "LBY_GADDAFI"


@pytest.mark.parametrize("name", ["Saif al-Islam Gaddafi", "Seif al-Islam Kadhafi", "Saif al-Islam al-Qaddafi"])
def test_saif_is_not_muammar(kb, name):
    assert kb.lookup(name).id == "LBY_SAIF_GADDAFI"


def test_given_name_guard(kb):
    # a different first name with a known surname is not the known person
    assert kb.lookup("Hannibal Gaddafi") is None
    assert kb.lookup("Ali Erdogan") is None
    assert kb.lookup("Recep Erdogan").id == "TUR_ERDOGAN"


def test_fuzzy_is_conservative(kb):
    assert kb.lookup("Hafta") is None            # too short for fuzzy matching
    assert kb.lookup("Cavxxoglu") is None        # two edits in a 9-letter name: too far
    assert kb.lookup("Heftar").id == "LBY_HAFTAR"  # one edit: accepted
    assert kb.lookup("Kaftar") is None           # first letters must agree (only kh may stand for h)
    assert kb.lookup("Khalil") is None
    assert kb.lookup("Mashall") is not None      # a misspelt surname one edit away still matches ...
    assert kb.lookup("Marshal") is None          # ... but a rank never does (not Hamas's Mashal)


def test_erdogan_time_aware(kb):
    assert kb.role("TUR_ERDOGAN", date(2010, 5, 1)) == "prime minister"
    assert kb.role("TUR_ERDOGAN", date(2018, 5, 1)) == "president"
    assert kb.lookup("Erdogan", date(2010, 5, 1)).code == "TURGOV"
    assert kb.lookup("Erdogan", date(2018, 5, 1)).code == "TURGOV"


def test_sarraj_time_aware(kb):
    r15, r18 = kb.lookup("Sarraj", date(2015, 6, 1)), kb.lookup("Fayez al-Serraj", date(2018, 6, 1))
    assert r15.id == r18.id == "LBY_SARRAJ"
    assert (r15.code, r15.sector) == ("LBYLEG", "LEG")
    assert (r18.code, r18.sector) == ("LBYGOV", "GOV")
    assert kb.role("LBY_SARRAJ", date(2018, 6, 1)) == "prime minister"
    assert kb.lookup("Sarraj", date(2023, 1, 1)).sector == "ELI"     # former office-holder


def test_time_aware_codes_and_aliases(kb):
    assert kb.lookup("RSF", date(2020, 1, 1)).code == "SDNMIL"
    assert kb.lookup("RSF", date(2024, 1, 1)).code == "SDNREB"
    assert kb.lookup("Tripoli", date(2019, 4, 4)).id == "LBY_GNA"
    assert kb.lookup("Tripoli", date(2022, 4, 4)).id == "LBY_GNU"
    assert kb.lookup("Hemedti", date(2023, 6, 1)).sector == "REB"


def test_countries_metonyms_igos(kb):
    assert kb.lookup("Ankara").id == "TUR_GOV"
    assert kb.lookup("the Kremlin").country == "RUS"
    assert kb.lookup("United States").id == "USA"
    assert kb.lookup("U.S.").id == "USA"
    assert kb.lookup("us") is None
    assert kb.lookup("UAE").id == "ARE"
    assert kb.lookup("UNSMIL").country == "UNO"
    assert kb.lookup("Arab League").country == "ARL"
    assert kb.lookup("NATO").country == "NATO"


def test_base_layer_is_loaded_and_overridden(kb):
    # a Phoenix-only name resolves from the base layer ...
    ref = kb.lookup("Hosni Mubarak", date(2005, 1, 1))
    assert ref is not None and ref.country == "EGY" and ref.code.startswith("EGY")
    # ... but a curated name wins over the base layer
    assert kb.lookup("Recep Tayyip Erdogan").id == "TUR_ERDOGAN"
    assert kb.lookup("Hezbollah").id == "LBN_HEZBOLLAH"


def test_default_load_is_cached():
    KnowledgeBase._default = None
    kb = KnowledgeBase.load()
    assert KnowledgeBase.load() is kb


def test_extra_files_override(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("actors:\n  - {id: XYZ_NEW, name: Brigade of the Test, kind: armed group, country: LBY, "
                     "code: LBYREB, sector: REB, aliases: [Test Brigade]}\n", encoding="utf-8")
    kb = KnowledgeBase.load([extra])
    assert kb.lookup("Test Brigade").id == "XYZ_NEW"
    assert KnowledgeBase.load().lookup("Test Brigade") is None


def test_ruler_patterns(kb, nlp):
    pats = kb.ruler_patterns()
    assert 1000 < len(pats) < 60000
    assert all(p["label"] == "ACTOR" and p["id"] for p in pats)
    assert {"label": "ACTOR", "pattern": [{"ORTH": "LNA"}], "id": "LBY_LNA"} in pats
    from spacy.lang.en import English
    blank = English()
    ruler = blank.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([p for p in pats if p["id"] in ("LBY_HAFTAR", "LBY_LNA", "USA")])
    doc = blank("khalifa haftar and the LNA told us")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("khalifa haftar", "LBY_HAFTAR"), ("LNA", "LBY_LNA")]


def test_an_alias_with_commas_stays_whole(kb):
    # "Foreign, Commonwealth and Development Office" once split into "Foreign" and the rest, so "Foreign
    # powers meeting in Munich" became the British government
    assert kb.candidates("Foreign") == []
    assert kb.candidates("Foreign, Commonwealth and Development Office") == ["GBR_GOV"]


def test_a_name_before_any_of_its_bodies_existed_means_the_nearest_one(kb):
    from datetime import date
    # the unity government agreed at Skhirat in 2015 is the GNA (2016), not the GNU of 2021
    assert kb.lookup("unity government", date(2015, 12, 17)).id != "LBY_GNU"
    assert kb.choose(["LBY_GNU", "LBY_GNA"], date(2015, 12, 17)).id == "LBY_GNA"
    assert kb.choose(["LBY_GNA", "LBY_GNU"], date(2022, 1, 1)).id == "LBY_GNU"
    # a capital stands for a government only while that government sits there
    assert kb.lookup("Tripoli", date(2014, 8, 18)) is None or kb.lookup("Tripoli", date(2014, 8, 18)).id not in (
        "LBY_GNU", "LBY_GNA")
    assert kb.lookup("Tripoli", date(2020, 1, 6)).id == "LBY_GNA"


def test_a_body_belongs_to_its_owners_through_part_of(tmp_path):
    extra = tmp_path / "bodies.yaml"
    extra.write_text(
        "actors:\n"
        "  - {id: XYZ_GOV, name: Government of Testland, kind: government, country: LBY, code: LBYGOV}\n"
        "  - {id: XYZ_MIN, name: Testland Ministry of Defence, kind: government, country: LBY, part_of: XYZ_GOV}\n"
        "  - {id: XYZ_UNIT, name: Testland Border Brigade, kind: military, country: LBY, part_of: XYZ_MIN}\n"
        "  - {id: XYZ_LOOP, name: Loop Office, kind: government, country: LBY, part_of: XYZ_LOOP}\n",
        encoding="utf-8")
    kb = KnowledgeBase.load([extra])
    assert kb.body_of("XYZ_UNIT", {"XYZ_GOV"}) and kb.body_of("XYZ_MIN", {"XYZ_GOV"})
    assert not kb.body_of("XYZ_GOV", {"XYZ_UNIT"}) and not kb.body_of("XYZ_GOV", {"XYZ_GOV"})
    # a file whose chain loops ends the walk instead of hanging the run
    assert not kb.body_of("XYZ_LOOP", {"XYZ_GOV"})
