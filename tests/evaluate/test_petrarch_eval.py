"""PETRARCH unit-test record reader, the verb-dictionary reader and the matching rule."""
from sanderling.events.lexicon import Lexicon
from sanderling.events.petrarch_dict import (parse_code, pattern_cue, read_verb_dictionary,
                                             triggers_csv_rows, verb_triggers)
from sanderling.evaluate.petrarch import Expected, code_matches, read_records, root_code, score_records

RECORDS = """<Validation>
<!-- comment -->
<Sentences>
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- Simple coding -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties with Gondor almost
five years after crowds trashed its embassy.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)) (. .))) </Parse>
</Sentence>
<Sentence date="19950103" id="COMPOUND-42" category="COMPOUND" sentence="true">
<EventCoding sourcecode="ERI" targetcode="FRA" eventcode="031"></EventCoding>
<EventCoding sourcecode="ERI" targetcode="PHL" eventcode="031"></EventCoding>
<Text>Eriador agrees with the Philippines and France.</Text>
</Sentence>
<Sentence date="19950103" id="AGENT-01" category="AGENT" sentence="true">
<EventCoding sourcecode="---GOV" targetcode="---" eventcode="023"></EventCoding>
<Text>The government said it believed so.</Text>
</Sentence>
<Sentence date="19950103" id="NOEV-01" category="PARSING" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="ERR-01" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Discard me.</Text>
</Sentence>
</Sentences>
</Validation>
"""

# real lines of PETR.Validate.verbs.txt (Open Event Data, MIT)
VERBS = """<!-- SYNSETS -->
&TIETYPES
+MILITARY
+ECONOMIC
+CULTURAL

&PREPOSIT1_
+AGAINST
+IN

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
+ABC_DEF_GHI
KLM_NOP_+RST [002]
- * NEW_&TIETYPES_RELATIONS [903] #  -PAS 12.01.12
- * DIPLOMATIC TIES [901]
- * &TIETYPES TIES [902] #  -PAS 12.01.12

--- ACT [100] ---
ACT
- INDICATED WOULD * NOW  [1010]
- * &PREPOSIT1 RESOLUTION  [102]  # tony  4/22/91

--- ASK  [090] ---
ASK
- * FOR &ECONSANCT [172]  # pas 2 Mar 2002

--- CALLED  [010] ---
CALLED
- *_UPON  [097]  #  BUG-02 #  PAS 9-May-05
- * FOR  [096]

--- DELAY [120]  [031:031]  ---
DELAY
DOWNPLAY [014]
- % HAVE  *  [191]

--- ACCORD  [---] ---
ACCORD
- TO *  [073]
"""


def test_record_reader(tmp_path):
    p = tmp_path / "r.xml"
    p.write_text(RECORDS, encoding="utf-8")
    recs = read_records(p)
    assert [r.id for r in recs] == ["DEMO-00", "COMPOUND-42", "AGENT-01", "NOEV-01", "ERR-01"]
    assert recs[0].expected == (Expected("ARN", "GON", "064"),)
    assert recs[0].text.startswith("Arnor is about to restore full diplomatic ties with Gondor almost five")
    assert recs[0].date.isoformat() == "1995-01-01"
    assert len(recs[1].expected) == 2
    assert recs[3].no_event and recs[4].no_event and recs[4].error == "storydiscard"
    assert not recs[0].no_event


def test_matching_rule():
    assert root_code("0641") == root_code("064") == "06"
    assert code_matches("ARN", ["arn"]) and not code_matches("ARN", ["ARNGOV"])
    assert code_matches("---", []) and not code_matches("---", ["GON"])
    assert code_matches("---GOV", ["GOV"]) and not code_matches("---GOV", ["ARNGOV"])


