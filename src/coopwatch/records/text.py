"""Records of the text itself: spans, tokens, sentences, entity and time mentions.

Every offset is a character offset into `Document.text`. Spans and mentions go into the
card; tokens, sentences and time mentions are working annotations of the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coopwatch.records.codec import WORKING, JsonRecord
from coopwatch.records.values import EntityType


@dataclass(frozen=True)
class Span(JsonRecord):
    """A character range [start, stop) in the document text."""

    start: int
    stop: int


@dataclass(frozen=True)
class Mention(JsonRecord):
    """A span of text naming an entity.

    `type` and `normal` (the model's lemma-level normal form) are working data of the
    pipeline; the card carries only start, stop and text.
    """

    start: int
    stop: int
    text: str
    type: EntityType | None = field(default=None, metadata=WORKING)
    normal: str | None = field(default=None, metadata=WORKING)


@dataclass(frozen=True)
class Token:
    """A token with its morphology and its head in the dependency tree (natasha ids)."""

    start: int
    stop: int
    text: str
    id: str = ""
    lemma: str = ""
    pos: str = ""
    feats: tuple[tuple[str, str], ...] = ()
    head_id: str = ""
    rel: str = ""

    def feat(self, name: str) -> str | None:
        """The value of one morphological feature (Case, Number...), if the token has it."""
        return dict(self.feats).get(name)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the text with its tokens."""

    start: int
    stop: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True)
class TimeMention:
    """A date expression found in the text, resolved to partial ISO 8601 (or None)."""

    start: int
    stop: int
    text: str
    value: str | None
