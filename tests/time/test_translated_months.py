"""Machine-translated Turkish copy keeps Turkish month names after the day ("on 4 Nisan"). They are dates
only in that day-first form: "Mart", "Ekim" and "Kasım" are also words and given names."""
from datetime import date

from sanderling import code_text
from sanderling.time import extract_times

PUB = date(2019, 7, 29)


def _dates(text, anchor=PUB):
    return [(t.text, t.date_start, t.date_end) for t in extract_times(text, anchor)]


def test_a_turkish_month_after_a_day_is_read():
    assert _dates("Hafter militias, on 4 Nisan started attacks with the aim of capturing Trablus.") == [
        ("on 4 Nisan", date(2019, 4, 4), date(2019, 4, 4))]
    # an explicit year; an ASCII-folded spelling; upper case
    assert _dates("The deal signed on 27 Kasım 2019 was ratified.")[0][1] == date(2019, 11, 27)
    assert _dates("The deal signed on 27 Kasim 2019 was ratified.")[0][1] == date(2019, 11, 27)
    assert _dates("ON 21 MAYIS the army moved.")[0][1] == date(2019, 5, 21)


def test_a_turkish_month_word_alone_is_no_date():
    assert _dates("Mart said the talks would go on.") == []
    assert _dates("Kasım Gülpınar spoke in Ankara.") == []
    assert _dates("Ekim was not there in 2 weeks.") == []


def test_a_translated_background_sentence_is_dated_and_flagged_as_background():
    coded = code_text("Hafter militias, on 4 Nisan started attacks with the aim of capturing Trablus, but in the "
                      "south of the city they are being stopped by the forces of the government.",
                      published=PUB)
    attacks = [e for e in coded.events if e.event_type == "ASSAULT"]
    assert attacks and all(e.date == date(2019, 4, 4) and e.historical for e in attacks)


def test_a_turkish_month_before_a_year_is_read():
    assert _dates("Hafter's attack to Trablus in Nisan 2019 caused destruction.") == [
        ("in Nisan 2019", date(2019, 4, 1), date(2019, 4, 30))]
    assert _dates("Ekim 2020 was the month of the Geneva deal.")[0][1:] == (date(2020, 10, 1), date(2020, 10, 31))


def test_a_translated_month_is_no_actor():
    coded = code_text("Serrac said the darbeci Hafter's attack to Trablus in Nisan 2019 caused destruction.",
                      published="2020-09-17")
    assert not any(m.actor.id.startswith("DISC_NISAN") for m in coded.mentions)
    attack = [e for e in coded.events if e.event_type == "ASSAULT"]
    assert attack and attack[0].date == date(2019, 4, 1) and attack[0].historical


def test_a_day_written_as_an_ordinal_word_is_read():
    # the style of translated Arabic copy: "the third of October", "on the fourth of April 2019"
    anchor = date(2022, 10, 10)
    assert _dates("Cavusoglu signed in Tripoli last Monday, the third of October, with Mangoush.", anchor)[-1][1:] == (
        date(2022, 10, 3), date(2022, 10, 3))
    assert _dates("Haftar launched on the fourth of April 2019 an attack on Tripoli.", anchor)[0][1] == date(2019, 4, 4)
    assert _dates("The vote is set for the twenty-first of May.", anchor)[0][1].day == 21
    assert _dates("The second of the two convoys arrived.", anchor) == []
