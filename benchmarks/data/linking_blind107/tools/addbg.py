#!/usr/bin/env python3
"""One-off helper: insert extra background paragraphs into part files before the debris tail."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
DEBRIS = re.compile(r"^(Share this:|Read also:|RELATED|Related|Related coverage|İLGİLİ HABERLER|Exit mobile version|You may also like|We use cookies|Cookies help|This site uses|Çerez|Unsubscribe|That's|That’s|###|\(Reporting|About the Naval|Media contact)", re.M)
adds = json.load(open(sys.argv[1], encoding="utf-8"))
for path in sorted(glob.glob(os.path.join(HERE, "parts", "*.txt"))):
    chunks = open(path, encoding="utf-8").read().split("@@@ ")
    out = [chunks[0]]
    for ch in chunks[1:]:
        head = ch.split("\n", 1)[0]
        g = re.search(r"group=(\S+)", head).group(1); o = re.search(r"outlet=(.+)$", head).group(1).strip()
        key = f"{g}|{o}"
        if key in adds:
            body = ch.rstrip("\n")
            m = DEBRIS.search(body, pos=len(head) + 1)
            ins = "\n\n".join(adds.pop(key)) + "\n\n"
            body = body[:m.start()] + ins + body[m.start():] if m else body + "\n\n" + ins.rstrip("\n")
            ch = body + "\n\n"
        out.append(ch)
    open(path, "w", encoding="utf-8").write("@@@ ".join(out))
if adds: print("UNUSED:", list(adds))
