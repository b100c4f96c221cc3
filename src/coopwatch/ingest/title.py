"""Document title: the source's, else the first line of the text when it reads as a headline."""

from __future__ import annotations

MAX_HEADLINE_CHARS = 200
MIN_HEADLINE_WORDS = 3
NOT_HEADLINE_ENDINGS = (".", ",", ":", ";", "…", "-", "—")


def clean_title(title: object) -> str | None:
    """A given title with its whitespace collapsed, or None when there is none."""
    if not isinstance(title, str):
        return None
    return " ".join(title.split()) or None


def headline(text: str) -> str | None:
    """The first non-empty line, when it is short, has a few words and no final period."""
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    if not first or len(first) > MAX_HEADLINE_CHARS or first.endswith(NOT_HEADLINE_ENDINGS):
        return None
    if len(first.split()) < MIN_HEADLINE_WORDS or first.startswith(("(", "•", "-", "*")):
        return None
    return first
