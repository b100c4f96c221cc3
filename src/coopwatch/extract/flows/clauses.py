"""Clauses of a passage: the stretch around a flow trigger where its parties are looked
for, cut at clause words («а», «но», «который»…), at «;» or «:», and at the
neighbouring verb triggers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from coopwatch.extract.flows.triggers import NOUN_KINDS, FlowTrigger
from coopwatch.records import Token

CLAUSE_WORDS = frozenset({"а", "но", "однако", "который", "что", "где", "куда", "откуда", "чтобы",
                          "тогда", "затем"})
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
        elif (token.lemma or word) in CLAUSE_WORDS and index > 0 and not _gapped(tokens, index):
            # a preposition before a relative word opens the clause: «…, в который»
            starts.add(index - 1 if tokens[index - 1].pos == "ADP" else index)
    return starts


GAPPING_WORDS = frozenset({"а"})


def _gapped(tokens: Sequence[Token], index: int) -> bool:
    """«а» opening a stretch with no verb of its own and a place after «в» or «на»: the
    verb before goes on («экспортированы в Беларусь, а 8 тыс. т пшеницы — в
    Казахстан», «а мясо птицы — в Саудовскую Аравию»), so the clause does too."""
    if tokens[index].text.lower() not in GAPPING_WORDS:
        return False
    stretch = []
    for token in tokens[index + 1:]:
        if token.text in CLAUSE_MARKS or (token.lemma or token.text.lower()) in CLAUSE_WORDS:
            break
        stretch.append(token)
    return not any(token.pos in ("VERB", "AUX") and token.feat("VerbForm") != "Part"
                   for token in stretch) and any(
        token.text.lower() in ("в", "во", "на") and _a_name(next_)
        for token, next_ in pairwise(stretch))


def _a_name(token: Token) -> bool:
    """A name, or a capitalized adjective opening one («в Саудовскую Аравию»)."""
    return token.pos == "PROPN" or (token.pos == "ADJ" and token.text[:1].isupper())


def clause_of(
    tokens: Sequence[Token], starts: set[int], found: list[FlowTrigger], index: int
) -> Clause:
    """The clause of a trigger, cut at the neighbouring verb triggers."""
    verbs = [item.index for item in found if item.kind not in NOUN_KINDS]
    low = max([s for s in starts if s <= index] + [v + 1 for v in verbs if v < index])
    high = min([s for s in starts if s > index] + [v for v in verbs if v > index] + [len(tokens)])
    return Clause(tuple(tokens), low, high, index)
