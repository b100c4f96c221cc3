"""Checks that turn an input into a rejection, each with its reason (errors as values)."""

from __future__ import annotations

import re

from coopwatch.settings import Settings

MAX_CONTROL_SHARE = 0.05
# No Russian word, URL or number is this long; the morphology's cost grows with the square
# of a word's length (a 200,000-letter "word" kept the pipeline busy for minutes).
MAX_WORD_CHARS = 1000
LONG_WORD = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")
TEXT_CONTROLS = frozenset(b"\t\n\r\f\v")


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or a high share of control characters that text files do not contain."""
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for byte in sample if (byte < 32 or byte == 127) and byte not in TEXT_CONTROLS)
    return bool(sample) and controls / len(sample) > MAX_CONTROL_SHARE


def cyrillic_ratio(text: str) -> float:
    """Share of Cyrillic letters among all letters (0.0 when there are no letters)."""
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0
    return sum(_is_cyrillic(char) for char in letters) / len(letters)


def _is_cyrillic(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff"


def text_problem(text: str, settings: Settings) -> tuple[str, str] | None:
    """(reason, detail) when the cleaned text cannot be a document, else None."""
    if not text.strip():
        return "empty", "no text after cleaning"
    if len(text) < settings.min_text_chars:
        return "too_short", f"{len(text)} characters < {settings.min_text_chars}"
    long_word = LONG_WORD.search(text)
    if long_word:
        return "long_word", (f"{long_word.end() - long_word.start()} characters without a "
                             f"space at {long_word.start()} > {MAX_WORD_CHARS}")
    ratio = cyrillic_ratio(text)
    if ratio < settings.min_cyrillic_ratio:
        return "not_russian", f"Cyrillic share {ratio:.2f} < {settings.min_cyrillic_ratio}"
    return None


def size_problem(size: int, settings: Settings) -> tuple[str, str] | None:
    """("too_large", detail) when an input is over the size limit, else None."""
    if size > settings.max_document_bytes:
        return "too_large", f"{size} bytes > {settings.max_document_bytes}"
    return None
