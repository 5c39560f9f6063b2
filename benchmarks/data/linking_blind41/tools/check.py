"""Check set-41 slugs against /tmp/dbg/used_events.txt.
1) exact slug match -> error
2) meaning check: same date (+-3 days) AND shared content words -> printed for manual review
Manual review result is recorded in NOTES.md."""
import re, sys, datetime
sys.path.insert(0, __file__.rsplit('/', 1)[0])
from events import EVENTS

STOP = {"the","of","in","on","and","to","a","with","libya","libyan","meets","meeting","visit","visits","says","2019","2020","2021"}
def parse(line):
    line = line.strip()
    m = re.search(r'(\d{4})[_-](\d{2})[_-](\d{2})$', line)
    if not m: return line, None, set()
    d = datetime.date(*map(int, m.groups()))
    words = set(line[:m.start()].strip('_-').split('_')) - STOP
    return line, d, words

used = [parse(l) for l in open('/tmp/dbg/used_events.txt') if l.strip()]
used_slugs = {u[0] for u in used}
bad = 0
for slug, (date, desc) in EVENTS.items():
    if slug in used_slugs:
        print("EXACT DUPLICATE:", slug); bad += 1
    _, d, w = parse(slug)
    assert str(d) == date, (slug, date)
    for u, ud, uw in used:
        if ud is None: continue
        dd = abs((ud - d).days)
        shared = w & uw
        if dd <= 3 and shared:
            print(f"REVIEW {slug}  <->  {u}  (days {dd}, shared {sorted(shared)})")
        elif dd == 0:
            print(f"SAME-DAY {slug}  <->  {u}")
print("exact duplicates:", bad)
sys.exit(1 if bad else 0)
