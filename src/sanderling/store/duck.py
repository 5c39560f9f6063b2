"""The DuckDB store: articles, actors, mentions, events (resolved) and reports (per-article codings).

Writes are idempotent: an article already stored with the same text is skipped, so running the same
input twice adds nothing. Each article is written in its own transaction, so a failure never loses
what was stored before it."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Iterable

import duckdb

from ..records import CodedArticle, Event

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, outlet VARCHAR, published DATE,
    published_source VARCHAR, source VARCHAR, duplicate_of VARCHAR, text VARCHAR, text_hash VARCHAR,
    n_tokens INTEGER, coded_at TIMESTAMP DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, code VARCHAR, sector VARCHAR, kind VARCHAR,
    discovered BOOLEAN, first_seen VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    doc_id VARCHAR, start_char INTEGER, end_char INTEGER, text VARCHAR, actor_id VARCHAR, via VARCHAR,
    PRIMARY KEY (doc_id, start_char, end_char));
CREATE TABLE IF NOT EXISTS reports (
    id VARCHAR PRIMARY KEY, event_id VARCHAR, doc_id VARCHAR, outlet VARCHAR, published DATE,
    event_type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
    actor_ids VARCHAR[], recipient_ids VARCHAR[], date DATE, date_end DATE, date_precision VARCHAR,
    date_source VARCHAR, status VARCHAR, historical BOOLEAN, fatalities INTEGER,
    place_name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE, sentence VARCHAR,
    start_char INTEGER, end_char INTEGER, confidence DOUBLE, payload JSON, seq INTEGER);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, event_type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
    actor_ids VARCHAR[], recipient_ids VARCHAR[], date DATE, date_end DATE, date_precision VARCHAR,
    status VARCHAR, historical BOOLEAN, place_name VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
    n_reports INTEGER, n_outlets INTEGER, fatalities_min INTEGER, fatalities_max INTEGER,
    confidence DOUBLE, summary VARCHAR);
CREATE TABLE IF NOT EXISTS date_mentions (
    doc_id VARCHAR, sent_start INTEGER, sent_end INTEGER, expr VARCHAR, expr_start INTEGER,
    date_start DATE, date_end DATE, precision VARCHAR, relation VARCHAR,
    PRIMARY KEY (doc_id, sent_start, expr_start));
CREATE TABLE IF NOT EXISTS relations (
    a VARCHAR, rel VARCHAR, b VARCHAR, doc_id VARCHAR, sentence VARCHAR,
    PRIMARY KEY (a, rel, b, doc_id, sentence));
"""


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "replace")).hexdigest()


class Store:
    def __init__(self, path: str | Path = "sanderling.duckdb", read_only: bool = False):
        self.path = str(path)
        self.con = duckdb.connect(self.path, read_only=read_only)
        if not read_only:
            self.con.execute(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- articles -------------------------------------------------------------------------------
    def has_article(self, article_id: str, text: str | None = None) -> bool:
        row = self.con.execute("SELECT text_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            return False
        return text is None or row[0] == text_hash(text)

    def article_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM articles").fetchall()}

    def write(self, coded: CodedArticle) -> bool:
        """Store one coded article and its reports. Returns False when it was already stored."""
        art = coded.article
        h = text_hash(art.text)
        if self.has_article(art.id, art.text):
            return False
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, col in (("mentions", "doc_id"), ("reports", "doc_id"), ("relations", "doc_id"),
                               ("date_mentions", "doc_id"), ("articles", "id")):
                con.execute(f"DELETE FROM {table} WHERE {col} = ?", [art.id])
            con.execute("INSERT INTO articles (id, title, url, outlet, published, published_source, source, "
                        "duplicate_of, text, text_hash, n_tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        [art.id, art.title, art.url, art.outlet, art.published, art.published_source,
                         art.source, art.duplicate_of, art.text, h, coded.n_tokens])
            actors = {}
            for m in coded.mentions:
                actors[m.actor.id] = m.actor
            for ev in coded.events:
                for a in ev.actor + ev.recipient:
                    actors.setdefault(a.id, a)
            for a in actors.values():
                con.execute("INSERT INTO actors VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING",
                            [a.id, a.name, a.country, a.code, a.sector, a.kind, a.discovered, art.id])
            if coded.mentions:
                con.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                                [[art.id, m.start, m.end, m.text, m.actor.id, m.via] for m in coded.mentions])
            # seq keeps the coder's order (main-clause event first) for reports of one sentence
            rows = [self._report_row(ev, art) + [seq] for seq, ev in enumerate(coded.events)]
            if rows:
                con.executemany("INSERT INTO reports VALUES (" + ",".join("?" * 28) + ") ON CONFLICT DO NOTHING", rows)
            if coded.dated_sentences:
                con.executemany("INSERT INTO date_mentions VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                                [[art.id, s0, s1, te.text, s0 + te.start, te.date_start, te.date_end,
                                  te.precision, te.relation] for s0, s1, te in coded.dated_sentences])
            if coded.relations:
                con.executemany("INSERT INTO relations VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING",
                                [[a, r, b, art.id, s] for a, r, b, s in coded.relations])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return True

    @staticmethod
    def _report_row(ev: Event, art) -> list:
        loc = ev.location
        ev0 = ev.evidence[0]
        return [ev.id, None, ev.doc_id, art.outlet, art.published, ev.event_type, ev.mode, ev.cameo,
                ev.quad_class, [a.id for a in ev.actor], [a.id for a in ev.recipient], ev.date, ev.date_end,
                ev.date_precision, ev.date_source, ev.status, ev.historical, ev.fatalities,
                loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
                loc.lon if loc else None, ev0.sentence, ev0.start, ev0.end, ev.confidence,
                json.dumps(ev.to_json(), ensure_ascii=False)]

    # -- reading --------------------------------------------------------------------------------
    def reports(self, where: str = "", params: Iterable = ()) -> list[dict]:
        sql = "SELECT r.payload, r.event_id, e.n_outlets FROM reports r LEFT JOIN events e ON e.id = r.event_id"
        if where:
            sql += " WHERE " + where
        sql += " ORDER BY r.doc_id, r.start_char, r.seq"
        out = []
        for payload, event_id, n_outlets in self.con.execute(sql, list(params)).fetchall():
            d = json.loads(payload)
            d["event_group"] = event_id
            d["corroboration"] = n_outlets
            out.append(d)
        return out

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "actors", "mentions", "reports", "events", "relations", "date_mentions")}


def open_store(path: str | Path = "sanderling.duckdb", read_only: bool = False) -> Store:
    return Store(path, read_only=read_only)
