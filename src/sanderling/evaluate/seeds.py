"""Score coded events against hand-coded reference events (the seeds' gold.json format).

Matching rule: same article; the system's evidence sentence contains one of the gold evidence strings (when
one sentence holds several gold events, the one whose evidence holds the system event's trigger word first);
the type is the gold type or one of its 'also' types; actor and recipient each match a listed gold
actor by name, spelling or code (a null gold side is not scored). Recall is over required gold events;
precision counts every unmatched system event as wrong, except repeats of an already matched event,
which are reported as duplicates."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..places.gazetteer import haversine_km


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("ı", "i")
    s = s.replace("’", "'").replace("'s", "").strip(" .,'\"")
    for prefix in ("the ",):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return " ".join(s.split())


def _side_matches(system: list[dict], gold_ids: list[str] | None, actors: dict) -> bool:
    if gold_ids is None:
        return True
    for a in system:
        names = {norm(a.get("name")), norm(a.get("text"))} - {""}
        code = (a.get("code") or "").upper()
        for gid in gold_ids:
            g = actors.get(gid, {})
            gnames = {norm(n) for n in g.get("names", [])}
            if names & gnames or (code and code in {c.upper() for c in g.get("codes", [])}):
                return True
    return False


def _holds_trigger(ev: dict, g: dict) -> bool:
    trig = (ev.get("trigger") or "").lower()
    return bool(trig) and any(re.search(rf"\b{re.escape(trig)}\b", e.lower()) for e in g["evidence"])


def _date_ok(ev: dict, g: dict) -> bool:
    if not g.get("date_range") or not ev.get("date"):
        return False
    lo, hi = g["date_range"]
    return lo <= ev["date"] <= hi


@dataclass
class SeedScore:
    n_system: int = 0
    n_required: int = 0
    matched_required: int = 0
    matched_optional: int = 0
    wrong: int = 0
    duplicates: int = 0
    date_total: int = 0
    date_right: int = 0
    loc_total: int = 0
    loc_right: int = 0
    hist_total: int = 0
    hist_right: int = 0
    role_total: int = 0
    role_right: int = 0
    gold_role_total: int = 0          # gold events some system event matches by type and evidence
    gold_role_right: int = 0          # ... of which one also has the right actor and recipient
    missed: list = field(default_factory=list)
    wrong_events: list = field(default_factory=list)
    date_errors: list = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched_required / self.n_required if self.n_required else 0.0

    @property
    def precision(self) -> float:
        scored = self.matched_required + self.matched_optional + self.wrong
        return (self.matched_required + self.matched_optional) / scored if scored else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        ratio = lambda a, b: round(a / b, 3) if b else None
        return {"events_system": self.n_system, "gold_required": self.n_required,
                "matched_required": self.matched_required, "matched_optional": self.matched_optional,
                "wrong": self.wrong, "duplicates": self.duplicates,
                "recall": round(self.recall, 3), "precision": round(self.precision, 3), "f1": round(self.f1, 3),
                "date_accuracy": ratio(self.date_right, self.date_total), "date_scored": self.date_total,
                "location_accuracy": ratio(self.loc_right, self.loc_total), "location_scored": self.loc_total,
                "historical_accuracy": ratio(self.hist_right, self.hist_total),
                "role_accuracy": ratio(self.role_right, self.role_total), "role_scored": self.role_total,
                "gold_role_accuracy": ratio(self.gold_role_right, self.gold_role_total),
                "gold_role_scored": self.gold_role_total}


def score_seeds(system_events: list[dict], gold: dict) -> SeedScore:
    actors = gold["actors"]
    golds = gold["events"]
    docs = set(gold["docs"])
    sc = SeedScore()
    sc.n_required = sum(1 for g in golds if g.get("required", True))
    system = [e for e in system_events if e["doc_id"] in docs]
    sc.n_system = len(system)
    matched: dict[str, dict] = {}

    def sentences(ev):
        return [x.get("sentence", "") for x in ev.get("evidence", [])]

    def type_ev_match(ev, g):
        if ev["doc_id"] != g["doc"]:
            return False
        if ev["event_type"] not in [g["event_type"], *g.get("also", [])]:
            return False
        return any(gev in s for s in sentences(ev) for gev in g["evidence"])

    # required gold events are preferred targets; then optional ones
    order = sorted(golds, key=lambda g: not g.get("required", True))
    for ev in system:
        cands = [g for g in order if type_ev_match(ev, g)]
        full = [g for g in cands if _side_matches(ev["actor"], g.get("actor"), actors)
                and _side_matches(ev["recipient"], g.get("recipient"), actors)]
        if cands:
            sc.role_total += 1
            sc.role_right += bool(full)
        free = [g for g in full if g["id"] not in matched]
        # two gold events in one sentence ("although the LNA last year managed to advance ..., it has lost
        # ground this month"): the one whose evidence holds the system event's trigger word is its event
        free.sort(key=lambda g: (not _holds_trigger(ev, g), not g.get("required", True), not _date_ok(ev, g)))
        if free:
            g = free[0]
            matched[g["id"]] = ev
            if g.get("required", True):
                sc.matched_required += 1
            else:
                sc.matched_optional += 1
            if g.get("date_range"):
                sc.date_total += 1
                lo, hi = (date.fromisoformat(x) for x in g["date_range"])
                d = ev.get("date")
                ok = d is not None and lo <= date.fromisoformat(d) <= hi
                sc.date_right += ok
                if not ok:
                    sc.date_errors.append((g["id"], g["date_range"], d, ev.get("date_text")))
            if g.get("location") and g["location"].get("lat") is not None:
                sc.loc_total += 1
                loc = ev.get("location")
                sc.loc_right += bool(loc and loc.get("lat") is not None and haversine_km(loc["lat"], loc["lon"], g["location"]["lat"], g["location"]["lon"]) <= 30)
            sc.hist_total += 1
            sc.hist_right += bool(ev.get("historical")) == bool(g.get("historical"))
        elif full:
            sc.duplicates += 1
        else:
            sc.wrong += 1
            sc.wrong_events.append(ev)
    for g in golds:
        cands = [ev for ev in system if type_ev_match(ev, g)]
        if cands:
            sc.gold_role_total += 1
            sc.gold_role_right += any(_side_matches(ev["actor"], g.get("actor"), actors)
                                      and _side_matches(ev["recipient"], g.get("recipient"), actors) for ev in cands)
    sc.missed = [g for g in golds if g.get("required", True) and g["id"] not in matched]
    return sc


def load_jsonl(path: str | Path) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def report(sc: SeedScore, verbose: bool = True) -> str:
    d = sc.as_dict()
    lines = [f"events: {d['events_system']} system, {d['gold_required']} required gold",
             f"recall {d['recall']:.3f}  precision {d['precision']:.3f}  F1 {d['f1']:.3f}  "
             f"(matched {d['matched_required']} required + {d['matched_optional']} optional, "
             f"{d['wrong']} wrong, {d['duplicates']} duplicates)",
             f"date accuracy {d['date_accuracy']} on {d['date_scored']} matched events with a gold date",
             f"location accuracy {d['location_accuracy']} on {d['location_scored']} with a gold location",
             f"historical-flag accuracy {d['historical_accuracy']}",
             f"actor/recipient right on {d['role_accuracy']} of {d['role_scored']} system events matching a gold "
             f"event by type+evidence; on {d['gold_role_accuracy']} of {d['gold_role_scored']} gold events so matched"]
    if verbose:
        if sc.missed:
            lines.append("missed (required):")
            for g in sc.missed:
                lines.append(f"  {g['id']} {g['event_type']} {g.get('actor')}->{g.get('recipient')}: {g['evidence'][0]!r}")
        if sc.date_errors:
            lines.append("date errors:")
            for gid, rng, d, txt in sc.date_errors:
                lines.append(f"  {gid} gold {rng[0]}..{rng[1]} system {d} ({txt!r})")
    return "\n".join(lines)
