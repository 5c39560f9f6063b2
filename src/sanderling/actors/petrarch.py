"""Importer for PETRARCH/TABARI-format actor dictionaries (e.g. the Phoenix dictionaries).

Format, as read here::

    # comment
    RECEP_TAYYIP_ERDOGAN_  # optional comment
    +ERDOGAN_                      <- synonym of the entry above
    +TAYYIP_ERDOGAN
        [TURGOV 021118-030314]     <- code lines (tab-indented), with optional date bounds
        [TURGOV >030314]              YYMMDD-YYMMDD | >YYMMDD (from) | <YYMMDD (until)
    UN_SECURITY_COUNCIL_  [IGOUNO] # codes may also follow the name on the same line

Underscores join words; a trailing underscore (a "stop" in PETRARCH) is dropped.
``import_petrarch`` returns plain dicts; ``build_base`` writes the compressed base layer
shipped in ``data/base/``.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .normalize import petrarch_phrase

_CODE_RE = re.compile(r"\[([^\]]*)\]")
IGO_PREFIXES = {"UNO": "UNO", "EUR": "EUR", "AFR": "AFR", "ARL": "ARL", "ARB": "ARL", "WST": "NATO"}
_SECTORS_AS_KIND = {
    "GOV": "government", "MIL": "military", "COP": "police", "REB": "armed group", "INS": "armed group",
    "UAF": "armed group", "PTY": "party", "OPP": "party", "LEG": "legislature", "JUD": "court",
    "MED": "media", "BUS": "company", "NGO": "NGO", "IGO": "IGO", "SPY": "government",
}


def parse_date(s: str, pivot: int = 20) -> date:
    """YYMMDD (two-digit years: <= pivot -> 20yy) or YYYYMMDD."""
    s = s.strip()
    if len(s) == 8:
        return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    yy, mm, dd = int(s[:2]), int(s[2:4]), int(s[4:6])
    year = 2000 + yy if yy <= pivot else 1900 + yy
    return date(year, max(mm, 1), max(dd, 1))


def parse_code(body: str) -> dict | None:
    """``"TURGOV 021118-030314"`` -> {"code": "TURGOV", "start": "2002-11-18", "end": "2003-03-14"}."""
    parts = body.split()
    if not parts:
        return None
    code = parts[0].strip().upper()
    if not re.fullmatch(r"~?[A-Z0-9]{3,15}", code):
        return None
    start = end = None
    if len(parts) > 1:
        span = parts[1]
        try:
            if span.startswith(">"):
                start = parse_date(span[1:])
            elif span.startswith("<"):
                end = parse_date(span[1:])
            elif "-" in span:
                a, b = span.split("-", 1)
                start, end = parse_date(a), parse_date(b)
        except ValueError:
            pass
    return {"code": code, "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None}


def split_code(code: str) -> tuple[str | None, str | None]:
    """CAMEO code -> (country or IGO code, primary sector)."""
    code = code.lstrip("~")
    if code.startswith("IGO"):
        rest = code[3:]
        return IGO_PREFIXES.get(rest[:3], "IGO"), "IGO"
    if code.startswith("NGO"):
        return None, "NGO"
    if code.startswith("MNC"):
        return None, "BUS"
    if len(code) == 3 and code in {"GOV", "MIL", "REB", "OPP", "ELI", "CVL", "BUS", "MED", "LEG", "JUD",
                                  "COP", "PTY", "SPY", "UAF", "IGO", "NGO", "REF", "LAB", "EDU", "HLH"}:
        return None, code
    country = code[:3] if code[:3].isalpha() else None
    sector = code[3:6] or None
    return country, sector


def _title(phrase: str) -> str:
    return " ".join(w if any(c.islower() for c in w) else w.capitalize() for w in phrase.split())


def import_petrarch(path: str | Path) -> list[dict]:
    """Read one PETRARCH actor dictionary into a list of actor dicts.

    Each dict: ``name``, ``aliases`` (list), ``codes`` (list of {code, start, end}),
    ``country``, ``sector`` and ``kind`` (from the first undated or latest code), ``comment``.
    """
    path = Path(path)
    opener = gzip.open if path.suffix == ".gz" else open
    actors: list[dict] = []
    cur: dict | None = None

    def flush():
        nonlocal cur
        if cur and cur["codes"]:
            _finish(cur)
            actors.append(cur)
        cur = None

    with opener(path, "rt", encoding="utf-8", errors="replace") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            comment = ""
            if "#" in stripped:
                stripped, comment = stripped.split("#", 1)
                stripped = stripped.strip()
                comment = comment.strip()
            codes = [c for c in (parse_code(m) for m in _CODE_RE.findall(stripped)) if c]
            head = _CODE_RE.sub(" ", stripped).strip()
            if line[:1] in ("\t", " ") and not head:
                if cur is not None:
                    cur["codes"].extend(codes)
                continue
            if head.startswith("+"):
                if cur is not None:
                    alias = petrarch_phrase(head[1:])
                    if alias:
                        cur["aliases"].append(_title(alias))
                    cur["codes"].extend(codes)
                continue
            if head.startswith("!") or "{" in head:
                continue
            flush()
            name = petrarch_phrase(head)
            if not name:
                continue
            cur = {"name": _title(name), "aliases": [], "codes": codes, "comment": comment}
    flush()
    return actors


def _finish(a: dict) -> None:
    seen = set()
    codes = []
    for c in a["codes"]:
        key = (c["code"], c["start"], c["end"])
        if key not in seen:
            seen.add(key)
            codes.append(c)
    a["codes"] = codes
    a["aliases"] = [x for x in dict.fromkeys(a["aliases"]) if x.lower() != a["name"].lower()]
    # Primary code: prefer an open-ended (no end) one, latest start first.
    best = sorted(codes, key=lambda c: (c["end"] is None, c["start"] or ""), reverse=True)[0]
    country, sector = split_code(best["code"])
    if country is None:
        for c in codes:
            country = split_code(c["code"])[0]
            if country:
                break
    a["country"] = country
    a["sector"] = sector
    code = best["code"].lstrip("~")
    if len(code) == 3 and country == code:
        a["kind"] = "state"
    elif sector in ("ELI",) or "rulers" in a.get("comment", "") or "CountryInfo" in a.get("comment", ""):
        a["kind"] = "person"
    else:
        a["kind"] = _SECTORS_AS_KIND.get(sector or "", "group")


def build_base(sources: list[Path], out: Path) -> int:
    """Import several dictionaries and write them as gzipped JSON lines; returns the row count."""
    n = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        for src in sources:
            for a in import_petrarch(src):
                a["source"] = Path(src).name
                a.pop("comment", None)
                fh.write(json.dumps(a, ensure_ascii=False, separators=(",", ":")) + "\n")
                n += 1
    return n


if __name__ == "__main__":  # python -m sanderling.actors.petrarch DICT... OUT.jsonl.gz
    import sys
    *srcs, dst = sys.argv[1:]
    print(build_base([Path(s) for s in srcs], Path(dst)))


# ---------------------------------------------------------------------------------------------------------
# PETRARCH agents dictionary and actor-code composition (used in PETRARCH mode only)
#
# An agents dictionary line is ``PHRASE {PLURAL} [code]  # comment``: ``[~GOV]`` appends GOV to the code of the
# actor the agent belongs to ("Arnor cleric" -> ARN + REL), ``[NGO~]`` puts NGO before it ("MSF Arnor" ->
# NGOARN); ``{}`` says the phrase has no plural, ``{A_B}`` gives an irregular one, otherwise the regular
# plural of the last word is added. ``!NAME! = A, B, C`` defines a substitution set used as ``!NAME!`` inside
# phrases (``!MINST!_OF_SILLY_WALKS``). An agent found without any actor in its noun phrase codes as
# ``---XXX`` (no country), as PETRARCH writes it.
# ---------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PetrAgent:
    words: tuple[str, ...]
    prefix: str          # 'NGO' for [NGO~]
    suffix: str          # 'GOV' for [~GOV]


def _plural(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def read_agents(path: str | Path | None = None, text: str | None = None) -> dict[tuple[str, ...], PetrAgent]:
    """Phrase (lower-case word tuple, singular and plural forms) -> PetrAgent."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    subs: dict[str, list[str]] = {}
    out: dict[tuple[str, ...], PetrAgent] = {}
    for raw in text.splitlines():
        s = raw.split("#", 1)[0].strip()
        if not s or s.startswith("<!--"):
            continue
        m = re.fullmatch(r"(![A-Z]+!)\s*=\s*(.+)", s)
        if m:
            subs[m.group(1)] = [w.strip().lower() for w in m.group(2).split(",") if w.strip()]
            continue
        codes = _CODE_RE.findall(s)
        if not codes:
            continue
        code = codes[0].replace(" ", "").upper()
        head = _CODE_RE.sub(" ", s)
        plural_m = re.search(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", " ", head).strip()
        if not head or "~" not in code:
            continue
        prefix, _, suffix = code.partition("~")
        phrases = [head.lower()]
        for name, members in subs.items():     # !MINST!_OF_SILLY_WALKS -> minister_of_silly_walks ...
            if name.lower() in phrases[0]:
                phrases = [p.replace(name.lower(), " " + w + " ") for p in phrases for w in members]
        forms: list[str] = []
        for p in phrases:
            words = p.replace("_", " ").split()
            if not words:
                continue
            forms.append(" ".join(words))
            if plural_m is None:
                forms.append(" ".join(words[:-1] + [_plural(words[-1])]))
            elif plural_m.group(1).strip():
                forms.append(" ".join(plural_m.group(1).lower().replace("_", " ").split()))
        for f in forms:
            out.setdefault(tuple(f.split()), PetrAgent(tuple(f.split()), prefix, suffix))
    return out


def compose_code(base: str | None, agents: list[PetrAgent]) -> str:
    """PETRARCH's code composition: prefixes + actor code + suffixes, a suffix the code already ends with
    is not repeated ("White House security officials": USAGOV + GOV = USAGOV); no actor gives ``---``."""
    code = (base or "---").upper()
    for a in agents:
        if a.suffix and not code.endswith(a.suffix):
            code += a.suffix
    pre = "".join(a.prefix for a in agents if a.prefix and not code.startswith(a.prefix))
    return pre + code


_GENERIC_ID = re.compile(r"^(?:[A-Z]{3,4}_[A-Z]{3}|AGENT_[A-Z]+|DISC_.*)$")
_NP_LEFT = {"det", "amod", "compound", "poss", "nmod", "nummod", "case", "quantmod", "advmod", "punct"}
_NP_PREPS = {"of", "in", "from", "at"}


def _agent_matches(doc, agents: dict) -> dict[int, tuple[int, int, PetrAgent]]:
    """token index -> (start, end, agent) for the longest agent phrase covering it."""
    maxlen = max((len(k) for k in agents), default=0)
    low = [t.lower_ for t in doc]
    out: dict[int, tuple[int, int, PetrAgent]] = {}
    i = 0
    while i < len(doc):
        for n in range(min(maxlen, len(doc) - i), 0, -1):
            ag = agents.get(tuple(low[i:i + n]))
            if ag is not None:
                for j in range(i, i + n):
                    out[j] = (i, i + n, ag)
                i += n
                break
        else:
            i += 1
    return out


def _np_tokens(h, stop: set[int]) -> list:
    """The noun phrase of head ``h``: left modifiers and of/in/from/at phrases (with their conjuncts)."""
    out, stack = [], [h]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.i in stop:
                continue
            if c.dep_ in _NP_LEFT or (c.dep_ == "conj" and t.i != h.i and t.dep_ == "pobj") \
                    or (c.dep_ == "pobj" and t.dep_ == "prep") or (c.dep_ == "conj" and t.dep_ in ("pobj", "compound")):
                stack.append(c)
            elif c.dep_ == "prep" and c.lower_ in _NP_PREPS and t.pos_ in ("NOUN", "PROPN"):
                stack.append(c)
    return out


def petrarch_mentions(doc, mentions: list, kb, agents: dict, when=None) -> list:
    """Recode actor mentions the way PETRARCH does: an actor's code is its dictionary code composed with the
    agent codes of its noun phrase ("Brazilian officials" -> BRA + GOV; "Arnor cleric" -> ARNREL; "MSF
    Arnor" -> NGOARN); an agent phrase without an actor gives ``---XXX``. Mentions our coder composed from
    its own agent nouns (generic ``ISO_SECTOR`` references) are taken apart into the named actor they
    contain; the composed mentions cover the noun-phrase head, so the role finder picks them up there."""
    from ..records import ActorRef, Mention

    amatch = _agent_matches(doc, agents)
    base: dict[int, list[tuple[str, str]]] = {}        # token -> [(code, name)]
    keep = []
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            keep.append(m)
            continue
        generic = bool(_GENERIC_ID.match(m.actor.id)) and m.via != "coref"
        if not generic:
            if m.via == "coref":
                keep.append(m)
                continue
            if all(t.i in amatch for t in span) and span.root.i in amatch:
                continue                                 # an agent phrase ("MSF"), not an actor
            code = m.actor.code or m.actor.country
            if code:
                base.setdefault(span.root.i, []).append((code, m.actor.name))
                keep.append(m)
            continue
        # a generic reference: find the named actor (or nationality) among its non-agent words
        toks = [t for t in span if t.i not in amatch and t.pos_ in ("PROPN", "NOUN", "ADJ")]
        i = 0
        while i < len(toks):
            found = False
            for j in range(len(toks), i, -1):
                run = toks[i:j]
                if any(b.i - a.i != 1 for a, b in zip(run, run[1:])):
                    continue
                text = doc[run[0].i:run[-1].i + 1].text
                ref = kb.lookup(text, when, allow_fuzzy=False)
                code = ref.code if ref is not None else None
                if code is None and j - i == 1:
                    code = kb.nationality_of(text)
                if code:
                    base.setdefault(run[-1].i, []).append((code, text))
                    i, found = j, True
                    break
            if not found:
                i += 1
    heads = sorted({t.head.i if t.dep_ in ("compound",) and t.head.i in amatch and t.head.pos_ in ("NOUN", "PROPN")
                    else t.i for t in doc if t.i in amatch or t.i in base})
    # NP heads: climb compound/amod/poss/nmod links from agent tokens and actor tokens
    def np_head(t):
        for _ in range(6):
            if t.dep_ in ("compound", "amod", "poss", "nmod", "nummod") and t.head.i != t.i:
                t = t.head
            else:
                break
        return t
    heads = sorted({np_head(doc[i]).i for i in heads})
    out_new = []
    covered: set[int] = set()
    prev_np_actors: dict[int, list] = {}
    for hi in heads:
        h = doc[hi]
        np = _np_tokens(h, stop=set())
        ags, seen_ag = [], set()
        for t in sorted(np, key=lambda t: t.i):
            if t.i in amatch and amatch[t.i][:2] not in seen_ag:
                seen_ag.add(amatch[t.i][:2])
                ags.append(amatch[t.i][2])
        actors = [c for t in sorted(np, key=lambda t: t.i) for c in base.get(t.i, [])]
        if not actors and h.dep_ == "conj" and h.head.i in prev_np_actors:
            actors = prev_np_actors[h.head.i]        # "Lawmakers and officials in Fornost": shared actors
        prev_np_actors[hi] = actors
        if not ags:
            continue
        # an actor that is itself the head with no agent in its own phrase keeps its code
        codes = [(compose_code(c, ags), n) for c, n in actors] or [(compose_code(None, ags), h.text)]
        covered.add(hi)
        for code, name in dict.fromkeys(codes):
            sector = code[-3:] if code[-3:].isalpha() else None
            ref = ActorRef(id="PETRC_" + code, name=name, country=code[:3] if code[:3].isalpha() else None,
                           code=code, sector=sector, kind="group", text=h.text)
            out_new.append(Mention(doc.user_data.get("doc_id", ""), h.idx, h.idx + len(h.text), h.text, ref,
                                   via="petrarch"))
    final = []
    for m in keep:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and any(t.i in covered for t in span):
            # a mention over a composed head gives way, but the named actors inside the phrase stay
            if span.root.i in covered and len(span) == 1:
                continue
            if span.root.i in covered:
                continue
        final.append(m)
    final = final + out_new
    return sorted(final + _conj_copies(doc, final), key=lambda m: (m.start, m.end))


def _conj_copies(doc, mentions: list) -> list:
    """PETRARCH codes every member of a coordination ("Mordor, Rohan, Fornost and Bree welcomed ..."): the
    parser chains such lists (Rohan <-conj- Fornost), so each member's actor is also placed at the first
    member's position, where the role finder looks."""
    from ..records import Mention
    by_tok: dict[int, list] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None:
            by_tok.setdefault(span.root.i, []).append(m)
    out = []
    for i, ms in by_tok.items():
        t = doc[i]
        if t.dep_ == "conj":
            continue
        seen = {m.actor.id for m in ms}
        stack = [c for c in t.children if c.dep_ == "conj"]
        while stack:
            c = stack.pop(0)
            for m in by_tok.get(c.i, []):
                if m.actor.id not in seen:
                    seen.add(m.actor.id)
                    first = ms[0]
                    out.append(Mention(first.doc_id, first.start, first.end, first.text, m.actor, via="conj"))
            stack += [g for g in c.children if g.dep_ == "conj"]
    return out
