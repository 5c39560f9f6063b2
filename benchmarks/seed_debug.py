"""Side-by-side view of gold and system events per evidence sentence (a development aid).

    python benchmarks/seed_debug.py EVENTS.jsonl [GOLD]"""
import json
import sys

from sanderling.evaluate.seeds import load_jsonl

events = load_jsonl(sys.argv[1])
gold = json.load(open(sys.argv[2] if len(sys.argv) > 2 else "../shared/eval/seeds/gold.json"))
fmt = lambda xs: ",".join(f"{a['name']}[{a['code']}]" for a in xs)
for g in gold["events"]:
    sys_evs = [e for e in events if e["doc_id"] == g["doc"] and any(ev in x["sentence"] for x in e["evidence"] for ev in g["evidence"])]
    flag = "R" if g.get("required", True) else "o"
    print(f"{flag} {g['id']} {g['event_type']}{g['also']} {g['actor']}->{g['recipient']} :: {g['evidence'][0][:90]}")
    for e in sys_evs:
        print(f"     sys {e['event_type']} {fmt(e['actor'])} -> {fmt(e['recipient'])} [{e['trigger']}] {e['date']} {e['status']} h={e['historical']}")
