"""Boilerplate removal for scraped news text.

``clean_text`` works line by line and only ever *drops* whole lines or a few known fragments
("[ad_1]"); it never rewrites characters inside the sentences it keeps (quotes, dashes and spelling
stay as published), apart from whitespace normalisation. Later stages compute character offsets on
its output. Paragraphs come out separated by "\\n\\n".
"""
from __future__ import annotations

import re

__all__ = ["clean_text", "split_glued", "glued_offsets", "is_headline_like"]

# --- fragments removed wherever they occur --------------------------------------------------------
_FRAGMENTS = re.compile(r"\[ad_\d+\]|\[/?(?:caption|embed|gallery)[^\]]*\]", re.I)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# a wire tag run into the lead ("UNITED NATIONS, Jul 30 (APP):The envoy ..."): the tokenizer would make one word of it
_TAG_GLUED = re.compile(r"(\([A-Z][A-Za-z]{1,10}\)\s?[:–—])(?=[A-Z])")
_HSPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000\f\v]+")

# --- whole lines that are always debris -----------------------------------------------------------
_DEBRIS = [re.compile(p, re.I) for p in (
    r"exit mobile version",
    r"site (?:icon|logo)\b.{0,60}",
    r"skip to (?:main )?content|toggle navigation|back to top|scroll to top|main menu|close menu",
    r"(?:\d+\s+)?comments?(?:\s*\(\d+\))?",
    r"(?:leave|post|add|write|submit) a (?:comment|reply)|no comments(?: yet)?|(?:view|show|hide|load) (?:\d+ )?comments",
    r"(?:\d+\s+)?(?:shares?|views?)",
    r"advertisement|advertising|sponsored(?: content)?|ads?|\(?ad\)?|paid content|promoted",
    r"(?:story|article) continues (?:below|after) (?:this )?(?:advertisement|ad)|scroll (?:down )?to continue(?: with content)?",
    r"other (?:reports|articles|stories|news|posts) (?:by|from) .{1,60}",
    r"more (?:stories|articles|news|reports) (?:by|from) .{1,60}",
    r"(?:tags?|topics?|filed under|categories|category)\s*:.{0,200}",
    r"(?:read|see) (?:also|more)|also read|read more|continue reading|click here to read more",
    # "Read also: <headline>", "READ MORE - <headline>", "Read also <headline>": teasers have no final period
    r"read also\s*[:\-–—|»]?\s.{1,200}(?<![.])",
    r"(?:read|see) more\s*[:\-–—|»]\s*.{1,200}(?<![.])",
    r"(?:also read|also see|read next|read)\s*[:\-–—|»]\s*.{1,200}(?<![.])",
    r"(?:follow|like|join) us(?: on .{1,80})?[.!]?",
    r"follow @?\S+ on (?:twitter|x|facebook|instagram|telegram)[.!]?",
    r"join our (?:telegram|whatsapp|facebook) (?:channel|group)[^.]{0,60}[.!]?",
    r"(?:subscribe|sign up|register)(?: now)?(?: to| for)? (?:our|the|my)? ?(?:free |daily |weekly )?newsletters?\b.{0,120}",
    r"get (?:the latest|our) .{0,60} (?:delivered )?(?:to|in) your inbox[.!]?",
    r"(?:©|\(c\)|copyright\b).{0,200}",
    r".{0,150}\ball rights reserved\b.{0,100}",
    r"(?:photo|image|picture) ?(?:credit)?: ?[^.]{0,60}",
    r"(?:print|email|e-mail|share)(?: this (?:article|story|page))?",
)]
_DEBRIS_ANY = re.compile("|".join(f"(?:{rx.pattern})" for rx in _DEBRIS), re.I)
_CONSENT = re.compile(
    r"\bby (?:clicking|registering|signing up|subscribing)\b.{0,120}\b(?:agree|consent|accept|terms of|privacy policy)|"
    r"\b(?:agree|consent|accept)\w*\b.{0,80}\b(?:terms of (?:service|use)|privacy policy)\b", re.I)
_COOKIE = re.compile(
    r"\b(?:we use cookies|(?:this|our) (?:web)?site uses cookies|uses? of cookies|accept (?:all )?cookies|"
    r"cookie (?:policy|settings|preferences|consent)|by continuing to (?:use|browse))\b", re.I)

# A dateline/byline that is metadata, e.g. "By RFIPosted on 04-01-2020Modified on 04-01-2020 at 18:43".
_BYLINE_STAMP = re.compile(
    r"(?:posted|published|modified|updated|last updated|created)(?:\s+on)?\s*:?\s*"
    r"(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+\.? \d{4})", re.I)
