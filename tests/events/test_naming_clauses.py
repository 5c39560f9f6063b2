"""'what it called an attack', 'called Haftar a putschist': naming something is no call for anything, and what a
verb is done to may be given by a naming clause ("accepts what he called a popular mandate"). Sentences written
for these tests."""
from coding import code, ids, of_type


def test_a_naming_clause_is_no_request(resources):
    evs = code("Turkey condemned what it called an attack on its embassy in Tripoli on Monday.", "2020-05-12", resources)
    assert not of_type(evs, "REQUEST")
    assert of_type(evs, "ACCUSE")


def test_calling_someone_a_name_is_no_request(resources):
    assert not of_type(code("Erdogan called Haftar a putschist on Monday.", "2020-05-12", resources), "REQUEST")


def test_a_call_for_something_is_still_a_request(resources):
    evs = of_type(code("The United Nations called for an immediate ceasefire on Monday.", "2020-05-12", resources),
                  "REQUEST")
    assert evs and evs[0].actor


def test_the_named_thing_is_the_object(resources):
    evs = code("Khalifa Haftar said on Monday that his Libyan National Army accepts what he called a popular mandate "
               "to govern Libya.", "2020-04-28", resources)
    assert [e for e in of_type(evs, "SUPPORT") if e.trigger == "accepts"]
