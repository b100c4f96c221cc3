"""Tokens of a document looked up by character offsets.

The entity stage asks what lies inside, right before or right after a span; this
index answers from the tokens of `Document.sentences`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from coopwatch.records import Document, Token


@dataclass(frozen=True)
class TokenIndex:
    """All tokens of a document in text order, searchable by offset."""

    tokens: tuple[Token, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, doc: Document) -> TokenIndex:
        tokens = tuple(token for sent in doc.sentences for token in sent.tokens)
        return cls(tokens=tokens, starts=tuple(token.start for token in tokens))

    def inside(self, start: int, stop: int) -> tuple[Token, ...]:
        """Tokens that lie entirely within [start, stop)."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, stop)
        return tuple(token for token in self.tokens[first:last] if token.stop <= stop)

    def before(self, start: int, count: int = 1) -> tuple[Token, ...]:
        """Up to `count` tokens that end at or before `start`, nearest last."""
        last = bisect_right(self.starts, start - 1)
        while last > 0 and self.tokens[last - 1].stop > start:
            last -= 1
        return self.tokens[max(0, last - count):last]

    def after(self, stop: int, count: int = 1) -> tuple[Token, ...]:
        """Up to `count` tokens that begin at or after `stop`, nearest first."""
        first = bisect_left(self.starts, stop)
        return self.tokens[first:first + count]

    def head_of(self, token: Token) -> Token | None:
        """The syntactic head of a token."""
        return next((other for other in self.tokens if other.id == token.head_id), None)

    def at(self, start: int) -> Token | None:
        """The token beginning exactly at `start`."""
        index = bisect_left(self.starts, start)
        if index < len(self.tokens) and self.tokens[index].start == start:
            return self.tokens[index]
        return None
