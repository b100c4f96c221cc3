"""A text cut at every span boundary, each piece flagged by what covers it.

Evidence ranges and mentions may overlap (several facts cite the same sentence), so a
reader of the text needs pieces that are wholly inside or wholly outside each range.
The store marks the pieces with the facts citing them, the web layer turns them into
HTML; neither owns the cutting.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from coopwatch.records import Span


@dataclass(frozen=True)
class Piece:
    start: int
    stop: int
    evidence: bool
    mention: bool


def pieces(length: int, evidence: Iterable[Span], mentions: Iterable[Span]) -> list[Piece]:
    """The text [0, length) cut at every boundary, each piece flagged by its coverage."""
    evidence, mentions = list(evidence), list(mentions)
    edges = (edge for span in evidence + mentions for edge in (span.start, span.stop))
    bounds = sorted({0, length} | {min(max(edge, 0), length) for edge in edges})
    return [
        Piece(start, stop, _covered(start, stop, evidence), _covered(start, stop, mentions))
        for start, stop in pairwise(bounds) if start < stop
    ]


def _covered(start: int, stop: int, spans: list[Span]) -> bool:
    return any(span.start <= start and stop <= span.stop for span in spans)