def test_scoring(tmp_path):
    p = tmp_path / "r.xml"
    p.write_text(RECORDS, encoding="utf-8")
    recs = read_records(p)
    ev = lambda code, a, r: {"cameo": code, "event_type": "X", "trigger": "", "actor": a, "recipient": r}
    coded = [
        [ev("0641", ["ARN"], ["GON"])],                              # pass: root 06, dyad right
        [ev("030", ["ERI"], ["FRA", "PHL"])],                         # pass: both dyads, root 03
        [ev("040", ["GOV"], [])],                                    # fail: root 04 != 02
        [],                                                          # pass: no event expected
        [ev("190", ["X"], [])],                                      # fail: an event where none is due
    ]
    sc = score_records(recs, coded)
    assert sc.passed == 3 and sc.n == 5 and sc.found == 3 and sc.n_expected == 4
    assert sc.no_event_records == 2 and sc.no_event_passed == 1
    # several actors and no recipient read reciprocally (each actor towards each other one)
    sc2 = score_records([recs[1]], [[ev("031", ["ERI", "FRA", "PHL"], [])]])
    assert sc2.passed == 1


def test_verb_dictionary_reader():
    vd = read_verb_dictionary(text=VERBS)
    assert vd.synsets["&TIETYPES"] == ["military", "economic", "cultural"]
    lemmas = [(v.lemma, v.code, v.particle) for v in vd.verbs]
    # KLM_NOP_+RST has words before the verb: not expressible, skipped; +ABC_DEF_GHI likewise
    assert lemmas == [("abandon", "345", None), ("act", "100", None), ("ask", "090", None),
                      ("called", "010", None), ("delay", "120", None), ("downplay", "014", None),
                      ("accord", None, None)]
    assert parse_code("042:043") == "042" and parse_code(":173") == "173" and parse_code("---") is None
    # the last word of a run heads the phrase; its singular is added (cues compare lemmas)
    assert pattern_cue("* DIPLOMATIC TIES", vd.synsets) == {"obj": frozenset({"ties", "tie"})}
    assert pattern_cue("* &TIETYPES TIES", vd.synsets) == {"obj": frozenset({"ties", "tie"})}
    assert pattern_cue("* &TIETYPES", vd.synsets) == {"obj": frozenset({"military", "economic", "cultural"})}
    assert pattern_cue("INDICATED WOULD * NOW", vd.synsets) is None
    assert pattern_cue("% HAVE  *", vd.synsets) is None
    assert pattern_cue("*_UPON", vd.synsets) == {"prep": "upon"}
    assert pattern_cue("* &PREPOSIT1 RESOLUTION", vd.synsets) == [
        {"prep": "against", "prep_obj": frozenset({"resolution"})}, {"prep": "in", "prep_obj": frozenset({"resolution"})}]


def test_verb_triggers_and_plover_mapping():
    vd = read_verb_dictionary(text=VERBS)
    trig = verb_triggers(vd)
    by = {(t.lemma, t.cameo): t for t in trig}
    # 064 is CAMEO 'share intelligence' -> COOPERATE; 090 'investigate' -> ACCUSE; 120 'reject' -> REJECT
    assert by[("ask", "090")].event_type == "ACCUSE"
    assert by[("delay", "120")].event_type == "REJECT" and by[("delay", "120")].obj == frozenset()
    assert ("downplay", "014") not in by          # CAMEO 01 (public statement) is no PLOVER event
    # codes without a PLOVER mapping (WEIS 9xx, 345) are dropped unless a fallback type is given
    assert ("abandon", "902") not in by and ("abandon", "345") not in by
    fb = {(t.lemma, t.cameo) for t in verb_triggers(vd, fallback_type="REQUEST")}
    assert ("abandon", "901") in fb and ("abandon", "345") in fb
    assert ("abandon", "902") not in fb        # same cue as 901 (obj=ties): the first pattern wins
    # the triggers go into a Lexicon next to ours; rows print in the triggers.csv format
    lex = Lexicon(trig)
    assert lex.candidates("act", "V")[0].prep in ("against", "in")     # specific before bare
    assert "delay,V,,REJECT,,120,0.6" in triggers_csv_rows(trig)


def test_real_cameo_dictionary(shared):
    vd = read_verb_dictionary(shared / "reference" / "cameo" / "CAMEO.2.0.txt")
    lemmas = {v.lemma for v in vd.verbs}
    assert {"ask", "accelerate", "request", "rush"} <= lemmas
    trig = verb_triggers(vd)
    assert any(t.lemma == "request" and t.cameo == "020" and t.event_type == "REQUEST" and not t.obj for t in trig)
    assert any(t.lemma == "ask" and t.obj == frozenset({"extradition"}) and t.cameo == "0213" for t in trig)


