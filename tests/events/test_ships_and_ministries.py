"""Seizures at sea told the ways copy tells them, and a ministry named for the armed forces. Sentences written
for these tests."""
from coding import code, ids, of_type

PUB = "2020-09-10"


def test_two_verbs_share_the_ship_written_after_the_second(resources):
    evs = code("The European naval operation Irini said on Thursday that it stopped and inspected a suspicious "
               "ship heading to Benghazi.", PUB, resources)
    coerce = of_type(evs, "COERCE")
    assert coerce and "EUR_IRINI" in ids(coerce[0].actor)


def test_a_seizure_by_a_doer_of_a_ship(resources):
    evs = code("The Turkish Foreign Ministry on Tuesday strongly condemned the seizure by Haftar's militias of "
               "the merchant ship Mabrouka.", "2020-12-08", resources)
    seizure = [e for e in of_type(evs, "COERCE") if e.trigger == "seizure"]
    assert seizure and "LBY_LNA" in ids(seizure[0].actor)
    assert of_type(evs, "ACCUSE")


def test_a_verb_with_its_own_object_keeps_it(resources):
    # "resigned" has no object of its own, but "and joined the army" is not something he resigned
    evs = code("The commander resigned on Monday and joined the army of the east.", PUB, resources)
    assert not of_type(evs, "ASSAULT")


def test_the_armed_forces_ministry_is_the_government():
    from sanderling.actors.kb import KnowledgeBase
    from sanderling.actors.mentions import find_mentions
    from sanderling.nlp import load_nlp
    doc = load_nlp()("The French Armed Forces Ministry said on Wednesday that a Turkish frigate had targeted the "
                     "Courbet.")
    found = {m.text: m.actor.id for m in find_mentions(doc, KnowledgeBase.load(), "t")}
    assert found.get("The French Armed Forces Ministry") == "FRA_GOV"
