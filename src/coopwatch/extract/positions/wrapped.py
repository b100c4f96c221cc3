"""Passages rejoined across a hard line wrap.

Some pages are hard-wrapped: a line ends in the middle of a sentence and the next one
goes on with it («Губернатор» / «Приморского края Иван Петров встретился …»,
«на совещании у заместителя главы» / «администрации Анны Ивановой»). A line break
always ends a passage (`text.passages`), which cuts a title from its of-phrase and its
holder. Here a passage is joined to the next when the line ends on a word, one line
break lies between them, and the next line begins as a continuation: in lower case,
or with a genitive («Приморского края», «Российской Федерации»), which no new
sentence or heading begins with.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from coopwatch.records import Document, Token
from coopwatch.text.passages import Passage

CONTINUING_POS = frozenset({"ADJ", "NOUN", "PROPN"})
GENITIVE = "Gen"


def wrapped_passages(doc: Document, passages: Sequence[Passage]) -> Iterator[Passage]:
    """The passages in order, each run of hard-wrapped lines as one passage."""
    run: list[Passage] = []
    for passage in passages:
        if run and not _continues(doc.text, run[-1], passage):
            yield _joined(run)
            run = []
        run.append(passage)
    if run:
        yield _joined(run)


def _continues(text: str, before: Passage, after: Passage) -> bool:
    """Whether `after` goes on with the sentence `before` was cut from by a wrap."""
    gap = text[before.stop:after.start]
    if gap.count("\n") != 1 or gap.strip() or not before.tokens or not after.tokens:
        return False
    last, first = before.tokens[-1], after.tokens[0]
    return last.text[-1:].isalpha() and _continuation(first)


def _continuation(token: Token) -> bool:
    """A word no line of its own begins with: lower case, or a genitive noun or adjective."""
    if token.text[:1].islower():
        return True
    return token.pos in CONTINUING_POS and token.feat("Case") == GENITIVE


def _joined(run: list[Passage]) -> Passage:
    if len(run) == 1:
        return run[0]
    tokens = tuple(token for passage in run for token in passage.tokens)
    return Passage(start=run[0].start, stop=run[-1].stop, tokens=tokens)