AGENTS = """!MINST! = MINISTER, MINISTRY
CLERIC  [~REL]
MSF {}  [NGO~]
POLICE {} [ ~COP]
GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]
SECURITY_OFFICIALS  [~GOV]
!MINST!_OF_SILLY_WALKS [~GOV]
"""


def test_agents_dictionary_and_composition():
    from sanderling.actors.petrarch import compose_code, read_agents
    ag = read_agents(text=AGENTS)
    assert ag[("cleric",)].suffix == "REL" and ("clerics",) in ag
    assert ag[("msf",)].prefix == "NGO" and ("msfs",) not in ag          # {}: no plural
    assert ("polices",) not in ag and ag[("police",)].suffix == "COP"
    assert ("golden", "geese") in ag and ("golden", "gooses") not in ag
    assert ag[("ministry", "of", "silly", "walks")].suffix == "GOV"     # !MINST! substitution
    assert compose_code("ARN", [ag[("cleric",)]]) == "ARNREL"
    assert compose_code("ARN", [ag[("msf",)]]) == "NGOARN"
    assert compose_code("USAGOV", [ag[("security", "officials")]]) == "USAGOV"   # no repeated suffix
    assert compose_code(None, [ag[("police",)]]) == "---COP"
    assert code_matches("---COP", ["---COP"])


def test_discards(tmp_path):
    from sanderling.evaluate.petrarch import read_discards
    p = tmp_path / "d.txt"
    p.write_text("+TYPHOON   # x\nAFRICAN NATIONS CUP\n+World Golf Championships\n", encoding="utf-8")
    pats = read_discards(p)
    assert any(x.search("after a typhoon trashed it") for x in pats)
    assert any(x.search("restore the African Nations Cup to") for x in pats)
    assert not any(x.search("Arnor is about to restore ties") for x in pats)


# real lines of PETR.Validate.verbs.txt (Open Event Data, MIT) for the PETRARCH-mode pattern matcher
PATTERN_VERBS = """&TIETYPES
+MILITARY
+ECONOMIC
+CULTURAL

&NEGATVAUXVRB  # "negative auxiliary verb" since you are wondering...
+DID N'T   # this is what a contraction looks like in TreeBank
+WO N'T
+REALLY DID NOT
+CA N'T
+WILL NOT

--- ABANDON  [345]  ---
ABANDON    # pas 15 Jul 2003
- * NEW_&TIETYPES_RELATIONS [903] #  -PAS 12.01.12
- * IMPROVED &TIETYPES RELATIONS [904] #  -PAS 12.01.12
- * EFFORT  [987]  # pas 15 Jul 2003
- * DIPLOMATIC TIES [901]
- * &TIETYPES TIES [902] #  -PAS 12.01.12

--- AGREE  [081] ---
AGREE
- * TO_LET_ESCAPE  [066]  # tony  4/28/91
- FAILED_TO_*  [111]  # jw 9/17/91
- * WITH % [031]
- % * [030:030]  # pas 14.09.18

--- CALLED  [010] ---
CALLED
- * FOR_CEASEFIRE  [014]  # jw 9/29/91
- *_UPON  [097]  #  BUG-02 #  PAS 9-May-05
- * FOR  [096]
- *_ON [095]  #  MARK-00 to 05 #  PAS 9-May-05

--- CLASH  [223] ---
CLASH
- UNEXPECTEDLY &NEGATVAUXVRB * OVER EFFORTS  [906]  #  PAS 12.01.14
- MOST_CERTAINLY_&NEGATVAUXVRB_EVER * OVER EFFORTS  [907]  #  PAS 12.01.14
- &NEGATVAUXVRB EVER * OVER EFFORTS  [905]  #  PAS 12.01.14
- &NEGATVAUXVRB * OVER EFFORTS  [904]  #  PAS 12.01.14
- * OVER EFFORTS  [121]  # jw 9/25/91

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }
- WILL NOT * [081]

--- CELEBRATE  [181] ---
CELEBRATE
- + HOSTING * MAY_DAY  $ [046]  # pas  3/2/02
- * EID AT ^ WITH +  [043]  # pas  3/2/02

--- RESTORE  [064]  ---
RESTORE    # pas 18 Jun 2007
- * FXLL DIPLOMATIC  [+++]  # -PAS 95.12.18
- NOT * RELATIONS  [112]  # tony  4/26/91
"""


