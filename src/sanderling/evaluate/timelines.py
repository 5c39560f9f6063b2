"""Timeline summarisation scores (Timeline17 / Crisis) and the evaluation loop behind
``sanderling evaluate-timeline``.

What is implemented (our own code, following the definitions of the tilse / news-tls evaluation):

Tokens
    ROUGE-1.5.5 style: the text is lower-cased, every character that is not a letter or a digit is a
    separator, so ``"Assad's"`` gives ``assad s``. No stemming, stopwords are kept (tilse defaults).
    A date's summary is the concatenation of its sentences.

ROUGE-n counts
    For a system text S and a reference text R, ``overlap_n(S, R)`` is the clipped n-gram overlap
    ``sum_g min(count_S(g), count_R(g))``; ``|S|_n`` is the number of n-grams of S.

Concat ROUGE-n F (optional, ``concat_r1``/``concat_r2``)
    All system summaries concatenated against all reference summaries concatenated:
    P = overlap/|S|_n, R = overlap/|R|_n, F = 2PR/(P+R) (0 when P+R = 0).

Alignment-based ROUGE-n F (AR1-F, AR2-F; tilse ``align_date_content_costs_many_to_one``)
    Each system date p is matched to one gold date r*(p) (many system dates may share a gold date):
    the gold date maximising ``w(p, r) * ROUGE-1-F(S_p, G_r)`` with the date discount
    ``w(p, r) = 1 / (|p - r|_days + 1)``; when every such product is 0 the nearest gold date is
    taken (ties: earlier gold date). Then, micro-averaged over the timeline::

        num_n = sum_p w(p, r*(p)) * overlap_n(S_p, G_{r*(p)})
        P_n   = num_n / sum_p |S_p|_n            (all system dates)
        R_n   = num_n / sum_r |G_r|_n            (all gold dates)
        AR_n-F = 2 P_n R_n / (P_n + R_n)

Date-F1
    Exact day match between the set of system dates and the set of gold dates:
    P = |S ∩ G| / |S|, R = |S ∩ G| / |G|, F = 2PR/(P+R).

Evaluation setting (the standard T17 setting of news-tls)
    Each gold timeline of a topic is evaluated on its own: T = number of gold dates, summary length
    per date = round(mean gold sentences per date), system dates restricted to the gold timeline's
    first..last date. A term of the topic's keywords (``keywords.json``, see ``topic_query``) is passed as the
    timeline query, so off-topic articles of the collection are left out. Scores are averaged over timelines (macro); per-topic numbers average that
    topic's timelines.

Input data
    ``t17/<topic>/articles.jsonl`` (id, time, PTB-tokenised text, one sentence per line) and
    ``timelines.jsonl`` (one gold timeline per line: ``[[date, [sentences]], ...]``). The Crisis folder
    ships only gold timelines (``<outlet>.txt``: date line, sentences, ``--------`` separator), no
    articles, so it can be read (``read_crisis_timelines``) but not run end to end.

Two ways to fill the store for a topic:
    * ``light`` (default): each line of the article is a sentence; ``sanderling.time.extract_times``
      runs on each sentence and the result is written through ``Store.write`` as the article's
      ``date_mentions`` (no spaCy, no events).
    * ``code``: the full pipeline (``sanderling.pipeline.code_articles`` then ``Store.write`` and
      cross-article resolution), which also fills reports/events.
The timeline itself (``sanderling.views.timeline.build_timeline``) only reads the store tables.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterable, Sequence

_TOKEN = re.compile(r"[a-z0-9]+")

Timeline = dict  # date -> list[str]


# -- ROUGE --------------------------------------------------------------------------------------
def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def ngrams(toks: Sequence[str], n: int) -> Counter:
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def _grams(sents: Iterable[str] | str, n: int) -> Counter:
    if isinstance(sents, str):
        sents = [sents]
    return ngrams(tokens(" ".join(sents)), n)


def overlap(a: Counter, b: Counter) -> int:
    if len(a) > len(b):
        a, b = b, a
    return sum(min(c, b[g]) for g, c in a.items() if g in b)


def _f(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(frozen=True)
class PRF:
    p: float
    r: float
    f: float


def rouge_n(system: Iterable[str] | str, reference: Iterable[str] | str, n: int = 1) -> PRF:
    s, g = _grams(system, n), _grams(reference, n)
    o = overlap(s, g)
    ns, ng = sum(s.values()), sum(g.values())
    p = o / ns if ns else 0.0
    r = o / ng if ng else 0.0
    return PRF(p, r, _f(p, r))


def concat_rouge(system: Timeline, gold: Timeline, n: int = 1) -> PRF:
    sys_s = [s for d in sorted(system) for s in system[d]]
    gold_s = [s for d in sorted(gold) for s in gold[d]]
    return rouge_n(sys_s, gold_s, n)


def date_f1(system_dates: Iterable[date], gold_dates: Iterable[date]) -> PRF:
    s, g = set(system_dates), set(gold_dates)
    hit = len(s & g)
    p = hit / len(s) if s else 0.0
    r = hit / len(g) if g else 0.0
    return PRF(p, r, _f(p, r))


def _date_weight(a: date, b: date) -> float:
    return 1.0 / (abs((a - b).days) + 1)


def align_many_to_one(system: Timeline, gold: Timeline) -> dict:
    """For each system date, the gold date it is aligned to (see module docstring)."""
    gold_dates = sorted(gold)
    g1 = {r: _grams(gold[r], 1) for r in gold_dates}
    out = {}
    for p in sorted(system):
        s1 = _grams(system[p], 1)
        ns = sum(s1.values())
        best, best_score = None, 0.0
        for r in gold_dates:
            o = overlap(s1, g1[r])
            if not o:
                continue
            ng = sum(g1[r].values())
            score = _date_weight(p, r) * _f(o / ns, o / ng)
            if score > best_score:
                best, best_score = r, score
        if best is None and gold_dates:
            best = min(gold_dates, key=lambda r: (abs((p - r).days), r))
        out[p] = best
    return out


def align_rouge(system: Timeline, gold: Timeline, n: int = 1,
                alignment: dict | None = None) -> PRF:
    """Alignment-based ROUGE-n (many-to-one, date-discounted), micro over the timeline."""
    if not system or not gold:
        return PRF(0.0, 0.0, 0.0)
    alignment = alignment if alignment is not None else align_many_to_one(system, gold)
    gold_n = {r: _grams(gold[r], n) for r in gold}
    num = 0.0
    sys_total = 0
    for p, sents in system.items():
        s = _grams(sents, n)
        sys_total += sum(s.values())
        r = alignment[p]
        num += _date_weight(p, r) * overlap(s, gold_n[r])
    gold_total = sum(sum(c.values()) for c in gold_n.values())
    prec = num / sys_total if sys_total else 0.0
    rec = num / gold_total if gold_total else 0.0
    return PRF(prec, rec, _f(prec, rec))


@dataclass
class TimelineScores:
    name: str
    date_f1: float
    ar1_f: float
    ar2_f: float
    concat_r1_f: float = 0.0
    concat_r2_f: float = 0.0
    n_gold_dates: int = 0
    n_system_dates: int = 0

    def as_dict(self) -> dict:
        return dict(self.__dict__)


def score_timeline(system: Timeline, gold: Timeline, name: str = "") -> TimelineScores:
    alignment = align_many_to_one(system, gold) if system and gold else {}
    return TimelineScores(
        name=name,
        date_f1=date_f1(system, gold).f,
        ar1_f=align_rouge(system, gold, 1, alignment).f,
        ar2_f=align_rouge(system, gold, 2, alignment).f,
        concat_r1_f=concat_rouge(system, gold, 1).f,
        concat_r2_f=concat_rouge(system, gold, 2).f,
        n_gold_dates=len(gold), n_system_dates=len(system))


# -- data ---------------------------------------------------------------------------------------
_PTB = [("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"), ("-LCB-", "{"), ("-RCB-", "}"),
        ("``", '"'), ("''", '"')]
_CLOSE = re.compile(r" ([,.;:!?%)\]}])")
_OPEN = re.compile(r"([(\[{$]) ")
_CLITIC = re.compile(r" (n't|'s|'re|'ve|'ll|'d|'m|')(?=\s|$)", re.I)
_QUOTE = re.compile(r'" (.*?) "')


def detokenise(line: str) -> str:
    """Undo Penn Treebank tokenisation lightly: brackets, quotes, clitics and spaces before
    punctuation. 'Cairo 's Tahrir Square -LRB- CNN -RRB-' -> "Cairo's Tahrir Square (CNN)"."""
    s = line.strip()
    for a, b in _PTB:
        s = s.replace(a, b)
    s = _CLITIC.sub(r"\1", s)
    s = _CLOSE.sub(r"\1", s)
    s = _OPEN.sub(r"\1", s)
    s = _QUOTE.sub(r'"\1"', s)
    s = s.replace(" -- ", " - ")
    return s


