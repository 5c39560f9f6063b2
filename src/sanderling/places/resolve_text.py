"""``sanderling places resolve "TEXT" [--context "SENTENCE"]``: one place name to coordinates.

No spaCy here: the context sentence is scanned for country names and adjectives and for our sites'
names (each gives its country as context), which is all :meth:`Gazetteer.resolve` needs.
"""
from __future__ import annotations

import re
from collections import Counter

from .gazetteer import FEATURE_PRECISION, Gazetteer

KEYS = ("name", "country", "lat", "lon", "feature", "precision", "geonames_id")

_NEAR = re.compile(r"^(?:(?:just|some|about|\d+\s*(?:km|kilometres|kilometers|miles))\s+)*"
                   r"(?:near|outside|around|close to|(?:north|south|east|west|north-?east|north-?west|"
                   r"south-?east|south-?west)(?:ern)?\s+of|(?:the\s+)?outskirts\s+of|(?:the\s+)?"
                   r"(?:north|south|east|west)(?:ern)?\s+outskirts\s+of|from)\s+", re.I)
_PREP = re.compile(r"^(?:in|at|on|into|inside|across|throughout)\s+", re.I)
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’.\-]*")


def context_from_text(text: str, gazetteer: Gazetteer, max_n: int = 4) -> dict[str, float]:
    """Country weights from free text: 1 per country name or adjective, 0.5 per unambiguous place name."""
    words = _WORD.findall(text or "")
    weights: Counter = Counter()
    i = 0
    while i < len(words):
        matched = 0
        for n in range(min(max_n, len(words) - i), 0, -1):
            gram = " ".join(words[i:i + n]).rstrip(".,")
            if not gram[:1].isupper():
                continue
            iso = gazetteer.country_of(gram)
            if iso:
                weights[iso] += 1.0
                matched = n
                break
            cands = gazetteer.lookup(gram)
            countries = {p.country for p in cands if p.country}
            if cands and len(countries) == 1 and (n > 1 or len(gram) > 3):
                weights[countries.pop()] += 0.5
                matched = n
                break
        i += matched or 1
    return dict(weights)


def resolve_place(text: str, context: str | None = None, gazetteer: Gazetteer | None = None) -> dict:
    """``{name, country, lat, lon, feature, precision, geonames_id}`` for a place name as written.

    "near Sirte", "outside Tripoli", "20 km south of Misrata" give precision 2 (at least); a leading
    "in"/"at" is ignored. ``context`` (a sentence or article) weights the candidates' countries. An
    unknown name gives the same keys with None values."""
    g = gazetteer or Gazetteer.load()
    raw = (text or "").strip()
    name = _PREP.sub("", raw)
    floor = 1
    m = _NEAR.match(name)
    if m:
        name = name[m.end():]
        floor = 2
    ctx = context_from_text(context, g) if context else None
    place = g.resolve(name.strip(" .,;:"), ctx)
    if place is None:
        return {k: None for k in KEYS}
    precision = max(FEATURE_PRECISION.get(place.feature or "", place.precision or 1), floor)
    return {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon,
            "feature": place.feature, "precision": precision, "geonames_id": place.geonames_id}
