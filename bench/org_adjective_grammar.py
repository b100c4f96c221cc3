"""Organization names of a capitalized adjective and a kind noun («Оршанском
льнокомбинате», «Вяземского машзавода»), `entities/org_finders.adjective_names`, as a
yargy grammar run on a document's own tokens.

A measured alternative, kept with its benchmark (`rules_as_grammars.py`).

  NAME_INSIDE    Capitalized-ADJ [lower ADJ]{0,2} KIND-NOUN
  NAME_AT_START  the same at a sentence's start: a town's or region's adjective, the noun
                 singular and not followed by a quote
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from yargy import and_, or_, rule
from yargy.predicates import custom

from coopwatch.extract.entities.org_finders import (
    OrgSpan,
    _adjective,
    _names_kind,
    _toponymic,
    sentence_starts,
)
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.nlp.morph import Morph
from coopwatch.records import Document, Token
from coopwatch.text.token_index import TokenIndex
from yargy_words import parser, ranges


@dataclass(frozen=True)
class Context:
    doc: Document
    morph: Morph
    gazetteer: Gazetteer
    starts: frozenset[int]


@dataclass
class Word:
    """A token and the document it is read in."""

    token: Token
    context: Context

    @cached_property
    def initial(self) -> bool:
        return self.token.start in self.context.starts


def _is(test: Callable[[Word], bool]) -> custom:
    return custom(test)


CAPITALIZED_ADJ = _is(lambda word: word.token.text[:1].isupper()
                      and _adjective(word.context.morph, word.token))
INSIDE = _is(lambda word: not word.initial)
TOPONYMIC_AT_START = _is(lambda word: word.initial
                         and _toponymic(word.context.gazetteer, word.token))
LOWER_ADJ = _is(lambda word: word.token.pos == "ADJ" and word.token.text.islower())
KIND = _is(lambda word: _names_kind(word.context.doc.text, word.token, False))
KIND_AFTER_START = _is(lambda word: _names_kind(word.context.doc.text, word.token, True))

NAME_INSIDE = rule(and_(CAPITALIZED_ADJ, INSIDE), LOWER_ADJ.repeatable(max=2).optional(), KIND)
NAME_AT_START = rule(and_(CAPITALIZED_ADJ, TOPONYMIC_AT_START),
                     LOWER_ADJ.repeatable(max=2).optional(), KIND_AFTER_START)
ADJECTIVE_NAME = or_(NAME_INSIDE, NAME_AT_START)
PARSER = parser(ADJECTIVE_NAME)


def grammar_names(doc: Document, morph: Morph, index: TokenIndex,
                  gazetteer: Gazetteer) -> list[OrgSpan]:
    """The same spans as `org_finders.adjective_names`, from the grammar."""
    context = Context(doc, morph, gazetteer, frozenset(sentence_starts(doc)))
    words = [Word(token, context) for token in index.tokens]
    return [OrgSpan(index.tokens[first].start, index.tokens[last - 1].stop)
            for first, last in ranges(PARSER, words)]
