import gzip
import json
from datetime import date
from pathlib import Path

from sanderling.actors.petrarch import import_petrarch, parse_code, split_code

SAMPLE = """# comment line
RECEP_TAYYIP_ERDOGAN_  # CountryInfo.txt
+ERDOGAN_
+TAYYIP_ERDOGAN
\t[TURELI 720101-021118]
\t[TURGOV >030314]
UN_SECURITY_COUNCIL_\t
+SECURITY_COUNCIL
\t[IGOUNO] #MleH 10 Jul 2009
HEZBOLLAH_ [LBNREB] #  kkl 21 Mar 13
JAVIER_SOLANA_\t[IGOEUREEC 950701-951231][IGOWSTNAT 951205-991006] # two codes
NOCODE_ACTOR_
"""


def test_import_sample(tmp_path):
    p = tmp_path / "x.actors.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    rows = import_petrarch(p)
    names = [r["name"] for r in rows]
    assert names == ["Recep Tayyip Erdogan", "Un Security Council", "Hezbollah", "Javier Solana"]
    erd = rows[0]
    assert erd["aliases"] == ["Erdogan", "Tayyip Erdogan"]
    assert erd["codes"] == [{"code": "TURELI", "start": "1972-01-01", "end": "2002-11-18"},
                            {"code": "TURGOV", "start": "2003-03-14", "end": None}]
    assert (erd["country"], erd["sector"], erd["kind"]) == ("TUR", "GOV", "person")
    assert rows[1]["country"] == "UNO" and rows[1]["aliases"] == ["Security Council"]
    assert rows[2]["codes"] == [{"code": "LBNREB", "start": None, "end": None}]
    assert [c["code"] for c in rows[3]["codes"]] == ["IGOEUREEC", "IGOWSTNAT"]


def test_code_parsing():
    assert parse_code("USAGOV 20090120-20170120") == {"code": "USAGOV", "start": "2009-01-20", "end": "2017-01-20"}
    assert parse_code("AFGGOV <900823")["end"] == "1990-08-23"
    assert split_code("IGOWSTNAT") == ("NATO", "IGO")
    assert split_code("TURGOV") == ("TUR", "GOV")


def test_shipped_base_layer():
    base = Path(__file__).parents[2] / "src/sanderling/actors/data/base/phoenix_actors.jsonl.gz"
    with gzip.open(base, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert len(rows) > 20000
    assert any(r["name"] == "Recep Tayyip Erdogan" and r["country"] == "TUR" for r in rows)


def test_base_dates_used_by_kb(kb):
    # Phoenix date-bounded codes survive into the KB (Erdogan base entry: TURELI before 2002)
    a = kb.actors["PH_RECEP_TAYYIP_ERDOGAN"]
    assert kb.code_at(a, date(1990, 1, 1))[0] == "TURELI"
    assert kb.code_at(a, date(2010, 1, 1))[0] == "TURGOV"
