"""Running yargy grammars on coopwatch's own tokens: a tokenizer that hands yargy the
words it is given, each the value of one yargy token whose span is its index."""

from __future__ import annotations

from collections.abc import Sequence

from yargy import Parser
from yargy.span import Span as YargySpan
from yargy.token import Token as YargyToken
from yargy.tokenizer import Tokenizer


class WordTokenizer(Tokenizer):
    """The words become yargy tokens as they are; predicates (`custom`) read them."""

    def __call__(self, words: Sequence[object]) -> list[YargyToken]:  # type: ignore[override]
        return [YargyToken(word, YargySpan(index, index + 1), "WORD")
                for index, word in enumerate(words)]


TOKENIZER = WordTokenizer()


def parser(grammar: object) -> Parser:
    return Parser(grammar, tokenizer=TOKENIZER)


def ranges(parser: Parser, words: Sequence[object], *, where: str = "any") -> list[tuple[int, int]]:
    """(first, last + 1) word indices of the grammar's matches: anywhere, or only those
    that begin at the first word (`where="start"`) or end at the last (`where="end"`)."""
    chart = parser.chart(words, all=where != "start")
    column = chart.last_column if where == "end" else chart
    return sorted({state.range for state in column.matches(parser.rule)})
