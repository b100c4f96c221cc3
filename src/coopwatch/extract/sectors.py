"""Stage `sectors`: document-level sectors; `sectors_of` for any run of tokens.

SKELETON: the interface is the contract; the lexicon and the rules are being written.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.records import Document, Token
from coopwatch.tools import Toolkit


def sectors_of(tokens: Sequence[Token]) -> tuple[str, ...]:
    """Sector codes (SCHEMA.md) named by these tokens' lemmas, in order of first mention."""
    return ()


def extract(doc: Document, tools: Toolkit) -> Document:
    return doc
