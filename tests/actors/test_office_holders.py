"""An office named without its holder is the person in that office on the article's date: "Turkey's foreign
minister" in 2019 is Cavusoglu, "the UN envoy for Libya" is Salame until March 2020 and Williams, acting, after
him. Sentences written for these tests."""
from datetime import date


def _ids(mentions, text, when):
    return [m.actor.id for m in mentions(text, when)]


def test_a_national_office_is_its_holder(mentions):
    assert "TUR_CAVUSOGLU" in _ids(mentions, "Turkey's foreign minister met Fayez al-Sarraj on Monday.",
                                   date(2019, 7, 29))
    assert "TUR_AKAR" in _ids(mentions, "The Turkish defence minister flew to Tripoli on Monday.", date(2020, 7, 6))
    assert "EGY_SISI" in _ids(mentions, "Egypt's president received Khalifa Haftar on Monday.", date(2019, 4, 14))


def test_the_holder_changes_with_the_date(mentions):
    assert "USA_POMPEO" in _ids(mentions, "The US secretary of state spoke to Haftar.", date(2019, 4, 20))
    assert "USA_BLINKEN" in _ids(mentions, "The US secretary of state spoke to Dbeibah.", date(2021, 6, 23))


def test_an_igo_envoy_for_a_country(mentions):
    when = date(2019, 7, 29)
    for text in ("The UN envoy for Libya briefed the Security Council on Monday.",
                 "The U.N. envoy to Libya briefed the Security Council on Monday.",
                 "The UN's Libya envoy briefed the Security Council on Monday."):
        assert "UNO_SALAME" in _ids(mentions, text, when), text
    assert "UNO_GUTERRES" in _ids(mentions, "The UN Secretary-General called for a truce on Monday.", when)


def test_no_single_holder_no_person(mentions):
    when = date(2019, 7, 29)
    # a former holder, several ministers, or no date: the body stands
    assert "TUR_CAVUSOGLU" not in _ids(mentions, "The former foreign minister of Turkey criticised the deal.", when)
    assert "TUR_CAVUSOGLU" not in _ids(mentions, "Foreign ministers of Turkey and Russia met on Monday.", when)
    assert "TUR_CAVUSOGLU" not in _ids(mentions, "Turkey's foreign minister met Fayez al-Sarraj on Monday.", None)
    # an office the knowledge base has no holder of keeps the body
    ids = _ids(mentions, "Turkey's culture minister opened the exhibition on Monday.", when)
    assert ids and all(i.startswith("TUR") for i in ids)
