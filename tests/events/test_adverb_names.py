"""A surname ending in "-ly" (Abdoulaye Bathily, the UN envoy of 2022-24) is tagged an adverb, so the parser
hangs it on the verb as a manner adverbial and the sentence loses its doer or its object. Sentences written
for these tests."""
from coding import code, ids, of_type

MONDAY = "2023-03-06"


def test_the_envoy_as_subject_and_as_object(resources):
    met = of_type(code("Bathily met Dbeibah in Tripoli on Monday.", MONDAY, resources), "CONSULT")
    assert met and ids(met[0].actor) == {"UNO_BATHILY"} and ids(met[0].recipient) == {"LBY_DBEIBAH"}
    received = of_type(code("Haftar received Bathily in Benghazi on Monday.", MONDAY, resources), "CONSULT")
    assert received and ids(received[0].actor) == {"LBY_HAFTAR"} and ids(received[0].recipient) == {"UNO_BATHILY"}


def test_the_title_before_the_name_is_not_the_one_appointed(resources):
    evs = code("Secretary-General Antonio Guterres on Friday appointed former Senegalese minister Abdoulaye "
               "Bathily as his special representative for Libya.", "2022-09-03", resources)
    appointed = [e for e in evs if e.trigger.startswith("appoint")]
    assert appointed and ids(appointed[0].recipient) == {"UNO_BATHILY"}


def test_the_name_set_off_by_commas_describes_the_noun_before_it(resources):
    from sanderling.nlp import load_nlp
    doc = load_nlp()("Dbeibah received the UN envoy, Abdoulaye Bathily, on Monday.")
    bathily = next(t for t in doc if t.text == "Bathily")
    assert bathily.dep_ == "appos" and bathily.head.text == "envoy"


def test_real_adverbs_keep_their_part(resources):
    from sanderling.nlp import load_nlp
    doc = load_nlp()("Finally, the council met on Monday and quickly approved the budget.")
    assert {t.text: t.dep_ for t in doc}["Finally"] == "advmod"
    assert {t.text: t.dep_ for t in doc}["quickly"] == "advmod"
