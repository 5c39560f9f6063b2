"""PETRARCH-mode verb pattern matcher (used only by the PETRARCH validation-suite evaluation).

:mod:`sanderling.events.petrarch_dict` turns a PETRARCH verb dictionary into our triggers, which can only
say "the object's head noun is X". This module keeps the dictionary's patterns as they are written and
matches them against a sentence's tokens the way PETRARCH/TABARI do:

- a block (``--- NAME [code] ---``) lists verbs (``ABANDON``, ``BREAK {BROKE BROKEN}``, ``+CORDON_OFF``,
  ``WIRE_+TAP``: the ``+`` marks the verb word in a multi-word verb) and patterns (``- ... [code]``); every
  verb of the block gets the block's patterns, and its own code (else the block's) as default;
- in a pattern ``*`` is the verb; words after it are matched, in order, in the verb's phrase, words
  before it, in order, in the text before the verb. Words separated by spaces may have other words
  between them; words joined by ``_`` must be adjacent (``NEW_&TIETYPES_RELATIONS``, ``NOT_*``,
  ``*_UPON``). Words compare with the token's lower-cased text (PETRARCH does not lemmatise: ``EFFORT``
  does not match "efforts");
- ``&NAME`` stands for any member of that synset (members may be phrases, which must be adjacent,
  or other synsets);
- markers: ``$`` the source and ``+`` the target are there (the noun phrase with an actor at that
  position), ``^`` skips one noun phrase, ``%`` requires a compound (coordinated) actor there;
- patterns are tried longest first (the number of words and synsets they require), in dictionary order
  among equals; the first that matches gives the code, else the verb's default code.

:func:`match_verb` returns a :class:`PatternMatch` with the code and, for the markers, the token ranges
in which the source/target noun phrase lies; choosing the actor there is the caller's job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .petrarch_dict import _CODE_RE, verb_file_lines

MARKERS = {"$", "+", "%", "^"}
NEGATION = {"not", "n't", "never", "no", "neither", "nor", "declined", "refused", "fail", "failed"}


def _norm(word: str) -> str:
    return word.lower().replace("’", "'").replace("‘", "'")


@dataclass(frozen=True)
class Element:
    kind: str                  # 'word', 'syn', 'verb' or one of the markers '$', '+', '%', '^'
    value: str = ""            # the word (lower case) or the synset name ('&TIETYPES')
    joined: bool = False       # joined by '_' to the next element (must be adjacent)


@dataclass
class Pattern:
    text: str
    code: str | None           # raw code ('031:032', '345', '---'), None when unreadable
    upper: list[Element]       # elements before the verb, in text order
    lower: list[Element]       # elements after the verb
    verb_joined_left: bool     # 'NOT_*': the last upper element is adjacent to the verb
    verb_joined_right: bool    # '*_UPON': the first lower element is adjacent to the verb
    order: int = 0
    negative_words: bool = False   # a negation word (or synset with one) before the verb

    @property
    def length(self) -> int:
        return sum(1 for e in self.upper + self.lower if e.kind in ("word", "syn"))


@dataclass
class PVerb:
    """One verb of the dictionary: its word forms, the words that must stand right before/after it
    (multi-word verbs), its default code and its block's patterns."""
    verb: str
    forms: set[str]
    pre: tuple[str, ...] = ()
    post: tuple[str, ...] = ()
    code: str | None = None
    patterns: list[Pattern] = field(default_factory=list)


@dataclass
class PatternMatch:
    code: str | None
    pattern: Pattern | None
    markers: list[tuple[str, str, int]] = field(default_factory=list)   # (marker, 'lower'|'upper', position)
    span: tuple[int, int] = (0, 0)                                             # the verb's tokens

    @property
    def negative(self) -> bool:
        """The pattern requires a negation before the verb ('NOT *', '&NEGATVAUXVRB * ...')."""
        return bool(self.pattern and self.pattern.negative_words)


