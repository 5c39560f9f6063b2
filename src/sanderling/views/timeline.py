"""Story timeline: the most important dates of a story, each summarised by its best evidence sentences.

Built on the store only (``articles``, ``date_mentions``, ``reports``/``events``, ``mentions``,
``actors``); works whether articles were fully coded (events present) or only time-tagged.

Date importance (the DATEWISE idea of Ghalandari & Ifrim 2020: a date that many articles refer to
matters), for every day ``d`` in the requested span::

    score(d) = A(d) + W_SENT * log(1 + S(d)) + W_EV * E(d) + W_PUB * P(d)

* ``A(d)``: distinct articles with a day-precision time expression (``date_mentions``) resolving to
  ``d``. A mention of the article's own publication day written with a year ("Thu Mar 24, 2011", a
  dateline or page stamp) counts ``DATELINE`` (0): every article has one and it says nothing about
  importance; "on Thursday"/"today" for the publication day counts fully;
* ``S(d)``: further sentences referring to ``d`` beyond the first per article;
* ``E(d)``: stored events/reports on ``d`` (day precision, not historical, not hypothetical, future or
  denied), each event counted once with weight corroboration (``n_outlets``) x quad-class intensity
  (material conflict 2, verbal conflict and material cooperation 1.5, verbal cooperation 1);
* ``P(d)``: articles published on ``d`` or the day after (news of ``d`` usually appears then).

Summary of a chosen date: candidate sentences are those carrying a time expression resolving to
``d`` and the evidence sentences of events dated ``d``, without a leading wire dateline, 5-60 words.
They are ranked by TF-IDF cosine (log tf, stopwords dropped, idf over all candidate sentences of the
span) to the centroid of the day's candidates, x ``OWN_DATE_BOOST`` when the sentence's own expression
is a plain reference to ``d`` (relation ``at``, not "since d"/"until d"), and chosen greedily, skipping
exact repeats and any sentence with cosine > ``REDUNDANCY`` to one already chosen.

Filters: ``query`` (every query word must occur in the article, as a case-insensitive substring;
articles without them are left out entirely), ``actor`` (an actor id, or a name matched
case-insensitively against stored actor names; events must have it among actor/recipient ids,
sentences must contain a stored mention of it or the name itself), ``country`` (ISO3: events located
there or involving an actor of that country; sentences with a mention of such an actor).

The weights below were set on Timeline17 (benchmarks/timelines.py); they are module constants so
they can be changed without touching the code.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = frozenset("""a an the of to in on at for by with from and or but is are was were be been being
that this these those it its as has have had he she they their them his her we our you your i not no
said says say will would could should may might can do does did than then there here which who whom what
when where while after before over about into also more most other some such up out new one two s""".split())

QUAD_WEIGHT = {1: 1.0, 2: 1.5, 3: 1.5, 4: 2.0}
PUB_DAY_MENTION = 1.0
W_EV = 0.5
W_PUB = 0.3
OWN_DATE_BOOST = 1.15
DATELINE = 0.0
W_SENT = 0.5
# a wire dateline before the story: "PARIS | Thu Mar 24, 2011 6:11 am EDT PARIS (Reuters) - "
_DATELINE = re.compile(r"^.{0,140}?\((?:Reuters|AP|AFP|CNN|BBC|UPI|dpa)\)\s*-{1,2}\s*")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
REDUNDANCY = 0.5
MIN_WORDS, MAX_WORDS = 5, 60


@dataclass
class TimelineEntry:
    date: date
    summary: list[str]
    events: list[str] = field(default_factory=list)
    score: float = 0.0
    sources: list[str] = field(default_factory=list)   # doc ids of the summary sentences

    def to_json(self) -> dict:
        return {"date": self.date.isoformat(), "summary": list(self.summary), "events": list(self.events)}


@dataclass
class _Sent:
    doc_id: str
    start: int
    end: int
    text: str
    own_at: bool          # the sentence's own time expression is a plain "at" reference to the date
    from_event: bool = False


def _terms(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _clean(sentence: str) -> str:
    """The sentence without a leading wire dateline and with collapsed white space."""
    s = " ".join(sentence.split())
    return _DATELINE.sub("", s, count=1) or s


def _as_date(v) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v)[:10])


# -- filters --------------------------------------------------------------------------------------
class _Filter:
    def __init__(self, con, query: str | None, actor: str | None, country: str | None):
        self.con = con
        self.query = [t for t in _terms(query or "") if t not in _STOP] or None
        self.actor_text = actor.lower() if actor else None
        self.actor_ids: set[str] | None = None
        if actor:
            rows = con.execute("SELECT id FROM actors WHERE id = ? OR lower(name) = lower(?) "
                               "OR lower(name) LIKE '%' || lower(?) || '%'", [actor, actor, actor]).fetchall()
            self.actor_ids = {r[0] for r in rows} | {actor}
        self.country = country.upper() if country else None
        self.country_ids: set[str] | None = None
        if country:
            rows = con.execute("SELECT id FROM actors WHERE upper(country) = ?", [self.country]).fetchall()
            self.country_ids = {r[0] for r in rows}
        self._mentions: dict[str, list[tuple[int, str]]] | None = None

    @property
    def active(self) -> bool:
        return self.actor_ids is not None or self.country_ids is not None

    def article_ok(self, text: str) -> bool:
        if not self.query:
            return True
        low = text.lower()
        return all(t in low for t in self.query)

    def _mention_index(self):
        if self._mentions is None:
            wanted = (self.actor_ids or set()) | (self.country_ids or set())
            self._mentions = defaultdict(list)
            if wanted:
                for doc_id, start, aid in self.con.execute(
                        "SELECT doc_id, start_char, actor_id FROM mentions").fetchall():
                    if aid in wanted:
                        self._mentions[doc_id].append((start, aid))
        return self._mentions

    def _sentence_has(self, s: _Sent, ids: set[str]) -> bool:
        return any(s.start <= st < s.end and aid in ids for st, aid in self._mention_index().get(s.doc_id, ()))

    def sentence_ok(self, s: _Sent) -> bool:
        low = s.text.lower()
        if self.actor_ids is not None and not (self.actor_text in low or self._sentence_has(s, self.actor_ids)):
            return False
        if self.country_ids is not None and not self._sentence_has(s, self.country_ids):
            return False
        return True

    def report_ok(self, actor_ids, recipient_ids, country, sentence: str) -> bool:
        ids = set(actor_ids or []) | set(recipient_ids or [])
        if self.actor_ids is not None and not (ids & self.actor_ids):
            return False
        if self.country_ids is not None and not ((country or "").upper() == self.country or ids & self.country_ids):
            return False
        return True


# -- TF-IDF ------------------------------------------------------------------------------------------
def _vector(toks: list[str], idf: dict[str, float]) -> dict[str, float]:
    tf = Counter(t for t in toks if t not in _STOP)
    v = {t: (1 + math.log(c)) * idf.get(t, 0.0) for t, c in tf.items()}
    norm = math.sqrt(sum(x * x for x in v.values()))
    return {t: x / norm for t, x in v.items()} if norm else {}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


# -- the timeline ------------------------------------------------------------------------------------
def build_timeline(store, n_dates: int = 10, sents_per_date: int = 2, start: date | str | None = None,
                   end: date | str | None = None, query: str | None = None, actor: str | None = None,
                   country: str | None = None) -> list[TimelineEntry]:
    """The ``n_dates`` most important dates between ``start`` and ``end`` (inclusive), in date order,
    each with up to ``sents_per_date`` summary sentences. ``store`` is a ``Store`` or a DuckDB
    connection."""
    con = getattr(store, "con", store)
    start, end = _as_date(start), _as_date(end)
    flt = _Filter(con, query, actor, country)

    arts = {}
    for aid, published, text in con.execute(
            "SELECT id, published, text FROM articles WHERE duplicate_of IS NULL").fetchall():
        if text and flt.article_ok(text):
            arts[aid] = (_as_date(published), text)

    def in_span(d: date | None) -> bool:
        return d is not None and (start is None or d >= start) and (end is None or d <= end)

    # (a) day-precision date mentions -> candidate sentences per date
    by_date: dict[date, dict[tuple[str, int], _Sent]] = defaultdict(dict)
    art_weight: dict[date, dict[str, float]] = defaultdict(dict)
    n_sents: Counter = Counter()
    for doc_id, s0, s1, d0, d1, relation, expr in con.execute(
            "SELECT doc_id, sent_start, sent_end, date_start, date_end, relation, expr FROM date_mentions "
            "WHERE precision = 'day'").fetchall():
        d0, d1 = _as_date(d0), _as_date(d1)
        if d0 != d1 or not in_span(d0) or doc_id not in arts:
            continue
        published, text = arts[doc_id]
        sent = _Sent(doc_id, s0, s1, _clean(text[s0:s1]), relation == "at")
        if flt.active and not flt.sentence_ok(sent):
            continue
        key = (doc_id, s0)
        prev = by_date[d0].get(key)
        if prev is None or (sent.own_at and not prev.own_at):
            by_date[d0][key] = sent
        n_sents[d0] += 1
        w = 1.0
        if d0 == published:
            w = DATELINE if _YEAR.search(expr or "") else PUB_DAY_MENTION
        art_weight[d0][doc_id] = max(art_weight[d0].get(doc_id, 0.0), w)

    # (b) events / reports on the date
    ev_weight: Counter = Counter()
    ev_ids: dict[date, Counter] = defaultdict(Counter)
    rows = con.execute(
        "SELECT r.id, r.event_id, r.doc_id, r.date, r.quad_class, r.actor_ids, r.recipient_ids, r.country, "
        "r.sentence, r.start_char, r.end_char, coalesce(e.n_outlets, 1) FROM reports r "
        "LEFT JOIN events e ON e.id = r.event_id WHERE r.date_precision = 'day' "
        "AND NOT coalesce(r.historical, false) AND r.status NOT IN ('hypothetical', 'future', 'denied')"
    ).fetchall()
    seen_events: set[str] = set()
    for rid, eid, doc_id, d, quad, a_ids, r_ids, ctry, sentence, s0, s1, n_out in rows:
        d = _as_date(d)
        if not in_span(d) or doc_id not in arts:
            continue
        if not flt.report_ok(a_ids, r_ids, ctry, sentence):
            continue
        key_ev = eid or rid
        w = QUAD_WEIGHT.get(quad, 1.0) * max(1, n_out or 1)
        ev_ids[d][key_ev] += w
        if key_ev not in seen_events:
            seen_events.add(key_ev)
            ev_weight[d] += w
        if sentence:
            key = (doc_id, s0)
            if key not in by_date[d]:
                by_date[d][key] = _Sent(doc_id, s0, s1, _clean(sentence), False, from_event=True)

    # (c) publication counts
    pub: Counter = Counter(p for p, _ in arts.values() if p is not None)

    scores: dict[date, float] = {}
    for d in set(by_date) | set(ev_weight):
        if not in_span(d):
            continue
        a = sum(art_weight[d].values())
        extra = max(0, n_sents[d] - len(art_weight[d]))
        p = pub.get(d, 0) + pub.get(d + timedelta(days=1), 0)
        scores[d] = a + W_SENT * math.log1p(extra) + W_EV * ev_weight[d] + W_PUB * p
    chosen = sorted(scores, key=lambda d: (-scores[d], d))

    # idf over every candidate sentence in the span
    toks_cache: dict[tuple[str, int], list[str]] = {}
    df: Counter = Counter()
    n_docs = 0
    for d, sents in by_date.items():
        for key, s in sents.items():
            if key not in toks_cache:
                toks_cache[key] = _terms(s.text)
                df.update(set(toks_cache[key]))
                n_docs += 1
    idf = {t: math.log((n_docs + 1) / (c + 0.5)) for t, c in df.items()}

    out: list[TimelineEntry] = []
    for d in chosen:
        if len(out) >= n_dates:
            break
        summary, sources = _summarise(list(by_date[d].values()), toks_cache, idf, sents_per_date)
        if not summary and not ev_ids.get(d):
            continue
        events = [e for e, _ in sorted(ev_ids[d].items(), key=lambda kv: (-kv[1], kv[0]))] if d in ev_ids else []
        out.append(TimelineEntry(d, summary, events, round(scores[d], 4), sources))
    out.sort(key=lambda e: e.date)
    return out


def _summarise(cands: list[_Sent], toks_cache, idf, k: int) -> tuple[list[str], list[str]]:
    items = []
    seen_text = set()
    for s in cands:
        toks = toks_cache[(s.doc_id, s.start)]
        norm = " ".join(toks)
        if not (MIN_WORDS <= len(toks) <= MAX_WORDS) or norm in seen_text:
            continue
        seen_text.add(norm)
        v = _vector(toks, idf)
        if v:
            items.append((s, v))
    if not items:
        # fall back to any candidate, shortest first
        rest = sorted(cands, key=lambda s: len(s.text))[:k]
        return [s.text for s in rest], [s.doc_id for s in rest]
    centroid: dict[str, float] = defaultdict(float)
    for _, v in items:
        for t, x in v.items():
            centroid[t] += x
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    centroid = {t: x / norm for t, x in centroid.items()}
    def rank(it):
        s, v = it
        boost = OWN_DATE_BOOST if s.own_at else 1.0
        return -_cos(v, centroid) * boost

    ranked = sorted(items, key=rank)
    picked: list[tuple[_Sent, dict]] = []
    for s, v in ranked:
        if len(picked) >= k:
            break
        if any(_cos(v, pv) > REDUNDANCY for _, pv in picked):
            continue
        picked.append((s, v))
    return [s.text for s, _ in picked], [s.doc_id for s, _ in picked]


def render_text(entries: list[TimelineEntry], markdown: bool = False) -> str:
    lines = []
    for e in entries:
        if markdown:
            lines.append(f"### {e.date.isoformat()}")
            lines.extend(f"- {s}" for s in e.summary)
            if e.events:
                lines.append(f"- events: {', '.join(e.events[:10])}")
            lines.append("")
        else:
            lines.append(e.date.isoformat() + (f"  (events: {', '.join(e.events[:5])})" if e.events else ""))
            lines.extend(f"  * {s}" for s in e.summary)
            lines.append("")
    return "\n".join(lines).rstrip() + "\n" if lines else ""
