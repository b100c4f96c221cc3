"""The document text as HTML, with evidence ranges and entity mentions marked.

Ranges may overlap (several facts cite the same sentence), so the text is cut at every
range boundary and each piece is marked by what covers it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from coopwatch.records import Span
from coopwatch.web.layout import esc, tag


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


def anchor(start: int) -> str:
    """The id of the place in the text where evidence starting at `start` begins."""
    return f"at{start}"


def highlighted(text: str, evidence: Iterable[Span], mentions: Iterable[Span]) -> str:
    """The text as HTML: evidence in <mark>, mentions underlined, an anchor at each
    evidence start (see `anchor`)."""
    evidence = list(evidence)
    starts = {span.start for span in evidence}
    html = []
    for piece in pieces(len(text), evidence, mentions):
        chunk = esc(text[piece.start:piece.stop])
        if piece.mention:
            chunk = tag("span", chunk, class_="mention")
        if piece.evidence:
            chunk = tag("mark", chunk)
        if piece.start in starts:
            chunk = tag("span", "", id=anchor(piece.start), class_="anchor") + chunk
        html.append(chunk)
    return "".join(html)
