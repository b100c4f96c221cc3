"""Stage `positions`: person ↔ title ↔ the region, country or organization it is of.

Two orders are read in every passage:
  title [of-phrase] PERSON   «вице-губернатор Санкт-Петербурга Кирилл Поляков»
  PERSON, title [of-phrase]  «Рустамом Миннихановым, главой Республики Татарстан»
The of-phrase is the genitive run after the title; it names the entity (a mention of
the document's entities), or says «республики», «области» (the document's main
region). A regional title with no of-phrase («губернатор Александр Беглов») is of the
document's main Russian region when one clearly dominates and no one else holds it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from coopwatch.extract.parties import (
    GENERIC_REGION_WORDS,
    entity_mentions,
    is_russian_region,
    main_region,
    mention_at,
    mention_ending_at,
)
from coopwatch.extract.passages import Passage, passages
from coopwatch.extract.titles import TitleMatch, title_lexicon
from coopwatch.records import Document, Position, Span, Token
from coopwatch.tools import Toolkit

MAX_OF_PHRASE = 7
OF_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "X"})
QUOTES = frozenset("«»\"“”„'")
APPOSITION_MARKS = frozenset({",", "—", "–", "-"})
OF_KINDS = frozenset({"GEO", "ORG"})
OF_PHRASE_PREPOSITIONS = frozenset({"в", "во"})


@dataclass(frozen=True)
class Found:
    """A person's title as read in a passage, before the document-level defaults."""

    person: str
    title: str
    scope: str
    of: str | None
    generic: bool  # the of-phrase says only «республики», «области»
    span: Span
    last: int  # index of the token after the of-phrase


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.positions`."""
    found = [item for passage in passages(doc) for item in _read(doc, passage, tools)]
    held = frozenset(item.of for item in found if item.of and is_russian_region(item.of))
    positions = [_with_defaults(doc, item, held) for item in found]
    return doc.replace(positions=_dedupe(positions))


def _read(doc: Document, passage: Passage, tools: Toolkit) -> Iterator[Found]:
    tokens = passage.tokens
    used = 0
    for match in title_lexicon(tools.morph).find(tokens):
        if match.first < used:
            continue
        item = _title_person(doc, tokens, match, tools) or _person_title(doc, tokens, match, tools)
        if item is not None:
            used = item.last
            yield Found(item.person, item.title, item.scope, item.of, item.generic,
                        passage.span, item.last)


def _title_person(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit
) -> Found | None:
    """title [of-phrase] PERSON."""
    for index in range(match.last, min(len(tokens), match.last + MAX_OF_PHRASE + 1)):
        person = mention_at(doc, tokens[index].start, "PER")
        if person is not None:
            of, generic = _of(doc, tokens[match.last:index], tools)
            return Found(person.key, match.title, match.scope, of, generic, Span(0, 0), index)
        if not _of_phrase_token(tokens[index]):
            return None
    return None


def _person_title(
    doc: Document, tokens: Sequence[Token], match: TitleMatch, tools: Toolkit
) -> Found | None:
    """PERSON, title [of-phrase]."""
    if match.first < 2 or tokens[match.first - 1].text not in APPOSITION_MARKS:
        return None
    person = mention_ending_at(doc, tokens[match.first - 2].stop, "PER")
    if person is None:
        return None
    last = match.last
    while last < len(tokens) and last - match.last < MAX_OF_PHRASE and _of_phrase_token(
        tokens[last]
    ):
        last += 1
    of, generic = _of(doc, tokens[match.last:last], tools)
    return Found(person.key, match.title, match.scope, of, generic, Span(0, 0), last)


def _of_phrase_token(token: Token) -> bool:
    """A word of the genitive run after a title; «в» for «посол Китая в России»."""
    return (
        token.pos in OF_PHRASE_POS or token.text in QUOTES or token.text == "."
        or token.text.lower() in OF_PHRASE_PREPOSITIONS
    )


def _of(doc: Document, phrase: Sequence[Token], tools: Toolkit) -> tuple[str | None, bool]:
    """The key the of-phrase names, or whether it names a region only generically."""
    if not phrase:
        return None, False
    named = [
        item for item in entity_mentions(doc, phrase[0].start, phrase[-1].stop)
        if item.entity.type in OF_KINDS
    ]
    if named:
        return named[0].key, False
    if any(token.lemma in GENERIC_REGION_WORDS for token in phrase):
        return None, True
    place = tools.gazetteer.resolve(doc.text[phrase[0].start:phrase[-1].stop])
    return (place.key if place else None), False


def _with_defaults(doc: Document, item: Found, held: frozenset[str]) -> Position:
    of = item.of
    if of is None and item.generic:
        of = main_region(doc)
    elif of is None and item.scope == "region":
        of = main_region(doc, exclude=held)
    return Position(person=item.person, title=item.title, of=of, evidence=(item.span,))


def _dedupe(positions: list[Position]) -> tuple[Position, ...]:
    """One position per (person, title, of), evidence merged; a null `of` yields to a key."""
    merged: dict[tuple[str, str, str | None], Position] = {}
    for position in positions:
        key = (position.person, position.title, position.of)
        if key in merged:
            evidence = tuple(dict.fromkeys((*merged[key].evidence, *position.evidence)))
            merged[key] = Position(position.person, position.title, position.of, evidence)
        else:
            merged[key] = position
    known = {(person, title) for person, title, of in merged if of is not None}
    return tuple(
        position for (person, title, of), position in merged.items()
        if of is not None or (person, title) not in known
    )
