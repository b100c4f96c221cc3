"""Clauses of a passage: the stretch around a flow trigger where its parties are looked
for, cut at clause words («а», «но», «который»…), at «;» or «:», and at the
neighbouring verb triggers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coopwatch.extract.flows.triggers import NOUN_KINDS, FlowTrigger
from coopwatch.records import Token

CLAUSE_WORDS = frozenset({"а", "но", "однако", "который", "что", "где", "чтобы", "тогда", "затем"})
CLAUSE_MARKS = frozenset({";", ":", "(", ")"})
# two sentences glued with no space or stop between them: «126 тоннОтметим, что…»
GLUED = re.compile(r"[а-яё]{2,}[А-ЯЁ][а-яё]{2,}")


@dataclass(frozen=True)
class Clause:
    """The tokens a trigger's parties are looked for in: [low, high) of a passage."""

    tokens: tuple[Token, ...]
    low: int
    high: int
    index: int  # the trigger

    def left(self) -> list[Token]:
        return list(self.tokens[self.low:self.index])

    def right(self) -> list[Token]:
        return list(self.tokens[self.index + 1:self.high])


def clause_starts(tokens: Sequence[Token]) -> set[int]:
    """Indices where a new clause begins: after «;» or «:», at «а», «но», «который»…,
    and after a word that glues the end of one sentence to the start of the next."""
    starts = {0}
    for index, token in enumerate(tokens):
        word = token.text.lower()
        if token.text in CLAUSE_MARKS or GLUED.fullmatch(token.text):
            starts.add(index + 1)
        elif (token.lemma or word) in CLAUSE_WORDS and index > 0:
            # a preposition before a relative word opens the clause: «…, в который»
            starts.add(index - 1 if tokens[index - 1].pos == "ADP" else index)
    return starts


def clause_of(
    tokens: Sequence[Token], starts: set[int], found: list[FlowTrigger], index: int
) -> Clause:
    """The clause of a trigger, cut at the neighbouring verb triggers."""
    verbs = [item.index for item in found if item.kind not in NOUN_KINDS]
    low = max([s for s in starts if s <= index] + [v + 1 for v in verbs if v < index])
    high = min([s for s in starts if s > index] + [v for v in verbs if v > index] + [len(tokens)])
    return Clause(tuple(tokens), low, high, index)
