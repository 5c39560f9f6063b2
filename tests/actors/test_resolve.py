from datetime import date

import pytest

from sanderling.actors.resolve import resolve_phrase

W = date(2020, 6, 1)
CASES = [
    ("Turkish President Recep Tayyip Erdogan", "TUR", "GOV"), ("Erdogan", "TUR", "GOV"), ("Sisi", "EGY", "GOV"),
    ("Russian Foreign Ministry", "RUS", "GOV"), ("Egypt's defence ministry", "EGY", "GOV"),
    ("Houthi rebels", "YEM", "REB"), ("the RSF", "SDN", "MIL"), ("Wagner mercenaries", "RUS", "UAF"),
    ("UN envoy", "UNO", "IGO"), ("the Arab League", "ARL", "IGO"), ("four Saudi men", "SAU", "CVL"),
    ("American warplanes", "USA", "MIL"), ("Iraqi police", "IRQ", "COP"), ("Kurdish fighters", "SYR", "REB"),
    ("Israeli settlers", "ISR", "CVL"), ("Palestinian militants", "PSE", "REB"), ("Hamas militants", "PSE", "REB"),
    ("Syrian government forces", "SYR", "MIL"), ("Nigerian soldiers", "NGA", "MIL"), ("the Kremlin", "RUS", "GOV"),
    ("Ukrainian forces", "UKR", "MIL"), ("the Saudi-led coalition", "SAU", "MIL"), ("Greek coast guard", "GRC", "COP"),
    ("Turkish-backed Syrian rebels", "SYR", "REB"), ("Malian junta", "MLI", "GOV"), ("Lebanese army", "LBN", "MIL"),
]


@pytest.mark.parametrize("text,country,sector", CASES)
def test_phrase(nlp, kb, text, country, sector):
    d = resolve_phrase(text, W, kb=kb, nlp=nlp)
    assert set(d) == {"name", "id", "kind", "country", "code", "sector"}
    assert (d["country"], d["sector"]) == (country, sector)


def test_time_changes_rsf(nlp, kb):
    assert resolve_phrase("the RSF", date(2024, 1, 1), kb=kb, nlp=nlp)["sector"] == "REB"


def test_context_fills_country(nlp, kb):
    d = resolve_phrase("the ministry", W, context="Turkey's foreign ministry said on Monday that Ankara would respond.",
                       kb=kb, nlp=nlp)
    assert (d["country"], d["sector"]) == ("TUR", "GOV")
    assert resolve_phrase("the ministry", W, kb=kb, nlp=nlp)["country"] is None


def test_context_overrides_group_default(nlp, kb):
    d = resolve_phrase("Kurdish fighters", W, context="Kurdish fighters clashed with Iraqi troops near Kirkuk in Iraq.",
                       kb=kb, nlp=nlp)
    assert (d["country"], d["sector"]) == ("IRQ", "REB")


def test_offices_of_an_international_organisation_act_for_it(kb):
    # "the Secretary-General of the United Nations" (a Phoenix office) and Guterres by name, on a date
    # he held the office, share the UN as the side they act for, so their reports can meet
    from sanderling.resolve.actors import canonical
    office = resolve_phrase("the Secretary-General of the United Nations", date(2019, 4, 5), kb=kb)["id"]
    assert office != "UNO_GUTERRES"
    assert canonical(office, date(2019, 4, 5), kb) == canonical("UNO_GUTERRES", date(2019, 4, 5), kb) == "UNO"
    # a state's body is not pulled into an organisation it belongs to
    assert canonical("TUR_GOV", date(2019, 4, 5), kb) == "TUR"


def test_lineage_is_the_way_to_what_an_actor_acts_for(kb):
    # what the event filters follow: each step, not only the end that ``canonical`` gives
    from sanderling.resolve.actors import canonical, lineage
    assert lineage("TUR_AKAR", date(2020, 1, 1), kb) == ["TUR_AKAR", "TUR_GOV", "TUR"]
    assert lineage("LBY_BASHAGHA", date(2020, 1, 1), kb) == ["LBY_BASHAGHA", "LBY_GNA"]
    assert lineage("LBY_BASHAGHA", date(2022, 6, 1), kb) == ["LBY_BASHAGHA", "LBY_GNS"]
    assert lineage("LBY_GNA_FORCES", None, kb) == ["LBY_GNA_FORCES", "LBY_GNA"]
    assert lineage("LBY_LNA", None, kb) == ["LBY_LNA"]
    for actor in ("TUR_AKAR", "LBY_HAFTAR", "UNO_GUTERRES", "TUR_MIL", "DISC_SOMEONE_NEW"):
        assert lineage(actor, date(2019, 4, 5), kb)[-1] == canonical(actor, date(2019, 4, 5), kb)
