"""Near-duplicate detection for republished wire copy.

Each article becomes the set of its word 5-grams (lower-cased, on cleaned text). The set is sketched
with one-permutation MinHash (one 64-bit hash per shingle, ``k`` bins, rotation densification for
empty bins), which costs O(shingles) in pure Python; candidates come from LSH banding (``bands`` x
``rows``), so each lookup touches only articles sharing a band. A candidate is a duplicate when the
estimated Jaccard similarity reaches ``threshold``, or when the new article is (nearly) contained in
the earlier one (a shortened copy), estimated from the sketch and the two set sizes.
"""
from __future__ import annotations

import re
from array import array
from hashlib import blake2b

from ..records import Article
from .clean import clean_text

__all__ = ["NearDuplicateIndex", "shingles", "jaccard"]

_WORD = re.compile(r"\w+", re.U)
_MASK64 = (1 << 64) - 1


def shingles(text: str, n: int = 5) -> set[int]:
    """64-bit blake2b hashes of the word n-grams of ``text`` (the whole text when it has fewer
    words); deterministic across runs, unlike Python's salted ``hash``."""
    words = _WORD.findall(text.lower())
    if not words:
        return set()
    if len(words) < n:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]
    return {int.from_bytes(blake2b(g.encode("utf-8"), digest_size=8).digest(), "little") for g in grams}


def jaccard(a: str, b: str, n: int = 5) -> float:
    """Exact shingle Jaccard similarity of two texts (for tests and diagnostics)."""
    sa, sb = shingles(a, n), shingles(b, n)
    if not sa and not sb:
        return 1.0
    return len(sa & sb) / len(sa | sb)


class NearDuplicateIndex:
    """Index of articles seen so far; ``add`` tells whether an article republishes an earlier one.

    >>> idx = NearDuplicateIndex()
    >>> idx.add(original) is None and idx.add(copy) == original.id
    """

    def __init__(self, threshold: float = 0.6, *, containment: float = 0.85, containment_floor: float = 0.3, n: int = 5,
                 bands: int = 32, rows: int = 4, clean: bool = True, min_shingles: int = 10):
        self.threshold = threshold
        self.containment = containment
        self.containment_floor = containment_floor
        self.n = n
        self.bands = bands
        self.rows = rows
        self.k = bands * rows
        self.clean = clean
        self.min_shingles = min_shingles
        self._ids: list[str] = []
        self._roots: list[str] = []                   # the original each indexed article copies
        self._sizes: list[int] = []
        self._sigs = array("Q")                       # k values per article, flat
        self._buckets: list[dict[int, int | list[int]]] = [{} for _ in range(bands)]

    def __len__(self) -> int:
        return len(self._ids)

    # --- sketch -----------------------------------------------------------------------------------
    def _signature(self, hashes: set[int]) -> list[int]:
        k = self.k
        empty = _MASK64
        mins = [empty] * k
        for h in hashes:
            b = h % k
            v = h // k
            if v < mins[b]:
                mins[b] = v
        if empty in mins:
            # Rotation densification: an empty bin borrows the next non-empty bin's value, offset by
            # the distance so borrowed values only match when both sets have the same empty pattern.
            filled = [i for i, v in enumerate(mins) if v != empty]
            if not filled:
                return mins
            out = list(mins)
            for i in range(k):
                if mins[i] == empty:
                    j, dist = (i + 1) % k, 1
                    while mins[j] == empty:
                        j, dist = (j + 1) % k, dist + 1
                    out[i] = (mins[j] + dist * 0x9E3779B97F4A7C15) & (_MASK64 >> 1)
            mins = out
        return mins

    def _band_keys(self, sig: list[int]) -> list[int]:
        r = self.rows
        return [hash(tuple(sig[b * r:(b + 1) * r])) for b in range(self.bands)]

    # --- queries ----------------------------------------------------------------------------------
    def _text(self, article: Article | str) -> str:
        text = article if isinstance(article, str) else article.text
        return clean_text(text) if self.clean else text

    def query(self, article: Article | str) -> tuple[str, float] | None:
        """The earlier article this one duplicates and the estimated similarity, without indexing."""
        found, _, _, _ = self._lookup(self._text(article))
        return found

    def _lookup(self, text: str):
        hashes = shingles(text, self.n)
        if len(hashes) < self.min_shingles:
            return None, hashes, None, None
        sig = self._signature(hashes)
        keys = self._band_keys(sig)
        cands: set[int] = set()
        for b, key in enumerate(keys):
            hit = self._buckets[b].get(key)
            if hit is None:
                continue
            if isinstance(hit, int):
                cands.add(hit)
            else:
                cands.update(hit)
        best: tuple[float, int] | None = None
        size = len(hashes)
        k = self.k
        for c in sorted(cands):
            other = self._sigs[c * k:(c + 1) * k]
            same = sum(1 for x, y in zip(sig, other) if x == y)
            j = same / k
            osize = self._sizes[c]
            # |A ∩ B| = J (|A| + |B|) / (1 + J); containment of the new text in the earlier one.
            inter = j * (size + osize) / (1 + j)
            contained = inter / size if size <= osize else 0.0
            # Containment alone needs some overlap in Jaccard too: pages made mostly of one site's
            # boilerplate are "contained" in every longer page of that site.
            if j >= self.threshold or (contained >= self.containment and j >= self.containment_floor):
                score = max(j, contained)
                if best is None or score > best[0]:
                    best = (score, c)
        found = (self._roots[best[1]], best[0]) if best else None
        return found, hashes, sig, keys

    def add(self, article: Article) -> str | None:
        """Index ``article``; return the id of the earlier near-duplicate it copies, else None.

        A copy of a copy is reported as a copy of the first original.
        Very short texts (fewer than ``min_shingles`` 5-grams) are neither matched nor indexed.
        """
        found, hashes, sig, keys = self._lookup(self._text(article))
        if sig is None:
            return None
        idx = len(self._ids)
        self._ids.append(article.id)
        self._roots.append(found[0] if found else article.id)
        self._sizes.append(len(hashes))
        self._sigs.extend(sig)
        for b, key in enumerate(keys):
            bucket = self._buckets[b]
            hit = bucket.get(key)
            if hit is None:
                bucket[key] = idx
            elif isinstance(hit, int):
                bucket[key] = [hit, idx]
            else:
                hit.append(idx)
        return found[0] if found else None
