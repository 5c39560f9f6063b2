"""Curation helpers behind ``sanderling actors list|show|merge|import`` (the CLI wiring lives elsewhere).

* :func:`list_actors` - search the knowledge base by name/alias/id and country;
* :func:`show_actor` - every field of one actor, its names and its affiliations/codes over time;
* :func:`merge_actors` - record in a user YAML overlay that one actor is an alias of another
  (``KnowledgeBase.load(extra_files=[user_file])`` applies it);
* :func:`import_dictionary` - convert a PETRARCH/CAMEO actor dictionary into a YAML or JSON-lines
  file in the curated format, to be passed with ``--actors`` (``extra_files``).
"""
from __future__ import annotations

import gzip
import json
import re
from datetime import date
from pathlib import Path

import yaml

from .kb import Actor, KnowledgeBase
from .normalize import fold, norm
from .petrarch import import_petrarch

_LAYER_RANK = {"current": 0, "country": 1, "generic": 2, "base": 3}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _summary(kb: KnowledgeBase, a: Actor) -> dict:
    code, sector = kb.code_at(a, None)
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "code": code, "sector": sector,
            "layer": a.layer, "start": _iso(a.start), "end": _iso(a.end), "n_aliases": len(a.aliases)}


def list_actors(kb: KnowledgeBase, query: str | None = None, country: str | None = None, limit: int = 50) -> list[dict]:
    """Actors whose id, name or an alias matches ``query`` (normalised: case, diacritics, al-/el- ignored),
    optionally restricted to ``country`` (ISO3 or IGO code). Best matches first: exact name/alias, then
    prefix, then substring; curated actors before countries and the PETRARCH base layer."""
    q = norm(query) if query else ""
    qid = query.strip().upper() if query else ""
    cc = country.strip().upper() if country else None
    scored = []
    for a in kb.actors.values():
        if cc and (a.country or "").upper() != cc:
            continue
        if q or qid:
            keys = [norm(t) for t in [a.name] + a.aliases]
            if a.id.upper() == qid or q in keys:
                rank = 0
            elif any(k.startswith(q) for k in keys) or a.id.upper().startswith(qid):
                rank = 1
            elif any(q in k for k in keys) or (qid and qid in a.id.upper()):
                rank = 2
            else:
                continue
        else:
            rank = 0
        scored.append(((rank, _LAYER_RANK.get(a.layer, 4), a.name.lower(), a.id), a))
    scored.sort(key=lambda x: x[0])
    return [_summary(kb, a) for _, a in scored[:max(0, limit)]]


def show_actor(kb: KnowledgeBase, actor_id: str) -> dict | None:
    """All fields of one actor (merged ids are followed), with aliases, affiliations and dated codes as
    plain JSON-able values; None when the id is unknown."""
    a = kb.get(actor_id)
    if a is None:
        return None
    code, sector = kb.code_at(a, None)
    return {
        "id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "code": a.code, "sector": a.sector,
        "current_code": code, "current_sector": sector, "layer": a.layer, "part_of": a.part_of, "forces": a.forces,
        "start": _iso(a.start), "end": _iso(a.end), "aliases": list(a.aliases), "descriptions": list(a.descriptions),
        "metonyms": list(a.metonyms), "national": list(a.national), "members": list(a.members),
        "merged_ids": sorted(k for k, v in kb.redirects.items() if v == a.id),
        "affiliations": [{"org": f.org, "role": f.role, "sector": f.sector, "code": f.code, "start": _iso(f.start),
                          "end": _iso(f.end)} for f in sorted(a.affiliations, key=lambda f: f.start or date.min)],
        "codes": [{"code": c, "start": _iso(s), "end": _iso(e)} for c, s, e in a.codes],
    }


def merge_actors(user_file: Path, keep_id: str, merge_id: str) -> None:
    """Record ``{keep: keep_id, merge: merge_id}`` under ``merges:`` in the user overlay ``user_file``
    (created if missing; other content is kept). On load, merge_id's names become aliases of keep_id and
    the merge_id redirects to keep_id; a merge_id that is no actor id is added as a plain alias."""
    user_file = Path(user_file)
    if keep_id == merge_id:
        raise ValueError("cannot merge an actor into itself")
    doc = {}
    if user_file.exists():
        doc = yaml.safe_load(user_file.read_text(encoding="utf-8")) or {}
    merges = doc.setdefault("merges", []) or []
    doc["merges"] = merges
    entry = {"keep": keep_id, "merge": merge_id}
    if entry not in merges:
        merges.append(entry)
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text(yaml.safe_dump(doc, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _slug(text: str) -> str:
    return re.sub(r"[^A-Z0-9]+", "_", fold(text).upper()).strip("_")


def import_dictionary(src: Path, out: Path, include_states: bool = False) -> int:
    """Convert a PETRARCH/CAMEO actor dictionary (``src``, optionally .gz) into the curated format.

    ``out`` ending in ``.yaml``/``.yml`` gets an ``actors:`` list; ``.jsonl`` or ``.jsonl.gz`` one actor per
    line. Ids are ``<COUNTRY>_<NAME>`` (made unique); dated CAMEO codes become ``codes``. State entries are
    skipped unless ``include_states`` (PETRARCH lists cities as country synonyms, which would turn every
    "in Kabul" into the state). Returns the number of actors written."""
    src, out = Path(src), Path(out)
    rows, seen = [], set()
    for r in import_petrarch(src):
        if r.get("kind") == "state" and not include_states:
            continue
        base = _slug(r["name"]) or "ACTOR"
        aid = f"{r['country']}_{base}" if r.get("country") and not base.startswith(r["country"] + "_") else base
        i, uniq = 2, aid
        while uniq in seen:
            uniq, i = f"{aid}_{i}", i + 1
        seen.add(uniq)
        row = {"id": uniq, "name": r["name"], "kind": r.get("kind"), "country": r.get("country")}
        if r.get("sector"):
            row["sector"] = r["sector"]
        codes = [{k: v for k, v in c.items() if v is not None} for c in r["codes"]]
        if len(codes) == 1 and set(codes[0]) == {"code"}:
            row["code"] = codes[0]["code"].lstrip("~")
        else:
            row["codes"] = [dict(c, code=c["code"].lstrip("~")) for c in codes]
        if r.get("aliases"):
            row["aliases"] = r["aliases"]
        rows.append(row)
    out.parent.mkdir(parents=True, exist_ok=True)
    name = out.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        opener = gzip.open if name.endswith(".gz") else open
        with opener(out, "wt", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        header = f"# Imported from {src.name} by sanderling.actors.curate.import_dictionary\n"
        out.write_text(header + yaml.safe_dump({"actors": rows}, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return len(rows)
