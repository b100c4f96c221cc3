"""Folding: the form in which words are compared with a lexicon.

`fold` is the common core (lower case, `ё` as `е`). Two lexicons need a little more, and
their variants say what they add: the gazetteer also reads dash variants as a hyphen
(`fold_dashes`), the number words also squeeze white space (`fold_spaces`).
"""

from __future__ import annotations

import re

# the vowel letters of Russian, lower case (endings of names and words are read by them)
VOWELS = "аеёиоуыэюя"
DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "—": "-"})
SPACES = re.compile(r"\s+")


def fold(word: str) -> str:
    """Lower case, `ё` as `е`."""
    return word.lower().replace("ё", "е")


def fold_dashes(text: str) -> str:
    """`fold`, and every hyphen or dash variant as `-` ("Ханты‑Мансийск")."""
    return fold(text).translate(DASHES)


def fold_spaces(text: str) -> str:
    """`fold`, and runs of white space as one space, none at either end."""
    return SPACES.sub(" ", fold(text)).strip()
