"""Readers: files, folders and stdin to :class:`Article` records, or :class:`IngestError` for bad items.

Formats: plain text (.txt), HTML (.html/.htm), JSON Lines or a JSON array/object (.jsonl/.json),
CSV/TSV with a header row (.csv/.tsv), and stdin ("-"), whose format is detected. Bad input never
stops the run: each unreadable item yields one IngestError whose reason names the item.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from ..records import Article, IngestError
from .clean import clean_text, glued_offsets
from .dates import parse_date, printed_date
from .decode import DecodeError, binary_reason, decode_bytes


def _sniff(path: Path) -> tuple[bytes, IngestError | None]:
    """The first bytes of a record file, or the error that it is binary."""
    with path.open("rb") as f:
        head = f.read(_SNIFF)
    why = binary_reason(head)
    return head, (IngestError(str(path), f"{path}: {why}") if why else None)


def _text_or_reason(data: bytes) -> tuple[str | None, str | None]:
    """Decoded text, or why these bytes are not text (binary, undecodable)."""
    why = binary_reason(data)
    if why:
        return None, why
    try:
        text, _ = decode_bytes(data)
    except DecodeError as e:
        return None, str(e)
    return text, None
from .html import html_to_text, looks_like_html

__all__ = ["read_inputs", "TEXT_EXT", "HTML_EXT", "JSON_EXT", "CSV_EXT"]

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSON_EXT = {".jsonl", ".json", ".ndjson"}
CSV_EXT = {".csv", ".tsv"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSON_EXT | CSV_EXT
_SNIFF = 65_536

# Field names accepted in JSON and CSV records (first match wins), all compared lower-cased.
ID_KEYS = ("id", "doc_id", "article_id", "docid", "guid", "uid")
TEXT_KEYS = ("text", "body", "content", "article", "full_text", "maintext", "story")
HTML_KEYS = ("html", "raw_html", "content_html", "body_html", "page")
TITLE_KEYS = ("title", "headline", "heading")
URL_KEYS = ("url", "link", "source_url", "href")
DATE_KEYS = ("published", "date", "published_at", "publish_date", "pubdate", "date_publish",
             "publication_date", "datetime", "timestamp", "time")
OUTLET_KEYS = ("outlet", "source", "source_name", "publisher", "site", "site_name", "domain", "media", "newspaper")
_JSON_CONTAINERS = ("articles", "records", "documents", "docs", "items", "data", "results")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


@dataclass
class _Reader:
    max_bytes: int
    clean: bool
    seen: dict[str, str] = field(default_factory=dict)     # article id -> where it came from

    # --- building articles -------------------------------------------------------------------------
    def article(self, *, item: str, id: str, given_id: bool, raw: str, is_html: bool, title: Any = None,
                url: Any = None, published: Any = None, outlet: Any = None, source: str) -> Article | IngestError:
        if len(raw.encode("utf-8", "surrogatepass")) > self.max_bytes:
            return IngestError(item, f"{item}: record is {_mb(len(raw.encode('utf-8', 'surrogatepass')))}, "
                                     f"over the {_mb(self.max_bytes)} limit (max_bytes)")
        meta_date: date | None = None
        if is_html:
            res = html_to_text(raw, url=_str(url))
            text = res.text
            title = title or res.title
            meta_date = res.published
            if not text.strip():
                return IngestError(item, f"{item}: no article text found in the HTML")
        else:
            text = raw
        if not text.strip():
            return IngestError(item, f"{item}: empty text")
        pub, pub_source = None, None
        if published not in (None, ""):
            pub = parse_date(published)
        if pub is None and meta_date is not None:
            pub = meta_date
        if pub is not None:
            pub_source = "metadata"
        else:
            # No usable metadata (absent, or not a date such as "not-a-date"): a date printed at the
            # top of the page, looked for before cleaning removes the byline that carries it.
            pub = printed_date(text)
            pub_source = "text" if pub else None
        raw_text = text
        if self.clean:
            text = clean_text(text)
            if not text:
                return IngestError(item, f"{item}: nothing left after removing boilerplate")
        glued = glued_offsets(raw_text, text)
        art_id = self.unique_id(id, given_id, item)
        return Article(id=art_id, text=text, title=_str(title), url=_str(url), published=pub,
                       outlet=_outlet(outlet), source=source, published_source=pub_source, glued_at=glued)

    def unique_id(self, id: str, given: bool, item: str) -> str:
        """``id``, or ``id-2``, ``id-3`` ... when an earlier item took it: two files with the same
        stem in different folders, or the same record read twice (which NearDuplicateIndex then flags).
        The first item read keeps the plain id; reading order is deterministic."""
        if id not in self.seen:
            self.seen[id] = item
            return id
        n = 2
        while f"{id}-{n}" in self.seen:
            n += 1
        self.seen[f"{id}-{n}"] = item
        return f"{id}-{n}"

    def record(self, rec: Any, *, item: str, default_id: str, source: str) -> Article | IngestError:
        if not isinstance(rec, dict):
            return IngestError(item, f"{item}: record is a JSON {type(rec).__name__}, not an object")
        low = {str(k).strip().lower(): v for k, v in rec.items()}
        rid = _first(low, ID_KEYS)
        text = _first(low, TEXT_KEYS)
        html = _first(low, HTML_KEYS)
        if isinstance(text, list):
            text = "\n\n".join(str(t) for t in text if t is not None)
        if text is not None and not isinstance(text, str):
            return IngestError(item, f"{item}: text field is a {type(text).__name__}, not a string")
        if html is not None and not isinstance(html, str):
            return IngestError(item, f"{item}: html field is a {type(html).__name__}, not a string")
        if not (text and text.strip()) and not (html and html.strip()):
            has = any(k in low for k in TEXT_KEYS + HTML_KEYS)
            return IngestError(item, f"{item}: record has {'empty text' if has else 'no text or html field'}")
        given = rid not in (None, "")
        use_text = bool(text and text.strip())
        return self.article(item=item, id=str(rid).strip() if given else default_id, given_id=given,
                            raw=text if use_text else html, is_html=not use_text,
                            title=_first(low, TITLE_KEYS), url=_first(low, URL_KEYS),
                            published=_first(low, DATE_KEYS), outlet=_first(low, OUTLET_KEYS), source=source)

    # --- files ------------------------------------------------------------------------------------
    def file(self, path: Path) -> Iterator[Article | IngestError]:
        item = str(path)
        try:
            size = path.stat().st_size
        except OSError as e:
            yield IngestError(item, f"{item}: cannot read ({e.strerror or e})")
            return
        ext = path.suffix.lower()
        if size == 0:
            yield IngestError(item, f"{item}: empty file (0 bytes)")
            return
        try:
            if ext in JSON_EXT:
                yield from self.json_file(path, size)
            elif ext in CSV_EXT:
                yield from self.csv_file(path)
            else:
                yield from self.document_file(path, size, ext)
        except OSError as e:
            yield IngestError(item, f"{item}: cannot read ({e.strerror or e})")

    def _decoded(self, path: Path, size: int) -> str | IngestError:
        item = str(path)
        if size > self.max_bytes:
            return IngestError(item, f"{item}: file is {_mb(size)}, over the {_mb(self.max_bytes)} limit (max_bytes)")
        text, why = _text_or_reason(path.read_bytes())
        if why:
            return IngestError(item, f"{item}: {why}")
        if not text.strip():
            return IngestError(item, f"{item}: empty file (only whitespace)")
        return text

    def document_file(self, path: Path, size: int, ext: str) -> Iterator[Article | IngestError]:
        text = self._decoded(path, size)
        if isinstance(text, IngestError):
            yield text
            return
        is_html = ext in HTML_EXT or (ext not in TEXT_EXT and looks_like_html(text))
        yield self.article(item=str(path), id=path.stem, given_id=False, raw=text, is_html=is_html,
                           source=str(path))

    def json_file(self, path: Path, size: int) -> Iterator[Article | IngestError]:
        item = str(path)
        head, err = _sniff(path)
        if err is not None:
            yield err
            return
        first = head.lstrip()[:1]
        if not first:
            yield IngestError(item, f"{item}: empty file (only whitespace)")
            return
        if first == b"[" or (first == b"{" and size <= self.max_bytes and path.suffix.lower() == ".json"):
            # A whole JSON document (array, or one object / {"articles": [...]}); falls back to JSON
            # Lines when a .json file turns out to hold one object per line.
            text = self._decoded(path, size)
            if isinstance(text, IngestError):
                yield text
                return
            try:
                doc = json.loads(text)
            except json.JSONDecodeError as e:
                if first == b"[" and not (e.msg == "Extra data" and e.lineno > 1):
                    yield IngestError(item, f"{item}: malformed JSON ({e.msg} at line {e.lineno}, column {e.colno})")
                    return
                # "Extra data" on a later line: one JSON value per line, i.e. JSON Lines.
            else:
                yield from self._json_doc(doc, path)
                return
        yield from self._jsonl(_binary_lines(path, self.max_bytes), path.stem, str(path), path.name)

    def _json_doc(self, doc: Any, path: Path) -> Iterator[Article | IngestError]:
        item = str(path)
        if isinstance(doc, dict):
            for key in _JSON_CONTAINERS:
                if isinstance(doc.get(key), list):
                    doc = doc[key]
                    break
        if isinstance(doc, dict):
            yield self.record(doc, item=item, default_id=path.stem, source=item)
            return
        if not isinstance(doc, list):
            yield IngestError(item, f"{item}: JSON holds a {type(doc).__name__}, not articles")
            return
        if not doc:
            yield IngestError(item, f"{item}: empty JSON array")
        for i, rec in enumerate(doc, 1):
            yield self.record(rec, item=f"{item}[{i}]", default_id=f"{path.stem}-{i}", source=f"{item}[{i}]")

    def _jsonl(self, lines: Iterable[tuple[int, bytes | str | None]], stem: str, where: str,
               name: str) -> Iterator[Article | IngestError]:
        any_line = False
        for lineno, raw in lines:
            item = f"{where}:{lineno}"
            if raw is None:
                yield IngestError(item, f"{name} line {lineno}: record is over the {_mb(self.max_bytes)} limit (max_bytes)")
                continue
            if isinstance(raw, bytes):
                if not raw.strip():
                    continue
                line, why = _text_or_reason(raw)
                if why:
                    yield IngestError(item, f"{name} line {lineno}: {why}")
                    continue
            else:
                line = raw
            if not line.strip():
                continue
            any_line = True
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                yield IngestError(item, f"{name} line {lineno}: malformed JSON ({e.msg} at column {e.colno})")
                continue
            yield self.record(rec, item=item, default_id=f"{stem}-{lineno}", source=item)
        if not any_line:
            yield IngestError(where, f"{where}: empty file (no records)")

    def csv_file(self, path: Path) -> Iterator[Article | IngestError]:
        item = str(path)
        head, err = _sniff(path)
        if err is not None:
            yield err
            return
        encoding = _sniff_encoding(head)
        if encoding is None:
            yield IngestError(item, f"{item}: not valid UTF-8 text")
            return
        limit = max(csv.field_size_limit(), self.max_bytes + 1)
        csv.field_size_limit(limit)
        with path.open("r", encoding=encoding, errors="strict", newline="") as f:
            try:
                header_line = f.readline()
                delim = "\t" if path.suffix.lower() == ".tsv" else _delimiter(header_line)
                f.seek(0)
                reader = csv.DictReader(f, delimiter=delim)
                fields = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
                if not any(h in TEXT_KEYS + HTML_KEYS for h in fields):
                    yield IngestError(item, f"{item}: CSV header has no text or html column "
                                            f"(found: {', '.join(fields) or 'nothing'})")
                    return
                n = 0
                while True:
                    try:
                        row = next(reader)
                    except StopIteration:
                        break
                    except csv.Error as e:
                        yield IngestError(f"{item}:{reader.line_num}", f"{path.name} line {reader.line_num}: "
                                                                       f"malformed CSV ({e}); rest of file skipped")
                        return
                    if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                        continue
                    n += 1
                    row.pop(None, None)    # extra cells beyond the header
                    where = f"{item}:{reader.line_num}"
                    yield self.record(row, item=where, default_id=f"{path.stem}-{n}", source=where)
                if n == 0:
                    yield IngestError(item, f"{item}: CSV has a header but no records")
            except UnicodeDecodeError as e:
                yield IngestError(item, f"{item}: not valid {encoding} text after line "
                                        f"{getattr(locals().get('reader'), 'line_num', 0)} ({e.reason}); rest of file skipped")

    # --- stdin ------------------------------------------------------------------------------------
    def stdin(self, stream: TextIO | None) -> Iterator[Article | IngestError]:
        item = "stdin"
        binary = stream is None
        src: Any = sys.stdin.buffer if binary and hasattr(sys.stdin, "buffer") else (stream or sys.stdin)
        if not hasattr(src, "readline"):
            yield IngestError(item, "stdin: not readable")
            return
        try:
            first = src.readline(self.max_bytes + 1)
        except UnicodeDecodeError:
            yield IngestError(item, "stdin: not valid UTF-8 text")
            return
        if isinstance(first, bytes):
            first_text = first.decode("utf-8", "replace")
        else:
            first_text = first
        stripped = first_text.strip()
        if stripped.startswith("{"):
            try:
                json.loads(stripped)
                is_jsonl = True
            except json.JSONDecodeError:
                is_jsonl = False
            if is_jsonl:
                lines = _stream_lines(src, first, self.max_bytes)
                yield from self._jsonl(lines, "stdin", "stdin", "stdin")
                return
        rest = src.read(self.max_bytes + 2 - len(first))
        data = first + rest
        if len(data) > self.max_bytes:
            yield IngestError(item, f"stdin: input is over the {_mb(self.max_bytes)} limit (max_bytes)")
            return
        if isinstance(data, bytes):
            text, why = _text_or_reason(data)
            if why:
                yield IngestError(item, f"stdin: {why}")
                return
        else:
            text = data
            why = binary_reason(text.encode("utf-8", "replace"))
            if why:
                yield IngestError(item, f"stdin: {why}")
                return
        if not text.strip():
            yield IngestError(item, "stdin: empty input")
            return
        if text.lstrip().startswith("["):
            try:
                doc = json.loads(text)
            except json.JSONDecodeError:
                doc = None
            if isinstance(doc, list):
                for i, rec in enumerate(doc, 1):
                    yield self.record(rec, item=f"stdin[{i}]", default_id=f"stdin-{i}", source=f"stdin[{i}]")
                return
        if text.lstrip().startswith("{"):
            try:
                doc = json.loads(text)
            except json.JSONDecodeError:
                doc = None
            if isinstance(doc, dict):
                yield self.record(doc, item=item, default_id="stdin", source=item)
                return
        yield self.article(item=item, id="stdin", given_id=False, raw=text, is_html=looks_like_html(text),
                           source=item)


def _first(d: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = d.get(k)
        if v not in (None, ""):
            return v
    return None


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = " ".join(str(v).split())
    return s or None


def _outlet(v: Any) -> str | None:
    if isinstance(v, dict):    # NewsAPI style {"id": ..., "name": ...}
        v = v.get("name") or v.get("title") or v.get("id")
    s = _str(v)
    return None if s is None or s.lower() in ("unknown", "n/a", "none", "null", "-") else s


def _sniff_encoding(head: bytes) -> str | None:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 3 and e.reason.startswith("unexpected end"):
            return "utf-8"      # a character cut by the sniff window
    try:
        _, enc = decode_bytes(head)
        return enc
    except DecodeError:
        return None


def _delimiter(header: str) -> str:
    best, best_score = ",", -1
    known = set(ID_KEYS + TEXT_KEYS + HTML_KEYS + TITLE_KEYS + URL_KEYS + DATE_KEYS + OUTLET_KEYS)
    for d in (",", ";", "\t", "|"):
        cols = [c.strip().strip('"').lower() for c in header.split(d)]
        score = sum(c in known for c in cols)
        if score > best_score:
            best, best_score = d, score
    return best


def _binary_lines(path: Path, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Lines of a file as bytes, numbered from 1; a line longer than max_bytes comes as None and is
    skipped without being held in memory."""
    with path.open("rb") as f:
        yield from _stream_lines(f, None, max_bytes)


