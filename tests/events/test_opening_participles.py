"""A passive participle that opens a sentence ("Aided by ..., Assad has absolute power") says how a standing came
about when the clause it opens states a standing: no event of the day. When the clause tells a deed, the
participle's aid is told too, and given to the clause's subject. Sentences written for these tests."""
from coding import code, of_type

DAY = "2011-04-22"


def test_an_opening_participle_before_a_standing_is_no_event(resources):
    for text in ("Aided by his family and a pervasive security apparatus, Assad has absolute power in Syria.",
                 "Armed by the United Arab Emirates, the Libyan National Army remains the strongest force in the east.",
                 "Funded by Qatar, the group controls much of the city."):
        assert not of_type(code(text, DAY, resources), "AID"), text


def test_an_opening_participle_before_a_deed_aids_the_subject(resources):
    aid = of_type(code("Aided by Turkish drones, the Government of National Accord retook the base on Monday.",
                       "2020-05-20", resources), "AID")
    assert aid and aid[0].recipient and aid[0].recipient[0].id.startswith("LBY_GNA")
