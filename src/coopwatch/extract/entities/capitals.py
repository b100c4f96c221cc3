"""Capitals named by a phrase: «в столице Бурятии», «столицу провинции Хэйлунцзян»,
«белорусская столица» stand for the capital city of the place named.

The phrase is no name, so it adds no mention to the card's entities (the NER output
stays as it is): it is an alias mention that only the fact stages' lookups see
(`Document.entity_mentions`). A capital the text does not name otherwise still gets
its GEO entity, with no mentions, so that a fact can point at it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coopwatch.extract.entities.lexicon import capitals, place_kinds
from coopwatch.extract.entities.places import place_entity
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

CAPITAL = re.compile(r"(?<![\w-])[Сс]толиц(?:а|е|у|ы|и|ей|ею|ам|ами|ах)?(?![\w-])")
# an optional lower-case kind of place between «столица» and the name («провинции»)
KIND_BETWEEN = re.compile(r"[ \t]+(?:([а-яё]+)[ \t]+)?")
WORD_BEFORE = re.compile(r"([А-ЯЁа-яё][а-яё]+(?:-[а-яё]+)?)[ \t]+$")
# an adjective before «столица» that is no place's makes a name or a by-name of another
# city: «Северная столица», «нефтяная столица Татарстана», «третья столица России»
ADJECTIVE_TAGS = frozenset({"ADJF", "PRTF"})


@dataclass(frozen=True)
class CapitalAlias:
    """A «столица» phrase and the key of the capital city it stands for."""

    key: str
    mention: Mention


def capital_aliases(text: str, morph: Morph, gazetteer: Gazetteer,
                    entities: list[Entity]) -> list[CapitalAlias]:
    """Each «столица» of `text` that names the capital of a region or country: the one
    place mentioned right after it (a kind word may stand between) or the one place
    whose adjective stands right before it."""
    starts = {m.start: e.key for e in entities if e.type == "GEO" for m in e.mentions}
    found = []
    for match in CAPITAL.finditer(text):
        place = _capital_of(text, morph, gazetteer, starts, match)
        city = capitals().get(place) if place else None
        if city is None or gazetteer.get(city) is None:
            continue
        found.append(alias_of(city, match))
    return found


def alias_of(key: str, match: re.Match[str]) -> CapitalAlias:
    """The alias mention of `key` that a phrase matched in the text stands for."""
    start, stop = match.span()
    return CapitalAlias(key, Mention(start=start, stop=stop, text=match.group(), type="GEO"))


def _capital_of(text: str, morph: Morph, gazetteer: Gazetteer, starts: dict[int, str],
                match: re.Match[str]) -> str | None:
    """The key of the place whose capital the «столица» of `match` is, if any; none in a
    name («Северная столица России», «Новогодняя столица») or a by-name of another
    city («нефтяная столица Татарстана»)."""
    before = WORD_BEFORE.search(text[max(0, match.start() - 40):match.start()])
    word = before.group(1) if before is not None else ""
    places = gazetteer.adjective(word) if word else ()
    if not places and _adjective(morph, word):
        return None
    after = KIND_BETWEEN.match(text, match.end())
    if (after is not None and after.end() in starts
            and (after.group(1) is None or _place_kind(after.group(1)))):
        return starts[after.end()]
    return places[0].key if len(places) == 1 else None


def _adjective(morph: Morph, word: str) -> bool:
    """A full adjective or participle by its best reading: «нефтяной», «Северную»."""
    parses = morph.parse(word) if word else []
    return bool(parses) and parses[0].tag.POS in ADJECTIVE_TAGS


def _place_kind(word: str) -> bool:
    """A lower-case kind of place in any case: «провинции», «области», «края»."""
    folded = fold(word)
    return any(folded.startswith(kind[:-1]) for kind in place_kinds())


def with_capital_entities(gazetteer: Gazetteer, entities: list[Entity],
                          aliases: list[CapitalAlias]) -> list[Entity]:
    """`entities` and, with no mentions, the capitals of `aliases` they lack."""
    have = {e.key for e in entities}
    for alias in aliases:
        place = gazetteer.get(alias.key)
        if alias.key not in have and place is not None:
            entities = [*entities, place_entity(place)]
            have.add(alias.key)
    return entities
