"""Cross-document event coreference of the resolver on ECB+ (Cybulska & Vossen 2014, CC BY 3.0).

Protocol
--------
1. Every ECB+ document (``xml/<topic>/<topic>_<n>ecb[plus].xml``) is rebuilt as plain text: the tokens of a
   sentence joined by spaces, sentences separated by a blank line, so that the character offset of every
   gold token is known. Documents have no publication date (ECB+ does not give one) and no outlet: each
   document counts as its own outlet.
2. The documents are coded with the ordinary pipeline (``sanderling.pipeline.code_articles``) into a
   DuckDB store and ``resolve_reports`` merges the reports across documents, exactly as after
   ``sanderling code``.
3. Gold: event mentions are the ``ACTION_*`` and ``NEG_ACTION_*`` markables; their clusters come from
   ``CROSS_DOC_COREF`` (cluster = the ``instance_id`` of the target) and ``INTRA_DOC_COREF`` (cluster =
   document + target markable); unlinked mentions are singletons. Only mentions in the sentences listed in
   ``ECBplus_coreference_sentences.csv`` (the sentences the annotators fully annotated) are used.
4. Alignment: a report is aligned to a gold event mention when its evidence sentence lies in one of those
   annotated sentences and the report's trigger word is one of the gold mention's tokens (case-insensitive;
   a multi-word trigger matches on any of its words). A gold mention aligned to several reports takes the
   first one's event.
5. Scores: MUC, B-cubed and CEAF-e over the aligned gold mentions (system clusters = our merged events
   restricted to those mentions), and their average, the CoNLL F1. Coverage is reported separately: how
   many gold event mentions (and how many gold cross-document clusters) we can align at all.

Limits
------
- ECB+ is general news (celebrity rehab, earthquakes, product launches, sports transfers...). Most of its
  events are outside PLOVER, so the resolver only ever sees a small, political-ish slice of the mentions;
  the F1 figures describe that slice, not ECB+ as a whole, and are not comparable with published ECB+
  results (those cover every gold mention, with gold or predicted mentions and topic clustering).
- Without publication dates, relative dates ("on Friday") stay unresolved, so many reports carry no date;
  the resolver merges undated reports only on strong evidence similarity. That is a handicap that our
  target data (dated news) does not have.
- Scores are over aligned mentions only: a mention we never coded is neither right nor wrong here; it
  shows up in the coverage line instead.
"""
from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np


@dataclass
class EcbDoc:
    id: str
    topic: str
    text: str
    # sentence number -> (start, end) char span; token id -> (sentence, start, end, text)
    sentences: dict[int, tuple[int, int]] = field(default_factory=dict)
    tokens: dict[str, tuple[int, int, int, str]] = field(default_factory=dict)


@dataclass
class GoldMention:
    doc: str
    m_id: str
    sentence: int
    token_ids: tuple[str, ...]
    words: tuple[str, ...]
    cluster: str


