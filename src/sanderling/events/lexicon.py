"""The trigger lexicon: which words signal which PLOVER event (data/triggers.csv, user-extendable)."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .ontology import EVENT_TYPES


# a row of this type marks a reading of a trigger word that is no event ("met little resistance")
NOT_AN_EVENT = "NONE"


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str                       # V, N or A
    event_type: str
    mode: str | None
    cameo: str | None
    weight: float
    obj: frozenset[str] = frozenset()   # required object lemmas
    prep: str | None = None             # required preposition/particle
    prep_obj: frozenset[str] = frozenset()
    comp: bool = False                  # intent word: the complement decides the event
    bare: bool = False                  # only without a direct object or clause ("protesters demonstrated")
    by: frozenset[str] = frozenset()    # required doer lemmas: subject, passive agent or "in" ("hit in air strikes")
    that: bool = False                  # only with a that-clause ("evidence that Wagner laid mines")
    head: frozenset[str] = frozenset()  # a noun's nearest verb has one of these lemmas ("conditions were met")
    to: frozenset[str] = frozenset()    # the verb's to-infinitive complement has one of these lemmas
    mod: frozenset[str] = frozenset()   # a noun's modifier has one of these lemmas ("military intervention")

    @property
    def specificity(self) -> int:
        return (2 if self.obj else 0) + (1 if self.prep else 0) + (2 if self.prep_obj else 0) + (1 if self.bare else 0) \
            + (2 if self.by else 0) + (1 if self.that else 0) + (2 if self.head else 0) + (2 if self.to else 0) \
            + (2 if self.mod else 0)


def _parse_cue(cue: str) -> dict:
    out: dict = {}
    for part in filter(None, (c.strip() for c in cue.split(";"))):
        if part in ("comp", "bare", "that"):
            out[part] = True
        elif part.startswith("head="):
            out["head"] = frozenset(part[5:].split("|"))
        elif part.startswith("to="):
            out["to"] = frozenset(part[3:].split("|"))
        elif part.startswith("mod="):
            out["mod"] = frozenset(part[4:].split("|"))
        elif part.startswith("by="):
            out["by"] = frozenset(part[3:].split("|"))
        elif part.startswith("obj="):
            out["obj"] = frozenset(part[4:].split("|"))
        elif part.startswith("prep="):
            spec = part[5:]
            prep, _, objs = spec.partition(":")
            out["prep"] = prep
            if objs:
                out["prep_obj"] = frozenset(objs.split("|"))
        else:
            raise ValueError(f"unknown cue {part!r}")
    return out


def read_triggers(path: Path | str) -> list[Trigger]:
    path = Path(path)
    rows = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.lstrip().startswith("#")]
    out = []
    for n, row in enumerate(csv.DictReader(rows), start=2):
        etype = row["event_type"].strip().upper()
        if etype not in EVENT_TYPES and etype != NOT_AN_EVENT:
            raise ValueError(f"{path}: row {n}: unknown PLOVER event type {etype!r}")
        # a prep cue may list alternatives (march on|through) -> one trigger each
        cue = _parse_cue(row.get("cue") or "")
        preps = (cue.pop("prep").split("|") if "prep" in cue else [None])
        for prep in preps:
            out.append(Trigger(lemma=row["lemma"].strip().lower(), pos=row["pos"].strip().upper(),
                               event_type=etype, mode=(row.get("mode") or "").strip() or None,
                               cameo=(row.get("cameo") or "").strip() or None,
                               weight=float(row.get("weight") or 0.5), prep=prep, **cue))
    return out


class Lexicon:
    def __init__(self, triggers: list[Trigger]):
        self.by_key: dict[tuple[str, str], list[Trigger]] = {}
        for t in triggers:
            self.by_key.setdefault((t.lemma, t.pos), []).append(t)
        for lst in self.by_key.values():
            lst.sort(key=lambda t: -t.specificity)

    def candidates(self, lemma: str, pos: str) -> list[Trigger]:
        return self.by_key.get((lemma, pos), [])

    def __len__(self) -> int:
        return sum(len(v) for v in self.by_key.values())


@lru_cache(maxsize=4)
def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    base = resources.files("sanderling.events") / "data" / "triggers.csv"
    triggers = read_triggers(Path(str(base)))
    for p in extra:
        triggers.extend(read_triggers(p))
    return Lexicon(triggers)
