"""Story timeline: the most important dates of a story, each summarised by its best evidence sentences.

Built on the store only (``articles``, ``date_mentions``, ``reports``/``events``, ``mentions``,
``actors``); works whether articles were fully coded (events present) or only time-tagged.

Date importance: ``sanderling.views.date_scoring`` (DATEWISE-style unsupervised features: articles
and sentences mentioning the day, weighted by how they refer to it, publication counts, events;
optional burstiness, month mentions, date-graph rank, neighbour suppression). Every weight is a field
of ``DateScoring`` (``build_timeline(..., scoring=DateScoring(...))``); the module docstring there
lists each signal with its measured effect on T17. Only days that have something to say (a summary
sentence or an event) are kept.

Summary of a chosen date (``SummaryConfig``): candidate sentences are those carrying a time
expression resolving to ``d`` and the evidence sentences of events dated ``d``, without a leading
wire dateline, 5-60 words. Relevance is TF-IDF cosine (log tf, stopwords dropped, idf over all
candidate sentences of the span) to the centroid of the day's candidates, x ``own_date_boost`` (1.15)
when the sentence's own expression is a plain reference to ``d`` (relation ``at``, not "since d").
Sentences are picked in relevance order (or, with ``mmr`` > 0, by MMR: ``mmr * relevance - (1 - mmr)
* max cosine to a sentence already picked``), skipping exact repeats and any sentence with cosine >
``redundancy`` (0.5) to a picked one.

Measured on T17 (6 timelines, light store; AR1-F / AR2-F, Date-F1 unaffected), from 0.132 / 0.033
with plain relevance ranking: MMR 0.7 -> 0.137 / 0.038 (0.65 -> 0.137 / 0.038, 0.6 -> 0.134 / 0.032,
0.75 -> 0.135 / 0.033); ``exact_boost`` (sentence names the calendar day, "March 15") 1.2 -> 0.125 /
0.030; ``attribution`` (multiplier for "said"/"told"/"according to" sentences) 0.7 -> 0.128 / 0.029;
``length_target`` (prefer sentences of at most that many words) 20 -> 0.119 / 0.029, 30 -> 0.128 /
0.034; ``redundancy`` 0.3 or 0.7 -> 0.129 / 0.031-0.032; ``own_date_boost`` 1.0 or 1.4 -> 0.131 /
0.033. The gold summaries are long, attributive news sentences too, so the neutral values stay. MMR
is off by default: its mean gain comes from one timeline (EgyptianProtest_cnn, 3 sentences per date:
AR1 0.173 -> 0.231, AR2 0.028 -> 0.070; IraqWar_guardian +0.002 / -0.001) while the four timelines
with 2 sentences per date lose up to 0.012 AR1, so it is not shown to be a general improvement.

Filters: ``query`` (every query word must occur in the article, as a case-insensitive substring;
articles without them are left out entirely), ``actor`` and ``country``, which select reports as
``sanderling.views.filters`` selects events (an organisation or country with those acting for it on the
report's date), and sentences that contain the actor filter's text itself or a stored mention of an actor
the selection takes (on the sentence's date, or its article's publication day for an opening sentence).

The weights were measured on Timeline17 (benchmarks/timelines.py); they are dataclass defaults so
they can be changed without touching the code.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from .date_scoring import DEFAULT_SCORING, DateEvidence, DateScoring, DayMention, score_dates, select_dates
from .filters import ActorSelection, CountrySelection

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = frozenset("""a an the of to in on at for by with from and or but is are was were be been being
that this these those it its as has have had he she they their them his her we our you your i not no
said says say will would could should may might can do does did than then there here which who whom what
when where while after before over about into also more most other some such up out new one two s""".split())

QUAD_WEIGHT = {1: 1.0, 2: 1.5, 3: 1.5, 4: 2.0}
OWN_DATE_BOOST = 1.15
# a wire dateline before the story: "PARIS | Thu Mar 24, 2011 6:11 am EDT PARIS (Reuters) - "
_DATELINE = re.compile(r"^.{0,140}?\((?:Reuters|AP|AFP|CNN|BBC|UPI|dpa)\)\s*-{1,2}\s*")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
REDUNDANCY = 0.5
MIN_WORDS, MAX_WORDS = 5, 60
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"
_EXACT = re.compile(rf"(?i)\b(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})")
_ATTRIBUTION = re.compile(r"(?i)\b(?:said|says|told|according to|quoted|added|stated)\b")


@dataclass(frozen=True)
class SummaryConfig:
    """How the summary sentences of a date are ranked (see the module docstring)."""
    own_date_boost: float = OWN_DATE_BOOST
    exact_boost: float = 1.0
    attribution: float = 1.0         # multiplier for sentences with "said"/"told"/"according to"
    length_target: int = 0           # >0: multiply by min(1, length_target / words)
    mmr: float = 0.0                 # >0: MMR trade-off (relevance weight); 0: plain relevance order
    redundancy: float = REDUNDANCY


DEFAULT_SUMMARY = SummaryConfig()


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
    exact: bool = False   # ... and it names the calendar day ("March 15", "15 March 2011")


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
    """The timeline's selection: articles by query words; reports and sentences by the actor and country
    selections the events, map and API filters use (``sanderling.views.filters``)."""

    def __init__(self, con, query: str | None, actor: str | None, country: str | None, kb=None):
        self.con = con
        self.query = [t for t in _terms(query or "") if t not in _STOP] or None
        self.actor_text = actor.lower() if actor else None
        self.actor = ActorSelection(con, actor, kb) if actor else None
        self.country = CountrySelection(con, country) if country else None
        self._mentions: dict[str, list[tuple[int, str]]] | None = None

    @property
    def active(self) -> bool:
        return self.actor is not None or self.country is not None

    def article_ok(self, text: str) -> bool:
        if not self.query:
            return True
        low = text.lower()
        return all(t in low for t in self.query)

    def sentence_on_topic(self, text: str, s0: int, s1: int) -> bool:
        """Whether the sentence, or the one before it, contains every query word (True without a query)."""
        if not self.query:
            return True
        lo = text.rfind("\n", 0, max(0, s0 - 1)) + 1 if s0 > 0 else 0
        low = text[lo:s1].lower()
        return all(t in low for t in self.query)

    def _mention_index(self):
        if self._mentions is None:
            wanted = (self.actor.ids | self.actor.members if self.actor else set()) | \
                     (self.country.ids if self.country else set())
            self._mentions = defaultdict(list)
            if wanted:
                for doc_id, start, aid in self.con.execute(
                        "SELECT doc_id, start_char, actor_id FROM mentions").fetchall():
                    if aid in wanted:
                        self._mentions[doc_id].append((start, aid))
        return self._mentions

    def _mentioned(self, s: _Sent, wanted) -> bool:
        return any(s.start <= st < s.end and wanted(aid) for st, aid in self._mention_index().get(s.doc_id, ()))

    def sentence_ok(self, s: _Sent, when: date | None) -> bool:
        """Whether the sentence names the actor (or, on ``when``, one acting for it) and an actor of the country."""
        if self.actor is not None and not (self.actor_text in s.text.lower() or
                                           self._mentioned(s, lambda aid: self.actor.matches([aid], when))):
            return False
        if self.country is not None and not self._mentioned(s, lambda aid: aid in self.country.ids):
            return False
        return True

    def report_ok(self, actor_ids, recipient_ids, country, when: date | None) -> bool:
        parties = [*(actor_ids or ()), *(recipient_ids or ())]
        if self.actor is not None and not self.actor.matches(parties, when):
            return False
        if self.country is not None and not self.country.matches(parties, country):
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
                   country: str | None = None, scoring: DateScoring | None = None,
                   summary: "SummaryConfig | None" = None, kb=None) -> list[TimelineEntry]:
    """The ``n_dates`` most important dates between ``start`` and ``end`` (inclusive), in date order,
    each with up to ``sents_per_date`` summary sentences. ``store`` is a ``Store`` or a DuckDB
    connection; ``kb`` the knowledge base an actor filter follows affiliations in (None: the bundled one)."""
    con = getattr(store, "con", store)
    scoring = scoring or DEFAULT_SCORING
    summary_cfg = summary or DEFAULT_SUMMARY
    start, end = _as_date(start), _as_date(end)
    flt = _Filter(con, query, actor, country, kb)

    arts = {}
    for aid, published, text in con.execute(
            "SELECT id, published, text FROM articles WHERE duplicate_of IS NULL").fetchall():
        if text and flt.article_ok(text):
            arts[aid] = (_as_date(published), text)

    def in_span(d: date | None) -> bool:
        return d is not None and (start is None or d >= start) and (end is None or d <= end)

    ev = DateEvidence()
    # (a) date mentions -> candidate sentences per day
    by_date: dict[date, dict[tuple[str, int], _Sent]] = defaultdict(dict)
    dated: dict[str, list[tuple[int, int]]] = defaultdict(list)   # sentences with a day reference, per article
    for doc_id, s0, s1, d0, d1, precision, relation, expr in con.execute(
            "SELECT doc_id, sent_start, sent_end, date_start, date_end, precision, relation, expr "
            "FROM date_mentions WHERE precision IN ('day', 'month')").fetchall():
        d0, d1 = _as_date(d0), _as_date(d1)
        if doc_id in arts and precision == "day":
            dated[doc_id].append((s0, s1))
        if doc_id not in arts or d0 is None or d1 is None:
            continue
        if precision == "month":
            if relation == "at" and (d1 - d0).days <= 31:
                ev.month_mentions.append((doc_id, d0, d1))
            continue
        if d0 != d1 or not in_span(d0):
            continue
        published, text = arts[doc_id]
        sent = _Sent(doc_id, s0, s1, _clean(text[s0:s1]), relation == "at",
                     exact=relation == "at" and _EXACT.search(expr or "") is not None)
        if flt.active and not flt.sentence_ok(sent, d0):
            continue
        key = (doc_id, s0)
        prev = by_date[d0].get(key)
        if prev is None or (sent.own_at and not prev.own_at):
            by_date[d0][key] = sent
        ev.day_mentions.append(DayMention(doc_id, published, d0, bool(_YEAR.search(expr or "")),
                                          flt.sentence_on_topic(text, s0, s1)))

    # (b) events / reports on the date
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
        if not flt.report_ok(a_ids, r_ids, ctry, d):
            continue
        key_ev = eid or rid
        w = QUAD_WEIGHT.get(quad, 1.0) * max(1, n_out or 1)
        ev_ids[d][key_ev] += w
        if key_ev not in seen_events:
            seen_events.add(key_ev)
            ev.events[d] += w
        if sentence:
            key = (doc_id, s0)
            if key not in by_date[d]:
                by_date[d][key] = _Sent(doc_id, s0, s1, _clean(sentence), False, from_event=True)

    # (c) publication counts
    ev.published.update(p for p, _ in arts.values() if p is not None)
    if scoring.pub_lead:
        _add_lead_sentences(arts, dated, by_date, scoring.pub_lead, in_span, flt)

    scores = score_dates(ev, scoring, start, end)

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

    summaries: dict[date, tuple[list[str], list[str]]] = {}

    def has_content(d: date) -> bool:
        summaries[d] = _summarise(list(by_date[d].values()), toks_cache, idf, sents_per_date, summary_cfg)
        return bool(summaries[d][0] or ev_ids.get(d))

    out: list[TimelineEntry] = []
    for d in select_dates(scores, n_dates, scoring, accept=has_content):
        summary, sources = summaries[d]
        events = [e for e, _ in sorted(ev_ids[d].items(), key=lambda kv: (-kv[1], kv[0]))] if d in ev_ids else []
        out.append(TimelineEntry(d, summary, events, round(scores[d], 4), sources))
    out.sort(key=lambda e: e.date)
    return out


_SENT_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
LEAD_SENTENCES = 5


def _add_lead_sentences(arts, dated, by_date, lag: int, in_span, flt) -> None:
    """An article's opening sentences without a day reference (``dated``: the spans of its sentences that have
    one) report its publication day or the day before ("yesterday" left implicit): they become candidates of
    those days."""
    for doc_id, (published, text) in arts.items():
        if published is None:
            continue
        days = [published - timedelta(days=k) for k in range(lag)]
        days = [d for d in days if in_span(d)]
        if not days:
            continue
        n = 0
        pos = 0
        for line in text.split("\n"):
            start = pos
            pos += len(line) + 1
            if not line.strip():
                continue
            for m in _split_spans(line):
                if n >= LEAD_SENTENCES:
                    break
                a, b = start + m[0], start + m[1]
                n += 1
                if any(s0 < b and a < s1 for s0, s1 in dated.get(doc_id, ())):
                    continue
                sent = _Sent(doc_id, a, b, _clean(text[a:b]), False)
                if flt.active and not flt.sentence_ok(sent, published):
                    continue
                for d in days:
                    by_date[d].setdefault((doc_id, a), sent)
            if n >= LEAD_SENTENCES:
                break


def _split_spans(line: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in _SENT_SPLIT.finditer(line):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(line)))
    return [(x, y) for x, y in out if line[x:y].strip()]


def _summarise(cands: list[_Sent], toks_cache, idf, k: int,
               cfg: SummaryConfig = DEFAULT_SUMMARY) -> tuple[list[str], list[str]]:
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
            items.append((s, v, len(toks)))
    if not items:
        # fall back to any candidate, shortest first
        rest = sorted(cands, key=lambda s: len(s.text))[:k]
        return [s.text for s in rest], [s.doc_id for s in rest]
    centroid: dict[str, float] = defaultdict(float)
    for _, v, _n in items:
        for t, x in v.items():
            centroid[t] += x
    norm = math.sqrt(sum(x * x for x in centroid.values())) or 1.0
    centroid = {t: x / norm for t, x in centroid.items()}

    def relevance(s: _Sent, v: dict, n_words: int) -> float:
        r = _cos(v, centroid)
        if s.own_at:
            r *= cfg.own_date_boost
        if s.exact:
            r *= cfg.exact_boost
        if cfg.attribution != 1.0 and _ATTRIBUTION.search(s.text):
            r *= cfg.attribution
        if cfg.length_target:
            r *= min(1.0, cfg.length_target / n_words)
        return r

    rel = [relevance(*it) for it in items]
    order = sorted(range(len(items)), key=lambda i: (-rel[i], i))
    picked: list[int] = []
    if cfg.mmr:
        left = list(order)
        while left and len(picked) < k:
            def mmr(i):
                red = max((_cos(items[i][1], items[j][1]) for j in picked), default=0.0)
                return cfg.mmr * rel[i] - (1 - cfg.mmr) * red
            best = max(left, key=lambda i: (mmr(i), -i))
            left.remove(best)
            if any(_cos(items[best][1], items[j][1]) > cfg.redundancy for j in picked):
                continue
            picked.append(best)
    else:
        for i in order:
            if len(picked) >= k:
                break
            if any(_cos(items[i][1], items[j][1]) > cfg.redundancy for j in picked):
                continue
            picked.append(i)
    return [items[i][0].text for i in picked], [items[i][0].doc_id for i in picked]


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