def _stream_lines(f: Any, first: Any, max_bytes: int) -> Iterator[tuple[int, Any]]:
    lineno = 0
    pending = first
    while True:
        if pending is not None:
            line, pending = pending, None
        else:
            line = f.readline(max_bytes + 1)
        if not line:
            return
        lineno += 1
        nl = "\n" if isinstance(line, str) else b"\n"
        if len(line) > max_bytes and not line.endswith(nl):
            while True:                      # drain the rest of the oversized line
                chunk = f.readline(1 << 20)
                if not chunk or chunk.endswith(nl):
                    break
            yield lineno, None
            continue
        yield lineno, line


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` with a known extension, recursively, in a stable order; hidden files and
    folders are skipped and symlinked folders are not followed."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if p.suffix.lower() in KNOWN_EXT:
                yield p


def read_inputs(paths: list[str | Path], *, stdin: TextIO | None = None, max_bytes: int = 5_000_000,
                clean: bool = True) -> Iterator[Article | IngestError]:
    """Read articles from files, folders (recursively, sorted) and stdin ("-").

    Yields an :class:`Article` per readable document or record, with cleaned text (``clean=False``
    keeps the text as extracted) and a publication date from metadata, else from a date printed near
    the top; and an :class:`IngestError` for every item that could not be read. ``max_bytes`` bounds
    a text/HTML file, a JSON document, and each JSON Lines or CSV record.
    """
    reader = _Reader(max_bytes=max_bytes, clean=clean)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for p in paths:
        if str(p) == "-":
            yield from reader.stdin(stdin)
            continue
        path = Path(p)
        try:
            if path.is_dir():
                found = False
                for f in _walk(path):
                    found = True
                    yield from reader.file(f)
                if not found:
                    yield IngestError(str(path), f"{path}: folder holds no .txt, .html, .jsonl, .json or .csv files")
            elif path.exists():
                yield from reader.file(path)
            else:
                yield IngestError(str(path), f"{path}: no such file or directory")
        except OSError as e:
            yield IngestError(str(path), f"{path}: cannot read ({e.strerror or e})")
