"""A 'since ...' phrase or clause measures the news against the start of a period ("the biggest setback for
Haftar since he launched his offensive in April last year"); its date belongs to that start, never to the
news of the main clause. Sentences written for these tests."""
from datetime import date

from coding import code, of_type

PUB = "2020-05-19"


def test_news_is_not_dated_by_the_since_clause(resources):
    evs = code("The capture of Watiya is the biggest setback for Haftar since he launched his offensive on "
               "Tripoli in April last year.", PUB, resources)
    capture = [e for e in of_type(evs, "ASSAULT") if e.trigger == "capture"]
    assert capture and not capture[0].historical
    assert capture[0].date == date(2020, 5, 19)
    launched = [e for e in of_type(evs, "ASSAULT") if e.trigger == "launched"]
    assert launched and launched[0].historical and launched[0].date == date(2019, 4, 1)


def test_news_keeps_its_own_day_beside_a_since_phrase(resources):
    evs = code("The capture of Watiya on Monday is the biggest setback for Haftar since the fall of Gharyan "
               "in June.", PUB, resources)
    capture = [e for e in of_type(evs, "ASSAULT") if e.trigger == "capture"]
    assert capture and capture[0].date == date(2020, 5, 18)


def test_a_since_phrase_on_the_deed_itself_still_dates_it(resources):
    evs = code("Turkey has deployed drones in Libya since January.", PUB, resources)
    mob = of_type(evs, "MOBILIZE")
    assert mob and mob[0].date == date(2020, 1, 1)
