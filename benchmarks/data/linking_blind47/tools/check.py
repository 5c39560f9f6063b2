"""Validate linking_blind47 output."""
import json, os, datetime, collections, re
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EVENT_DATES = {
 "akar_attiyah_trilateral_talks_tripoli_2020_08_17": "2020-08-17",
 "sarraj_saleh_ceasefire_statements_2020_08_21": "2020-08-21",
 "sarraj_announces_resignation_2020_09_16": "2020-09-16",
 "jmc_permanent_ceasefire_geneva_2020_10_23": "2020-10-23",
 "lpdf_tunis_sets_election_date_2020_11_13": "2020-11-13",
 "turkish_parliament_extends_libya_mandate_2020_12_22": "2020-12-22",
 "lpdf_geneva_elects_menfi_dbeibah_2021_02_05": "2021-02-05",
 "hor_confidence_vote_dbeibah_sirte_2021_03_10": "2021-03-10",
 "dbeibah_erdogan_ankara_strategic_council_2021_04_12": "2021-04-12",
 "cavusoglu_akar_delegation_tripoli_2021_05_03": "2021-05-03",
 "berlin_ii_conference_libya_2021_06_23": "2021-06-23",
 "jmc_action_plan_foreign_forces_withdrawal_geneva_2021_10_08": "2021-10-08",
 "libya_election_postponement_2021_12_22": "2021-12-22",
}
arts = [json.loads(l) for l in open(os.path.join(OUT, "articles.jsonl"))]
groups = [json.loads(l) for l in open(os.path.join(OUT, "groups.jsonl"))]
ids = [a["id"] for a in arts]
assert len(ids) == len(set(ids)), "duplicate ids"
assert all(re.fullmatch(r"b47-\d{4}", i) for i in ids)
gmap = {g["id"]: g["group"] for g in groups}
assert set(gmap) == set(ids) and len(groups) == len(arts), "id mismatch"
for a in arts:
    for k in ("id", "published", "outlet", "title", "text"):
        assert isinstance(a.get(k), str) and a[k], (a["id"], k)
    ev = datetime.date.fromisoformat(EVENT_DATES[gmap[a["id"]]])
    pub = datetime.date.fromisoformat(a["published"])
    assert 0 <= (pub - ev).days <= 2, (a["id"], a["published"], ev)
for i in range(len(groups) - 1):
    assert groups[i]["group"] != groups[i+1]["group"], ("adjacent", i)
    assert arts[i]["group" if False else "id"] == groups[i]["id"]
c = collections.Counter(gmap.values())
assert len(c) == 13 and all(2 <= v <= 4 for v in c.values()), c
print("groups:", len(c)); [print(" ", k, v) for k, v in sorted(c.items(), key=lambda x: EVENT_DATES[x[0]])]
wc = sorted((len(a["text"].split()), a["outlet"], a["id"]) for a in arts)
print("word counts:", [w for w, _, _ in wc])
print("outlets:", collections.Counter(a["outlet"] for a in arts))
print("OK")
