"""NearDuplicateIndex: republished wire copy is caught, different reports of one event are not."""
from __future__ import annotations

import random

from sanderling.ingest import NearDuplicateIndex, mark_duplicates
from sanderling.ingest.dedup import jaccard
from sanderling.records import Article, IngestError


def _republish(text: str) -> str:
    """Another site's copy: new headline, one sentence reworded, scraper debris around it."""
    reworded = text.replace(
        "German Chancellor Angela Merkel, who hosted the conference, said all participants had agreed",
        "Angela Merkel, the German chancellor and host of the meeting, told reporters that every delegation accepted")
    assert reworded != text
    return ("[ad_1]\nWorld powers vow to respect Libya arms embargo at Berlin summit\n\n" + reworded
            + "\n\nRead also: Haftar blockade cuts Libyan oil output\n\nShare this:\nFacebook Twitter WhatsApp Email\n"
            "\nRelated Posts\n\nErdogan says Turkey will keep troops in Libya\n\n5 comments\n[ad_2]")


def test_wire_copy_is_caught(berlin):
    idx = NearDuplicateIndex()
    assert idx.add(Article(id="orig", text=berlin)) is None
    assert idx.add(Article(id="copy", text=_republish(berlin))) == "orig"
    assert len(idx) == 2


def test_different_report_on_same_event_is_not(berlin, berlin_other):
    assert jaccard(berlin, berlin_other) < 0.1
    idx = NearDuplicateIndex()
    assert idx.add(Article(id="a", text=berlin)) is None
    assert idx.add(Article(id="b", text=berlin_other)) is None


def test_unrelated_articles_are_not(berlin, beirut, karabakh):
    idx = NearDuplicateIndex()
    assert [idx.add(Article(id=str(i), text=t)) for i, t in enumerate([berlin, beirut, karabakh])] == [None] * 3


def test_shortened_copy_is_caught_by_containment(berlin):
    first_three = "\n\n".join(berlin.split("\n\n")[:3])
    assert jaccard(berlin, first_three) < 0.7
    idx = NearDuplicateIndex()
    idx.add(Article(id="full", text=berlin))
    assert idx.add(Article(id="short", text=first_three)) == "full"


def test_longer_roundup_quoting_a_short_article_is_not_a_copy(berlin, karabakh, beirut):
    idx = NearDuplicateIndex()
    idx.add(Article(id="short", text=karabakh))
    roundup = "\n\n".join([berlin, karabakh, beirut])
    assert idx.add(Article(id="roundup", text=roundup)) is None


def test_copy_of_a_copy_points_to_the_original(berlin):
    idx = NearDuplicateIndex()
    idx.add(Article(id="orig", text=berlin))
    idx.add(Article(id="copy1", text=_republish(berlin)))
    assert idx.add(Article(id="copy2", text=_republish(berlin) + "\n\nFollow us on Twitter")) == "orig"


def test_query_does_not_index(berlin):
    idx = NearDuplicateIndex()
    idx.add(Article(id="orig", text=berlin))
    found = idx.query(_republish(berlin))
    assert found is not None and found[0] == "orig" and found[1] >= 0.6
    assert len(idx) == 1


def test_very_short_texts_are_ignored():
    idx = NearDuplicateIndex()
    assert idx.add(Article(id="a", text="Ceasefire holds.")) is None
    assert idx.add(Article(id="b", text="Ceasefire holds.")) is None
    assert len(idx) == 0


def test_mark_duplicates_sets_duplicate_of(berlin, beirut):
    items = [Article(id="o", text=berlin), IngestError("x", "x: empty file"), Article(id="c", text=_republish(berlin)),
             Article(id="d", text=beirut)]
    out = list(mark_duplicates(items))
    assert out[1] is items[1]
    assert [getattr(a, "duplicate_of", "err") for a in out] == [None, "err", "o", None]


def test_threshold_behaviour_on_graded_edits(berlin):
    """Estimated similarity follows the true Jaccard: heavy rewrites fall below the threshold."""
    words = berlin.split()
    rng = random.Random(7)
    idx = NearDuplicateIndex()
    idx.add(Article(id="orig", text=berlin))
    light = list(words)
    for i in rng.sample(range(len(words)), len(words) // 40):   # 2.5% of words changed
        light[i] = "changed"
    heavy = list(words)
    for i in rng.sample(range(len(words)), len(words) // 4):    # 25% of words changed
        heavy[i] = "changed"
    assert jaccard(berlin, " ".join(light)) > 0.7 and jaccard(berlin, " ".join(heavy)) < 0.2
    assert idx.query(" ".join(light))[0] == "orig"
    assert idx.query(" ".join(heavy)) is None


def test_no_false_matches_across_a_corpus():
    rng = random.Random(1)
    vocab = [f"w{i}" for i in range(5000)]
    docs = [" ".join(rng.choice(vocab) for _ in range(400)) for _ in range(1300)]
    idx = NearDuplicateIndex()
    hits = [idx.add(Article(id=str(i), text=d)) for i, d in enumerate(docs)]
    assert hits == [None] * len(docs)
