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