def parse_code(raw: str | None) -> str | None:
    """'---' -> None (do not code); '031:032' kept; codes not starting with a digit or ':' -> None."""
    if raw is None:
        return None
    raw = raw.strip()
    if not raw or raw.startswith("---"):
        return None
    if not (raw[0].isdigit() or (raw[0] == ":" and raw[1:2].isdigit())):
        return None
    return raw


def split_pair(code: str) -> tuple[str | None, str | None]:
    """PETRARCH's paired codes: 'a:b' is a from source to target and b back from target to source."""
    if ":" in code:
        a, _, b = code.partition(":")
        return a.strip() or None, b.strip() or None
    return code, None


def verb_forms(word: str) -> set[str]:
    """Regular inflections PETRARCH generates for a verb (ABANDON -> abandons, abandoned, abandoning)."""
    w = word.lower()
    out = {w, w + "s", w + "es", w + "ed", w + "ing"}
    if w.endswith("e"):
        out |= {w + "d", w[:-1] + "ing"}
    if w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
        out |= {w[:-1] + "ies", w[:-1] + "ied"}
    if len(w) > 2 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        out |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return out


def _pieces(chunk: str) -> list[tuple[str, bool]]:
    """'NEW_&TIETYPES_RELATIONS' -> [('NEW', True), ('&TIETYPES', True), ('RELATIONS', False)];
    a trailing '_' joins the chunk to the next one."""
    parts = chunk.split("_")
    out = []
    for i, p in enumerate(parts):
        if p == "":
            if out:
                out[-1] = (out[-1][0], True)
            continue
        out.append((p, i < len(parts) - 1))
    return out


def parse_pattern(text: str, code: str | None, order: int = 0) -> Pattern | None:
    body = re.sub(r"[{}()]", " ", text)
    elems: list[Element] = []
    for chunk in body.split():
        for p, joined in _pieces(chunk):
            if p == "*":
                elems.append(Element("verb", "*", joined))
            elif p in MARKERS:
                elems.append(Element(p, p, joined))
            elif p.startswith("&"):
                elems.append(Element("syn", p.rstrip("_").upper(), joined))
            else:
                elems.append(Element("word", _norm(p), joined))
    verbs = [i for i, e in enumerate(elems) if e.kind == "verb"]
    if len(verbs) != 1:
        return None
    v = verbs[0]
    upper, lower = elems[:v], elems[v + 1:]
    pat = Pattern(text=" ".join(text.split()), code=code, upper=upper, lower=lower,
                  verb_joined_left=bool(upper) and upper[-1].joined, verb_joined_right=elems[v].joined and bool(lower),
                  order=order)
    return pat


@dataclass
class PetrarchVerbs:
    synsets: dict[str, list[list[str]]] = field(default_factory=dict)   # '&NAME' -> member phrases (words)
    verbs: list[PVerb] = field(default_factory=list)
    by_form: dict[str, list[PVerb]] = field(default_factory=dict)

    def index(self) -> None:
        self.by_form = {}
        for v in self.verbs:
            for f in v.forms:
                self.by_form.setdefault(f, []).append(v)
        for v in self.verbs:
            v.patterns.sort(key=lambda p: (-p.length, p.order))
            for p in v.patterns:
                p.negative_words = self._negative(p)

    def _negative(self, p: Pattern) -> bool:
        for e in p.upper:
            if e.kind == "word" and e.value in NEGATION:
                return True
            if e.kind == "syn" and any(w in NEGATION for m in self.expand(e.value) for w in m):
                return True
        return False

    def expand(self, name: str, depth: int = 0) -> list[list[str]]:
        """The member phrases of a synset, nested synsets expanded."""
        out = []
        for m in self.synsets.get(name, []):
            if len(m) == 1 and m[0].startswith("&") and depth < 5:
                out.extend(self.expand(m[0].upper().rstrip("_"), depth + 1))
            else:
                out.append(m)
        return out


