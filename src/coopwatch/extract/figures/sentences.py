"""The sentences the figures stage reads: the analysed ones, with those the splitter cut
inside a unit joined again («составил 5,9 млрд долл. | США, что на 34,9% больше»: the
sum and its growth are one sentence).

The units are data (`figures/cut_units.tsv`). Only this stage reads the joined
sentences; the document keeps its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Document, Sentence, Token

CUT_UNITS = frozenset((row[0], row[1]) for row in data_rows("figures/cut_units.tsv"))


def figure_sentences(doc: Document) -> tuple[Sentence, ...]:
    """The sentences of `doc`, each one that starts with the rest of a unit cut short at
    the end of the sentence before joined to it (on one line)."""
    joined: list[Sentence] = []
    for sentence in doc.sentences:
        if joined and _cut_unit(doc.text, joined[-1], sentence):
            before = joined[-1]
            joined[-1] = Sentence(start=before.start, stop=sentence.stop,
                                  text=doc.text[before.start:sentence.stop],
                                  tokens=before.tokens + sentence.tokens)
        else:
            joined.append(sentence)
    return tuple(joined)


def _cut_unit(text: str, before: Sentence, after: Sentence) -> bool:
    """Whether `before` ends with a unit cut short that the first word of `after` goes on
    naming, with no line break between them."""
    if "\n" in text[before.stop:after.start]:
        return False
    return (_last_word(before.tokens), _first_word(after.tokens)) in CUT_UNITS


def _last_word(tokens: Sequence[Token]) -> str:
    """The last word with its final dot («долл.»), or '' for none."""
    if len(tokens) >= 2 and tokens[-1].text == ".":
        return tokens[-2].text + "."
    return tokens[-1].text if tokens else ""


def _first_word(tokens: Sequence[Token]) -> str:
    return tokens[0].text if tokens else ""
