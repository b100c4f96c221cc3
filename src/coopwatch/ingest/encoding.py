"""Bytes -> text: UTF-8 (with or without BOM), UTF-16 with a BOM, else the likelier of
cp1251 and koi8-r.

charset-normalizer is not used: on short Russian texts it takes koi8-r for Shift-JIS
and cp1251 for Big5. The two Cyrillic code pages decode almost any bytes, so the choice
between them is made by how Russian the result reads (its share of common letter pairs).
"""

from __future__ import annotations

import codecs
import re

from coopwatch.ingest.resources import data_lines

SINGLE_BYTE = ("cp1251", "koi8_r")
MIN_RUSSIAN_SCORE = 0.25        # share of common bigrams in a right decoding is ~0.5
MAX_BROKEN_UTF8_SHARE = 0.001   # tolerated share of invalid sequences in UTF-8
CYRILLIC_WORD = re.compile(r"[а-яё]{2,}")


def decode(data: bytes) -> str | None:
    """The text the bytes encode, or None when no supported encoding fits."""
    if is_utf16(data):
        return _strict(data, "utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8):])
    text = _utf8(data)
    return text if text is not None else _single_byte(data)


def is_utf16(data: bytes) -> bool:
    """Whether the bytes start with a UTF-16 byte order mark (then NUL bytes are text)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


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
