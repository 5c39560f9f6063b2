"""HTML to article text with trafilatura, behind guards against hostile or pathological pages.

Scripts, styles, iframes, forms and event-handler attributes never reach the text: trafilatura drops
them, the lxml fallback runs lxml_html_clean's Cleaner first, and a last pass strips any tag-shaped
residue from the extracted text. Pages with too many elements skip trafilatura (whose cost grows
badly with tree size) and go straight to the linear fallback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .dates import parse_date, plausible

__all__ = ["HtmlResult", "html_to_text", "looks_like_html"]

MAX_ELEMENTS = 30_000        # above this, trafilatura is skipped (150k <p> took 14 s)
MAX_DEPTH = 400              # deeper nesting than this is not a real article page

_TAG = re.compile(r"<[A-Za-z]")
_DANGEROUS_BLOCK = re.compile(r"<(script|style|iframe|object|embed|noscript|template|svg|math)\b.*?(?:</\1\s*>|$)",
                              re.I | re.S)
_ANY_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>|<!--.*?-->", re.S)
_HANDLER = re.compile(r"\bon[a-z]{3,20}\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)", re.I)
_JS_URL = re.compile(r"javascript\s*:", re.I)
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>]|<meta|<!--)", re.I)
_META_DATE_KEYS = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
    "publish-date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
    "article.published", "published_time", "cxenseparse:recs:publishtime",
)


@dataclass
class HtmlResult:
    text: str
    title: str | None
    published: date | None
    method: str                # "trafilatura" | "fallback" | "none"


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:2000]))


def _too_deep(html: str) -> bool:
    """Cheap nesting estimate: running count of opening minus closing tags, no parse."""
    depth = 0
    for m in re.finditer(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>", html):
        if m.group(1):
            depth -= 1
        elif not m.group(3) and m.group(2).lower() not in _VOID:
            depth += 1
            if depth > MAX_DEPTH:
                return True
    return False


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr", "p", "li", "option", "td", "tr", "th", "dt", "dd"}  # p/li/... often unclosed


def sanitize(text: str) -> str:
    """Remove anything tag-shaped from extracted text: a script block written as text, stray tags,
    inline handlers. Text from a page should never carry markup into the pipeline."""
    text = _DANGEROUS_BLOCK.sub(" ", text)
    text = _ANY_TAG.sub(" ", text)
    text = _HANDLER.sub(" ", text)
    text = _JS_URL.sub(" ", text)
    return re.sub(r"[ \t]{2,}", " ", text)


def _parse(html: str):
    import lxml.html
    from lxml import etree
    parser = lxml.html.HTMLParser(remove_comments=True, huge_tree=False, recover=True)
    try:
        return lxml.html.document_fromstring(html.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None


def _meta(tree) -> tuple[str | None, str | None, date | None]:
    """(og:title or twitter:title, <title>, published date from meta tags or <time datetime>)."""
    title = None
    published = None
    if tree is None:
        return None, None, None
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in ("og:title", "twitter:title") and not title:
            title = (el.get("content") or "").strip() or None
        if key in _META_DATE_KEYS and published is None:
            published = parse_date(el.get("content"))
    if published is None:
        for el in tree.iter("time"):
            published = parse_date(el.get("datetime"))
            if published:
                break
    page_title = None
    t = tree.find(".//title")
    if t is not None and t.text_content().strip():
        page_title = t.text_content().strip()
    return title, page_title, published


def _fallback_text(tree) -> str:
    """Text of <article> (else the whole body) from its paragraphs, after lxml_html_clean."""
    if tree is None:
        return ""
    from lxml_html_clean import Cleaner
    cleaner = Cleaner(scripts=True, javascript=True, comments=True, style=True, inline_style=True,
                      links=True, meta=True, page_structure=False, processing_instructions=True,
                      embedded=True, frames=True, forms=True, annoying_tags=True, kill_tags={"nav", "footer", "aside", "header", "noscript", "template", "svg", "math", "button", "select"})
    try:
        tree = cleaner.clean_html(tree)
    except Exception:
        return ""
    roots = tree.xpath("//article") or [tree]
    paras: list[str] = []
    for root in roots:
        blocks = root.xpath(".//p|.//h1|.//h2|.//h3|.//li|.//blockquote")
        for b in blocks:
            t = " ".join(b.text_content().split())
            if t:
                paras.append(t)
    if not paras:
        body = tree.find(".//body")
        src = body if body is not None else tree
        paras = [" ".join(t.split()) for t in src.itertext() if t.strip()]
    return "\n\n".join(paras)


def html_to_text(html: str, url: str | None = None) -> HtmlResult:
    """Extract article text, title and publication date from an HTML page."""
    tree = _parse(html)
    meta_title, page_title, meta_date = _meta(tree)
    text, title, published, method = "", None, None, "none"
    n_elements = len(_TAG.findall(html))
    if n_elements <= MAX_ELEMENTS and not _too_deep(html):
        import trafilatura
        try:
            doc = trafilatura.bare_extraction(
                html, url=url, favor_precision=True, include_comments=False, include_tables=False,
                include_images=False, include_links=False, with_metadata=True,
                date_extraction_params={"extensive_search": False, "original_date": True})
        except Exception:  # trafilatura bugs on odd pages must not stop the run
            doc = None
        if doc is not None:
            text = (getattr(doc, "text", None) or "").strip()
            title = getattr(doc, "title", None)
            d = parse_date(getattr(doc, "date", None))
            # htmldate may fall back on the crawl day: never take today's date from it.
            if d and plausible(d) and d != date.today():
                published = d
            if text:
                method = "trafilatura"
    if not text:
        text = _fallback_text(tree)
        method = "fallback" if text else "none"
    if not text:
        text = _strip_tags(html)
        method = "tags-stripped" if text else "none"
    title = meta_title or title or page_title
    title = " ".join(sanitize(title).split()) or None if title else None
    return HtmlResult(text=sanitize(text).strip(), title=title, published=meta_date or published, method=method)


_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|article|section|tr|table|blockquote|header|footer)\b[^>]*>", re.I)


def _strip_tags(html: str) -> str:
    """Last resort for pages lxml can't build (nesting past libxml2's depth limit): regex tag removal,
    linear in the input."""
    import html as htmlmod
    s = re.sub(r"<head\b.*?</head\s*>", " ", html, flags=re.I | re.S)
    s = _DANGEROUS_BLOCK.sub(" ", s)
    s = re.sub(r"<!--.*?-->", " ", s, flags=re.S)
    s = _BLOCK_TAG.sub("\n", s)
    s = _ANY_TAG.sub(" ", s)
    s = re.sub(r"<[^>]*$", " ", s)
    s = htmlmod.unescape(s)
    lines = (" ".join(ln.split()) for ln in s.split("\n"))
    return "\n".join(ln for ln in lines if ln)
