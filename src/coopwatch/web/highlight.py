"""The document text as HTML, with evidence ranges and entity mentions marked.

Ranges may overlap, so the text is cut at every range boundary (`coopwatch.coverage`)
and each piece is marked by what covers it.
"""

from __future__ import annotations

from collections.abc import Iterable

from coopwatch.coverage import pieces
from coopwatch.records import Span
from coopwatch.web.layout import esc, tag


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
