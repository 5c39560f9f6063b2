"""A war's running toll in the present perfect ("more than 430 people have been killed, according to the WHO")
is background: told in every story of the war, it is no happening of the day and must not tie the day's
stories together. The toll of one attack, or a small one, is news. Sentences written for these tests."""
from coding import code, of_type

THURSDAY = "2019-05-09"


def test_a_running_toll_is_background(resources):
    for text in ("More than 430 people have been killed, according to the World Health Organization.",
                 "The fighting has killed more than 1,000 people and driven 100,000 from their homes.",
                 "At least 432 people have been killed and more than 2,000 injured in the fighting since April 4."):
        killed = of_type(code(text, THURSDAY, resources), "ASSAULT")
        assert killed and all(e.historical for e in killed), text


def test_the_toll_of_one_attack_is_news(resources):
    for text in ("At least 5 people have been killed in an air strike on a market in Tripoli, medics said.",
                 "Five people have been killed in fighting in Tripoli, medics said."):
        killed = of_type(code(text, THURSDAY, resources), "ASSAULT")
        assert killed and not any(e.historical for e in killed), text


def test_a_toll_written_in_words_is_counted_whole(resources):
    killed = of_type(code("Thirty-three Turkish soldiers were killed in an air strike in Idlib on Thursday.",
                          "2020-02-28", resources), "ASSAULT")
    assert killed and killed[0].fatalities == 33
