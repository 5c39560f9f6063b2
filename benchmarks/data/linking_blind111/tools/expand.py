"""One-off helper used while building: inserts extra background paragraphs into part files."""
import sys
def ins(fname, anchor, text, after=True):
    s = open(fname, encoding="utf-8").read()
    assert s.count(anchor) == 1, (fname, anchor[:60], s.count(anchor))
    s = s.replace(anchor, anchor + text if after else text + anchor)
    open(fname, "w", encoding="utf-8").write(s)
