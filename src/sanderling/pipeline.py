"""code_article(): the per-article stages in order. Pure: it reads only its input and read-only resources,
so the same function runs in one process, in a pool, or mapped over a Dask cluster."""
from __future__ import annotations

import re

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from .records import Article, CodedArticle


@dataclass(frozen=True)
class Resources:
    """Read-only resources shared by every article: the spaCy pipeline, the actor knowledge base, the
    gazetteer and the trigger lexicon."""
    nlp: object
    kb: object
    gazetteer: object
    lexicon: object
    options: dict = field(default_factory=dict, hash=False, compare=False)


@lru_cache(maxsize=4)
def load_resources(actor_files: tuple[str, ...] = (), place_files: tuple[str, ...] = (),
                   trigger_files: tuple[str, ...] = ()) -> Resources:
    from .actors.kb import KnowledgeBase
    from .events.lexicon import load_lexicon
    from .nlp import load_nlp
    from .places.gazetteer import Gazetteer
    kb = KnowledgeBase.load([*actor_files]) if actor_files else KnowledgeBase.load()
    gaz = Gazetteer.load([*place_files]) if place_files else Gazetteer.load()
    return Resources(nlp=load_nlp(), kb=kb, gazetteer=gaz, lexicon=load_lexicon(trigger_files))


# verbs whose complement lies ahead: "intends to step down by the end of October"
PROSPECTIVE = {"intend", "plan", "expect", "aim", "hope", "want", "wish", "seek", "decide", "offer", "promise",
               "pledge", "vow", "commit", "prepare", "schedule", "due", "set", "going", "agree", "propose",
               "threaten", "urge", "call", "ask", "invite", "encourage", "order", "instruct", "appeal", "press"}


def _is_future(verb) -> bool:
    from .events.syntax import FUTURE_AUX
    from .events.status import SPEECH
    for _ in range(4):
        aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if aux & FUTURE_AUX:
            return True
        if "would" in aux and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH:
            return True   # "said he would hand over power by the end of October": the future of the saying
        while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
            verb = verb.head   # "intends to step down and hand over by October": the second verb shares the first's
            if {c.lower_ for c in verb.children if c.dep_ == "aux"} & FUTURE_AUX:
                return True
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
        if verb.lemma_.lower() in PROSPECTIVE:
            return True
    return False


# a wire dateline's date stamp: "TRIPOLI, July 3 (Reuters) -", "GENEVA, Switzerland, Oct 23 -"
_STAMP = re.compile(r"^\s*[A-Z][A-Z.'’ -]{2,}(?:/[A-Z][A-Z.'’ -]+)*(?:,\s*[A-Z][A-Za-z.'’ -]+)?,\s*"
                    r"(?P<stamp>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\s*(?:\([^)]{1,40}\))?\s*[-–—:]")


def dateline_stamp(text: str) -> tuple[int, int] | None:
    """Character span of the date stamp of a wire dateline opening ``text``: it dates the report, not what
    the report tells."""
    m = _STAMP.match(text)
    return (m.start("stamp"), m.end("stamp")) if m else None


def page_stamp_end(sent) -> int:
    """Characters of the page's own date stamp opening the sentence ("date 2020-09-07 Bouznika - ...", "Thursday,
    30 April 2020 TRIPOLI (Reuters) - ..."): when the copy was put online, not what it tells. 0 when there is none,
    or when the date may be the news itself ("30 April 2020: Turkish forces shelled Sirte")."""
    from .nlp import STAMP_LABELS, dateline_token, lead_start
    first = lead_start(sent)
    if first == sent.start:
        return 0
    if sent.doc[sent.start].lower_ not in STAMP_LABELS and dateline_token(sent) is None:
        return 0
    return sent.doc[first].idx - sent.start_char


