"""A town's name one letter away from a known surname is the town: "the Tajoura detention centre" is not the
militia leader Haitham Tajouri, while his own surname, exactly as the knowledge base spells it, still is."""
from datetime import date

from sanderling.pipeline import code_article
from sanderling.records import Article


def _ids(resources, text):
    coded = code_article(Article(id="t", text=text, published=date(2019, 7, 3)), resources)
    return {m.actor.id for m in coded.mentions}


def test_a_town_is_not_a_misspelt_surname(resources):
    assert "LBY_TAJOURI" not in _ids(resources, "An air strike hit the Tajoura detention centre on Tuesday night.")
    assert "LBY_TAJOURI" not in _ids(resources, "Residents of Tajoura said the blast shook their homes.")


def test_the_surname_itself_is_still_the_person(resources):
    assert "LBY_TAJOURI" in _ids(resources, "Haitham Tajouri, a militia commander, said his men had left the area.")


def test_a_town_from_the_users_place_file_is_not_a_misspelt_surname(tmp_path):
    # the run's own gazetteer decides, with the places a user added, not only the bundled one
    from sanderling.pipeline import load_resources
    text = "Residents of Mismara said the blast shook their homes."
    sites = tmp_path / "sites.csv"
    sites.write_text("name,aliases,country,lat,lon,feature,precision,note\n"
                     "Mismara,,LBY,31.10,17.20,town,2,a made-up town for this test\n", encoding="utf-8")
    assert "LBY_MISMARI" in _ids(load_resources(), text)
    assert "LBY_MISMARI" not in _ids(load_resources(place_files=(str(sites),)), text)
