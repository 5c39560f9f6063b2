"""Story pairs: articles about one happening, published within two days, with similar leads."""
from datetime import date

from sanderling.resolve.stories import lead_text, story_pairs

WATIYA_A = ("Government forces capture al-Watiya air base. Forces of the internationally recognised government "
            "took full control of al-Watiya air base southwest of Tripoli on Monday after weeks of drone strikes, "
            "the government's military spokesman said, calling the capture a turning point in the war.")
WATIYA_B = ("Al-Watiya air base falls to Tripoli government. The strategic al-Watiya air base near the Tunisian "
            "border was captured on Monday by troops loyal to the Tripoli government, whose spokesman said the "
            "drone campaign had cut its supply lines.")
BERLIN = ("Leaders meet in Berlin on Libya. Heads of government gathered in Berlin on Sunday and pledged to "
          "respect the arms embargo on Libya and to stop interfering in the war.")


def test_two_reports_of_one_capture_are_one_story():
    pairs = story_pairs([("a", date(2020, 5, 18), lead_text(None, WATIYA_A)),
                         ("b", date(2020, 5, 19), lead_text(None, WATIYA_B)),
                         ("c", date(2020, 5, 18), lead_text(None, BERLIN))])
    assert frozenset(("a", "b")) in pairs
    assert frozenset(("a", "c")) not in pairs and frozenset(("b", "c")) not in pairs


def test_similar_leads_far_apart_in_time_are_not_one_story():
    pairs = story_pairs([("a", date(2020, 5, 18), lead_text(None, WATIYA_A)),
                         ("b", date(2020, 5, 25), lead_text(None, WATIYA_B))])
    assert not pairs


def test_focus_limits_the_pairs_scored():
    arts = [("a", date(2020, 5, 18), lead_text(None, WATIYA_A)), ("b", date(2020, 5, 18), lead_text(None, WATIYA_B)),
            ("c", date(2020, 5, 18), lead_text(None, WATIYA_B + " Officials confirmed it."))]
    assert set(story_pairs(arts, focus={"c"})) <= {frozenset(("a", "c")), frozenset(("b", "c"))}
