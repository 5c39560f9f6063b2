"""Bytes to text: binary detection and a cautious encoding cascade.

The cascade is utf-8, utf-8-sig (a byte-order mark), then cp1252 only when the bytes decode cleanly
*and* the result looks like prose, not mojibake or noise. Anything else is refused: a wrong guess
would corrupt names and quotes silently, which is worse than a clear error.
"""
from __future__ import annotations

import re

__all__ = ["DecodeError", "binary_reason", "decode_bytes"]

_SNIFF = 65_536
# C0 controls other than tab, newline, vertical tab, form feed and carriage return.
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")
# A well-formed UTF-8 multibyte sequence: when a file has these *and* invalid bytes, it is broken
# UTF-8, and decoding it as cp1252 would turn every accented letter into mojibake.
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MAGIC = {
    b"%PDF": "PDF document",
    b"PK\x03\x04": "zip archive (docx, xlsx, epub ...)",
    b"\x1f\x8b": "gzip archive",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\xd0\xcf\x11\xe0": "MS Office document",
}


class DecodeError(ValueError):
    """The bytes are not text we can trust; the message is one line."""


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` looks binary (a one-line phrase), or None when it may be text."""
    head = data[:_SNIFF]
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return f"binary file ({kind})"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text is not supported; convert it to UTF-8"
    nul = data.find(b"\x00")
    if nul >= 0:
        return f"binary file (NUL byte at offset {nul})"
    if head:
        ratio = len(_CONTROL.findall(head)) / len(head)
        if ratio > 0.05:
            return f"binary file ({ratio:.0%} control characters)"
    return None


def _looks_like_text(text: str) -> bool:
    if not text:
        return True
    plain = sum(1 for c in text if c.isalnum() or c.isspace() or c in ".,;:!?'\"()-/%&")
    high = sum(1 for c in text if ord(c) > 127)
    return plain / len(text) >= 0.85 and high / len(text) <= 0.2


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise DecodeError with a one-line reason."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError as e:
            raise DecodeError(f"not valid UTF-8 text (bad byte 0x{data[e.start]:02x} at offset {e.start - 3})") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e.start
    if _UTF8_SEQ.search(data):
        # Real UTF-8 sequences next to invalid bytes: broken UTF-8, not a legacy encoding.
        raise DecodeError(f"not valid UTF-8 text (bad byte 0x{data[first_bad]:02x} at offset {first_bad})")
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise DecodeError(f"not valid UTF-8 text (bad byte 0x{data[first_bad]:02x} at offset {first_bad})") from None
    if not _looks_like_text(text):
        raise DecodeError(f"not valid UTF-8 text (bad byte 0x{data[first_bad]:02x} at offset {first_bad}, "
                          "and not plausible as cp1252 either)")
    return text, "cp1252"
