"""A question put to a speaker ("Asked if ..., Assad told the newspaper ...") and a source that will not talk
("declined to comment") are the furniture of news writing: no one appealed for anything and no proposal was
rejected. An appeal told the same way ("Asked by the GNA to intervene") and a refusal to act still are.
Sentences written for these tests."""
import pytest

from coding import code, of_type

DAY = "2020-01-14"


@pytest.mark.parametrize("text", [
    "Asked if his forces had been too aggressive, Assad told the newspaper that mistakes had been made.",
    "When asked about the Turkish deployment, Haftar's spokesman said the army would respond.",
    "Asked whether Turkey would send troops, Erdogan said the request had been received.",
])
def test_a_question_to_the_speaker_is_no_appeal(resources, text):
    assert not of_type(code(text, DAY, resources), "REQUEST")


def test_an_appeal_told_by_a_participle_is_still_one(resources):
    req = of_type(code("Asked by the Government of National Accord to intervene, Turkey sent troops.", DAY,
                       resources), "REQUEST")
    assert req and [a.id for a in req[0].actor] == ["LBY_GNA"]


@pytest.mark.parametrize("text", [
    "Khalifa Haftar refused to comment on the talks in Moscow.",
    "Asked by reporters on Monday about the strikes, Pompeo declined to comment.",
    "Mike Pompeo refused to say whether Washington would impose sanctions on Turkey.",
])
def test_keeping_quiet_rejects_nothing(resources, text):
    assert not of_type(code(text, DAY, resources), "REJECT")


def test_declining_to_sign_is_a_rejection(resources):
    rej = of_type(code("Khalifa Haftar declined to sign the ceasefire agreement in Moscow.", DAY, resources), "REJECT")
    assert rej and [a.id for a in rej[0].actor] == ["LBY_HAFTAR"]


def test_refusing_to_respond_to_a_demand_rejects_it(resources):
    rej = of_type(code("Prime Minister Ismail Haniyeh has refused to respond to a demand from the US president to "
                       "recognise the interim peace deals.", "2006-03-30", resources), "REJECT")
    assert rej and rej[0].actor[0].id == "PSE_HANIYEH"
    assert not of_type(code("The Libyan foreign ministry declined to respond.", DAY, resources), "REJECT")
