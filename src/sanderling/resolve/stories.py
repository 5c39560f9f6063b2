"""Which articles tell the same story: the evidence that lets differently coded lead events meet.

Outlets describe one happening in different words and often from different sides ("GNA forces captured
al-Watiya" / "LNA units carried out an organised withdrawal from al-Watiya"), so their lead events may get
different types or actors. Two articles are in the same *story* when they were published within
``MAX_DAYS`` of each other and their leads (title and first ``LEAD_WORDS`` words) are similar by TF-IDF
cosine (``STORY_SIM``). The resolver then lets the lead events of such a pair merge under looser rules
(see ``sanderling.resolve.merge``).

Blocked on publication date: an article is compared only with articles published within ``MAX_DAYS``,
never with the whole store.

Measured on ``benchmarks/data/linking`` (48 articles, 16 events, our own writing): with 150-word leads,
pairs of the same event published within 2 days have cosine >= 0.20 in 73% of cases, pairs of different
events in 1 of 23 cases."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Iterable

from .merge import _EVENT_COLS, _outlets, _rows, _summary, actors_overlap, date_relation, hard_ok, linkable, \
    place_ok, tolls_apart, types_compatible
from .actors import family
from .merge import UPPER_BOUND, UPPER_BOUND_DAYS, soft_across, template_sentences
from .text import TfIdf, cosine

LEAD_WORDS = 150
STORY_SIM = 0.20
MAX_DAYS = 2
LEAD_CHARS = 1500        # reports this early in an article tell its news, not its background


def lead_text(title: str | None, text: str | None, n_words: int = LEAD_WORDS) -> str:
    words = f"{title or ''} . {text or ''}".split()
    return " ".join(words[:n_words])


def _entity_token(kind: str, name: str) -> str:
    return f"x{kind}_" + "_".join(name.lower().split())


def lead_entities(con, doc_ids: list[str], max_chars: int = LEAD_CHARS) -> dict[str, str]:
    """Canonical tokens for the actors and places an article's lead names, so that spellings the words
    miss ("Hifter"/"Haftar", "Al-Watiyah"/"al-Watiya") still count as shared: each resolved actor id and each
    gazetteer place of a lead event becomes one extra token of the lead."""
    if not doc_ids:
        return {}
    out: dict[str, list[str]] = defaultdict(list)
    q = "SELECT doc_id, {col} FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) AND {pos} <= ? AND {col} IS NOT NULL"
    for doc, actor in con.execute(q.format(col="actor_id", table="mentions", pos="start_char"), [doc_ids, max_chars]).fetchall():
        out[doc].append(_entity_token("a", actor))
    for doc, place in con.execute(q.format(col="place_name", table="reports", pos="start_char"), [doc_ids, max_chars]).fetchall():
        out[doc].append(_entity_token("p", place))
    return {d: " " + " ".join(v) for d, v in out.items()}


def story_pairs(articles: Iterable[tuple[str, date | None, str]], focus: set[str] | None = None,
                threshold: float = STORY_SIM, max_days: int = MAX_DAYS) -> dict[frozenset, float]:
    """``articles``: (id, published, lead text). Returns {frozenset({a, b}): cosine} for pairs in one story.
    With ``focus``, only pairs with at least one article in ``focus`` are scored (incremental runs)."""
    arts = [(i, p, t) for i, p, t in articles if p is not None and t]
    tfidf = TfIdf(t for _, _, t in arts)
    vec = {i: tfidf.vector(t) for i, _, t in arts}
    by_day: dict[date, list[str]] = defaultdict(list)
    pub = {}
    for i, p, _ in arts:
        by_day[p].append(i)
        pub[i] = p
    out: dict[frozenset, float] = {}
    for i, p, _ in arts:
        if focus is not None and i not in focus:
            continue
        for k in range(-max_days, max_days + 1):
            for j in by_day.get(p + timedelta(days=k), ()):
                if j == i:
                    continue
                key = frozenset((i, j))
                if key in out:
                    continue
                sim = cosine(vec[i], vec[j])
                if sim >= threshold:
                    out[key] = sim
    return out


# ---------------------------------------------------------------- merging the events of one story
STORY_STRONG = 0.20      # leads this similar: the story alone licenses a merge
STORY_CONFIDENCE_CREDIT = 0.15
VERBAL_QUADS = (1, 3)   # verbal cooperation and conflict: statements, not deeds
STORY_SPAN_DAYS = 7     # a story merge needs both reports dated to within a week
STORY_WEAK = 0.08        # weaker: the two reports must also name the same place
STORY_CLOSE = 0.40       # leads this close may have reports whose publication-bound dates are two days apart


def story_linkable(r: dict) -> bool:
    """A lead report may join its story's event with less coding confidence than the resolver asks of a
    report on its own: the story itself is evidence that the happening is news (an unattributed "closure of
    the terminals" the whole article is about)."""
    if linkable(r):
        return True
    return linkable({**r, "confidence": (r["confidence"] or 0) + STORY_CONFIDENCE_CREDIT})


def _speaker_countries(r: dict) -> set[str]:
    out = set()
    for a in r["actor_ids"] or ():
        head = a.split("_")[0]
        if len(head) == 3 and head.isalpha() and head.isupper():
            out.add(head)
    return out


def _foreign_speakers(r: dict, s: dict) -> bool:
    """Both reports name who acted, and no country is on both sides (actor ids start with the country)."""
    a, b = _speaker_countries(r), _speaker_countries(s)
    return bool(a) and bool(b) and not (a & b)


def _one_speech(r: dict, s: dict) -> bool:
    """Two outlets code one speech differently ("called on his fighters to expel Turkish forces" as a
    demand, "a stern warning to Turkey" as a threat): verbal acts of one speaker on one day."""
    if r["quad_class"] not in VERBAL_QUADS or s["quad_class"] not in VERBAL_QUADS:
        return False
    if "CONSULT" in (r["event_type"], s["event_type"]) and r["event_type"] != s["event_type"]:
        return False   # "Erdogan on Monday hosted Conte" is a meeting, not the warning he voiced that day
    if r["date"] is None or s["date"] is None or r["date_precision"] != "day" or s["date_precision"] != "day":
        return False
    # told the next day without its date ("Erdogan's statement that Ankara could send soldiers"), a speech
    # keeps the publication day: one day apart is the same speech when one side is that soft date
    if r["date"] != s["date"] and not (abs((r["date"] - s["date"]).days) == 1 and soft_across(r, s)):
        return False
    a, b = family(r["actor_ids"], r["date"]), family(s["actor_ids"], s["date"])
    named = set(r["actor_ids"] or ()) | set(s["actor_ids"] or ())
    # the Secretary-General and the Security Council are both the UN, but not one speaker: a bare country or
    # body in common counts only when one side names it as the speaker ("Turkey warned" / "Erdogan warned")
    return any(x in named or "_" in x for x in a & b)


def story_compatible(r: dict, s: dict, sim: float) -> bool:
    """May two reports of articles in one story (lead similarity ``sim``) be one event although their
    coded types or actors differ? Both must be current (not historical) lead reports, of compatible types or
    the same quad class (a capture and the other side's withdrawal are one happening: ASSAULT/RETREAT),
    with dates the resolver accepts (or one day apart when either date is coarse or soft) and compatible
    places. Below ``STORY_STRONG`` they must also name the same place."""
    if r["doc_id"] == s["doc_id"] or r["historical"] or s["historical"]:
        return False
    if (r["start_char"] or 0) > LEAD_CHARS or (s["start_char"] or 0) > LEAD_CHARS:
        return False
    if not (types_compatible(r["event_type"], s["event_type"]) or r["quad_class"] == s["quad_class"]
            or {r["event_type"], s["event_type"]} == {"ASSAULT", "RETREAT"} or _one_speech(r, s)):
        return False
    if any(x["date"] is None or ((x["date_end"] or x["date"]) - x["date"]).days > STORY_SPAN_DAYS for x in (r, s)):
        return False   # "in recent weeks": too vague to tie a story's lead to one happening
    if tolls_apart(r, s) and actors_overlap(r, s) is None:
        return False   # "a shell killed 3 people" / "the strike killed 28 students", no doer named on one side
    if r["quad_class"] in VERBAL_QUADS and s["quad_class"] in VERBAL_QUADS and _foreign_speakers(r, s):
        return False   # "Egypt welcomed ...", "the UAE welcomed ...": two states' statements are two events
    rel = date_relation(r, s)
    if rel not in ("exact", "near", "coarse"):
        gap = abs((r["date"] - s["date"]).days) if r["date"] is not None and s["date"] is not None else None
        loose = gap is not None and ((gap <= 1 and (
            soft_across(r, s) or r["date_precision"] != "day" or s["date_precision"] != "day"))
            # neither text dates the deed, and the two stories are close: publication days may differ more
            or (gap <= UPPER_BOUND_DAYS and sim >= STORY_CLOSE and r["date_source"] in UPPER_BOUND
                and s["date_source"] in UPPER_BOUND))
        if not loose:
            return False
    # below STORY_STRONG the two must be placed at one named place by their own sentences (an article's
    # fallback place, precision 3 or coarser, is no evidence)
    if sim < STORY_STRONG and not (r["place_name"] and r["place_name"] == s["place_name"] and rel in ("exact", "near")
                                   and max(r.get("geo_precision") or 9, s.get("geo_precision") or 9) <= 2):
        return False
    return place_ok(r, s)


def documents_agree(mx: list[dict], my: list[dict], compatible) -> bool:
    """May two events merge? Linkage by article: every article of one and every other article of the other
    must have some pair of reports that agree, and two different sentences of one article are never joined.
    Requiring every report pair to agree would let one article's weaker retelling ("Sarraj announced the
    capture", placed only by the article) veto what its lead and the other outlet's lead plainly share."""
    by_x: dict[str, list[dict]] = defaultdict(list)
    by_y: dict[str, list[dict]] = defaultdict(list)
    for m in mx:
        by_x[m["doc_id"]].append(m)
    for m in my:
        by_y[m["doc_id"]].append(m)
    for dx, rx in by_x.items():
        for dy, ry in by_y.items():
            if dx == dy:
                if not all(p["sentence"] == q["sentence"] for p in rx for q in ry):
                    return False
            elif not any(compatible(p, q) for p in rx for q in ry):
                return False
    return True


def merge_story_events(store, focus_docs: set[str] | None = None) -> int:
    """Second pass after ``resolve_reports``: in every story pair (published within ``MAX_DAYS``, similar
    leads), merge events whose lead reports are ``story_compatible``. A merge must hold for every pair of
    linkable members across the two events (the resolver's hard rules or story compatibility, never two
    reports of one article), like the resolver's complete link. ``focus_docs`` limits the pairs to those
    touching newly coded articles. Returns the number of events merged away."""
    con = store.con
    where, params = "duplicate_of IS NULL", []
    if focus_docs is not None:
        if not focus_docs:
            return 0
        span = con.execute("SELECT min(published), max(published) FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))",
                           [sorted(focus_docs)]).fetchone()
        if span[0] is None:
            return 0
        where += " AND published BETWEEN ? AND ?"
        params = [span[0] - timedelta(days=MAX_DAYS), span[1] + timedelta(days=MAX_DAYS)]
    rows = con.execute(f"SELECT id, published, title, text FROM articles WHERE {where}", params).fetchall()
    ents = lead_entities(con, [r[0] for r in rows])
    # an article without words has no story; its entities alone would pair it with anything
    arts = [(i, p, lead_text(t, x) + ents.get(i, "")) for i, p, t, x in rows if (t or "").strip() or (x or "").strip()]
    pairs = story_pairs(arts, focus=focus_docs, threshold=STORY_WEAK)
    if not pairs:
        return 0
    docs = sorted({d for p in pairs for d in p})
    leads = [r for r in _rows(con, "r.doc_id IN (SELECT unnest(?::VARCHAR[])) AND r.event_id IS NOT NULL "
                                   "AND r.start_char <= ? AND NOT coalesce(r.historical, false)", [docs, LEAD_CHARS])
             if story_linkable(r)]
    furniture = template_sentences(con, [r["sentence"] for r in leads if r["sentence"]])
    leads = [r for r in leads if r["sentence"] not in furniture]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for r in leads:
        by_doc[r["doc_id"]].append(r)
    cands = []
    for pair, sim in pairs.items():
        a, b = sorted(pair)
        for r in by_doc.get(a, ()):
            for s in by_doc.get(b, ()):
                if r["event_id"] != s["event_id"] and story_compatible(r, s, sim):
                    cands.append((-sim, r["event_id"], s["event_id"]))
    if not cands:
        return 0
    eids = sorted({e for _, x, y in cands for e in (x, y)})
    members: dict[str, list[dict]] = defaultdict(list)
    for m in _rows(con, "r.event_id IN (SELECT unnest(?::VARCHAR[]))", [eids]):
        members[m["event_id"]].append(m)
    group = {e: e for e in eids}

    def find(e):
        while group[e] != e:
            group[e] = group[group[e]]
            e = group[e]
        return e

    def compatible(x: dict, y: dict) -> bool:
        if x["doc_id"] == y["doc_id"]:
            return x["sentence"] == y["sentence"]
        sim = pairs.get(frozenset((x["doc_id"], y["doc_id"])))
        return hard_ok(x, y) or (sim is not None and story_compatible(x, y, sim))

    merged_away = 0
    for _, x, y in sorted(cands):
        gx, gy = find(x), find(y)
        if gx == gy:
            continue
        mx = [m for m in members[gx] if story_linkable(m)]
        my = [m for m in members[gy] if story_linkable(m)]
        if documents_agree(mx, my, compatible):
            keep, gone = sorted((gx, gy))
            group[gone] = keep
            members[keep].extend(members.pop(gone))
            merged_away += 1
    groups: dict[str, list[str]] = defaultdict(list)
    for e in eids:
        if find(e) != e:
            groups[find(e)].append(e)
    if not groups:
        return 0
    outlet_of = _outlets(con)
    names = [c for c, _ in _EVENT_COLS]
    con.execute("BEGIN TRANSACTION")
    try:
        for keep, gone in groups.items():
            con.execute("UPDATE reports SET event_id = ? WHERE event_id IN (SELECT unnest(?::VARCHAR[]))", [keep, gone])
            con.execute("DELETE FROM events WHERE id IN (SELECT unnest(?::VARCHAR[]))", [gone])
            row = _summary(sorted(members[keep], key=lambda m: (m["date"] is None, m["doc_id"], m["start_char"] or 0)),
                           outlet_of)
            con.execute(f"UPDATE events SET {', '.join(f'{c} = ?' for c in names)} WHERE id = ?", [*row, keep])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return merged_away
