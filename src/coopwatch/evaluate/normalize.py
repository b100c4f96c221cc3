"""Name normalization for comparing gold and predicted names and titles."""

from __future__ import annotations

import re

QUOTES = "«»\"„“”‘’'`"
HYPHENS = "‐‑‒–—―−-"
_QUOTE_TABLE = str.maketrans("", "", QUOTES)
_HYPHEN_RUNS = re.compile(rf"\s*[{HYPHENS}]+\s*")
_SPACE_RUNS = re.compile(r"\s+")


def normalize_name(name: str | None) -> str:
    """Lower case, ё→е, quotes dropped, hyphen variants and runs of spaces folded.

    A hyphen with spaces around it ("Гонконг — Китай") becomes a plain "-", so dash
    spelling differences do not matter.
    """
    if not name:
        return ""
    text = name.lower().replace("ё", "е").translate(_QUOTE_TABLE)
    text = _HYPHEN_RUNS.sub("-", text)
    return _SPACE_RUNS.sub(" ", text).strip()


def name_set(name: str | None, aliases: tuple[str, ...] = ()) -> frozenset[str]:
    """The normalized name and aliases, empty strings left out."""
    return frozenset(filter(None, (normalize_name(item) for item in (name, *aliases))))
