"""Entity tokens in story leads: actors and places an article's lead names, so that two spellings of one name
still count as shared. Short reports written for these tests; the outlets are fictional. They tell the
withdrawal of Haftar's forces from al-Watiya air base on Monday 18 May 2020."""
from datetime import date

import pytest
from merge_articles import code_into

from sanderling.records import Article
from sanderling.resolve import stories
from sanderling.resolve.stories import STORY_WEAK, lead_entities, lead_text, story_pairs

HAFTAR = Article(
    id="watiya-haftar", outlet="Harbour Times", published=date(2020, 5, 18), title="Haftar loses al-Watiya",
    text="TRIPOLI - Haftar's forces withdrew from al-Watiya on Monday after weeks of drone strikes, "
         "a GNA spokesman said.")
HIFTER = Article(
    id="watiya-hifter", outlet="Sahel Courier", published=date(2020, 5, 19), title="Blow for Hifter in the west",
    text="Hifter's forces pulled out of Al-Watiyah on Monday, residents of the nearby town said.")
BERLIN = Article(
    id="berlin", outlet="Nile Post", published=date(2020, 5, 18), title="Leaders meet in Berlin on Libya",
    text="Heads of government gathered in Berlin on Sunday and pledged to respect the arms embargo on Libya.")
EMPTY = Article(id="blank", outlet="Nile Post", published=date(2020, 5, 18), title="", text="")


@pytest.fixture
def mem_store():
    from sanderling.store import open_store
    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture
def coded(mem_store, resources):
    code_into(mem_store, resources, [HAFTAR, HIFTER, BERLIN])
    return mem_store


def _pair_cosine(arts, a, b):
    return story_pairs(arts, threshold=0.0).get(frozenset((a, b)), 0.0)


def test_lead_entities_gives_canonical_actor_and_place_tokens(coded):
    ents = lead_entities(coded.con, [HAFTAR.id, HIFTER.id, BERLIN.id])
    assert set(ents) == {HAFTAR.id, HIFTER.id, BERLIN.id}
    for doc in (HAFTAR.id, HIFTER.id):
        toks = ents[doc].split()
        assert ents[doc].startswith(" ")          # ready to append to a lead
        # "Haftar's forces" and "Hifter's forces" are one actor: the LNA
        assert "xa_lby_lna" in toks
        # "al-Watiya" and "Al-Watiyah" are one gazetteer place
        assert "xp_al-watiya_air_base" in toks
        assert all(t.startswith(("xa_", "xp_")) and t == t.lower() and " " not in t for t in toks)
    assert ents[BERLIN.id].split() == ["xa_lby"]


def test_lead_entities_tokens_follow_the_store(coded):
    ents = lead_entities(coded.con, [HAFTAR.id, HIFTER.id])
    actors = {a for (a,) in coded.con.execute(
        "SELECT actor_id FROM mentions WHERE doc_id = ? AND actor_id IS NOT NULL", [HIFTER.id]).fetchall()}
    places = {p for (p,) in coded.con.execute(
        "SELECT place_name FROM reports WHERE doc_id = ? AND place_name IS NOT NULL", [HIFTER.id]).fetchall()}
    assert actors and places
    expected = {"xa_" + a.lower() for a in actors} | {"xp_" + "_".join(p.lower().split()) for p in places}
    assert set(ents[HIFTER.id].split()) == expected


def test_lead_entities_limits_and_empty_input(coded):
    assert lead_entities(coded.con, []) == {}
    assert lead_entities(coded.con, ["no-such-article"]) == {}
    # only what starts within max_chars: the report's sentence starts at 0, "Haftar's forces" at 10
    short = lead_entities(coded.con, [HAFTAR.id], max_chars=5)
    # (the withdrawal and the drone strikes before it both start there)
    assert list(short) == [HAFTAR.id] and set(short[HAFTAR.id].split()) == {"xp_al-watiya_air_base"}


def test_entity_tokens_raise_the_story_cosine_of_two_spellings(coded):
    ents = lead_entities(coded.con, [HAFTAR.id, HIFTER.id, BERLIN.id])
    plain = [(a.id, a.published, lead_text(a.title, a.text)) for a in (HAFTAR, HIFTER, BERLIN)]
    with_ents = [(i, p, t + ents.get(i, "")) for i, p, t in plain]
    before = _pair_cosine(plain, HAFTAR.id, HIFTER.id)
    after = _pair_cosine(with_ents, HAFTAR.id, HIFTER.id)
    assert after > before
    # the words alone miss the story; the shared entities make it one
    assert before < STORY_WEAK <= after
    assert frozenset((HAFTAR.id, HIFTER.id)) in story_pairs(with_ents, threshold=STORY_WEAK)
    assert frozenset((HAFTAR.id, HIFTER.id)) not in story_pairs(plain, threshold=STORY_WEAK)
    # an unrelated story does not gain from the country token it shares
    assert _pair_cosine(with_ents, HAFTAR.id, BERLIN.id) < STORY_WEAK
    assert _pair_cosine(with_ents, HIFTER.id, BERLIN.id) < STORY_WEAK


def test_article_without_words_is_not_paired(mem_store, resources, monkeypatch):
    code_into(mem_store, resources, [HAFTAR, HIFTER, EMPTY])
    con = mem_store.con
    assert con.execute("SELECT count(*) FROM articles WHERE id = ?", [EMPTY.id]).fetchone()[0] == 1
    # give the empty article the same entities as the others (as a stale or title-only record might have)
    con.execute("INSERT INTO mentions VALUES (?, 0, 5, 'x', 'LBY_LNA', NULL)", [EMPTY.id])
    ents = lead_entities(con, [EMPTY.id])
    assert ents[EMPTY.id].split() == ["xa_lby_lna"]
    # the entities alone would pair it with a report naming the same actor
    hifter_lead = lead_text(HIFTER.title, HIFTER.text) + lead_entities(con, [HIFTER.id])[HIFTER.id]
    naive = story_pairs([(HIFTER.id, HIFTER.published, hifter_lead),
                         (EMPTY.id, EMPTY.published, lead_text(EMPTY.title, EMPTY.text) + ents[EMPTY.id])],
                        threshold=STORY_WEAK)
    assert frozenset((HIFTER.id, EMPTY.id)) in naive

    seen = []
    real = stories.story_pairs

    def spy(arts, *a, **kw):
        arts = list(arts)
        seen.append([i for i, _, _ in arts])
        return real(arts, *a, **kw)

    monkeypatch.setattr(stories, "story_pairs", spy)
    stories.merge_story_events(mem_store)
    assert seen, "merge_story_events did not score any pairs"
    assert all(EMPTY.id not in ids for ids in seen)
    assert all({HAFTAR.id, HIFTER.id} <= set(ids) for ids in seen)
    assert con.execute("SELECT count(*) FROM reports WHERE doc_id = ?", [EMPTY.id]).fetchone()[0] == 0
