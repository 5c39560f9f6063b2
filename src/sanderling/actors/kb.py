"""Actor knowledge base: countries, curated actors (time-aware), a PETRARCH base layer and generic agents.

Layers, highest priority first:

1. ``data/current/*.yaml`` (+ ``extra_files``): curated actors 2015-2025 with dated affiliations;
2. ``data/countries.csv``: every ISO 3166 country as a *state* actor (id = ISO alpha-3), with
   aliases, demonyms and the capital (a metonym for the government when flagged);
3. ``data/base/phoenix_actors.jsonl.gz``: the Phoenix/PETRARCH dictionaries (MIT), imported by
   :mod:`sanderling.actors.petrarch`. A base name never shadows a name of a higher layer.

``KnowledgeBase.load()`` with no argument returns a cached default instance.
"""
from __future__ import annotations

import csv
import gzip
import json
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml
from rapidfuzz.distance import Levenshtein

from ..records import ActorRef
from .normalize import acronym_key, consonant_skeleton, fold, norm, norm_tokens

DATA = Path(__file__).parent / "data"
SECTOR_KIND = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "armed group", "UAF": "armed group",
               "LEG": "legislature", "JUD": "court", "PTY": "party", "OPP": "party", "MED": "media", "BUS": "company",
               "NGO": "NGO", "IGO": "IGO", "SPY": "government", "CVL": "group", "REF": "group", "ELI": "person"}
SECTOR_LABEL = {"GOV": "government", "MIL": "military", "COP": "police", "REB": "rebels", "UAF": "irregular armed forces",
                "LEG": "legislature", "JUD": "judiciary", "PTY": "political party", "OPP": "opposition", "MED": "media",
                "BUS": "business", "NGO": "NGO", "IGO": "IGO", "SPY": "intelligence", "CVL": "civilians", "REF": "refugees",
                "ELI": "elites", "HLH": "health", "EDU": "education", "LAB": "labour", "CRM": "criminals"}
IGO_COUNTRIES = {"IGO", "UNO", "EUR", "AFR", "ARL", "NATO"}
IGO_CODES = {"UNO": "IGOUNO", "EUR": "IGOEUREEC", "AFR": "IGOAFR", "ARL": "IGOARL", "NATO": "IGOWSTNAT", "IGO": "IGO"}
# CAMEO regional codes: used as codes of collective actors ("the West", "Gulf states"), never as a country
REGION_CODES = frozenset("WST ARB PGS EUR MEA AFR ASA LAM NAF WAF EAF SAF CAF CAS SAS SEA EEU CEU BLK CAU MDT NMR SAM "
                         "SCN CRB EIN".split())