_BYLINE_NAME = re.compile(r"[Bb][Yy]\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|al|el|van|von|bin)){0,5}", re.U)
_DATE_ONLY = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})"
    r"(?:\s*[,|\-–—@]?\s*(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*GMT[+-]?\d*)?)?",
    re.I)

# Share bars: every word belongs to this vocabulary, and at least one is a platform or "share".
_SHARE_WORDS = {
    "share", "shares", "sharing", "this", "on", "via", "facebook", "twitter", "x", "whatsapp", "email", "e-mail",
    "mail", "print", "linkedin", "telegram", "pinterest", "reddit", "messenger", "tweet", "copy", "link",
    "pocket", "tumblr", "vk", "viber", "click", "to", "opens", "in", "new", "window", "article", "story",
    "google", "flipboard", "skype", "sms", "more", "and", "the", "icon",
}
_SHARE_CORE = {"share", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "pinterest", "reddit",
               "tweet", "messenger", "viber", "flipboard"}

# Markers after which the rest of a page is lists of other headlines.
_LIST_MARKER = re.compile(
    r"(?:related(?: (?:articles?|posts?|stories|news|content|coverage|topics|links|reading))?|"
    r"on the same (?:subject|topic)|in the same (?:section|category)|you (?:may|might) also (?:like|be interested in)|"
    r"more (?:on this|from|in|stories|news|articles|headlines|on)(?: [\w' -]{1,40})?|recommended(?: for you| articles| stories)?|"
    r"(?:most|also) (?:read|popular|viewed|watched)|read next|latest (?:news|stories|articles|posts)|"
    r"top stories|trending(?: now| stories)?|see also|what to read next|don'?t miss|editor'?s picks)\s*:?", re.I)

_END_PUNCT = ".!?…:;"


def _words(line: str) -> list[str]:
    return re.findall(r"[\w'’-]+", line)


def is_headline_like(line: str, max_words: int = 20) -> bool:
    """A short line without final sentence punctuation, mostly capitalised or "Topic: headline"."""
    s = line.strip().rstrip("\"'”’»)")
    if len(s) > 25 * max_words:
        return False
    words = _words(s)
    if not words or len(words) > max_words:
        return False
    if s[-1] in ".!;…" and not s.endswith(("...", "…")):
        return False
    if s[-1] == "?" and len(words) > 15:
        return False
    # more than one sentence inside is prose
    if re.search(r"[a-z]{2}\. [A-Z]", s):
        return False
    return True


def _is_share_bar(line: str) -> bool:
    words = [w.lower() for w in re.findall(r"[\w-]+", line)]
    return bool(words) and len(words) <= 14 and all(w in _SHARE_WORDS for w in words) and bool(_SHARE_CORE & set(words))


def _is_byline(line: str) -> bool:
    """Metadata lines: "By RFIPosted on 04-01-2020Modified on ...", "Published: May 23, 2020 18:43"."""
    words = _words(line)
    if len(words) > 24:
        return False
    if _BYLINE_STAMP.search(line):
        # The stamp plus a name and a time at most, no sentence around it.
        rest = _BYLINE_STAMP.sub(" ", line)
        rest = re.sub(r"\b(?:by|at|and|on|\d{1,2}[:h]\d{2}|[ap]\.?m\.?|GMT|UTC|[|,\-–—:])", " ", rest, flags=re.I)
        return len(_words(rest)) <= 6 and not rest.rstrip().endswith(".")
    return False


_CONSENT_HINTS = ("cookie", "terms of", "privacy policy", "by clicking", "by registering", "by signing",
                  "by subscribing", "by continuing")
_STAMP_HINTS = ("posted", "published", "modified", "updated", "created")


def _is_debris(line: str) -> bool:
    s = line.strip()
    n = len(s)
    if n > 700:             # long paragraphs are article text; this gate keeps cleaning fast
        return False
    if n <= 400 and _DEBRIS_ANY.fullmatch(s):
        return True
    low = s.lower()
    if (n <= 450 and any(h in low for h in _CONSENT_HINTS) and len(s.split()) <= 60
            and (_COOKIE.search(s) or _CONSENT.search(s))):
        return True
    if n <= 160 and _is_share_bar(s):
        return True
    return n <= 250 and any(h in low for h in _STAMP_HINTS) and _is_byline(s)


def _is_top_metadata(line: str) -> bool:
    """Near the top only: a lone "By Jane Doe" line or a line that is just a date (and time)."""
    s = line.strip()
    if _DATE_ONLY.fullmatch(s):
        return True
    m = _BYLINE_NAME.fullmatch(s)
    return bool(m) and len(_words(s)) <= 7