def _match(pv, sentence: str, verb_index: int):
    from sanderling.events.petrarch_patterns import find_verb, match_verb
    toks = sentence.lower().split()
    verb, s, e = find_verb(pv, toks, verb_index)
    return match_verb(pv, verb, toks, s, e)


def test_pattern_dictionary_reader():
    from sanderling.events.petrarch_patterns import read_pattern_dictionary, split_pair
    pv = read_pattern_dictionary(text=PATTERN_VERBS)
    assert pv.expand("&NEGATVAUXVRB")[0] == ["did", "n't"]
    wire = next(v for v in pv.verbs if v.verb == "tap")
    assert wire.pre == ("wire",) and wire.code == "1711" and "tapped" in wire.forms
    assert [p.text for p in wire.patterns] == ["WILL NOT *"]          # the block's patterns
    clash = next(v for v in pv.verbs if v.verb == "clash")
    # longest first, dictionary order among equals
    assert [p.code for p in clash.patterns] == ["907", "906", "905", "904", "121"]
    assert split_pair("032:033") == ("032", "033") and split_pair("345") == ("345", None)


def test_pattern_matcher_on_validation_lines():
    from sanderling.events.petrarch_patterns import read_pattern_dictionary
    pv = read_pattern_dictionary(text=PATTERN_VERBS)
    # the whole phrase counts, not the object's head noun; words are not lemmatised
    assert _match(pv, "Arnor will abandon full symbolic ties with Gondor", 2).code == "345"
    assert _match(pv, "Arnor will abandon full diplomatic ties with Gondor", 2).code == "901"
    assert _match(pv, "Gollum abandoned efforts to stop a parade", 1).code == "345"
    # '_' joins adjacent words: an extra word breaks NEW_&TIETYPES_RELATIONS
    assert _match(pv, "Arnor will abandon new economic relations", 2).code == "903"
    assert _match(pv, "Arnor will abandon new global economic relations", 2).code == "345"
    # words before the verb, synset phrases, negation
    assert _match(pv, "Romendacil did n't clash over the efforts of Eriadori", 3).code == "904"
    m = _match(pv, "Romendacil most certainly wo n't ever clash over the efforts", 6)
    assert m.code == "907" and m.negative
    assert _match(pv, "Romendacil most certainly really did not even ever clash over the efforts", 8).code == "905"
    assert _match(pv, "Romendacil unexpectedly now wo n't try to clash over the efforts", 7).code == "906"
    assert not _match(pv, "Romendacil will clash over the efforts", 2).negative
    # '*_ON' needs the particle next to the verb; '* FOR' allows words between
    assert _match(pv, "Gollum called on Gondor to leave", 1).code == "095"
    assert _match(pv, "Gollum called immediately for Gondor to leave", 1).code == "096"
    assert _match(pv, "Gollum called Gondor", 1).code == "010"
    # multi-word verb with a word before the verb; an unreadable code is skipped
    assert _match(pv, "Soldiers will not wire tap the links", 4).code == "081"
    assert _match(pv, "Arnor will restore fxll diplomatic ties", 2).code == "064"


def test_pattern_markers():
    from sanderling.events.petrarch_patterns import read_pattern_dictionary
    pv = read_pattern_dictionary(text=PATTERN_VERBS)
    m = _match(pv, "Mordor will be hosting Osgiliath to celebrate May Day with Eriador", 6)
    assert m.code == "046"
    assert ("+", "upper", 3) in m.markers and ("$", "lower", 9) in m.markers
    m = _match(pv, "Arnor has celebrated Eid at Osgiliath with Gondor", 2)
    assert m.code == "043" and [x[0] for x in m.markers] == ["^", "+"]
    # '%' is a condition on the actor phrase there; the caller checks it
    assert _match(pv, "The Philippines and France agree that", 4).markers == [("%", "upper", 4)]
