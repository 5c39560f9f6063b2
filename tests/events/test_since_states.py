"""How long a state had lasted ("exports, which had been halted since January") dates the state, not the news
of the sentence it sits in. Sentences written for these tests."""
from coding import code, of_type


def test_a_state_since_a_month_does_not_date_its_ending(resources):
    evs = code("Khalifa Haftar has announced the resumption of oil production and exports in the country, which had "
               "been halted since January.", "2020-09-19", resources)
    assert evs and all(e.date.month == 9 and not e.historical for e in evs), [(e.event_type, e.date) for e in evs]


def test_a_deadline_ahead_dates_the_promise_ahead(resources):
    evs = code("Fayez al-Sarraj said on Wednesday that he would hand over his duties to a new government by the end "
               "of October.", "2020-09-17", resources)
    promised = of_type(evs, "AGREE")
    assert promised and all(e.date.year == 2020 for e in promised), [(e.date, e.date_text) for e in promised]
