"""Typed records that cross stage boundaries.

Every stage takes and returns these frozen dataclasses; free-form dicts stay inside a stage.
Dates are ``datetime.date`` objects; serialisation to ISO strings happens at the edges (store, export).
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from datetime import date
from typing import Any

PRECISIONS = ("day", "week", "month", "year", "unknown")
STATUSES = ("asserted", "claimed", "denied", "hypothetical", "future")


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: date | None = None
    outlet: str | None = None
    source: str | None = None            # file path or "stdin", for messages
    published_source: str | None = None  # "metadata" | "text" | None
    duplicate_of: str | None = None      # id of the original when this is republished copy
    glued_at: tuple[int, ...] = ()       # where in text a further article glued on by the scraper begins


@dataclass(frozen=True)
class IngestError:
    """An input item that could not be read; the run goes on without it."""
    item: str
    reason: str


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor as attached to a mention or an event."""
    id: str
    name: str
    country: str | None            # ISO 3166 alpha-3, or an IGO code (IGO, UNO, EUR, AFR, ARL, NATO)
    code: str | None               # CAMEO-style code, e.g. TURGOV, LBYREB
    sector: str | None             # role code: GOV, MIL, REB, LEG, ...
    kind: str | None               # state, government, military, armed group, person, ...
    text: str = ""                 # the mention as written
    discovered: bool = False       # learnt from context, not in the knowledge base

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("name", "id", "code", "country", "sector", "kind", "text")}


@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int                     # character offsets in the cleaned article text
    end: int
    text: str
    actor: ActorRef
    via: str = "kb"                # kb | discovered | coref


@dataclass(frozen=True)
class TimeExpr:
    text: str
    start: int                     # character offsets in the text given to the extractor
    end: int
    date_start: date
    date_end: date
    precision: str                 # day | week | month | year
    relation: str = "at"           # at | since | until | before | after
    explicit_year: bool = False


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None            # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    feature: str | None = None     # city, site, airport, region, country, ...
    text: str = ""
    precision: int = 1             # 1 exact, 2 near/part of town, 3 region, 4 country

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "geonames_id": self.geonames_id, "text": self.text, "feature": self.feature,
                "geo_precision": self.precision}


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    id: str
    doc_id: str
    event_type: str
    mode: str | None
    cameo: str | None
    quad_class: int | None
    actor: tuple[ActorRef, ...]
    recipient: tuple[ActorRef, ...]
    date: date | None
    date_end: date | None
    date_precision: str
    date_source: str               # text | report (the date it was said; the deed was then or just before) | published | unknown
    date_text: str | None
    location: Place | None
    status: str
    historical: bool
    claimant: ActorRef | None
    fatalities: int | None
    evidence: tuple[Evidence, ...]
    confidence: float
    trigger: str = ""
    quantities: tuple[tuple[str, int], ...] = ()   # (kind, number): troops, injured, mercenaries ...
    inferred: tuple[str, ...] = ()                 # roles filled from the article's context, not the sentence

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "actor": [a.to_json() for a in self.actor],
            "recipient": [a.to_json() for a in self.recipient],
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "date_text": self.date_text,
            "location": self.location.to_json() if self.location else None,
            "status": self.status,
            "historical": self.historical,
            "claimant": self.claimant.to_json() if self.claimant else None,
            "fatalities": self.fatalities,
            "quantities": {k: v for k, v in self.quantities},
            "evidence": [asdict(e) for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "inferred": list(self.inferred),
        }


@dataclass(frozen=True)
class CodedArticle:
    article: Article
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    places: tuple[Place, ...] = ()
    n_tokens: int = 0
    relations: tuple[tuple[str, str, str, str], ...] = field(default=())  # (a_id, rel, b_id, sentence)
    # every resolved time expression with the sentence it sits in: (sent_start, sent_end, TimeExpr)
    dated_sentences: tuple[tuple[int, int, TimeExpr], ...] = field(default=())
    # set when coding this article failed inside Sanderling; the article then carries nothing else
    error: str | None = None
