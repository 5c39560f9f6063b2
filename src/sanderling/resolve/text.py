"""Evidence-sentence similarity: TF-IDF cosine over content words, pure Python.

Document frequencies come from the evidence sentences in the store, so a word every report uses
("Libya", "forces", "said") weighs little and a rare one ("Watiya", "cadets", "port") weighs a lot."""
from __future__ import annotations

import math
import re
from collections import Counter

STOP = set("""a an the and or but if of to in on at by for with from as into onto over under about after before
since until than then that this these those there here it its it's is are was were be been being has have had
do does did done not no nor so such very can could will would shall should may might must said says say saying
told tells tell according also he she they them his her their him we our you your i me my mr mrs ms who whom
whose which what when where why how all any both each few more most other some own same only just too again
further once while during against between through up down out off above below last next week month year day
monday tuesday wednesday thursday friday saturday sunday late early night morning evening today yesterday
one two three four five six seven eight nine ten new""".split())
PRIOR = 50
_TOK = re.compile(r"[^\W\d_][\w'-]*", re.UNICODE)


def tokens(text: str | None) -> list[str]:
    out = []
    for t in _TOK.findall((text or "").lower()):
        t = t.strip("'-")
        if t.endswith("'s"):
            t = t[:-2]
        if len(t) < 3 or t in STOP:
            continue
        # light stemming: plural and past forms
        for suf in ("ies", "es", "ed", "ing", "s"):
            if len(t) > len(suf) + 3 and t.endswith(suf):
                t = t[: -len(suf)] + ("y" if suf == "ies" else "")
                break
        out.append(t)
    return out


class TfIdf:
    def __init__(self, sentences=()):
        self.df: Counter = Counter()
        self.n = 0
        for s in sentences:
            self.add(s)

    def add(self, sentence: str | None) -> None:
        self.n += 1
        self.df.update(set(tokens(sentence)))

    def vector(self, sentence: str | None) -> dict[str, float]:
        tf = Counter(tokens(sentence))
        # PRIOR pseudo-documents that contain no term keep the weights sane in a small store (3 sentences)
        n = self.n + PRIOR
        vec = {t: (1 + math.log(c)) * math.log((1 + n) / (1 + self.df.get(t, 0))) + 1e-9 for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {t: v / norm for t, v in vec.items()}


def cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    return sum(w * v.get(t, 0.0) for t, w in u.items())


def jaccard(a: str, b: str) -> float:
    x, y = set(tokens(a)), set(tokens(b))
    return len(x & y) / len(x | y) if x | y else 0.0