def annotated_sentences(root: Path) -> set[tuple[str, int]]:
    out = set()
    with open(root / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.add((f"{row['Topic']}_{row['File']}", int(row["Sentence Number"])))
    return out


def load_doc(path: Path) -> tuple[EcbDoc, list[GoldMention]]:
    tree = ET.parse(path)
    r = tree.getroot()
    doc_id = path.stem
    topic = doc_id.split("_")[0]
    doc = EcbDoc(id=doc_id, topic=topic, text="")
    parts: list[str] = []
    pos = 0
    cur_sent = None
    sent_start = 0
    for tok in r.iter("token"):
        s = int(tok.get("sentence"))
        word = tok.text or ""
        if cur_sent is None or s != cur_sent:
            if cur_sent is not None:
                doc.sentences[cur_sent] = (sent_start, pos)
                parts.append("\n\n")
                pos += 2
            cur_sent = s
            sent_start = pos
        elif parts:
            parts.append(" ")
            pos += 1
        doc.tokens[tok.get("t_id")] = (s, pos, pos + len(word), word)
        parts.append(word)
        pos += len(word)
    if cur_sent is not None:
        doc.sentences[cur_sent] = (sent_start, pos)
    doc.text = "".join(parts)
    # markables
    markables = r.find("Markables")
    mentions: dict[str, tuple[str, ...]] = {}
    instance: dict[str, str] = {}
    for m in (markables if markables is not None else []):
        mid = m.get("m_id")
        anchors = tuple(a.get("t_id") for a in m.findall("token_anchor"))
        if anchors and (m.tag.startswith("ACTION_") or m.tag.startswith("NEG_ACTION_")):
            mentions[mid] = anchors
        if not anchors and m.get("instance_id"):
            instance[mid] = m.get("instance_id")
    cluster: dict[str, str] = {}
    rel = r.find("Relations")
    for link in (rel if rel is not None else []):
        tgt = link.find("target")
        if tgt is None:
            continue
        t = tgt.get("m_id")
        if link.tag == "CROSS_DOC_COREF":
            cid = instance.get(t) or link.get("note") or f"{doc_id}#{t}"
        elif link.tag == "INTRA_DOC_COREF":
            cid = f"{doc_id}#{t}"
        else:
            continue
        for src in link.findall("source"):
            cluster[src.get("m_id")] = cid
    gold = []
    for mid, anchors in mentions.items():
        toks = [doc.tokens[a] for a in anchors if a in doc.tokens]
        if not toks:
            continue
        gold.append(GoldMention(doc=doc_id, m_id=mid, sentence=toks[0][0], token_ids=anchors,
                                words=tuple(t[3].lower() for t in toks),
                                cluster=cluster.get(mid, f"{doc_id}#single{mid}")))
    return doc, gold


def load_corpus(root: str | Path, topics: list[str] | None = None):
    root = Path(root)
    docs, gold = [], []
    keep = annotated_sentences(root)
    for p in sorted((root / "xml").glob("*/*.xml")):
        if topics and p.parent.name not in topics:
            continue
        d, g = load_doc(p)
        docs.append(d)
        gold.extend(m for m in g if (d.id, m.sentence) in keep)
    return docs, gold


def to_articles(docs: list[EcbDoc]):
    from ..records import Article
    return [Article(id=d.id, text=d.text, title=None, outlet=d.id, published=None, source=d.id) for d in docs]


# -- alignment ---------------------------------------------------------------------------------------
def align(store, docs: list[EcbDoc], gold: list[GoldMention]) -> dict[tuple[str, str], str]:
    """Gold mention (doc, m_id) -> our event id."""
    import json
    by_doc = {d.id: d for d in docs}
    gold_by_sent: dict[tuple[str, int], list[GoldMention]] = defaultdict(list)
    for m in gold:
        gold_by_sent[(m.doc, m.sentence)].append(m)
    out: dict[tuple[str, str], str] = {}
    rows = store.con.execute("SELECT doc_id, event_id, start_char, end_char, payload FROM reports "
                             "WHERE event_id IS NOT NULL ORDER BY doc_id, start_char, id").fetchall()
    for doc_id, event_id, s0, s1, payload in rows:
        d = by_doc.get(doc_id)
        if d is None:
            continue
        trig = (json.loads(payload).get("trigger") or "").lower()
        trig_words = set(re.findall(r"[\w'-]+", trig))
        if not trig_words:
            continue
        sents = {sn for sn, (a, b) in d.sentences.items() if a < s1 and b > s0}
        for sn in sents:
            for m in gold_by_sent.get((doc_id, sn), ()):
                if (m.doc, m.m_id) in out:
                    continue
                if trig_words & set(m.words):
                    out[(m.doc, m.m_id)] = event_id
    return out


# -- coreference metrics --------------------------------------------------------------------------------
def _clusters(assign: dict) -> list[set]:
    inv = defaultdict(set)
    for k, c in assign.items():
        inv[c].add(k)
    return list(inv.values())


def _f(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def muc(key: list[set], resp: list[set]) -> tuple[float, float, float]:
    def score(a, b):
        num = den = 0
        where = {}
        for i, c in enumerate(b):
            for x in c:
                where[x] = i
        for c in a:
            parts = {where.get(x, ("u", x)) for x in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0
    r, p = score(key, resp), score(resp, key)
    return p, r, _f(p, r)


def b_cubed(key: list[set], resp: list[set]) -> tuple[float, float, float]:
    kof = {x: c for c in key for x in c}
    rof = {x: c for c in resp for x in c}
    items = list(kof)
    r = sum(len(kof[x] & rof[x]) / len(kof[x]) for x in items) / len(items) if items else 0.0
    p = sum(len(kof[x] & rof[x]) / len(rof[x]) for x in items) / len(items) if items else 0.0
    return p, r, _f(p, r)


def _greedy_assignment(cost):
    sim = -cost
    pairs = sorted(((sim[i, j], i, j) for i in range(sim.shape[0]) for j in range(sim.shape[1]) if sim[i, j] > 0),
                   reverse=True)
    ri, ci, ui, uj = [], [], set(), set()
    for _, i, j in pairs:
        if i not in ui and j not in uj:
            ui.add(i); uj.add(j); ri.append(i); ci.append(j)
    return np.array(ri, dtype=int), np.array(ci, dtype=int)


def ceaf_e(key: list[set], resp: list[set]) -> tuple[float, float, float]:
    try:
        from scipy.optimize import linear_sum_assignment
    except ImportError:  # greedy matching: a lower bound of the optimal alignment
        linear_sum_assignment = _greedy_assignment
    if not key or not resp:
        return 0.0, 0.0, 0.0
    sim = np.zeros((len(key), len(resp)))
    for i, k in enumerate(key):
        for j, s in enumerate(resp):
            inter = len(k & s)
            if inter:
                sim[i, j] = 2 * inter / (len(k) + len(s))
    ri, ci = linear_sum_assignment(-sim)
    total = sim[ri, ci].sum()
    p, r = total / len(resp), total / len(key)
    return p, r, _f(p, r)


def score(aligned: dict[tuple[str, str], str], gold: list[GoldMention]) -> dict:
    gold_of = {(m.doc, m.m_id): m.cluster for m in gold}
    keys = {k: gold_of[k] for k in aligned}
    key, resp = _clusters(keys), _clusters(aligned)
    out = {}
    for name, fn in (("MUC", muc), ("B3", b_cubed), ("CEAF-e", ceaf_e)):
        p, r, f = fn(key, resp)
        out[name] = {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}
    out["CoNLL"] = round((out["MUC"]["f1"] + out["B3"]["f1"] + out["CEAF-e"]["f1"]) / 3, 4)
    # singleton baseline (every aligned mention its own event) for reference
    single = {k: f"s{i}" for i, k in enumerate(aligned)}
    sb = {n: round(fn(key, _clusters(single))[2], 4) for n, fn in (("MUC", muc), ("B3", b_cubed), ("CEAF-e", ceaf_e))}
    sb["CoNLL"] = round(sum(sb.values()) / 3, 4)
    out["singleton_baseline"] = sb
    # coverage
    cross = defaultdict(set)
    for m in gold:
        cross[m.cluster].add(m.doc)
    multi_doc = {c for c, ds in cross.items() if len(ds) > 1}
    aligned_clusters = {gold_of[k] for k in aligned}
    n_sys_multi = sum(1 for c in resp if len({d for d, _ in c}) > 1)
    out["coverage"] = {
        "gold_mentions": len(gold), "aligned_mentions": len(aligned),
        "aligned_share": round(len(aligned) / len(gold), 4) if gold else 0.0,
        "gold_cross_doc_clusters": len(multi_doc),
        "cross_doc_clusters_touched": len(aligned_clusters & multi_doc),
        "aligned_gold_links_cross_doc": sum(1 for c in key if len({d for d, _ in c}) > 1),
        "system_cross_doc_events": n_sys_multi,
    }
    return out
