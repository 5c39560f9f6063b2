"""PLOVER ontology tables: event types, quad classes, conflict-cooperation scores, CAMEO mapping.

The tables are data files in ``data/`` (CAMEO2PLOVER is the Open Event Data Alliance's, CC BY-SA 4.0).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE",            # verbal cooperation
    "COOPERATE", "AID", "RETREAT",                       # material cooperation
    "REQUEST", "ACCUSE", "REJECT", "THREATEN",           # verbal conflict
    "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",  # material conflict
)

QUAD_CLASS = {t: 1 for t in EVENT_TYPES[:4]} | {t: 2 for t in EVENT_TYPES[4:7]} | \
    {t: 3 for t in EVENT_TYPES[7:11]} | {t: 4 for t in EVENT_TYPES[11:]}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}

# PLOVER manual, conflict-cooperation scores of the bare event types (-10 .. +10).
SCORES = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10,
    "RETREAT": 6.5, "REQUEST": 0, "ACCUSE": -3, "REJECT": -2, "THREATEN": -3.5, "PROTEST": -5,
    "SANCTION": -6, "MOBILIZE": -5.5, "COERCE": -7, "ASSAULT": -9,
}

# PLOVER 0.5b1 labels used by older gold standards.
LEGACY_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}

# A representative CAMEO code for each PLOVER type, used when a trigger gives none.
DEFAULT_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "051", "CONCEDE": "080", "COOPERATE": "060",
    "AID": "070", "RETREAT": "087", "REQUEST": "020", "ACCUSE": "112", "REJECT": "120",
    "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "154", "COERCE": "170",
    "ASSAULT": "190",
}


@dataclass(frozen=True)
class CameoEntry:
    cameo: str
    event_type: str
    mode: str | None
    context: str | None
    description: str


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoEntry]:
    path = resources.files("sanderling.events") / "data" / "cameo2plover.csv"
    out: dict[str, CameoEntry] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["cameo"]] = CameoEntry(row["cameo"], row["event_type"], row["mode"] or None,
                                           row["context"] or None, row["description"])
    return out


def plover_from_cameo(code: str) -> CameoEntry | None:
    """Most specific CAMEO2PLOVER row for a CAMEO code (falls back to its parent codes)."""
    table = cameo_table()
    code = code.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None


def normalise_label(label: str) -> str:
    label = label.strip().upper()
    return LEGACY_LABELS.get(label, label)


def quad_class(event_type: str) -> int | None:
    return QUAD_CLASS.get(event_type)