# demonyms whose plural is the same word: only "the British", "the French" are collective actors
SAME_FORM_SUFFIXES = ("ese", "ish", "ch", "ss", "sh")
_VARIANT_PREFIXES = ("UN", "U.N.", "United Nations")
def _title_words(path: Path) -> frozenset[str]:
    """The words of ``data/title_words.txt``, as written and folded ("bakanı" and "bakani")."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        for w in line.split("#", 1)[0].split():
            words.add(w)
            words.update(norm_tokens(w))
    return frozenset(words)


TITLE_WORDS = _title_words(DATA / "title_words.txt")


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml when available (~10x faster)


def _yaml_load(text: str):
    return yaml.load(text, Loader=_YAML_LOADER)


def _d(x) -> date | None:
    if x is None or x == "":
        return None
    if isinstance(x, date):
        return x
    return date.fromisoformat(str(x).strip())


def _valid(start: date | None, end: date | None, when: date | None) -> bool:
    if when is None:
        return True
    return (start is None or start <= when) and (end is None or when < end)


@dataclass
class Affiliation:
    org: str | None
    role: str | None
    sector: str | None
    code: str | None
    start: date | None = None
    end: date | None = None


@dataclass
class Actor:
    id: str
    name: str
    kind: str | None
    country: str | None
    code: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    part_of: str | None = None
    affiliations: list[Affiliation] = field(default_factory=list)
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    descriptions: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)
    forces: str | None = None
    start: date | None = None
    end: date | None = None
    layer: str = "current"
    national: list[str] = field(default_factory=list)   # sectors for which this is the country's body while valid
    members: list[str] = field(default_factory=list)    # a collective's member states ("Gulf states" -> SAU, ...)

    def valid(self, when: date | None) -> bool:
        return _valid(self.start, self.end, when)

    def name_tokens(self) -> set[str]:
        toks = set()
        for a in (self.name, *self.aliases):
            t = norm_tokens(a)
            toks.update(t)
            # "Abdel Fattah" is written "Abdulfettah" in Turkish copy and "Abdelfattah" in some Arabic: a
            # two-word given name may come as one word
            toks.update(x + y for x, y in zip(t, t[1:]))
        return toks


@dataclass
class Country:
    iso3: str
    name: str
    aliases: list[str]
    demonyms: list[str]
    capitals: list[str]
    capital_as_government: bool


@dataclass
class Agent:
    phrase: str
    sector: str
    kind: str
    person: bool


_REGNAL = re.compile(r"[ivx]+")


def _split_code(code: str) -> tuple[str | None, str | None]:
    from .petrarch import split_code
    return split_code(code)


def office_key(role: str) -> str:
    """One spelling of an office: "Secretary General" / "secretary-general", "envoy for Libya" / "envoy to libya"."""
    words = re.sub(r"[-\u2010-\u2015]", " ", role.lower()).split()
    return " ".join("to" if w == "for" else w for w in words if w not in ("special", "the"))


class KnowledgeBase:
    _default: "KnowledgeBase | None" = None

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.names: dict[str, list[str]] = {}        # normalised name -> actor ids (priority order)
        self.acronyms: dict[str, list[str]] = {}     # case-sensitive acronym -> actor ids
        self.metonyms: dict[str, list[str]] = {}     # capital / seat of power -> actor ids
        self.countries: dict[str, Country] = {}
        self.nationality: dict[str, str] = {}        # demonym or country name -> ISO3 (or IGO code)
        self._offices: dict[tuple[str, str], list] | None = None   # (country, office key) -> [(person, term)]
        self.groups: dict[str, dict] = {}            # ethnic group adjective -> {country, countries, actor}
        self.religions: set[str] = set()             # normalised religious community names ("shiites", "copts")
        self.agents: dict[str, Agent] = {}           # normalised agent phrase (singular and plural) -> Agent
        self.needs_nationality: set[str] = set()
        self.descriptions: dict[str, list[str]] = {}
        self.surnames: dict[str, list[str]] = {}     # single-token person aliases (curated) -> ids
        # last words of curated persons' full names ("kikli" of "Abdul Ghani al-Kikli") -> ids: matched only
        # together with given names that pass the given-name guard
        self.family_names: dict[str, list[str]] = {}
        self.max_name_len = 1
        self._by_len: dict[int, list[str]] = {}
        self.demonym_plurals: dict[str, str] = {}    # "turks", "russians", "british" -> ISO3
        self.same_form_demonyms: set[str] = set()     # "british", "french": collective only after "the"
        self.redirects: dict[str, str] = {}          # merged id -> kept id (user overlays)
        self._merges: list[tuple[str, str]] = []

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, extra_files: Iterable[Path] = (), base: bool = True) -> "KnowledgeBase":
        extra_files = [Path(p) for p in extra_files]
        if not extra_files and base and cls._default is not None:
            return cls._default
        kb = cls()
        files = sorted((DATA / "current").glob("*.yaml")) + extra_files
        for f in files:
            if f.name.endswith((".jsonl", ".jsonl.gz", ".json")):
                kb._load_jsonl(f)
            else:
                kb._load_yaml(f)
        kb._load_countries(DATA / "countries.csv")
        kb._load_agents(DATA / "agents.yaml")
        if base and (DATA / "base" / "phoenix_actors.jsonl.gz").exists():
            kb._load_base(DATA / "base" / "phoenix_actors.jsonl.gz")
        kb._finish()
        if not extra_files and base:
            cls._default = kb
        return kb

    def _add_name(self, text: str, actor_id: str, layer: str) -> None:
        ak = acronym_key(text)
        if ak:
            lst = self.acronyms.setdefault(ak, [])
            if actor_id not in lst:
                lst.append(actor_id)
            return
        key = norm(text)
        if not key:
            return
        lst = self.names.get(key)
        if lst is None:
            self.names[key] = [actor_id]
        elif actor_id not in lst:
            if layer == "base" and any(self.actors[i].layer != "base" for i in lst if i in self.actors):
                return     # curated layers override the base layer
            lst.append(actor_id)

    def add_actor(self, a: Actor) -> None:
        old = self.actors.get(a.id)
        if old is not None and old.layer != "base" and a.layer == "current":
            # merge: later files may add aliases/affiliations to an actor
            old.aliases += [x for x in a.aliases if x not in old.aliases]
            old.affiliations += a.affiliations
            old.descriptions += a.descriptions
            old.metonyms += a.metonyms
            old.national += [x for x in a.national if x not in old.national]
            for k in ("code", "sector", "part_of", "forces", "kind", "country", "start", "end"):
                if getattr(a, k) and not getattr(old, k):
                    setattr(old, k, getattr(a, k))
            a = old
        self.actors[a.id] = a
        names = [a.name] + a.aliases
        if a.layer == "current":
            names += [v for t in names for v in alias_variants(t) if v not in names]
        for t in names:
            self._add_name(t, a.id, a.layer)
        for m in a.metonyms:
            lst = self.metonyms.setdefault(norm(m), [])
            if a.id not in lst:
                lst.append(a.id)
        for d in a.descriptions:
            for v in [d] + alias_variants(d):
                lst = self.descriptions.setdefault(norm(v), [])
                if a.id not in lst:
                    lst.append(a.id)

    def _load_yaml(self, path: Path) -> None:
        doc = _yaml_load(path.read_text(encoding="utf-8")) or {}
        for row in doc.get("actors", []) or []:
            self.add_actor(self._actor_from_dict(row))
        for m in doc.get("merges", []) or []:
            self._merges.append((str(m["keep"]), str(m["merge"])))
        offices = doc.get("officeholders") or {}
        people: dict[tuple[str, str], list] = {}
        for iso, lines in offices.items():
            for line in lines:
                parts = [p.strip() for p in str(line).split("|")]
                parts += [""] * (6 - len(parts))
                name, role, start, end, aliases, sector = parts[:6]
                people.setdefault((iso, name), []).append((role, start, end, aliases, sector))
        surname_count: dict[tuple[str, str], int] = {}
        for iso, name in people:
            toks = norm_tokens(name)
            surname_count[(iso, toks[-1])] = surname_count.get((iso, toks[-1]), 0) + 1
        for (iso, name), terms in people.items():
            toks = norm_tokens(name)
            # a regnal number is no surname: Jordan's Abdullah II is JOR_ABDULLAH_II, not JOR_II
            unique = surname_count[(iso, toks[-1])] == 1 and not _REGNAL.fullmatch(toks[-1])
            pid = f"{iso}_{toks[-1].upper()}" if unique else f"{iso}_{'_'.join(toks).upper()}"
            aliases, affs = [], []
            for role, start, end, al, sector in terms:
                aliases += [x.strip() for x in al.split(";") if x.strip()]
                sec = sector or _role_sector(role)
                org = f"{iso}_{'GOV' if sec in ('GOV', 'SPY') else sec}"
                affs.append(Affiliation(org=org, role=role, sector=sec, code=f"{iso}{sec}", start=_d(start), end=_d(end)))
            self.add_actor(Actor(id=pid, name=name, kind="person", country=iso, aliases=aliases, affiliations=affs))

    def _actor_from_dict(self, row: dict) -> Actor:
        affs = [Affiliation(org=x.get("org"), role=x.get("role"), sector=x.get("sector"), code=x.get("code"),
                            start=_d(x.get("start")), end=_d(x.get("end"))) for x in row.get("affiliations") or []]
        codes = [(c["code"], _d(c.get("start")), _d(c.get("end"))) for c in row.get("codes") or []]
        code = row.get("code")
        sector = row.get("sector")
        country = row.get("country")
        if codes and not code:
            code = codes[-1][0]
        if code and not sector:
            sector = _split_code(code)[1]
        return Actor(id=row["id"], name=row["name"], kind=row.get("kind"), country=country, code=code, sector=sector,
                     aliases=[str(x) for x in row.get("aliases") or []], part_of=row.get("part_of"), affiliations=affs,
                     codes=codes, descriptions=[str(x) for x in row.get("descriptions") or []],
                     metonyms=[str(x) for x in row.get("metonyms") or []], forces=row.get("forces"),
                     start=_d(row.get("start")), end=_d(row.get("end")), layer="current",
                     national=[str(x) for x in (row.get("national") or [])] if not isinstance(row.get("national"), str)
                     else [row["national"]],
                     members=[str(x) for x in row.get("members") or []])

    def _load_jsonl(self, path: Path) -> None:
        """A user dictionary in the JSON-lines format written by :func:`sanderling.actors.curate.import_dictionary`
        (one actor dict per line, the same fields as the YAML full format)."""
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    self.add_actor(self._actor_from_dict(json.loads(line)))

    def _load_countries(self, path: Path) -> None:
        with open(path, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                c = Country(iso3=r["iso3"], name=r["name"], aliases=[x for x in r["aliases"].split("|") if x],
                            demonyms=[x for x in r["demonyms"].split("|") if x],
                            capitals=[x for x in r["capital"].split("|") if x],
                            capital_as_government=r["capital_as_government"].strip() == "1")
                self.countries[c.iso3] = c
                a = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, code=c.iso3, sector=None,
                          aliases=c.aliases, layer="country")
                if c.iso3 not in self.actors:
                    self.actors[c.iso3] = a
                for t in [c.name] + c.aliases:
                    self._add_name(t, c.iso3, "country")
                for t in [c.name] + c.aliases + c.demonyms:
                    if acronym_key(t):
                        continue
                    self.nationality.setdefault(norm(t), c.iso3)
                for d in c.demonyms:
                    if acronym_key(d) or " " in d.strip():
                        continue
                    key = norm(d)
                    if key.endswith(SAME_FORM_SUFFIXES):
                        self.same_form_demonyms.add(key)
                        self.demonym_plurals.setdefault(key, c.iso3)
                    elif key.endswith("s"):
                        self.demonym_plurals.setdefault(key, c.iso3)
                    else:
                        self.demonym_plurals.setdefault(key + "s", c.iso3)
                if c.capital_as_government:
                    gov = f"{c.iso3}_GOV"
                    for cap in c.capitals:
                        lst = self.metonyms.setdefault(norm(cap), [])
                        if gov not in lst:
                            lst.append(gov)
        # IGO "nationalities": UN envoy, EU officials, AU troops, NATO jets
        for text, iso in (("un", "UNO"), ("united nations", "UNO"), ("eu", "EUR"), ("european union", "EUR"),
                          ("european", "EUR"), ("au", "AFR"), ("african union", "AFR"), ("arab league", "ARL"),
                          ("nato", "NATO"), ("security council", "UNO")):
            self.nationality.setdefault(text, iso)

    def _load_agents(self, path: Path) -> None:
        doc = _yaml_load(path.read_text(encoding="utf-8"))
        for sector, spec in doc["agents"].items():
            persons = {norm(re.sub(r"\(.*?\)", "", p)) for p in spec.get("person_nouns", [])}
            for phrase in spec.get("nouns", []):
                phrase = re.sub(r"\(.*?\)", "", phrase).strip()
                key = norm(phrase)
                ag = Agent(phrase=key, sector=sector, kind=spec.get("kind") or SECTOR_KIND.get(sector, "group"),
                           person=key in persons)
                for form in _plurals(key):
                    self.agents.setdefault(form, ag)
        self.needs_nationality = {f for n in doc.get("needs_nationality", []) for f in _plurals(norm(n))}
        self.religions = {norm(r) for r in doc.get("religions", []) or []}
        for g in doc.get("groups", []):
            if not g.get("country"):
                continue
            for n in g["names"]:
                self.groups[norm(n)] = {"country": g["country"], "countries": g.get("countries") or [g["country"]],
                                        "actor": g.get("actor")}

    def _load_base(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r.get("kind") == "state":
                    continue          # states come from countries.csv
                aid = "PH_" + re.sub(r"[^A-Z0-9]+", "_", fold(r["name"]).upper()).strip("_")
                if aid in self.actors:
                    continue
                codes = [(c["code"].lstrip("~"), _d(c["start"]), _d(c["end"])) for c in r["codes"]]
                a = Actor(id=aid, name=r["name"], kind=r.get("kind"), country=r.get("country"),
                          code=None, sector=r.get("sector"), aliases=r.get("aliases", []), codes=codes, layer="base")
                self.actors[aid] = a
                for t in [a.name] + a.aliases:
                    self._add_name(t, aid, "base")

    def _apply_merges(self) -> None:
        """User overlay ``merges: [{keep: A, merge: B}]``: B's names become aliases of A and B redirects to A.
        A ``merge`` that is not an actor id is taken as a plain alias of ``keep``."""
        for keep, merge in self._merges:
            if keep not in self.actors or keep == merge:
                continue
            ka = self.actors[keep]
            ma = self.actors.get(merge)
            if ma is None:
                if merge not in ka.aliases:
                    ka.aliases.append(merge)
                for ids in (self.names.get(norm(merge)), self.acronyms.get(acronym_key(merge) or "")):
                    if ids is not None and keep in ids:
                        ids.remove(keep)
                self._add_name(merge, keep, "current")
                for ids in (self.names.get(norm(merge)), self.acronyms.get(acronym_key(merge) or "")):
                    if ids is not None and keep in ids:
                        ids.remove(keep)
                        ids.insert(0, keep)
                continue
            for t in [ma.name] + ma.aliases:
                if t not in ka.aliases and t != ka.name:
                    ka.aliases.append(t)
            for table in (self.names, self.acronyms, self.metonyms, self.descriptions):
                for ids in table.values():
                    if merge in ids:
                        pos = ids.index(merge)
                        ids.remove(merge)
                        if keep not in ids:
                            ids.insert(pos, keep)
            for t in [ma.name] + ma.aliases:
                self._add_name(t, keep, "current")
            del self.actors[merge]
            self.redirects[merge] = keep

    def _finish(self) -> None:
        self._apply_merges()
        for key, ids in self.names.items():
            words = key.split()
            n = len(words)
            self.max_name_len = max(self.max_name_len, n)
            last = words[-1]
            for i in ids:
                a = self.actors.get(i)
                if not (a and a.kind == "person" and a.layer == "current"):
                    continue
                if n == 1 and len(key) >= 6:
                    self.surnames.setdefault(key, []).append(i)
                elif n > 1 and len(last) >= 4 and i not in self.family_names.get(last, ()):
                    self.family_names.setdefault(last, []).append(i)
        self.max_name_len = min(self.max_name_len, 10)
        # national institutions: ("SDN", "MIL") -> SDN_SAF when "Sudanese army" names a curated actor
        self.national: dict[tuple[str, str], list[str]] = {}
        for a in self.actors.values():       # explicit ``national: [GOV]`` first (time-bounded bodies)
            if a.layer == "current" and a.national and a.country:
                for sec in a.national:
                    self.national.setdefault((a.country, sec), []).append(a.id)
        for iso, c in self.countries.items():
            for d in [c.name] + c.demonyms:
                for suffix, sec in (("army", "MIL"), ("military", "MIL"), ("armed forces", "MIL"),
                                    ("government", "GOV"), ("police", "COP")):
                    for i in self.names.get(norm(f"{d} {suffix}"), []):
                        a = self.actors.get(i)
                        if a is not None and a.layer == "current" and a.country == iso:
                            lst = self.national.setdefault((iso, sec), [])
                            if i not in lst:
                                lst.append(i)
        self._surname_keys = list(self.surnames)

    # ------------------------------------------------------------------ access
    def get(self, actor_id: str) -> Actor | None:
        actor_id = self.redirects.get(actor_id, actor_id)
        a = self.actors.get(actor_id)
        if a is None:
            a = self._generic_actor(actor_id)
        return a

    def _generic_actor(self, actor_id: str) -> Actor | None:
        m = re.fullmatch(r"([A-Z]{3,4})_([A-Z]{3})", actor_id)
        if not m:
            return None
        iso, sec = m.groups()
        c = self.countries.get(iso)
        cname = c.name if c else iso
        code = IGO_CODES.get(iso, "IGO") if iso in IGO_COUNTRIES else f"{iso}{sec}"
        return Actor(id=actor_id, name=f"{cname} {SECTOR_LABEL.get(sec, sec.lower())}", kind=SECTOR_KIND.get(sec, "group"),
                     country=iso, code=code, sector=sec if iso not in IGO_COUNTRIES or sec != "GOV" else "IGO", layer="generic")

    def national_body(self, country: str, sector: str, when: date | None = None) -> Actor | None:
        """The curated body of ``country`` for ``sector`` valid at ``when`` ("Libya's government" in 2019 ->
        the GNA), from ``national:`` entries and "<demonym> army|government|police" names; None if unknown."""
        for nid in self.national.get((country, sector), []):
            na = self.actors.get(nid)
            if na is not None and na.valid(when):
                return na
        return None

    def candidates(self, text: str) -> list[str]:
        ids = []
        ak = acronym_key(text)
        if ak and ak in self.acronyms:
            ids += self.acronyms[ak]
        ids += self.names.get(norm(text), [])
        return ids

    def choose(self, ids: list[str], when: date | None, require_valid: bool = False) -> Actor | None:
        """The actor a name means at ``when``. With no candidate valid then, the one nearest in time (the
        proposed unity government of 2015 is the GNA of 2016, not the GNU of 2021), or none when
        ``require_valid`` (a city standing for the government seated there needs that government to exist)."""
        best, best_score = None, None
        for rank, i in enumerate(ids):
            a = self.get(i)
            if a is None:
                continue
            valid = a.valid(when)
            if require_valid and not valid:
                continue
            layer_rank = {"current": 0, "country": 1, "generic": 1, "base": 2}.get(a.layer, 3)
            if valid:
                # two bodies valid under one name (a government taking over from another): the newer one
                tie = -a.start.toordinal() if (when is not None and a.start is not None) else 0
            else:
                tie = (a.start - when).days if a.start is not None and when < a.start else \
                    (when - a.end).days if a.end is not None and when > a.end else 0
            score = (0 if valid else 1, 0 if (when is None or self._has_valid_code(a, when)) else 1, layer_rank,
                     tie, rank)
            if best_score is None or score < best_score:
                best, best_score = a, score
        return best

    def _has_valid_code(self, a: Actor, when: date) -> bool:
        if a.affiliations:
            return any(_valid(f.start, f.end, when) for f in a.affiliations)
        if a.codes:
            return any(_valid(s, e, when) and (s or e) for _, s, e in a.codes) or any(not s and not e for _, s, e in a.codes)
        return True

    def affiliation(self, actor_id: str, when: date | None = None) -> Affiliation | None:
        """The affiliation valid at ``when`` (the current/latest one when ``when`` is None)."""
        a = self.get(actor_id)
        if a is None or not a.affiliations:
            return None
        if when is None:
            open_ = [f for f in a.affiliations if f.end is None]
            pool = open_ or a.affiliations
            return max(pool, key=lambda f: f.start or date.min)
        for f in a.affiliations:
            if _valid(f.start, f.end, when):
                return f
        return None

    def body_of(self, actor_id: str, owners: set[str]) -> bool:
        """``actor_id`` is one of ``owners``' own bodies: its ``part_of`` chain reaches one of them (a few links
        at most, so a cycle in a user's file cannot hang the run)."""
        a = self.get(actor_id)
        for _ in range(5):
            if a is None or not a.part_of:
                return False
            if a.part_of in owners:
                return True
            a = self.get(a.part_of)
        return False

    def holder(self, country: str, role: str, when: date | None) -> Actor | None:
        """The one person holding ``role`` ("foreign minister", "envoy to libya") for ``country`` (an ISO3 or IGO
        code) on ``when``, by the dated affiliations of the knowledge base; None when no one or several do."""
        if when is None:
            return None
        if self._offices is None:
            self._offices = {}
            for a in self.actors.values():
                for f in a.affiliations or ():
                    if a.kind == "person" and a.country and f.role:
                        self._offices.setdefault((a.country, office_key(f.role)), []).append((a, f))
        found = {a.id: a for a, f in self._offices.get((country, office_key(role)), ()) if _valid(f.start, f.end, when)}
        return next(iter(found.values())) if len(found) == 1 else None

    def role(self, actor_id: str, when: date | None = None) -> str | None:
        f = self.affiliation(actor_id, when)
        return f.role if f else None

    def code_at(self, a: Actor, when: date | None) -> tuple[str | None, str | None]:
        """(code, sector) of an actor at a date."""
        if a.affiliations:
            f = self.affiliation(a.id, when)
            if f is not None:
                return f.code, f.sector
            if when is not None:
                if all(x.start and when < x.start for x in a.affiliations):
                    if a.code:
                        return a.code, a.sector
                    return (f"{a.country}" if a.country else None), None
                # after all affiliations ended: a former office-holder (CAMEO "ELI")
                if a.country and a.country not in IGO_COUNTRIES:
                    return f"{a.country}ELI", "ELI"
                return a.code or IGO_CODES.get(a.country or "", None), "ELI"
        if a.codes:
            dated = [c for c in a.codes if c[1] or c[2]]
            undated = [c for c in a.codes if not (c[1] or c[2])]
            pick = None
            if when is not None:
                valid = [c for c in dated if _valid(c[1], c[2], when)]
                pick = valid[-1] if valid else (undated[0] if undated else None)
                if pick is None and dated:
                    pick = min(dated, key=lambda c: abs(((c[1] or c[2]) - when).days))
            else:
                open_ = [c for c in dated if c[2] is None]
                pick = (max(open_, key=lambda c: c[1] or date.min) if open_ else (undated[0] if undated else dated[-1]))
            code = pick[0]
            return code, _split_code(code)[1]
        return a.code, a.sector

    def ref(self, a: Actor, when: date | None = None, text: str = "", discovered: bool = False) -> ActorRef:
        code, sector = self.code_at(a, when)
        country = a.country
        if country is None and code and code not in REGION_CODES:
            country = _split_code(code)[0]
        return ActorRef(id=a.id, name=a.name, country=country, code=code, sector=sector, kind=a.kind,
                        text=text, discovered=discovered)

    def generic_ref(self, country: str | None, sector: str, kind: str | None = None, text: str = "",
                    when: date | None = None, discovered: bool = False, institution: bool = False) -> ActorRef:
        """``ISO_SECTOR`` reference. With ``institution`` (the noun names the body itself: "Libya's government",
        "the Sudanese army") the national body valid at ``when`` wins over a curated ``ISO_SECTOR`` actor."""
        if sector == "STATE":
            # "the Turkish occupier": a hostile name for the state, coded as the state
            state = self.actors.get(country) if country else None
            if state is not None:
                return self.ref(state, when, text, discovered=False)
            sector = "GOV"
        if country is None:
            return ActorRef(id=f"AGENT_{sector}", name=SECTOR_LABEL.get(sector, sector), country=None, code=None,
                            sector=sector, kind=kind or SECTOR_KIND.get(sector), text=text, discovered=discovered)
        if country in IGO_COUNTRIES and sector in ("GOV", "IGO"):
            base = {"UNO": "UNO", "EUR": "EUR_EU", "AFR": "AFR_AU", "ARL": "ARL_ARAB_LEAGUE", "NATO": "NATO"}.get(country)
            if base and base in self.actors:
                r = self.ref(self.actors[base], when, text)
                return ActorRef(id=r.id, name=r.name, country=r.country, code=r.code, sector="IGO", kind=r.kind,
                                text=text, discovered=discovered)
        aid = f"{country}_{sector}"
        if institution:
            a = self.national_body(country, sector, when) or self.actors.get(aid)
        else:
            a = self.actors.get(aid) or self.national_body(country, sector, when)
        a = a or self._generic_actor(aid)
        r = self.ref(a, when, text)
        return ActorRef(id=r.id, name=r.name, country=r.country, code=r.code or f"{country}{sector}", sector=sector,
                        kind=kind or r.kind, text=text, discovered=discovered)

    # ------------------------------------------------------------------ lookup
    def lookup(self, name: str, when: date | None = None, allow_fuzzy: bool = True) -> ActorRef | None:
        """Resolve a name (person, organisation, country, capital metonym) to an ActorRef valid at ``when``."""
        a = self.find_actor(name, when, allow_fuzzy=allow_fuzzy)
        return self.ref(a, when, text=name) if a else None

    def find_actor(self, name: str, when: date | None = None, allow_fuzzy: bool = True) -> Actor | None:
        ids = self.candidates(name)
        if ids:
            return self.choose(ids, when)
        toks = list(norm_tokens(name))
        if not toks:
            return None
        key = " ".join(toks)
        if key in self.metonyms:
            return self.choose(self.metonyms[key], when, require_valid=True)
        # strip leading nationality adjectives and titles: "Turkish President Recep Tayyip Erdogan"
        i = 0
        while i < len(toks) - 1 and (toks[i] in TITLE_WORDS or toks[i] in self.nationality):
            i += 1
        if i:
            sub = " ".join(toks[i:])
            ids = self.names.get(sub, [])
            if ids:
                cand = self.choose(ids, when)
                if cand is not None and cand.kind == "person":
                    return cand
            toks = toks[i:]
        return self.match_person_tokens(toks, when, allow_fuzzy=allow_fuzzy)

    def match_person_tokens(self, toks: list[str], when: date | None = None, allow_fuzzy: bool = True) -> Actor | None:
        """Surname-based person match with a given-name guard (and a conservative fuzzy fallback)."""
        if not toks:
            return None
        last = toks[-1]
        given = [t for t in toks[:-1] if t not in TITLE_WORDS and t not in ("bin", "ibn", "abu", "abdel", "abdul", "abd")]
        cands = list(self.surnames.get(last, []))
        if not cands and allow_fuzzy:
            cands = self.fuzzy_surname(last)
        if not cands and given:
            # one person's name in another transliteration ("Abdulgani el-Kikli" / "Abdul Ghani al-Kikli"): the
            # family name as written, the given names within the guard
            cands = list(self.family_names.get(last, []))
        for cid in cands:
            a = self.actors[cid]
            if given:
                names = a.name_tokens()
                if not all(given_name_ok(g, names) for g in given):
                    continue
            return a if len(cands) == 1 or given else self.choose(cands, when)
        if len(toks) > 1 and not given:
            return None
        return None

    def fuzzy_surname(self, token: str) -> list[str]:
        """Conservative fuzzy match of one long surname token: edit distance 1 (2 from 11 letters on),
        same first letter, and a unique best candidate."""
        if len(token) < 6 or not token.isalpha() or token in self.names or token in self.nationality \
                or token in TITLE_WORDS:
            return []     # "the Field Marshal" is a rank, not a misspelt Mashal
        limit = 1 if len(token) < 11 else 2
        # Russian and some Arabic transliterations write an initial h as kh (Khaftar/Haftar): compare without it
        forms = [token, token[1:]] if token.startswith("kh") else [token]
        out = []
        for key in self._surname_keys:
            for form in forms:
                if key[0] != form[0] or abs(len(key) - len(form)) > limit:
                    continue
                d = Levenshtein.distance(key, form, score_cutoff=limit)
                if d <= limit:
                    out.append((d + (form != token), key))
        if not out:
            return []
        out.sort()
        best = out[0][0]
        keys = {k for d, k in out if d == best}
        ids = []
        for k in keys:
            ids += [i for i in self.surnames[k] if i not in ids]
        return ids if len({self.actors[i].id for i in ids}) == 1 else []

    def nationality_of(self, text: str) -> str | None:
        key = norm(text)
        if key in self.nationality:
            return self.nationality[key]
        ak = acronym_key(text)
        if ak in ("US", "USA"):
            return "USA"
        if ak in ("UK",):
            return "GBR"
        if ak in ("UAE",):
            return "ARE"
        if ak in ("UN",):
            return "UNO"
        if ak in ("EU",):
            return "EUR"
        if ak in ("AU",):
            return "AFR"
        if ak in ("NATO",):
            return "NATO"
        return None

    def first_words(self) -> frozenset[str]:
        """First normalised word of every name and metonym: a cheap gate before trying spans."""
        fw = getattr(self, "_first_words", None)
        if fw is None:
            fw = frozenset(k.split()[0] for k in list(self.names) + list(self.metonyms) if k)
            self._first_words = fw
        return fw

    def agent(self, phrase: str) -> Agent | None:
        return self.agents.get(norm(phrase))

    # ------------------------------------------------------------------ spaCy patterns
    def ruler_patterns(self, include_base: bool = False, since: date = date(2000, 1, 1)) -> list[dict]:
        """EntityRuler patterns with label ``ACTOR`` and ``id`` = actor id.

        Long names are phrase patterns meant for ``phrase_matcher_attr="LOWER"``; acronyms are token
        patterns on exact ``ORTH`` so that "us" never matches "US". Countries, demonyms and capitals
        are left to spaCy's statistical NER (GPE/NORP) and are resolved by :func:`find_mentions`.
        The base layer is left out by default (its ~27k names make ``add_patterns`` take ~12 s; with
        ``include_base=True`` only multi-word names valid after ``since`` are added). Base names are
        still found by :func:`sanderling.actors.mentions.find_mentions`, which scans the KB itself.
        Suggested use::

            ruler = nlp.add_pipe("entity_ruler", before="ner",
                                 config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
            ruler.add_patterns(kb.ruler_patterns())
        """
        out, seen = [], set()

        def add(pattern, aid):
            k = (str(pattern), aid)
            if k not in seen:
                seen.add(k)
                out.append({"label": "ACTOR", "pattern": pattern, "id": aid})

        for a in self.actors.values():
            if a.layer == "country":
                continue
            if a.layer == "base":
                if not include_base or a.kind == "state":
                    continue
                if a.codes and all(e is not None and e < since for _, s, e in a.codes if (s or e)) and \
                        not any(not s and not e for _, s, e in a.codes):
                    continue
            for t in [a.name] + a.aliases:
                t = t.strip()
                if not t:
                    continue
                ak = acronym_key(t)
                if ak:
                    add([{"ORTH": t}], a.id)
                    if "." not in t and len(t) <= 4:
                        add([{"ORTH": ".".join(t) + "."}], a.id)
                    continue
                if a.layer == "base" and len(t.split()) < 2:
                    continue
                add(t, a.id)
                f = fold(t)
                if f != t.lower():
                    add(f, a.id)
        return out


