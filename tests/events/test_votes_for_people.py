"""A vote that names the people chosen is news even when the voters are only "delegates at UN-led talks".
Sentences written for these tests about the Libyan Political Dialogue Forum's vote of 5 February 2021."""
from coding import code, ids, of_type


def test_delegates_choosing_a_prime_minister(resources):
    evs = code("GENEVA (MPA) - Delegates at U.N.-led talks on Friday chose businessman Abdul Hamid Dbeibah as Libya's "
               "interim prime minister and former diplomat Mohammad Younes Menfi to head a new three-member presidency "
               "council.", "2021-02-05", resources)
    chose = of_type(evs, "SUPPORT")
    assert chose and "LBY_DBEIBAH" in ids(chose[0].recipient) and str(chose[0].date) == "2021-02-05"


def test_a_choice_of_no_one_named_is_not_coded(resources):
    assert not of_type(code("Delegates have chosen an interim leadership for Libya.", "2021-02-05", resources),
                       "SUPPORT")


def test_delegates_of_a_country_act_for_its_government(resources):
    met = of_type(code("Turkish delegates visited Tripoli on Monday.", "2021-02-02", resources), "CONSULT")
    assert met and ids(met[0].actor) == {"TUR_GOV"}