def read_pattern_dictionary(path: str | Path | None = None, text: str | None = None) -> PetrarchVerbs:
    """Parse a PETRARCH verb dictionary, keeping blocks, verbs (with multi-word forms) and patterns."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    pv = PetrarchVerbs()
    block_code: str | None = None
    block: list[PVerb] = []
    order = 0
    for kind, *rest in verb_file_lines(text):
        if kind == "block":
            codes = rest[0]
            block_code = codes[0].strip() if codes else None
            block = []
        elif kind == "synset":
            pv.synsets.setdefault(rest[0], [])
        elif kind == "member":
            syn, member = rest
            words = [_norm(w) for w in member.replace("_", " ").split()]
            if words:
                pv.synsets[syn].append(words)
        elif kind == "pattern":
            body, codes = rest
            if not codes or not block:
                continue
            pat = parse_pattern(_CODE_RE.sub(" ", body), parse_code(codes[-1]) if codes[-1].strip() != "---"
                                else "---", order)
            order += 1
            if pat is not None:
                for v in block:
                    v.patterns.append(pat)
        else:
            body, codes = rest
            irregular = re.findall(r"\{([^}]*)\}", body)
            head = re.sub(r"\{[^}]*\}", " ", _CODE_RE.sub(" ", body)).strip()
            if not head:
                continue
            entry = _verb(head, irregular[0].split() if irregular else [], codes[0].strip() if codes else block_code)
            if entry is not None:
                pv.verbs.append(entry)
                block.append(entry)
    pv.index()
    return pv


def _split_verb(phrase: str) -> tuple[tuple[str, ...], str, tuple[str, ...]] | None:
    words = phrase.replace(" ", "_").split("_")
    words = [w for w in words if w]
    if not words:
        return None
    k = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words[k] = words[k].lstrip("+")
    if not words[k]:
        return None
    low = [_norm(w) for w in words]
    return tuple(low[:k]), low[k], tuple(low[k + 1:])


def _verb(head: str, irregular: list[str], code: str | None) -> PVerb | None:
    sp = _split_verb(head)
    if sp is None:
        return None
    pre, verb, post = sp
    forms = verb_forms(verb)
    for f in irregular:
        ip = _split_verb(f)
        if ip is not None:
            forms.add(ip[1])
    return PVerb(verb=verb, forms=forms, pre=pre, post=post, code=parse_code(code) if code else None)


def load_pattern_dictionary(path: str | Path) -> PetrarchVerbs:
    return read_pattern_dictionary(path)


# --------------------------------------------------------------------------- matching over token lists

def _syn_matches_fwd(pv: PetrarchVerbs, name: str, toks: list[str], pos: int, hi: int) -> list[int]:
    """End positions (exclusive) of synset members that start at ``pos``."""
    out = []
    for m in pv.expand(name):
        if pos + len(m) <= hi and toks[pos:pos + len(m)] == m:
            out.append(pos + len(m))
    return out


def _match_elem_fwd(pv, e: Element, toks, pos, hi) -> list[int]:
    if e.kind == "word":
        return [pos + 1] if pos < hi and toks[pos] == e.value else []
    if e.kind == "syn":
        return _syn_matches_fwd(pv, e.value, toks, pos, hi)
    return []


def _match_elem_bwd(pv, e: Element, toks, end, lo) -> list[int]:
    """Start positions of matches of ``e`` that end at ``end`` (exclusive)."""
    if e.kind == "word":
        return [end - 1] if end - 1 >= lo and toks[end - 1] == e.value else []
    if e.kind == "syn":
        return [end - len(m) for m in pv.expand(e.value)
                if end - len(m) >= lo and toks[end - len(m):end] == m]
    return []


def _lower(pv, elems: list[Element], toks: list[str], pos: int, hi: int, adjacent: bool,
           marks: list, memo: dict | None = None, k: int = 0) -> list | None:
    """Match ``elems[k:]`` in order from ``pos``; returns the marker records or None. Failures are
    memoised on (element, position, adjacency), which keeps the search polynomial."""
    memo = {} if memo is None else memo
    if k == len(elems):
        return marks
    key = (k, pos, adjacent)
    if key in memo:
        return None
    e = elems[k]
    if e.kind in MARKERS:
        r = _lower(pv, elems, toks, pos, hi, adjacent and e.joined, marks + [(e.kind, pos)], memo, k + 1)
    else:
        r = None
        for s in ([pos] if adjacent else range(pos, hi)):
            for end in _match_elem_fwd(pv, e, toks, s, hi):
                r = _lower(pv, elems, toks, end, hi, e.joined, marks, memo, k + 1)
                if r is not None:
                    return r
    if r is None:
        memo[key] = True
    return r


def _upper(pv, elems: list[Element], toks: list[str], end: int, lo: int, adjacent: bool,
           marks: list, memo: dict | None = None, k: int | None = None) -> list | None:
    """Match ``elems[:k]`` (text order) backwards so that the last one ends at or before ``end``."""
    memo = {} if memo is None else memo
    k = len(elems) if k is None else k
    if k == 0:
        return marks
    key = (k, end, adjacent)
    if key in memo:
        return None
    e = elems[k - 1]
    prev_joined = k > 1 and elems[k - 2].joined
    if e.kind in MARKERS:
        r = _upper(pv, elems, toks, end, lo, prev_joined, marks + [(e.kind, end)], memo, k - 1)
    else:
        r = None
        for en in ([end] if adjacent else range(end, lo, -1)):
            for s in _match_elem_bwd(pv, e, toks, en, lo):
                r = _upper(pv, elems, toks, s, lo, prev_joined, marks, memo, k - 1)
                if r is not None:
                    return r
    if r is None:
        memo[key] = True
    return r


def match_pattern(pv: PetrarchVerbs, pat: Pattern, toks: list[str], vstart: int, vend: int,
                  lo: int = 0, hi: int | None = None) -> list | None:
    """Match one pattern around the verb tokens ``toks[vstart:vend]``; words after the verb are looked
    for in ``toks[vend:hi]`` and words before it in ``toks[lo:vstart]``. Returns the markers as
    (marker, 'lower'|'upper', position) or None when the pattern does not match."""
    hi = len(toks) if hi is None else hi
    lower = _lower(pv, pat.lower, toks, vend, hi, pat.verb_joined_right, [])
    if lower is None:
        return None
    upper = _upper(pv, pat.upper, toks, vstart, lo, pat.verb_joined_left, [])
    if upper is None:
        return None
    return [(m, "lower", p) for m, p in lower] + [(m, "upper", p) for m, p in upper]


def find_verb(pv: PetrarchVerbs, toks: list[str], i: int, lemma: str | None = None) -> tuple[PVerb, int, int] | None:
    """The dictionary verb at token ``i`` (its surface form, else its lemma), preferring multi-word verbs
    whose other words stand around it; returns (verb, start, end) of the tokens it covers."""
    cands = pv.by_form.get(toks[i], [])
    if not cands and lemma:
        cands = [v for v in pv.by_form.get(lemma.lower(), []) if v.verb == lemma.lower()]
    best = None
    for v in cands:
        s = i - len(v.pre)
        if v.pre and (s < 0 or tuple(toks[s:i]) != v.pre):
            continue
        e = i + 1 + len(v.post)
        if v.post and tuple(toks[i + 1:e]) != v.post:
            continue
        size = len(v.pre) + len(v.post)
        if best is None or size > best[0]:
            best = (size, v, s, e)
    return None if best is None else best[1:]


def match_verb(pv: PetrarchVerbs, verb: PVerb, toks: list[str], vstart: int, vend: int,
               lo: int = 0, hi: int | None = None) -> PatternMatch:
    """The first pattern of ``verb`` (longest first) that matches, else its default code."""
    for pat in verb.patterns:
        marks = match_pattern(pv, pat, toks, vstart, vend, lo, hi)
        if marks is None:
            continue
        if pat.code is None:          # unreadable code ('[+++]', '[abc]'): PETRARCH cannot use it
            continue
        return PatternMatch(code=None if pat.code == "---" else pat.code, pattern=pat,
                            markers=marks, span=(vstart, vend))
    return PatternMatch(code=verb.code, pattern=None, span=(vstart, vend))