def sentence_times(sent, published) -> list:
    """Time expressions of a sentence. Bare weekdays and months are read backwards from the publication
    date unless the clause they date looks ahead ("will meet on Monday", "intends to step down by the end of
    October"), each expression by its own clause. A dateline's date stamp is not among them."""
    from .events.syntax import governing_verb
    from .time import extract_times
    text = sent.text
    past = extract_times(text, published, "past")
    stamp = dateline_stamp(text)
    if stamp is not None:
        past = [te for te in past if te.end <= stamp[0] or te.start >= stamp[1]]
    page = page_stamp_end(sent)
    if page:
        past = [te for te in past if te.start >= page]
    if not any(_is_future(t) for t in sent if t.pos_ in ("VERB", "AUX")) \
            and not any(_starts_forward(te, text) or _deadline(te, text) or _horizon(te, text) or _moved_to(te, text)
                        for te in past):
        return past
    future = {(t.start, t.end): t for t in extract_times(text, published, "future")}
    out = []
    for te in past:
        span = sent.doc.char_span(sent.start_char + te.start, sent.start_char + te.end, alignment_mode="expand")
        gov = governing_verb(span.root) if span is not None else None
        ahead = _starts_forward(te, text) or _horizon(te, text) or _moved_to(te, text) or (span is not None and not _dates_a_past_act(span.root) and (
            _is_future(gov) or (_deadline(te, text) and (gov.lemma_.lower() in PROSPECTIVE or _infinitive(gov)))))
        out.append(future.get((te.start, te.end), te) if ahead else te)
    return out


# nouns for an act already done: "France's decision on Wednesday ... will not change the balance" is
# Wednesday past, whatever the tense of the clause around the noun
_PAST_ACT_NOUNS = {"decision", "announcement", "statement", "move", "vote", "remarks", "comments", "decree",
                   "declaration", "withdrawal", "suspension", "approval", "attack", "strike", "killing", "visit"}


def _dates_a_past_act(tok) -> bool:
    t = tok
    for _ in range(4):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.pos_ == "NOUN" and t.lemma_.lower() in _PAST_ACT_NOUNS:
            return True
    return False


_FORWARD = re.compile(r"^(?:from|starting|as of|effective)\s", re.I)
_RANGE_END = re.compile(r"^\s*(?:to|until|till|through|and|-|–)\b", re.I)


_DEADLINE = re.compile(r"(?:\bby|\b(?:no|not) later than|\bbefore)\s+$", re.I)
_DEADLINE_IN = re.compile(r"^(?:by|before)\s", re.I)
# "closed until at least Wednesday", "no flights before Thursday at the earliest": an open-ended horizon
# is set looking ahead, so the weekday is the coming one whatever verb governs it
_HORIZON = re.compile(r"(?:\b(?:until|till) at least|\bat least (?:until|till)|\bno (?:earlier|sooner) than"
                      r"|\bnot before)\s+$", re.I)
_AT_EARLIEST = re.compile(r"^\s*at the (?:earliest|soonest)\b", re.I)


def _moved_to_pattern() -> re.Pattern:
    """"postponed the conference to November", "delayed until Monday", "moved to Tuesday": the new date of a
    thing put off lies ahead. The verbs are the status stage's words for putting off."""
    from .events.status import PHRASAL, POSTPONE
    stems = [w[:-1] if w.endswith("e") else w for w in sorted(POSTPONE)] + ["moved"]
    stems += [rf"{verb}\w*\s+{prt}" for (verb, prt), status in sorted(PHRASAL.items()) if status == "future"]
    return re.compile(rf"\b(?:{'|'.join(stems)})\w*\b[^.;:]{{0,60}}?\b(?:to|until|till)\s+$", re.I)


_MOVED_TO = _moved_to_pattern()


def _moved_to(te, text: str) -> bool:
    return bool(_MOVED_TO.search(text[max(0, te.start - 80):te.start]))


def _deadline(te, text: str) -> bool:
    """'wished to hand over power no later than the end of October': a deadline set by a wish or plan lies
    ahead of the wish, whatever the tense of the report."""
    return bool(_DEADLINE.search(text[max(0, te.start - 20):te.start]) or _DEADLINE_IN.match(te.text))


def _infinitive(verb) -> bool:
    """'ready to hand over power by the end of October': a deadline on an infinitive is set for what is still
    to be done, whatever the tense of the clause that carries it."""
    return verb is not None and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _horizon(te, text: str) -> bool:
    return bool(_HORIZON.search(text[max(0, te.start - 24):te.start]) or _AT_EARLIEST.match(text[te.end:]))


def _starts_forward(te, text: str) -> bool:
    """'a ceasefire from Monday', 'effective Tuesday': a start point, read forward, unless it opens a range
    ('from Monday to Wednesday') that a narrative may place in the past."""
    # "the toll from Tuesday's strike": the day is the strike's, "from" belongs to the toll
    return bool(_FORWARD.match(te.text)) and not _RANGE_END.match(text[te.end:]) \
        and not text[te.end:te.end + 2] in ("'s", "’s")



