"""PLOVER GSR reader (label mapping) and scorer, on records copied from PLOVER_GSR_CAMEO.txt."""
import json

import pytest

from sanderling.evaluate.plover_gsr import gold_country, read_gsr, score_gsr

# five records of PLOVER_GSR_CAMEO.txt (OEDA, CC BY-SA 4.0), plus its DOCUMENT header
RECORDS = [
    {"id": "PLOVER-GSR01-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documentation"},
    {"id": "PLOVER-GSR01-AGREE-0003", "date": "2000-01-01",
     "source": [{"actorText": "United States", "code": "USA"}, {"actorText": "Jordan", "code": "JOR"}],
     "target": "", "event": "AGREE",
     "text": "The United States and Jordan have agreed upon a new free-trade pact between the two countries, "
             "the White House announced Tuesday."},
    {"id": "PLOVER-GSR01-CONSULT-0003", "date": "2000-01-01",
     "source": [{"actorText": "Taiwan's Vice Foreign Minister", "code": "TWN", "sector": "GOV"}],
     "target": [{"actorText": "Russia", "code": "RUS"}], "event": "CONSULT",
     "text": "Taiwan's Vice Foreign Minister visited Russia today, becoming the island's highest ranking "
             "government official to go there."},
    {"id": "PLOVER-GSR01-DEMAND-0013", "date": "2000-01-01",
     "source": [{"actorText": "Iraqi Kurds", "code": "IRQ", "sector": "CVLkur"}],
     "target": [{"actorText": "Germany", "code": "DEU"}], "event": "DEMAND",
     "text": "Some 800,000 Iraqi Kurds sought refuge in Germany last month."},
    {"id": "PLOVER-GSR01-DISAPPROVE-0012", "date": "2000-01-01",
     "source": [{"actorText": "Archbishop Desmond Tutu", "code": "ZAF", "sector": "ELI"}],
     "target": [{"actorText": "Nigeria", "code": "NGA"}], "event": "DISAPPROVE",
     "text": "Archbishop Desmond Tutu on Sunday called for sanctions against Nigeria in the wake of the "
             "execution of Ken Saro-Wiwa."},
    {"id": "PLOVER-GSR01-FIGHT-0001", "date": "2000-01-01",
     "source": [{"actorText": "Serb forces", "code": "SRB", "sector": "MIL"}],
     "target": [{"actorText": "Albanian population", "code": "MNE", "sector": "CVLalb"}], "event": "FIGHT",
     "text": "Serb forces were engaged in ethnic cleansing in Montenegro against the Albanian population "
             "of the province, according to the US government."},
]


@pytest.fixture()
def gsr_file(tmp_path):
    p = tmp_path / "gsr.json"
    p.write_text(json.dumps(RECORDS), encoding="utf-8")
    return p


def test_reader_maps_legacy_labels(gsr_file):
    recs = read_gsr(gsr_file)
    assert [r.id for r in recs] == [r["id"] for r in RECORDS[1:]]          # DOCUMENT skipped
    assert [r.event_type for r in recs] == ["AGREE", "CONSULT", "REQUEST", "ACCUSE", "ASSAULT"]
    assert [r.label for r in recs] == ["AGREE", "CONSULT", "DEMAND", "DISAPPROVE", "FIGHT"]
    assert recs[0].target == () and len(recs[0].source) == 2                # "" target -> no actors
    assert recs[1].date.isoformat() == "2000-01-01"


def test_gold_country():
    assert gold_country("USA") == "USA"
    assert gold_country("HUNGOV") == "HUN"
    assert gold_country("JAP") == "JPN"          # CAMEO's code for Japan
    assert gold_country("IGO") is None and gold_country("NGO") is None and gold_country("") is None


def ev(event_type, actor=(), recipient=()):
    return {"event_type": event_type, "cameo": None, "trigger": "", "actor": list(actor),
            "recipient": list(recipient), "actor_names": [], "recipient_names": []}


def test_scorer_counts_hand_checked_outputs(gsr_file):
    recs = read_gsr(gsr_file)
    coded = [
        [ev("AGREE", ["USA", "JOR"])],                                   # right type, source right
        [ev("CONSULT", ["TWN"], ["RUS"])],                               # right, both sides right
        [],                                                               # nothing coded
        [ev("REQUEST", ["ZAF"], ["NGA"]), ev("ACCUSE", ["ZAF"], ["NGA"])],   # first wrong, second right
        [ev("ASSAULT", ["SRB"], ["ALB"])],                               # right type, wrong target
    ]
    sc = score_gsr(recs, coded)
    d = sc.as_dict()
    assert d["records"] == 5
    assert d["first_event_right"] == 3 and d["first_event_type_accuracy"] == 0.6
    assert d["any_event_right"] == 4
    assert d["records_without_event"] == 1
    # sources with a gold country: all 5; right on AGREE, CONSULT, DISAPPROVE (first event), FIGHT
    assert (d["source_scored"], sc.src_right) == (5, 4)
    # targets with a gold country: CONSULT, DEMAND, DISAPPROVE, FIGHT; right on CONSULT, DISAPPROVE
    assert (d["target_scored"], sc.tgt_right) == (4, 2)
    assert sc.confusion[("REQUEST", "-")] == 1 and sc.confusion[("ACCUSE", "REQUEST")] == 1
    assert [r.id for r, _ in sc.misses] == ["PLOVER-GSR01-DEMAND-0013", "PLOVER-GSR01-DISAPPROVE-0012"]


def test_scorer_rejects_length_mismatch(gsr_file):
    with pytest.raises(ValueError):
        score_gsr(read_gsr(gsr_file), [[]])


def test_real_file_reads(shared):
    recs = read_gsr(shared / "eval" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt")
    assert len(recs) == 322
    assert not {r.event_type for r in recs} & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