def alias_variants(text: str) -> list[str]:
    """Spelling variants of a curated descriptive alias: "UN-backed government" also as "U.N.-backed" and
    "United Nations-backed"; British/American "-ised"/"-ized" ("UN-recognised" / "UN-recognized")."""
    out = []
    for p in _VARIANT_PREFIXES:
        if text.startswith(p + "-") or text.startswith(p + " "):
            rest = text[len(p):]
            out += [q + rest for q in _VARIANT_PREFIXES if q != p]
            break
    for t in [text] + out:
        if re.search(r"is(ed|ation)\b", t):
            out.append(re.sub(r"is(ed|ation)\b", r"iz\1", t))
        elif re.search(r"iz(ed|ation)\b", t):
            out.append(re.sub(r"iz(ed|ation)\b", r"is\1", t))
    return [x for x in dict.fromkeys(out) if x != text]


def _unvoweled(name: str) -> str:
    return re.sub(r"[aeiouy]", "", name)


def given_name_ok(g: str, names: set[str]) -> bool:
    """A given name matches exactly, or - for long ones - within a small edit distance with the same first
    letter (Salahuddin / Salaheddine); short given names (Ali, Saif) must match exactly."""
    if g in names:
        return True
    if len(g) >= 4 and g[0] in "aeiou" and any(
            len(n) >= 4 and n[0] in "aeiou" and _unvoweled(n) == _unvoweled(g) and len(_unvoweled(g)) >= 2 for n in names):
        return True      # Usame / Osama / Usama: a name starting with a vowel is written with any of them
    if len(g) >= 4 and any(n[:1] == g[:1] and len(n) >= 4 and consonant_skeleton(n) == consonant_skeleton(g) for n in names):
        return True      # Fethi / Fathi, Mohamed / Mohammed: one name in two transliterations
    if len(g) < 6:
        return False
    limit = 1 if len(g) < 8 else 2
    return any(n[:1] == g[:1] and abs(len(n) - len(g)) <= limit and Levenshtein.distance(n, g, score_cutoff=limit) <= limit
               for n in names)


def _role_sector(role: str) -> str:
    r = role.lower()
    if any(w in r for w in ("chief of general staff", "army chief", "army commander", "chief of staff", "commander")):
        return "MIL"
    if "speaker" in r or "lawmaker" in r:
        return "LEG"
    if "intelligence" in r:
        return "SPY"
    if "party" in r:
        return "PTY"
    return "GOV"


@lru_cache(maxsize=None)
def _plurals(key: str) -> tuple[str, ...]:
    words = key.split()
    if not words:
        return ()
    last = words[-1]
    forms = {last}
    if last.endswith("man"):
        forms.add(last[:-3] + "men")
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        forms.add(last[:-1] + "ies")
    elif last.endswith(("s", "x", "ch", "sh")):
        forms.add(last + "es")
    else:
        forms.add(last + "s")
    if last == "child":
        forms.add("children")
    if last == "person":
        forms.add("people")
    return tuple(" ".join(words[:-1] + [f]) for f in sorted(forms))