def code_doc(article: Article, doc, res: Resources) -> CodedArticle:
    from .actors.mentions import find_mentions
    from .events.build import code_events
    from .places.locate import event_location, find_places, main_place, setting_places
    from .views.relations import explicit_relations

    mentions = find_mentions(doc, res.kb, article.id, article.published, res.gazetteer)
    places = find_places(doc, res.gazetteer)
    fallback = main_place(setting_places(doc, res.gazetteer))
    times_of = {sent.start_char: sentence_times(sent, article.published) for sent in doc.sents}

    def locate(sent, trigger, party_countries=(), addressed=False):
        return event_location(sent, trigger, places, res.gazetteer, party_countries=party_countries,
                              addressed=addressed)

    events = code_events(doc, article, mentions, res.lexicon, times_of, locate, kb=res.kb)
    if fallback is not None:
        from dataclasses import replace
        coarse = replace(fallback, precision=max(fallback.precision, 3))
        events = [e if e.location is not None or e.historical else replace(e, location=coarse) for e in events]
    relations = explicit_relations(doc, mentions)
    from .events.infer import infer_recipients
    from .events.recaps import flag_recaps
    events = infer_recipients(events, res.kb, relations, article.published)
    events = flag_recaps(events, article.published, article.glued_at)
    dated = tuple((start, start + len(sent_text.rstrip()), te)
                  for sent_text, start in ((s.text, s.start_char) for s in doc.sents)
                  for te in times_of.get(start, ()))
    return CodedArticle(article=article, mentions=tuple(mentions), events=tuple(events),
                        places=tuple(places), n_tokens=len(doc), relations=tuple(relations),
                        dated_sentences=dated)


def code_article(article: Article, res: Resources | None = None) -> CodedArticle:
    res = res or load_resources()
    return code_doc(article, res.nlp(article.text), res)


def _code_or_error(article: Article, doc, res: Resources) -> CodedArticle:
    try:
        return code_doc(article, doc, res)
    except Exception as exc:   # one article that breaks a stage must not end the run
        return CodedArticle(article=article, error=f"{type(exc).__name__}: {exc}")


def _code_alone(article: Article, res: Resources) -> CodedArticle:
    try:
        doc = res.nlp(article.text)
    except Exception as exc:
        return CodedArticle(article=article, error=f"{type(exc).__name__}: {exc}")
    return _code_or_error(article, doc, res)


def code_articles(articles: Iterable[Article], res: Resources | None = None,
                  batch_size: int = 16) -> Iterator[CodedArticle]:
    """Code many articles in this process, batching the spaCy stage."""
    res = res or load_resources()
    buf: list[Article] = []

    def flush():
        docs = iter(res.nlp.pipe([a.text for a in buf], batch_size=batch_size))
        for i, art in enumerate(buf):
            try:
                doc = next(docs)
            except Exception:
                # spaCy takes the batch as a whole, so one text it refuses (over nlp.max_length, not a
                # string) ends the batch: the rest go through one at a time and only that one fails
                for rest in buf[i:]:
                    yield _code_alone(rest, res)
                break
            yield _code_or_error(art, doc, res)
        buf.clear()

    for art in articles:
        buf.append(art)
        if len(buf) >= batch_size:
            yield from flush()
    if buf:
        yield from flush()


def _worker_code(job: tuple[list[Article], tuple]) -> list[CodedArticle]:
    batch, files = job
    return list(code_articles(batch, load_resources(*files)))


def code_parallel(articles: Iterable[Article], processes: int = 2, chunk: int = 8,
                  files: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
                  ) -> Iterator[CodedArticle]:
    """Code articles across processes; each worker loads the resources (with the user's extra actor,
    place and trigger files) once. Order is kept."""
    if processes <= 1:
        yield from code_articles(articles, load_resources(*files))
        return
    import multiprocessing as mp
    ctx = mp.get_context("fork")

    def chunks():
        buf = []
        for a in articles:
            buf.append(a)
            if len(buf) >= chunk:
                yield buf
                buf = []
        if buf:
            yield buf

    with ctx.Pool(processes) as pool:
        for result in pool.imap(_worker_code, ((c, files) for c in chunks())):
            yield from result
