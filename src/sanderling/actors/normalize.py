"""Name normalisation shared by the knowledge base and the mention finder.

The key of a name is built token by token so that a run of document tokens can be
normalised piecewise and compared with dictionary keys:

* Unicode is decomposed and combining marks are dropped (Çavuşoğlu -> cavusoglu);
  a few letters that do not decompose (ı, ł, ø, ß ...) are mapped by hand;
* everything is lower-cased;
* apostrophes vanish (Ba'ath -> baath), hyphens and other punctuation become spaces,
  dots inside abbreviations vanish (U.S. -> us);
* the Arabic article is optional: the tokens "al", "el", " al-", "el-" are dropped,
  and so is a leading "the".
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_EXTRA = str.maketrans({
    "ı": "i", "İ": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss", "æ": "ae",
    "Æ": "ae", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
    "‘": "'", "’": "'", "`": "'", "´": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-",
})
_ARTICLES = frozenset({"al", "el", "ul", "the"})
_DROP_APOS = re.compile(r"'(?!s\b)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case ASCII folding without any token dropping."""
    text = text.translate(_EXTRA)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.lower()


@lru_cache(maxsize=200_000)
def norm_tokens(text: str) -> tuple[str, ...]:
    """Normalised tokens of a name (see module doc)."""
    t = fold(text)
    t = t.replace("'s ", " ").replace("'s", "") if t.endswith("'s") or "'s " in t else t
    t = t.replace("'", "")
    t = re.sub(r"(?<=\b[a-z])\.(?=[a-z]\b)", "", t)   # u.s. -> us. ; u.n. -> un.
    t = t.replace(".", "")
    toks = [x for x in _NON_WORD.split(t) if x]
    return tuple(x for x in toks if x not in _ARTICLES)


def norm(text: str) -> str:
    """Normalised key of a name: ``norm("Khalifa al-Haftar") == "khalifa haftar"``."""
    return " ".join(norm_tokens(text))


def acronym_key(text: str) -> str | None:
    """Case-sensitive key for short upper-case acronyms (US, U.N., AU, IS), else None.

    Such aliases must match the document exactly (modulo dots) so that "us" or "is"
    never become actors.
    """
    raw = text.replace(".", "").replace(" ", "")
    if 1 < len(raw) <= 5 and raw.isalpha() and raw.isupper():
        return raw
    return None


def petrarch_phrase(name: str) -> str:
    """Turn a PETRARCH dictionary phrase (``UN_SECURITY_COUNCIL_``) into plain words."""
    name = name.strip().rstrip("_").replace("_", " ")
    name = re.sub(r"\s+", " ", name).strip()
    return name


_TURKISH_ARABIC = str.maketrans({"ş": "sh", "Ş": "Sh", "ğ": "gh", "Ğ": "Gh", "ç": "ch", "Ç": "Ch", "c": "j", "C": "J"})


def turkish_spelling_of_arabic(text: str) -> str | None:
    """An Arabic name as Turkish writes it, spelt the English way ("Başağa" -> "Bashagha", "Serrac" ->
    "Serraj"): Turkish c is the English j, ş/ğ/ç are sh/gh/ch. None when nothing would change. Only a fallback
    for a name the knowledge base does not know as written: Turkish names themselves fold to ASCII
    (Çavuşoğlu -> cavusoglu) and match before this is tried."""
    alt = text.translate(_TURKISH_ARABIC)
    return alt if alt != text else None


def consonant_skeleton(token: str) -> str:
    """The letters of a normalised token without its inner vowels, first letter kept: "fethi" and
    "fathi" -> "fthi"; transliterations of one Arabic name differ mostly in their vowels."""
    return token[:1] + "".join(ch for ch in token[1:-1] if ch not in "aeiouy") + token[-1:] if len(token) > 2 else token
