"""A relative clause set off by commas after a name reminds the reader who that is ("Sarraj, who said on
Wednesday he would step down, ..."): dated before the report, it is background, not news of the day, so it
does not tie the story to another day's. Sentences written for these tests."""
from coding import code, of_type

FRIDAY = "2020-09-18"


def test_an_aside_dated_before_the_report_is_background(resources):
    evs = code("The Tobruk-based parliament met on Friday. It was not clear whether Prime Minister Fayez "
               "al-Sarraj, who met Erdogan in Istanbul on Wednesday, would attend.", FRIDAY, resources)
    met = of_type(evs, "CONSULT")
    recalled = [e for e in met if str(e.date) == "2020-09-16"]
    assert recalled and all(e.historical for e in recalled)


def test_an_announcement_recalled_in_an_aside_is_background_too(resources):
    evs = code("Italian diplomats arrived in Benghazi on Friday, while Fayez al-Sarraj, who said on Wednesday he "
               "would step down by the end of October, stayed in Tripoli.", FRIDAY, resources)
    recalled = [e for e in evs if str(e.date) == "2020-09-16"]
    assert recalled and all(e.historical for e in recalled)


def test_the_news_in_the_main_clause_stays_news(resources):
    evs = code("Erdogan, who was speaking after Friday prayers, met Sarraj in Istanbul on Friday.", FRIDAY, resources)
    met = of_type(evs, "CONSULT")
    assert met and not met[0].historical


def test_a_restrictive_clause_is_no_aside(resources):
    # no comma: "the forces that captured Sirte on Wednesday" says which forces, and the capture is reported
    evs = code("The forces that captured Sirte on Wednesday advanced east on Friday.", FRIDAY, resources)
    captured = [e for e in of_type(evs, "ASSAULT") if str(e.date) == "2020-09-16"]
    assert captured and not captured[0].historical
