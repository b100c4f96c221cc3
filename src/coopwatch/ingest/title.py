"""Document title: the source's, else the first line of the text when it reads as a headline."""

from __future__ import annotations

import re

MAX_HEADLINE_CHARS = 200
MIN_HEADLINE_WORDS = 3
NOT_HEADLINE_ENDINGS = (".", ",", ":", ";", "…", "-", "—")
# a page's stamp of when it was posted, a line of its own above the headline: «Posted 12
# июля 2023, 00:45», «Опубликовано: 12.07.2023 10:15», «12 июля 2023, 00:45»
STAMP = re.compile(
    r"(?:[A-Za-zА-Яа-яЁё]+:?\s+){0,2}(?:\d{1,2}\s+[а-яё]+\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})"
    r"(?:\s*(?:г\.|года)?,?\s*(?:в\s+)?\d{1,2}:\d{2})?", re.IGNORECASE)
STAMP_LINES = 4  # stamp lines a headline may sit under


def clean_title(title: object) -> str | None:
    """A given title with its whitespace collapsed, or None when there is none."""
    if not isinstance(title, str):
        return None
    return " ".join(title.split()) or None


def headline(text: str) -> str | None:
    """The first non-empty line under the page's date stamps, when it is short, has a few
    words and no final period."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    stamps = 0
    while stamps < min(STAMP_LINES, len(lines) - 1) and STAMP.fullmatch(lines[stamps]):
        stamps += 1
    first = lines[stamps] if lines else ""
    if STAMP.fullmatch(first):
        return None
    if not first or len(first) > MAX_HEADLINE_CHARS or first.endswith(NOT_HEADLINE_ENDINGS):
        return None
    if len(first.split()) < MIN_HEADLINE_WORDS or first.startswith(("(", "•", "-", "*")):
        return None
    return first
