from datetime import date

from sanderling.actors.curate import import_dictionary, list_actors, merge_actors, show_actor
from sanderling.actors.kb import KnowledgeBase

DICT = """# a small user dictionary
SALAH_BADI_  # militia leader
+SALAH_BADI
\t[LBYREB >160101]
OMAR_FARUQ_HADIDI_
\t[EGYGOV 20180101-20220101]
\t[EGYELI >20220101]
KABULISTAN_ [AFG]
"""


def test_list_actors(kb):
    rows = list_actors(kb, "hifter")
    assert rows[0]["id"] == "LBY_HAFTAR"
    assert {"id", "name", "kind", "country", "code", "sector"} <= set(rows[0])
    lby = list_actors(kb, country="LBY", limit=500)
    assert lby and all(r["country"] == "LBY" for r in lby)
    assert len(list_actors(kb, "government", limit=3)) == 3
    assert list_actors(kb, "GNA", country="TUR") == []


def test_show_actor(kb):
    d = show_actor(kb, "LBY_SARRAJ")
    assert d["name"] == "Fayez al-Sarraj" and "Serraj" in d["aliases"]
    assert [(a["org"], a["start"]) for a in d["affiliations"]][-1] == ("LBY_GNA", "2016-03-30")
    assert show_actor(kb, "NO_SUCH_ACTOR") is None
    assert show_actor(kb, "LBY_GNA")["national"] == ["GOV"]


def test_merge_actors_overlay(tmp_path):
    user = tmp_path / "user.yaml"
    user.write_text("actors:\n  - {id: LBY_BADI, name: Salah Badi, kind: person, country: LBY, code: LBYREB}\n")
    merge_actors(user, "LBY_HAFTAR", "LBY_SADDAM_HAFTAR")
    merge_actors(user, "LBY_HAFTAR", "Abu Saddam")             # not an id: a plain alias
    merge_actors(user, "LBY_HAFTAR", "Abu Saddam")             # idempotent
    text = user.read_text()
    assert text.count("Abu Saddam") == 1 and "LBY_BADI" in text
    kb = KnowledgeBase.load(extra_files=[user], base=False)
    assert kb.lookup("Saddam Haftar").id == "LBY_HAFTAR"
    assert kb.lookup("Abu Saddam").id == "LBY_HAFTAR"
    assert kb.get("LBY_SADDAM_HAFTAR").id == "LBY_HAFTAR"
    assert kb.lookup("Salah Badi").id == "LBY_BADI"
    assert "LBY_SADDAM_HAFTAR" in show_actor(kb, "LBY_HAFTAR")["merged_ids"]
    # the default KB is untouched
    assert KnowledgeBase.load().lookup("Saddam Haftar").id == "LBY_SADDAM_HAFTAR"


def test_import_dictionary_yaml_and_jsonl(tmp_path):
    src = tmp_path / "user.actors.txt"
    src.write_text(DICT, encoding="utf-8")
    for out in (tmp_path / "out.yaml", tmp_path / "out.jsonl", tmp_path / "out.jsonl.gz"):
        assert import_dictionary(src, out) == 2          # the state entry is skipped
        kb = KnowledgeBase.load(extra_files=[out], base=False)
        badi = kb.lookup("Salah Badi", date(2019, 1, 1))
        assert (badi.id, badi.code, badi.country) == ("LBY_SALAH_BADI", "LBYREB", "LBY")
        assert kb.lookup("Omar Faruq Hadidi", date(2019, 1, 1)).code == "EGYGOV"
        assert kb.lookup("Omar Faruq Hadidi", date(2023, 1, 1)).code == "EGYELI"
