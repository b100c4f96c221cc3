"""Candidates: mentions the entity stage has typed and named, before grouping.

Each finder (places, people, organizations) turns spans of text into candidates; the
stage then groups candidates into entities, one per key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from coopwatch.geo.places import Place
from coopwatch.records import Entity, EntityType, Mention

QUOTES = "«»\"„“”'"
OPENING_QUOTES = "«„“\""  # the marks a quoted name opens with


@dataclass(frozen=True)
class Candidate:
    """A typed mention with the canonical nominative name of what it names."""

    mention: Mention
    type: str
    name: str
    place: Place | None = None    # GEO: the gazetteer's place, if it knows it
    alias: str | None = None      # the surface name in the nominative, if not `name`
    partner: str | None = None    # ORG: the full name an acronym in brackets stands for

    @property
    def start(self) -> int:
        return self.mention.start

    @property
    def stop(self) -> int:
        return self.mention.stop


def mention_at(text: str, start: int, stop: int, kind: EntityType,
               normal: str | None = None) -> Mention:
    """A mention of text[start:stop]."""
    return Mention(start=start, stop=stop, text=text[start:stop], type=kind, normal=normal)


def overlaps(start: int, stop: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, stop) shares a character with any of `spans`."""
    return any(start < other_stop and other_start < stop for other_start, other_stop in spans)


def strictly_inside(start: int, stop: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether [start, stop) lies within one of `spans` and is shorter than it."""
    return any(other_start <= start and stop <= other_stop and stop - start < other_stop -
               other_start for other_start, other_stop in spans)


def non_overlapping(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep candidates in the given priority order, dropping those overlapping a kept one;
    the result is in text order."""
    kept: list[Candidate] = []
    for candidate in candidates:
        if not overlaps(candidate.start, candidate.stop, ((c.start, c.stop) for c in kept)):
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.stop))


def is_quoted(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] is exactly the inside of a pair of quotes."""
    return (start > 0 and stop < len(text) and text[start - 1] in QUOTES
            and text[stop] in QUOTES)


BRACKETED_PART = re.compile(r"\s*\(([^()]+)\)\s*")


def split_bracketed(mention: Mention) -> tuple[Mention, ...]:
    """A name with another spelling in brackets as two mentions, without the brackets:
    «Джошуа Вольфа (Joshua Wolf)» -> «Джошуа Вольфа», «Joshua Wolf»."""
    match = BRACKETED_PART.search(mention.text)
    if match is None or match.start() == 0:
        return (mention,)
    before = mention.text[:match.start()]
    inner_start = mention.start + match.start(1)
    first = replace(mention, stop=mention.start + len(before), text=before)
    inner = Mention(start=inner_start, stop=inner_start + len(match.group(1)),
                    text=match.group(1), type=mention.type)
    rest = mention.text[match.end():]
    tail = (Mention(start=mention.stop - len(rest), stop=mention.stop, text=rest,
                    type=mention.type),) if rest.strip() else ()
    return (first, inner, *tail)


def without_brackets(entity: Entity) -> Entity:
    """The entity with each bracketed other spelling as a mention of its own, and its
    name (and the key made of it) without the bracketed part: «Всемирный банк (World
    Bank)» -> «Всемирный банк», with the mention «World Bank»."""
    match = BRACKETED_PART.search(entity.name)
    if match and entity.name[match.end():][:1].islower():
        return entity  # a word of the name in brackets: «Казанский (Приволжский) университет»
    mentions = tuple(part for mention in entity.mentions for part in split_bracketed(mention))
    if len(mentions) == len(entity.mentions):
        return entity
    name = entity.name[:match.start()].rstrip() if match and match.start() else entity.name
    key = entity.key[:-len(entity.name)] + name if entity.key.endswith(entity.name) else entity.key
    aliases = tuple(alias for alias in entity.aliases if alias != name)
    return replace(entity, key=key, name=name, aliases=aliases, mentions=mentions)


def mixed_case_acronym(word: str) -> bool:
    """A word that opens and ends with a capital and has a capital after a small letter,
    no hyphen: «ЮУрГУ», «КузГТУ», «СибГУ»; not an acronym with a case ending («КАМАЗом»),
    a preposition glued to one («изКНР») nor a company's name in a case form that ends
    in small letters («СибУра» is «СибУр»'s)."""
    return word.isalpha() and word[:1].isupper() and word[-1].isupper() and any(
        first.islower() and second.isupper() for first, second in pairwise(word))
