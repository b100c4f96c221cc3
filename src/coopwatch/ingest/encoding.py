"""Bytes -> text: UTF-32 or UTF-16 (with a BOM, or found by their zero bytes), UTF-8
(with or without BOM), else the likelier of cp1251 and koi8-r.

The UTF-32 marks are tested before UTF-16's, which they begin with. Without a mark, bytes
that look binary (zero bytes, control bytes) are tried as UTF-32 and UTF-16, both byte
orders, and taken when the text they give reads as text: no control characters, nearly
all of it Cyrillic, Latin, digits, punctuation and spaces.

charset-normalizer is not used: on short Russian texts it takes koi8-r for Shift-JIS
and cp1251 for Big5. The two Cyrillic code pages decode almost any bytes, so the choice
between them is made by how Russian the result reads (its share of common letter pairs).
"""

from __future__ import annotations

import codecs
import re

from coopwatch.ingest.checks import looks_binary
from coopwatch.ingest.resources import data_lines

SINGLE_BYTE = ("cp1251", "koi8_r")
MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
WIDE = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")
MIN_TEXT_SHARE = 0.95           # share of ordinary characters in a right wide decoding
ORDINARY = re.compile("[\t\n\r\f\v -~\u00a0-\u00ff\u0400-\u04ff\u2000-\u206f\u20bd№]")
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
MIN_RUSSIAN_SCORE = 0.25        # share of common bigrams in a right decoding is ~0.5
MAX_BROKEN_UTF8_SHARE = 0.001   # tolerated share of invalid sequences in UTF-8
CYRILLIC_WORD = re.compile(r"[а-яё]{2,}")


def decode(data: bytes) -> str | None:
    """The text the bytes encode, or None when no supported encoding fits."""
    marked = byte_order_mark(data)
    if marked is not None:
        return _strict(data, marked)
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):])
    if looks_binary(data):
        return _wide(data)
    text = _utf8(data)
    return text if text is not None else _single_byte(data)


def byte_order_mark(data: bytes) -> str | None:
    """`utf-32` or `utf-16` when the bytes start with that encoding's byte order mark."""
    return next((name for mark, name in MARKS if data.startswith(mark)), None)


def _wide(data: bytes) -> str | None:
    """The first UTF-32 or UTF-16 reading without a mark that reads as text."""
    for name in WIDE:
        text = _strict(data, name)
        if text is not None and reads_as_text(text):
            return text
    return None


def reads_as_text(text: str) -> bool:
    """No control characters, and nearly all characters ordinary ones."""
    if not text or CONTROL.search(text):
        return False
    return len(ORDINARY.findall(text)) >= MIN_TEXT_SHARE * len(text)


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        broken = text.count("\ufffd")
        return text if broken <= MAX_BROKEN_UTF8_SHARE * len(text) else None


def _single_byte(data: bytes) -> str | None:
    candidates = [text for text in (_strict(data, name) for name in SINGLE_BYTE) if text]
    if not candidates:
        return None
    best = max(candidates, key=russian_score)
    return best if _plausible(best) else None


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _plausible(text: str) -> bool:
    """Russian-looking, or with hardly any Cyrillic at all (then the language check decides)."""
    return not _bigrams(text) or russian_score(text) >= MIN_RUSSIAN_SCORE


def russian_score(text: str) -> float:
    """Share of letter pairs inside Cyrillic words that are common in Russian."""
    pairs = _bigrams(text)
    if not pairs:
        return 0.0
    common = frozenset(data_lines("ingest/bigrams.txt"))
    return sum(pair in common for pair in pairs) / len(pairs)


def _bigrams(text: str) -> list[str]:
    words = CYRILLIC_WORD.findall(text.lower())
    return [word[i:i + 2] for word in words for i in range(len(word) - 1)]
