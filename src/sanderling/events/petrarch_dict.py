"""Reader for PETRARCH-format verb dictionaries (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into triggers.

The result is an *extra* pattern source: a list of :class:`~sanderling.events.lexicon.Trigger` that can be
put in a :class:`~sanderling.events.lexicon.Lexicon` together with (before or after) ``load_lexicon()``'s
triggers. What is read, following PETRARCH's ``read_verb_dictionary``::

    &SYNSET                      a synonym set; its members follow as +MEMBER lines (used in patterns)
    --- NAME  [code] ---         a verb block; [---] means "no code by default"
    VERB {FORM FORM}  [code]     a verb of the block (irregular forms in braces; an own code optional)
    +ASK_FOR [020]               a multi-word verb: '+' marks the verb, the other words are particles
    - * OBJECT  [code]           a pattern: '*' is the verb; words after it are its object(s)
    - * (PREP OBJECT) [code]     ... or a prepositional phrase; {A B} is a noun phrase, &SYN a synset
    - WORD * ...  [code]         words before the verb (subjects, auxiliaries, negation): not translated

How patterns become triggers (the trigger format cannot express everything PETRARCH patterns can):

- the verb's default code gives a bare trigger ``lemma,V`` (weight 0.6);
- ``* NOUN`` gives ``obj=noun`` (the head noun: the last word of ``{A B}`` or of a run of words
  ``* DIPLOMATIC TIES``; all members of ``&SYN``);
- ``* (PREP NOUN)`` gives ``prep=prep:noun`` and ``* (PREP)`` gives ``prep=prep``;
- ``* PARTICLE ...`` (``*_OUT``, ``* OFF``) gives ``prep=particle`` (with the next noun as object cue);
- patterns with anything before ``*`` other than the source/target markers ``$ + % ^`` are skipped,
  as are codes ``---`` (do not code) and patterns whose code has no PLOVER mapping unless
  ``fallback_type`` is given.

Codes: ``a:b`` (PETRARCH's paired codes) -> ``a`` (or ``b`` when ``a`` is empty). The PLOVER type and
mode come from :func:`sanderling.events.ontology.plover_from_cameo` (CAMEO 02x "appeal", which the 2021
table drops, reads as REQUEST; 01x "public statement" is not coded); the trigger keeps the dictionary's
code as its CAMEO code. Verbs are lower-cased; spaCy's lemmatiser gives the base form, so irregular
forms in braces are not needed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .lexicon import Trigger
from .ontology import EVENT_TYPES, plover_from_cameo

PARTICLES = {"out", "off", "up", "down", "back", "away", "over", "forward", "aside", "in", "on", "through",
             "around", "apart", "together"}
PREPOSITIONS = {"to", "for", "with", "against", "on", "in", "into", "at", "from", "over", "of", "upon", "by",
                "about", "toward", "towards", "between", "among", "under", "behind", "before", "after",
                "across", "along", "near", "onto", "without", "within", "through", "off", "out", "up", "down"}
MARKERS = {"$", "+", "%", "^"}
_CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class VerbEntry:
    """One verb of a block, with its patterns (as read; before translation into triggers)."""
    lemma: str
    code: str | None                      # the verb's own code, else the block's
    particle: str | None = None           # '+ASK_FOR' -> 'for'
    patterns: list[tuple[str, str]] = field(default_factory=list)   # (pattern text, code)


@dataclass
class VerbDictionary:
    synsets: dict[str, list[str]] = field(default_factory=dict)      # '&NAME' -> member phrases (lower)
    verbs: list[VerbEntry] = field(default_factory=list)


def parse_code(raw: str | None) -> str | None:
    """``'042:043'`` -> ``'042'``; ``':173'`` -> ``'173'``; ``'---'``, empty or not starting with a digit
    (the test dictionary's ``[+++]``, ``[abc]``) -> None."""
    if raw is None:
        return None
    raw = raw.strip()
    if ":" in raw:
        a, _, b = raw.partition(":")
        raw = a.strip() or b.strip()
    if not raw or not raw[0].isdigit():       # '---' (do not code), '+++', 'abc': no event code
        return None
    return raw


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def _words(phrase: str) -> list[str]:
    """'RE_ESTABLISH' / 'ABC_DEF' -> words, lower-cased; trailing '_' stops are dropped."""
    return [w for w in phrase.replace("_", " ").lower().split() if w]


def verb_file_lines(text: str):
    """The lines of a PETRARCH verb dictionary, classified for its readers (triggers here, the pattern
    matcher in :mod:`sanderling.events.petrarch_patterns`). Yields ``("block", codes)``, ``("synset",
    name)``, ``("member", synset, phrase)``, ``("pattern", body, codes)`` (``body`` without the leading
    ``-``) and ``("verb", body, codes)``; ``codes`` are the bracketed strings, comments are stripped. A
    ``+`` line is a member only right after its ``&`` synset (otherwise it is a phrasal verb), and verbs
    are only read inside a ``---`` block."""
    in_block = False
    current_syn: str | None = None
    for raw in text.splitlines():
        s = raw.strip()
        if not s or s.startswith("#") or s.startswith("<!--"):
            continue
        if s.startswith("---"):
            # --- NAME [code] --- (a block may list a second [code]; the first is the default)
            in_block, current_syn = True, None
            yield "block", _CODE_RE.findall(s)
            continue
        body = _strip_comment(s)
        if s.startswith("&"):
            current_syn = body.split()[0].rstrip("_").upper()
            yield "synset", current_syn
            continue
        if s.startswith("+") and current_syn is not None:
            yield "member", current_syn, _CODE_RE.sub("", body[1:]).split("{")[0]
            continue
        current_syn = None
        if s.startswith("-"):
            yield "pattern", body[1:], _CODE_RE.findall(body)
        elif in_block:
            yield "verb", body, _CODE_RE.findall(body)


def read_verb_dictionary(path: str | Path | None = None, text: str | None = None) -> VerbDictionary:
    """Parse a PETRARCH verb dictionary (from a file or a string)."""
    if text is None:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    vd = VerbDictionary()
    block_code: str | None = None
    block_verbs: list[VerbEntry] = []
    for kind, *rest in verb_file_lines(text):
        if kind == "block":
            codes = rest[0]
            block_code = parse_code(codes[0]) if codes else None
            block_verbs = []
        elif kind == "synset":
            vd.synsets.setdefault(rest[0], [])
        elif kind == "member":
            syn, member = rest
            if member.strip():
                vd.synsets[syn].append(" ".join(_words(member)))
        elif kind == "pattern":
            body, codes = rest
            if block_verbs and codes:
                pat = _CODE_RE.sub(" ", body).strip()
                for v in block_verbs:
                    v.patterns.append((pat, codes[-1]))
        else:
            # a verb line of the current block
            body, codes = rest
            head = re.sub(r"\{[^}]*\}", " ", _CODE_RE.sub(" ", body)).strip()
            if not head:
                continue
            entry = _verb_entry(head, parse_code(codes[0]) if codes else block_code)
            if entry is None:
                continue
            vd.verbs.append(entry)
            block_verbs.append(entry)
    return vd


def _verb_entry(head: str, code: str | None) -> VerbEntry | None:
    """'ABANDON' -> abandon; '+ASK_FOR' -> ask + for; 'BREAK_+DOWN'? no: '+BREAK_DOWN' -> break + down;
    'KLM_NOP_+RST' (words before the verb) -> None: the trigger format has no place for them."""
    token = head.split()[0] if " " not in head.strip() else head.strip().replace(" ", "_")
    if "+" in token:
        before, _, after = token.partition("+")
        if before.strip("_"):
            return None
        parts = _words(after)
        if not parts:
            return None
        lemma, rest = parts[0], parts[1:]
        particle = rest[0] if len(rest) == 1 and rest[0] in PREPOSITIONS | PARTICLES else None
        if rest and particle is None:
            return None
        return VerbEntry(lemma=lemma, code=code, particle=particle)
    parts = _words(token)
    if len(parts) == 1:
        return VerbEntry(lemma=parts[0], code=code)
    if len(parts) == 2 and parts[1] in PARTICLES | PREPOSITIONS:       # 'LASH OUT'
        return VerbEntry(lemma=parts[0], code=code, particle=parts[1])
    return None


def _tokens(pattern: str) -> list[str]:
    """Split a pattern into tokens, keeping {A B} and (P X) groups; '_' joins words."""
    out, buf, depth = [], "", 0
    for ch in pattern:
        if ch in "({":
            if depth == 0 and buf.strip():
                out.extend(buf.split())
                buf = ""
            depth += 1
            buf += ch
        elif ch in ")}":
            depth -= 1
            buf += ch
            if depth == 0:
                out.append(buf.strip())
                buf = ""
        else:
            buf += ch
    if buf.strip():
        out.extend(buf.split())
    return out


def _heads(tok: str, synsets: dict[str, list[str]]) -> list[str]:
    """The head noun(s) a pattern element stands for: last word of a phrase, members of a synset."""
    tok = tok.strip("{}() ")
    if not tok:
        return []
    last = tok.replace("_", " ").split()[-1]
    if last.startswith("&"):
        members = synsets.get(last.rstrip("_").upper(), [])
        out = []
        for m in members:
            if m.startswith("&"):
                out.extend(_heads(m.upper(), synsets))
            elif m.split():
                out.extend(_forms(m.split()[-1]))
        return out
    if last in MARKERS or not re.search(r"[A-Za-z]", last):
        return []
    return _forms(last.lower())


def _forms(word: str) -> list[str]:
    """The word and its singular: our cues compare spaCy lemmas ('ties' -> 'tie')."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    elif word.endswith(("ses", "xes", "ches", "shes")):
        out.append(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.append(word[:-1])
    return out


def pattern_cue(pattern: str, synsets: dict[str, list[str]]) -> dict | list[dict] | None:
    """The trigger cue of a pattern ({'obj': ..., 'prep': ..., 'prep_obj': ...}; a list of cues when a
    synset of prepositions stands after the verb), or None when the pattern cannot be expressed (words
    before the verb, nothing after it)."""
    pattern = pattern.replace("_*", " *").replace("*_", "* ")
    toks = _tokens(pattern)
    if "*" not in toks:
        return None
    i = toks.index("*")
    if any(t not in MARKERS for t in toks[:i]):
        return None
    after = [t for t in toks[i + 1:] if t not in MARKERS]
    if not after:
        return None
    first = after[0]
    if first.startswith("("):
        inner = first.strip("()").replace("_", " ").split()
        if not inner:
            return None
        prep = inner[0].lower()
        if prep not in PREPOSITIONS:
            # '(INTO CHARGES)' is the usual shape; '(ASIDE RIFT)' is particle + object
            if prep not in PARTICLES:
                return None
        objs = _heads(" ".join(inner[1:]), synsets) if len(inner) > 1 else []
        cue = {"prep": prep}
        if objs:
            cue["prep_obj"] = frozenset(objs)
        return cue
    low = first.lower()
    if first.startswith("&"):
        members = _heads(first, synsets)
        if members and all(m in PREPOSITIONS for m in members):     # '* &PREPOSIT1 RESOLUTION'
            nxt = after[1] if len(after) > 1 else None
            objs = _heads(nxt, synsets) if nxt else []
            return [{"prep": m, **({"prep_obj": frozenset(objs)} if objs else {})} for m in members]
    if low in PARTICLES and not first.startswith("{"):
        cue = {"prep": low}
        nxt = after[1] if len(after) > 1 else None
        if nxt and not nxt.startswith("("):
            objs = _heads(nxt, synsets)
            if objs:
                cue["prep_obj"] = frozenset(objs)
        return cue
    if low in PREPOSITIONS:               # '* TO *' style: a bare preposition
        nxt = after[1] if len(after) > 1 else None
        cue = {"prep": low}
        if nxt:
            objs = _heads(nxt, synsets)
            if objs:
                cue["prep_obj"] = frozenset(objs)
        return cue
    # a run of plain words is a noun phrase ('* DIPLOMATIC TIES', '* &TIETYPES TIES'): its last word heads it
    run = []
    for t in after:
        if t.startswith("(") or t in MARKERS:
            break
        run.append(t)
    objs = _heads(run[-1], synsets)
    if not objs:
        return None
    return {"obj": frozenset(objs)}


# CAMEO roots that CAMEO2PLOVER (2021) no longer lists: 02 "appeal" is a PLOVER REQUEST (the manual folds
# CAMEO 02 and 10 into REQUEST); 01 "make public statement" is no event.
LEGACY_ROOTS = {"02": ("REQUEST", None)}


def _typed(code: str, fallback_type: str | None) -> tuple[str, str | None] | None:
    entry = plover_from_cameo(code) if code[:1].isdigit() else None
    if entry is not None and entry.event_type in EVENT_TYPES:
        return entry.event_type, entry.mode
    if code[:2] in LEGACY_ROOTS:
        return LEGACY_ROOTS[code[:2]]
    if fallback_type:
        return fallback_type, None
    return None


def verb_triggers(vd: VerbDictionary, fallback_type: str | None = None, base_weight: float = 0.6,
                  pattern_weight: float = 0.7, patterns: bool = True) -> list[Trigger]:
    """Translate a parsed verb dictionary into triggers (see the module docstring)."""
    out: list[Trigger] = []
    seen: set = set()

    def add(lemma, code, weight, obj=frozenset(), prep=None, prep_obj=frozenset()):
        code = parse_code(code)
        if code is None:
            return
        typed = _typed(code, fallback_type)
        if typed is None:
            return
        key = (lemma, obj, prep, prep_obj)
        if key in seen:          # the first pattern of a shape wins, as in PETRARCH
            return
        seen.add(key)
        out.append(Trigger(lemma=lemma, pos="V", event_type=typed[0], mode=typed[1], cameo=code,
                           weight=weight, obj=obj, prep=prep, prep_obj=prep_obj))

    for v in vd.verbs:
        if patterns:
            for pat, code in v.patterns:
                cues = pattern_cue(pat, vd.synsets)
                if cues is None:
                    continue
                for cue in (cues if isinstance(cues, list) else [cues]):
                    if v.particle and "prep" not in cue:
                        cue["prep"] = v.particle
                    add(v.lemma, code, pattern_weight, **cue)
        if v.code:
            add(v.lemma, v.code, base_weight, prep=v.particle)
    return out


def load_verb_triggers(path: str | Path, fallback_type: str | None = None, **kw) -> list[Trigger]:
    """Triggers from a PETRARCH verb dictionary file."""
    return verb_triggers(read_verb_dictionary(path), fallback_type=fallback_type, **kw)


def triggers_csv_rows(triggers: list[Trigger]) -> list[str]:
    """Rows in the triggers.csv format (lemma,pos,cue,event_type,mode,cameo,weight)."""
    rows = []
    for t in triggers:
        cue = []
        if t.obj:
            cue.append("obj=" + "|".join(sorted(t.obj)))
        if t.prep:
            cue.append("prep=" + t.prep + (":" + "|".join(sorted(t.prep_obj)) if t.prep_obj else ""))
        rows.append(f"{t.lemma},{t.pos},{';'.join(cue)},{t.event_type},{t.mode or ''},{t.cameo or ''},{t.weight}")
    return rows
