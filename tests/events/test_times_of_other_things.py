"""A time that belongs to something else does not date the sentence's news: how long a state had lasted
("exports, which had been halted since January") dates the state, and "last week" after "her meeting" dates
the meeting, wherever the parser hangs it. Sentences written for these tests."""
from datetime import date

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


def test_a_time_after_a_meeting_dates_the_meeting_not_the_sentence(resources):
    # the parser hangs "last week" on "ordered"; it dates the meeting it follows
    evs = code("Egypt's president Abdel Fattah al-Sisi sacked the governor of the central bank and ordered an inquiry "
               "into his meeting last week with foreign bankers.", "2023-08-28", resources)
    sacked = [e for e in evs if e.trigger in ("sacked",)]
    assert sacked and str(sacked[0].date) == "2023-08-28", [(e.trigger, e.date) for e in evs]


def test_a_toll_in_the_strike_takes_the_strike_time(resources):
    evs = code("Twelve soldiers were killed in a strike last Thursday near the border, the ministry said on Monday.",
               "2020-03-02", resources)
    killed = of_type(evs, "ASSAULT")
    assert killed and str(killed[0].date) == "2020-02-27", [(e.trigger, e.date) for e in killed]


def test_a_time_in_a_reported_clause_under_the_trigger_is_that_clauses(resources):
    evs = code("Tunisia's government has suspended its ambassador to Rome, within hours of Italy disclosing that he "
               "met the opposition leader last week.", "2023-08-29", resources)
    suspended = of_type(evs, "SANCTION")
    assert suspended and str(suspended[0].date) == "2023-08-29", [(e.trigger, e.date) for e in evs]


def test_a_clause_on_the_period_dates_the_period(resources):
    # Ramadan began on 24 April; the truce was announced on the 29th and reported on the 30th
    evs = code("The Libyan National Army will cease hostilities during the holy month of Ramadan, which started on "
               "24 April, its spokesman Ahmad Mismari said.", "2020-04-30", resources)
    assert evs and not any(e.date == date(2020, 4, 24) for e in evs)
