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
    ("The Ulusal Petrol Kurumu announced that production resumed on Sunday.", {"LBY_NOC"}),
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
