"""A known person named in full and then by a surname that is no alias of theirs ("Theresa May ... May
said") is the same person, even when the surname is also a month's name; a translated Turkish month the
tagger takes for a name ("in Nisan 2019") is still nobody."""
from datetime import date

from sanderling.pipeline import code_article
from sanderling.records import Article


def _coded(resources, text, published=date(2019, 6, 20)):
    return code_article(Article(id="t", text=text, published=published), resources)


def test_a_month_named_surname_is_the_person_named_before(resources):
    coded = _coded(resources, "British Prime Minister Theresa May met Irish leader Leo Varadkar in Dublin on "
                              "Tuesday. Later on Tuesday, May criticised the European Union for its stance on the border.")
    may = [m for m in coded.mentions if m.text == "May"]
    assert may and {m.actor.id for m in may} == {"GBR_MAY"}
    criticism = [e for e in coded.events if e.trigger.startswith("critici")]
    assert criticism and [a.id for a in criticism[0].actor] == ["GBR_MAY"]


def test_a_translated_month_is_still_nobody(resources):
    coded = _coded(resources, "Foreign ministers met in Ankara in Nisan 2019 to discuss Libya.")
    assert not [m for m in coded.mentions if m.text == "Nisan"]
