"""Check set-42 main-event slugs against earlier sets' used events.

1. exact slug match (must be none)
2. same meaning heuristics: any used event within +-3 days sharing >=1 salient token,
   or anywhere in time sharing >=3 salient tokens -> printed for manual review.
Usage: python3 tools/check.py [/tmp/dbg/used_events.txt]
"""
import re, sys, datetime, json, os

USED = sys.argv[1] if len(sys.argv) > 1 else "/tmp/dbg/used_events.txt"
HERE = os.path.dirname(os.path.abspath(__file__))

MINE = [
    "nato_article4_consultations_after_balyun_2020_02_28",
    "turkey_downs_syrian_su24s_spring_shield_2020_03_01",
    "erdogan_putin_moscow_idlib_ceasefire_2020_03_05",
    "tunisia_parliament_rejects_pdl_libya_motion_2020_06_03",
    "kemal_reis_limnos_frigate_collision_2020_08_12",
    "eu_fac_videoconference_east_med_2020_08_14",
    "maas_athens_ankara_shuttle_2020_08_25",
    "eu_gymnich_berlin_turkey_sanctions_list_2020_08_28",
    "med7_corsica_summit_turkey_2020_09_10",
    "nato_greece_turkey_deconfliction_mechanism_2020_10_01",
    "euco_special_summit_turkey_two_track_2020_10_01",
    "cyprus_egypt_greece_nicosia_trilateral_summit_2020_10_21",
    "lavrov_cavusoglu_sochi_talks_2020_12_29",
]
STOP = {"the", "of", "in", "on", "and", "to", "a", "after", "over", "with", "by",
        "for", "at", "from", "meet", "meets", "talks", "visit", "visits", "turkey",
        "turkish", "libya", "libyan", "eu", "2020", "2019", "says", "meeting"}

def parse(slug):
    m = re.search(r"(\d{4})[_-](\d{2})[_-](\d{2})$", slug)
    d = datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    toks = set(re.sub(r"[_-]?\d{4}[_-]\d{2}[_-]\d{2}$", "", slug).split("_")) - STOP
    return d, toks

used = [l.strip() for l in open(USED) if l.strip()]
problems = 0
for s in MINE:
    if s in used:
        print("EXACT MATCH:", s); problems += 1
    d, t = parse(s)
    for u in used:
        ud, ut = parse(u)
        shared = t & ut
        near = ud and d and abs((ud - d).days) <= 3
        if (near and shared) or len(shared) >= 3:
            print(f"review {s}  <->  {u}   shared={sorted(shared)}")

# slugs used in groups.jsonl must be exactly MINE
gp = os.path.join(HERE, "..", "groups.jsonl")
if os.path.exists(gp):
    gs = {json.loads(l)["group"] for l in open(gp)}
    if gs != set(MINE):
        print("groups.jsonl slugs differ from MINE:", gs ^ set(MINE)); problems += 1
print("exact/structural problems:", problems)
