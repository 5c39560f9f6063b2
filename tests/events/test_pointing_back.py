"""A sentence can point back at the happening told just before it: "It was the most explicit threat ...",
and a pronoun inside what someone is asked to do belongs to the one asked ("called on Haftar to stop his
attacks"). Sentences written for these tests."""
from datetime import date

from coding import code, ids, of_type


def test_it_was_the_threat_told_before_takes_its_day(resources):
    evs = code("The Egyptian president declared on Saturday that the towns of Sirte and al-Jufra were a red line. "
               "It was the most explicit threat of military action against the Government of National Accord "
               "that Cairo has made since the war for Tripoli began in April 2019.", "2020-06-22", resources)
    threats = of_type(evs, "THREATEN")
    assert threats and threats[0].date == date(2020, 6, 20)


def test_a_threat_with_no_day_before_it_keeps_the_report_day(resources):
    evs = code("Egypt has watched the war closely. It was the most explicit threat of military action against the "
               "Government of National Accord that Cairo has made since the war began.", "2020-06-22", resources)
    threats = of_type(evs, "THREATEN")
    assert threats and threats[0].date == date(2020, 6, 22)


def test_his_is_the_one_called_upon(resources):
    from sanderling.pipeline import code_article
    from sanderling.records import Article
    text = "Turkish President Recep Tayyip Erdogan called on Haftar to withdraw his forces from Tripoli."
    coded = code_article(Article(id="t", text=text, published=date(2020, 4, 12)), resources)
    his = [m for m in coded.mentions if text[m.start:m.end] == "his"]
    assert his and his[0].actor.id == "LBY_HAFTAR"


def test_what_a_demand_would_stop_is_no_deed_told(resources):
    # "called on Haftar to stop his attacks", "called for an end to the shelling": the demand is the event
    for text in ("Turkish President Recep Tayyip Erdogan called on Haftar to stop his attacks on Tripoli.",
                 "The UN called for an end to the shelling of Tripoli.",
                 "Davutoglu said they discussed steps for Damascus to halt the killing of civilians."):
        evs = code(text, "2020-04-12", resources)
        assert not of_type(evs, "ASSAULT"), text
    evs = code("Haftar's forces shelled Tripoli on Sunday, days after the UN called for an end to the shelling.",
               "2020-04-13", resources)
    assert [e for e in of_type(evs, "ASSAULT") if e.trigger == "shelled"]


def test_what_the_news_came_after_is_its_context(resources):
    evs = code("Eastern Libyan forces carried out air strikes before dawn on Saturday on an air base in Misrata. "
               "The strikes came hours after the GNA said its air force had struck the Jufra air base.",
               "2019-07-27", resources)
    jufra = [e for e in of_type(evs, "ASSAULT") if e.trigger == "struck"]
    misrata = [e for e in of_type(evs, "ASSAULT") if e.location and e.location.name == "Misrata"]
    assert jufra and all(e.historical for e in jufra)
    assert misrata and not misrata[0].historical


def test_what_a_reprisal_answers_is_its_context(resources):
    evs = code("The LNA struck Misrata on Saturday in retaliation for the GNA air raid on Jufra on Friday.",
               "2019-07-27", resources)
    assert any(not e.historical and e.trigger == "struck" for e in evs)
    assert all(e.historical for e in evs if e.trigger == "raid")


def test_an_after_clause_of_the_news_itself_is_news(resources):
    # "withdrew after GNA forces stormed the town": both deeds are the day's news
    evs = code("Haftar's forces withdrew from Gharyan after GNA forces stormed the town on Wednesday.",
               "2019-06-27", resources)
    storms = [e for e in of_type(evs, "ASSAULT") if e.trigger == "stormed"]
    assert storms and not storms[0].historical
