"""The dependency tree of a run of tokens: a token's head, its children, its subtree.

The fact stages read the parser's tree through `Token.id` and `Token.head_id`. A
`TokenTree` over a sentence's or a passage's tokens answers the questions they ask, by
token or by position in that run; a head outside the run counts as no head. Ids are the
parser's («<sentence>_<word>»), one per token of a document; a token without one (no
parse) stands outside the tree. Each table is built on first use, once per tree.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from functools import cached_property

from coopwatch.records import Token

CASE = frozenset({"case"})  # the relation of a preposition to its noun


class TokenTree:
    """The tree over `tokens` (in text order), built lazily."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens

    @cached_property
    def _positions(self) -> dict[str | None, int]:
        # no empty id in the tables: looking up "" (no head) or None finds nothing
        return {token.id: index for index, token in enumerate(self.tokens) if token.id}

    @cached_property
    def _children(self) -> dict[str, list[int]]:
        children: dict[str, list[int]] = {}
        for index, token in enumerate(self.tokens):
            if token.head_id:
                children.setdefault(token.head_id, []).append(index)
        return children

    def position(self, token_id: str | None) -> int | None:
        """Where the token with this id stands in the run."""
        return self._positions.get(token_id)

    def token(self, token_id: str | None) -> Token | None:
        """The token with this id."""
        index = self._positions.get(token_id)
        return None if index is None else self.tokens[index]

    def head(self, token: Token) -> Token | None:
        """The token's head (None for the root, or a head outside the run)."""
        index = self._positions.get(token.head_id)
        return None if index is None else self.tokens[index]

    def head_position(self, token: Token) -> int | None:
        """Where the token's head stands in the run."""
        return self._positions.get(token.head_id)

    def head_at(self, index: int) -> int | None:
        """The position of the head of the token at `index`."""
        return self._positions.get(self.tokens[index].head_id)

    def children(self, token: Token, rels: Collection[str] | None = None) -> list[Token]:
        """The token's dependents in text order, only those with one of `rels` if given."""
        tokens = self.tokens
        return [tokens[i] for i in self._children.get(token.id, ())
                if rels is None or tokens[i].rel in rels]

    def children_at(self, index: int, rels: Collection[str] | None = None) -> list[int]:
        """The positions of the dependents of the token at `index`."""
        tokens = self.tokens
        return [i for i in self._children.get(tokens[index].id, ())
                if rels is None or tokens[i].rel in rels]

    def prepositions_at(self, index: int) -> frozenset[str]:
        """The prepositions the phrase of the token at `index` opens with, in lower case:
        its dependents of relation «case» («на» of «на рынок Китая»)."""
        return frozenset(self.tokens[i].text.lower() for i in self.children_at(index, CASE))

    def ancestors(self, token: Token) -> Iterator[Token]:
        """The token's heads, nearest first, up to the root (each once, should the tree
        loop back)."""
        seen: set[str] = set()
        head = self.head(token)
        while head is not None and head.id not in seen:
            seen.add(head.id)
            yield head
            head = self.head(head)

    def ancestors_at(self, index: int) -> list[int]:
        """The positions of the heads of the token at `index`, as `ancestors` gives them."""
        return [self._positions[head.id] for head in self.ancestors(self.tokens[index])]

    def subtree_at(self, index: int) -> list[int]:
        """The positions of the token at `index` and of everything below it, in order."""
        below, todo = {index}, [index]
        while todo:
            for child in self.children_at(todo.pop()):
                if child not in below:
                    below.add(child)
                    todo.append(child)
        return sorted(below)

    def top(self, start: int, stop: int) -> Token | None:
        """The head word of the tokens lying within [start, stop): the first of them
        whose head is not among them."""
        return top_of([t for t in self.tokens if start <= t.start and t.stop <= stop])


def top_of(words: Sequence[Token]) -> Token | None:
    """The first of `words` whose head is not one of them: the head of the phrase."""
    ids = {word.id for word in words}
    return next((word for word in words if word.head_id not in ids), None)