def _paragraphs(text: str) -> list[str]:
    """Lines to paragraphs: blank lines separate paragraphs; inside a block a line break is kept as a
    paragraph break unless the text is visibly hard-wrapped (the next line continues the sentence)."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        cur = ""
        for ln in lines:
            if cur and _continues(cur, ln):
                cur = cur + " " + ln
            else:
                if cur:
                    out.append(cur)
                cur = ln
        if cur:
            out.append(cur)
    return out


def _continues(prev: str, nxt: str) -> bool:
    """True when ``nxt`` is the continuation of a hard-wrapped sentence in ``prev``."""
    if prev[-1] in _END_PUNCT + "\"”’)»" or is_headline_like(prev, 8):
        return False
    return nxt[:1].islower() or (nxt[:1].isdigit() and len(prev) > 50)


def clean_text(text: str) -> str:
    """Remove scraper debris (ads, share bars, related-headline lists, bylines, cookie notices ...)
    and return the article text with paragraphs separated by a blank line."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _FRAGMENTS.sub(" ", text)
    lines = [_TAG_GLUED.sub(r"\1 ", _HSPACE.sub(" ", ln)).strip() for ln in text.split("\n")]
    text = "\n".join(lines)

    paras = _paragraphs(text)
    kept: list[str] = []
    in_list = False        # after a "Related"/"On the same subject" marker: drop headline lines
    seen: set[str] = set()
    seen_prose = False     # bylines and date lines are dropped only above the first sentence
    for i, p in enumerate(paras):
        if _LIST_MARKER.fullmatch(p):
            in_list = True
            continue
        if in_list:
            if is_headline_like(p) or _is_debris(p):
                continue
            in_list = False  # prose again: the marker was followed by more article
        if _is_debris(p):
            continue
        if not seen_prose and i < 8 and _is_top_metadata(p):
            continue
        if not is_headline_like(p):
            seen_prose = True
        if len(p) >= 40:
            if p in seen:        # a caption or pull quote scraped twice
                continue
            seen.add(p)
        kept.append(p)
    # Trailing headline lists without a marker we know, after a "Read also" line already dropped:
    # leave them; dropping unmarked short lines at the end would eat real one-line paragraphs.
    return "\n\n".join(kept)


# --- glued articles --------------------------------------------------------------------------------

_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+){0,3}|[A-Z]{3,}(?: [A-Z]{3,}){0,2})"
    r"(?:, [A-Z][a-z]+\.? \d{1,2})?\s*(?:\((?:[A-Z][\w ]{1,20})\))?\s*[-–—]\s")


def split_glued(text: str, min_words: int = 80) -> list[str]:
    """Split a text holding several articles glued together (a scraper following "next article").

    A split point is a headline-like line in the middle that is either preceded by two or more blank
    lines (a common scraper seam) or followed by a dateline ("TRIPOLI (Reuters) - ...") or a
    byline/date line. Each part must keep ``min_words`` words, so subheadings inside one article don't
    split it. Works on raw or cleaned text; not applied automatically by the readers.
    """
    text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    cuts: list[int] = []
    blank_run = 0
    for i, ln in enumerate(lines):
        s = ln.strip()
        if not s:
            blank_run += 1
            continue
        seam = blank_run >= 2
        blank_run = 0
        if i == 0 or not is_headline_like(s) or len(_words(s)) < 4:
            continue
        nxt = [x.strip() for x in lines[i + 1:i + 8] if x.strip()][:2]
        starts_new = any(_DATELINE.match(x) or _is_byline(x) or _is_top_metadata(x) for x in nxt)
        if seam or starts_new:
            cuts.append(i)
    parts: list[str] = []
    start = 0
    for c in cuts:
        before = "\n".join(lines[start:c]).strip()
        after = "\n".join(lines[c:]).strip()
        if len(_words(before)) >= min_words and len(_words(after)) >= min_words:
            parts.append(before)
            start = c
    parts.append("\n".join(lines[start:]).strip())
    return [p for p in parts if p]


def glued_offsets(raw: str, text: str) -> tuple[int, ...]:
    """Where in ``text`` (``raw`` as cleaned, or ``raw`` itself) each article after the first of a glued
    ``raw`` begins. The seams are found in ``raw``, since cleaning folds the blank lines that mark them; a
    part is placed by its first paragraph that cleaning kept (a headline under "Related Articles" goes)."""
    out: list[int] = []
    pos = 0
    for part in split_glued(raw)[1:]:
        paras = [p.strip() for p in (clean_text(part) if text is not raw else part).split("\n")]
        for para in [p for p in paras if len(p) >= 20][:3]:
            at = text.find(para[:80], pos)
            if at > 0:
                out.append(at)
                pos = at + 1
                break
    return tuple(out)
