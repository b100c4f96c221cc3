"""Passages: sentences cut at line breaks.

The segmenter may glue a headline, or a bulleted list, to the sentence that follows it;
a line break always ends a passage here, so facts never span a heading and its body.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from coopwatch.records import Document, Sentence, Span, Token

BULLETS = frozenset("•·-–—*▪●◦")
LIST_ITEM_MAX_TOKENS = 6


@dataclass(frozen=True)
class Passage:
    """A run of tokens of one sentence, not crossing a line break."""

    start: int
    stop: int
    tokens: tuple[Token, ...]

    @property
    def span(self) -> Span:
        return Span(self.start, self.stop)

    @property
    def lemmas(self) -> list[str]:
        return [token.lemma or token.text.lower() for token in self.tokens]

    @property
    def opens_list(self) -> bool:
        """Ends with a colon: the lines after it are its items."""
        return self.tokens[-1].text == ":"

    @property
    def is_list_item(self) -> bool:
        """A short line, usually a bullet: "• Медицина"."""
        return self.tokens[0].text in BULLETS or len(self.tokens) <= LIST_ITEM_MAX_TOKENS


def passages(doc: Document) -> Iterator[Passage]:
    """Every passage of the document, in order (the fact stages read them from
    `Document.passages`, cut once after the analysis: `text.annotations`)."""
    for sentence in doc.sentences:
        yield from sentence_passages(doc.text, sentence)


def sentence_passages(text: str, sentence: Sentence) -> Iterator[Passage]:
    """The passages of one sentence."""
    run: list[Token] = []
    for token in sentence.tokens:
        if run and "\n" in text[run[-1].stop:token.start]:
            yield _passage(run)
            run = []
        run.append(token)
    if run:
        yield _passage(run)


def _passage(tokens: list[Token]) -> Passage:
    return Passage(start=tokens[0].start, stop=tokens[-1].stop, tokens=tuple(tokens))