def read_t17_topic(topic_dir: str | Path) -> tuple[list[dict], list[Timeline]]:
    """Articles (id, published date, detokenised sentences) and the gold timelines of one topic."""
    topic_dir = Path(topic_dir)
    arts = []
    with open(topic_dir / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            sents = [detokenise(s) for s in d["text"].split("\n")]
            arts.append({"id": f"{topic_dir.name}-{d['id']}", "published": date.fromisoformat(d["time"][:10]),
                         "outlet": topic_dir.name.split("_")[-1], "sentences": [s for s in sents if s]})
    timelines = []
    with open(topic_dir / "timelines.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            tl: Timeline = {}
            for d, sents in json.loads(line):
                tl.setdefault(date.fromisoformat(d[:10]), []).extend(detokenise(s) for s in sents)
            timelines.append(tl)
    return arts, timelines


def read_crisis_timelines(topic_dir: str | Path) -> list[Timeline]:
    out = []
    for f in sorted(Path(topic_dir).glob("*.txt")):
        tl: Timeline = {}
        for block in re.split(r"\n-{4,}\n?", f.read_text(encoding="utf-8", errors="replace")):
            lines = [l.strip() for l in block.strip().splitlines() if l.strip()]
            if not lines:
                continue
            try:
                d = date.fromisoformat(lines[0][:10])
            except ValueError:
                continue
            tl.setdefault(d, []).extend(detokenise(l) for l in lines[1:])
        if tl:
            out.append(tl)
    return out


def has_articles(topic_dir: str | Path) -> bool:
    return (Path(topic_dir) / "articles.jsonl").exists()


# -- filling a store ----------------------------------------------------------------------------
def light_coded(art: dict):
    """A CodedArticle holding only the article and its dated sentences (no spaCy)."""
    from ..records import Article, CodedArticle
    from ..time import extract_times
    text_parts, dated, pos = [], [], 0
    for s in art["sentences"]:
        for te in extract_times(s, art["published"]):
            dated.append((pos, pos + len(s), te))
        text_parts.append(s)
        pos += len(s) + 1
    text = "\n".join(text_parts)
    article = Article(id=art["id"], text=text, published=art["published"], outlet=art.get("outlet"),
                      published_source="metadata")
    return CodedArticle(article=article, dated_sentences=tuple(dated), n_tokens=len(text.split()))


def fill_store(store, arts: list[dict], mode: str = "light", progress=None) -> None:
    if mode == "light":
        for a in arts:
            store.write(light_coded(a))
            if progress:
                progress(1)
        return
    from ..pipeline import code_articles
    from ..records import Article
    from ..resolve import resolve_reports
    articles = [Article(id=a["id"], text="\n".join(a["sentences"]), published=a["published"],
                        outlet=a.get("outlet"), published_source="metadata") for a in arts]
    for coded in code_articles(articles):
        store.write(coded)
        if progress:
            progress(1)
    resolve_reports(store)


# -- the evaluation loop ------------------------------------------------------------------------
@dataclass
class TopicResult:
    topic: str
    timelines: list[TimelineScores] = field(default_factory=list)

    def mean(self, key: str) -> float:
        return sum(getattr(t, key) for t in self.timelines) / len(self.timelines) if self.timelines else 0.0


def system_timeline(store, gold: Timeline, **options) -> Timeline:
    from ..views.timeline import build_timeline
    n_sents = max(1, round(sum(len(v) for v in gold.values()) / len(gold)))
    entries = build_timeline(store, n_dates=len(gold), sents_per_date=n_sents,
                             start=min(gold), end=max(gold), **options)
    return {e.date: e.summary for e in entries}


_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z0-9]+(?![a-z])|[0-9]+")
QUERY_MIN_SHARE = 0.2


def _query_terms(keyword: str) -> list[str]:
    """Candidate query terms of one keyword, CamelCase and digits split: "SyrianCrisis" -> ["syr",
    "crisis"], "H1N1" -> ["h1n1"]. A demonym ending is cut so the term matches the country too."""
    out = []
    for w in _KEY_WORD.findall(keyword):
        w = w.lower()
        out.append(re.sub(r"(ian|n)$", "", w) if len(w) > 4 and w.isalpha() else w)
    return out


def topic_query(topic_dir: str | Path, articles: list[dict] | None = None) -> str | None:
    """The topic's query term from ``keywords.json`` (the timeline matches it as a substring of the
    article, so "syr" matches Syria and Syrian).

    Keywords are folder-style names ("SyrianCrisis", "bpoil", "H1N1", "MJ") or plain words. The term
    found in the most of the topic's articles is used if at least ``QUERY_MIN_SHARE`` of them have it.
    A term most articles lack ("bpoil", "mj") would throw the story away, so without one the timeline
    runs with no query."""
    f = Path(topic_dir) / "keywords.json"
    if not f.exists():
        return None
    kws = json.loads(f.read_text(encoding="utf-8"))
    if isinstance(kws, str):
        kws = [kws]
    terms = [t for k in kws if isinstance(k, str) for t in _query_terms(k)]
    if articles is None:
        articles = read_t17_topic(topic_dir)[0] if has_articles(topic_dir) else []
    texts = [" ".join(a["sentences"]).lower() for a in articles]
    if not texts or not terms:
        return None
    share = {t: sum(t in x for x in texts) / len(texts) for t in dict.fromkeys(terms)}
    best = max(share, key=lambda t: (share[t], -terms.index(t)))
    return best if share[best] >= QUERY_MIN_SHARE else None


def evaluate_topic(topic_dir: str | Path, mode: str = "light", db_dir: str | Path | None = None,
                   options: dict | None = None, use_keywords: bool = True) -> TopicResult:
    from ..store import open_store
    topic_dir = Path(topic_dir)
    arts, golds = read_t17_topic(topic_dir)
    if db_dir is not None:
        Path(db_dir).mkdir(parents=True, exist_ok=True)
    db = ":memory:" if db_dir is None else str(Path(db_dir) / f"{topic_dir.name}-{mode}.duckdb")
    store = open_store(db)
    try:
        todo = [a for a in arts if not store.has_article(a["id"])]
        if todo:
            fill_store(store, todo, mode)
        res = TopicResult(topic_dir.name)
        opts = dict(options or {})
        if use_keywords and "query" not in opts:
            opts["query"] = topic_query(topic_dir, arts)
        for i, gold in enumerate(golds):
            system = system_timeline(store, gold, **opts)
            res.timelines.append(score_timeline(system, gold, f"{topic_dir.name}#{i + 1}"))
    finally:
        store.close()
    return res


KEYS = ("date_f1", "ar1_f", "ar2_f", "concat_r1_f", "concat_r2_f")


def format_table(results: list[TopicResult]) -> str:
    head = f"{'timeline':<28}{'dates':>6}{'Date-F1':>9}{'AR1-F':>8}{'AR2-F':>8}{'cR1-F':>8}{'cR2-F':>8}"
    lines = [head, "-" * len(head)]
    all_tl = []
    for r in results:
        for t in r.timelines:
            all_tl.append(t)
            lines.append(f"{t.name:<28}{t.n_gold_dates:>6}{t.date_f1:>9.3f}{t.ar1_f:>8.3f}{t.ar2_f:>8.3f}"
                         f"{t.concat_r1_f:>8.3f}{t.concat_r2_f:>8.3f}")
    lines.append("-" * len(head))
    for r in results:
        lines.append(f"{'topic ' + r.topic:<28}{len(r.timelines):>6}" +
                     "".join(f"{r.mean(k):>{9 if k == 'date_f1' else 8}.3f}" for k in KEYS))
    if all_tl:
        lines.append("-" * len(head))
        m = {k: sum(getattr(t, k) for t in all_tl) / len(all_tl) for k in KEYS}
        lines.append(f"{'mean over timelines':<28}{len(all_tl):>6}" +
                     "".join(f"{m[k]:>{9 if k == 'date_f1' else 8}.3f}" for k in KEYS))
    return "\n".join(lines)


def mean_scores(results: list[TopicResult]) -> dict:
    all_tl = [t for r in results for t in r.timelines]
    return {k: (sum(getattr(t, k) for t in all_tl) / len(all_tl) if all_tl else 0.0) for k in KEYS}
