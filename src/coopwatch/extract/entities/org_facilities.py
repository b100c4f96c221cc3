"""Organizations that are buildings or sites: the NER model types a named building as an
organization.

- A name whose head noun (the first noun, past its adjectives) is a word for a building
  or a site (`entities/facility_words.txt`) names a place: «Вашингтонский аэропорт
  Рейган», «Вестминстерское аббатство»; so does a quoted name right after such a word
  («в гостинице «Северная звезда»»), or after a word for a site that also heads
  companies' names (`entities/facility_quoted_words.txt`: «в порту «Восточный»»).
  Such an entity is no organization; a quoted name headed by such a word is a company's
  («АО «Аэропорт Толмачёво»»).
- A body named by its building (`entities/building_bodies.txt`) is the building after
  «в» / «во» in the locative: «выступал в Белом доме» names the venue; «Белый дом
  заявил» still names the body. Only the venue's mentions go.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold, fold_spaces
from coopwatch.records import Entity, Mention
from coopwatch.text.token_index import TokenIndex

VENUE_PREPOSITIONS = frozenset({"в", "во"})
QUOTES = frozenset("«„“\"")


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/facility_words.txt"))


@lru_cache(maxsize=1)
def facility_quoted_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/facility_quoted_words.txt"))


@lru_cache(maxsize=1)
def building_bodies() -> frozenset[str]:
    return frozenset(fold_spaces(" ".join(row)) for row in data_rows("entities/building_bodies.txt"))


def without_facilities(index: TokenIndex, entities: Sequence[Entity]) -> list[Entity]:
    """The entities without the ORG entities that name a building or a site, and without
    the venue mentions of bodies named by their building."""
    kept = []
    for entity in entities:
        if entity.type != "ORG":
            kept.append(entity)
            continue
        if entity.mentions and all(_headed_by_facility(index, m) for m in entity.mentions):
            continue
        left = (without_mentions(entity, lambda m: _venue(index, m))
                if fold_spaces(entity.name) in building_bodies() else entity)
        if left is not None:
            kept.append(left)
    return kept


def without_mentions(entity: Entity, unwanted: Callable[[Mention], bool]) -> Entity | None:
    """The entity without its `unwanted` mentions; None when none is left."""
    mentions = tuple(m for m in entity.mentions if not unwanted(m))
    return replace(entity, mentions=mentions) if mentions else None


def _headed_by_facility(index: TokenIndex, mention: Mention) -> bool:
    tokens = index.inside(mention.start, mention.stop)
    before = index.before(tokens[0].stop if tokens and tokens[0].text in QUOTES
                          else mention.start, 2)
    if len(before) == 2 and before[1].text in QUOTES and (
            fold(before[0].lemma) in facility_words() | facility_quoted_words()):
        return True
    if (tokens and tokens[0].text in QUOTES) or (before and before[-1].text in QUOTES):
        return False  # a quoted name is a company's: «Аэропорт Толмачёво»
    at = next((i for i, t in enumerate(tokens) if t.pos != "ADJ"), None)
    if at is None or tokens[at].pos not in {"NOUN", "PROPN"}:
        return False
    words = {fold(tokens[at].lemma), fold(tokens[at].text)}  # «ЖДПП» has no good lemma
    quoted_after = at + 1 < len(tokens) and tokens[at + 1].text in QUOTES
    return bool(words & facility_words()) or (
        quoted_after and bool(words & facility_quoted_words()))


def _venue(index: TokenIndex, mention: Mention) -> bool:
    """«в Белом доме»: the mention in the locative right after «в» / «во»."""
    before = index.before(mention.start)
    tokens = index.inside(mention.start, mention.stop)
    return bool(before and tokens) and before[0].text.lower() in VENUE_PREPOSITIONS and (
        any(t.feat("Case") == "Loc" for t in tokens))
