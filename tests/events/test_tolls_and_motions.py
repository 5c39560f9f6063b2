"""A count of the dead that rises on a later day does not date the strike it counts, and parliaments adopt
and pass motions as they approve them. Sentences written for these tests."""
from datetime import date

from coding import code, ids, of_type


def test_a_rising_toll_does_not_date_the_raid(resources):
    evs = code("The death toll of the air raid that targeted the shelter centre in Tajoura rose today Wednesday "
               "to 44 dead.", "2019-07-03", resources)
    raid = [e for e in of_type(evs, "ASSAULT") if e.trigger == "raid"]
    assert raid and raid[0].date_text is None, "today is the day of the count"


def test_a_toll_with_the_strikes_own_day(resources):
    evs = code("The death toll from Tuesday's air strike on the centre rose to 53 on Thursday.", "2019-07-05",
               resources)
    strike = [e for e in of_type(evs, "ASSAULT") if e.trigger == "strike"]
    assert strike and strike[0].date == date(2019, 7, 2)


def test_a_raid_that_killed_on_a_day_is_dated_by_it(resources):
    # not a count rising: the raid's own clause tells its day
    evs = code("An air raid killed 44 migrants in Tajoura on Tuesday night.", "2019-07-03", resources)
    assert any(e.date == date(2019, 7, 2) for e in of_type(evs, "ASSAULT"))


def test_parliament_adopting_a_motion_approves_it(resources):
    evs = code("The Turkish parliament adopted the motion on Thursday by 325 votes to 184.", "2020-01-03", resources)
    support = of_type(evs, "SUPPORT")
    assert support and "TUR_LEG" in ids(support[0].actor) and support[0].date == date(2020, 1, 2)


def test_parliament_passing_a_bill_approves_it(resources):
    evs = code("Turkey's parliament passed a bill on Thursday allowing troops to be sent to Libya.", "2020-01-03",
               resources)
    assert of_type(evs, "SUPPORT")


def test_passing_through_a_town_is_no_approval(resources):
    evs = code("Turkish-backed forces passed through the town of Gharyan on Monday.", "2020-01-08", resources)
    assert not of_type(evs, "SUPPORT")
