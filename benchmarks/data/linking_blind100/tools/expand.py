"""Insert extra background paragraphs into part files (after the paragraph containing an anchor)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
def apply(edits):
    for fname, anchor, add in edits:
        p = os.path.join(HERE, "parts", fname); s = open(p, encoding="utf-8").read()
        if add.strip()[:60] in s: continue
        i = s.find(anchor); assert i >= 0, (fname, anchor)
        j = s.find("\n\n", i); j = len(s) if j < 0 else j
        s = s[:j] + "\n\n" + add.strip() + s[j:]
        open(p, "w", encoding="utf-8").write(s)
