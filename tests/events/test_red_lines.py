"""A red line drawn in a speech is the speaker's threat; a deed of no particular occasion ("any intervention")
is not a deed done. Sentences written for these tests about Sisi's speech at Sidi Barrani on 20 June 2020."""
from coding import code, ids, of_type


def test_a_red_line_is_the_speakers_threat(resources):
    for text in ('President Abdel Fattah al-Sisi said on Saturday that the Libyan cities of Sirte and al-Jufra are a '
                 '"red line" for Egypt\'s national security.',
                 "Egypt drew a red line at Sirte on Saturday.",
                 "Sisi on Saturday declared Sirte a red line for Egypt."):
        threat = of_type(code(text, "2020-06-20", resources), "THREATEN")
        assert threat and ids(threat[0].actor) & {"EGY_SISI", "EGY"}, text
        assert str(threat[0].date) == "2020-06-20"


def test_a_red_line_is_not_a_threat_by_someone_else(resources):
    # the drawer of the line is the speaker, not whoever the sentence is about
    evs = code("Sisi said on Saturday that Sirte is a red line for Egypt.", "2020-06-20", resources)
    assert all(ids(t.actor) <= {"EGY_SISI", "EGY"} for t in of_type(evs, "THREATEN"))


def test_any_intervention_is_no_intervention_made(resources):
    evs = code("President Abdel Fattah al-Sisi said on Saturday that any direct Egyptian intervention in Libya had "
               "become legitimate under international law.", "2020-06-20", resources)
    assert not [e for e in of_type(evs, "ASSAULT") if e.status == "asserted"]
    # a particular intervention is still one
    evs = code("Egypt's intervention in Libya began on Saturday, officials said.", "2020-06-21", resources)
    assert [e for e in of_type(evs, "ASSAULT") if e.status == "asserted"]


def test_a_red_line_declared_by_the_second_of_two_verbs(resources):
    # the speech verb shares its subject with the verb before it
    evs = code("When Abdel Fattah al-Sisi stood before his troops at Sidi Barrani on Saturday and declared that Sirte "
               "and al-Jufra were a red line, he did more than threaten.", "2020-06-22", resources)
    threat = of_type(evs, "THREATEN")
    assert threat and ids(threat[0].actor) == {"EGY_SISI"} and str(threat[0].date) == "2020-06-20"


def test_any_negotiation_is_neither_held_nor_promised(resources):
    evs = code("Interior Minister Fethi Bashagha on Sunday said that all of the West and South must come under the "
               "legitimate government's control before any negotiation.", "2020-06-08", resources)
    assert not of_type(evs, "CONSULT") and not of_type(evs, "AGREE")
    # refusing any talks is still a refusal
    assert of_type(code("Haftar rejected any talks with the GNA on Sunday.", "2020-06-08", resources), "REJECT")
