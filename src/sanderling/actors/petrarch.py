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
