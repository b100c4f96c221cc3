"""Places of one word the first pass makes up on real pages, fixed on the finished
entities (after `place_fixes` and `person_cases`).

- A direction alone («на Западе», «с Северо-Запада») is a side of the world or a
  political bloc, not a place of the gazetteer's kinds.
- An adjective and a common word for a part, a building, a market or a region that
  the gazetteer does not know («Европейской части России», «Губернаторского дома»,
  «Российский регион») is no place.
- A news agency's name with its abbreviation first («НИА-Федерация»), or a medium's
  word joined to a place by a hyphen («АиФ-Черноземье», «Абхазия-Информ»), is no place.
- A one-word place the gazetteer does not know that is the last word of a place named
  in full on the page by adjectives and a noun («с Осетией» beside «Южной Осетией»)
  is that place.
- A one-word place the gazetteer does not know, with a kind word before it that makes
  a known name («области Абай»), is that place.
- A country written only inside the names of organizations that are not its own state
  bodies («Союза армян России», «ГУ МЧС России по …») is no place of the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.furniture import byline_words
from coopwatch.extract.entities.lexicon import government_words, stop_acronyms
from coopwatch.extract.entities.org_cases import case_forms
from coopwatch.extract.entities.org_tails import media_abbreviations
from coopwatch.extract.entities.places import lemma_sets, place_entity
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity

KIND_BEFORE = re.compile(
    r"(?<![\w-])(?:област[ьи]|областью|провинци[июя]|провинцией|кра[йяюе]|краем"
    r"|штат(?:а|у|е|ом)?|район(?:а|у|е|ом)?|округ(?:а|у|е|ом)?)[ \t]+$",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def generic_place_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/generic_place_words.txt"))


@lru_cache(maxsize=1)
def state_body_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/state_body_words.txt"))


@lru_cache(maxsize=1)
def media_name_parts() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/media_name_parts.txt"))


@lru_cache(maxsize=1)
def direction_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/direction_words.txt"))


def fixed_place_forms(text: str, morph: Morph, gazetteer: Gazetteer,
                      entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied to places."""
    found = [e for e in entities if not _direction(morph, e) and not _generic_part(morph, e)
             and not _media_name(e) and not _clipped_byline_word(text, e)
             and not _government_body(e)]
    found = [_named_by_kind(text, gazetteer, e) for e in found]
    found = _without_places_inside_orgs(morph, found)
    return _joined_case_forms(_joined_to_full_names(morph, found))


def _without_places_inside_orgs(morph: Morph, entities: list[Entity]) -> list[Entity]:
    """A country written only inside the names of organizations that are not its own
    state bodies («Союза армян России», «ГУ МЧС России по Кировской области») is part of
    those names, not a place of the page; inside a ministry's or an embassy's name
    («Минпромторга РФ», «Посольства России») it stays."""
    spans = [(m.start, m.stop, _state_body(morph, m.text))
             for e in entities if e.type == "ORG" for m in e.mentions]
    kept = []
    for entity in entities:
        if entity.type == "GEO" and entity.geo_kind == "country" and entity.mentions:
            around = [[body for a, b, body in spans
                       if a <= m.start and m.stop <= b and (a, b) != (m.start, m.stop)]
                      for m in entity.mentions]
            if all(bodies and not any(bodies) for bodies in around):
                continue
        kept.append(entity)
    return kept


def _state_body(morph: Morph, name: str) -> bool:
    """Whether an organization's name starts with a word of a state's own body:
    «Министерства …», «Посольства …», «Минпромторга …»."""
    first = name.split(maxsplit=1)[0].strip("«»\"") if name.split() else ""
    if re.match(r"Мин[а-яё]{3,}", first):
        return True
    return fold(morph.lemma(first)) in state_body_words()


GOVERNMENT_STEM = 5  # letters of a government word a form of it starts with


def _government_body(entity: Entity) -> bool:
    """An unknown place of one word that is a form of a regional government's noun the
    dictionary does not know («Акиматом Западно-Казахстанской области»): a body."""
    if entity.type != "GEO" or not entity.key.startswith("geo:") or " " in entity.name:
        return False
    name = fold(entity.name)
    return any(len(word) >= GOVERNMENT_STEM and name.startswith(word)
               for word in government_words())


def _unknown_word(entity: Entity) -> bool:
    return entity.type == "GEO" and entity.key.startswith("geo:") and " " not in entity.name


def _direction(morph: Morph, entity: Entity) -> bool:
    if not _unknown_word(entity):
        return False
    return bool(lemma_sets(morph, entity.name)[0] & direction_words())


def _clipped_byline_word(text: str, entity: Entity) -> bool:
    """«Гомель /Корр. БЕЛТА/»: a byline word cut short before a dot, not a place."""
    if not _unknown_word(entity) or not entity.mentions:
        return False
    word = fold(entity.name)
    return all(text[m.stop:m.stop + 1] == "." for m in entity.mentions) and any(
        full.startswith(word) and len(full) > len(word) for full in byline_words())


def _media_name(entity: Entity) -> bool:
    """«НИА-Федерация», «ИА-Регион»: a news agency's name, its abbreviation first;
    «АиФ-Черноземье», «Абхазия-Информ»: a medium's word before or after the hyphen."""
    if entity.type != "GEO" or not entity.key.startswith("geo:"):
        return False
    head, dash, _ = entity.name.partition("-")
    if not dash:
        return False
    if head.isupper() and head in (stop_acronyms() | media_abbreviations()):
        return True
    parts = media_name_parts()
    return fold(head) in parts or fold(entity.name.rpartition("-")[2]) in parts


def _generic_part(morph: Morph, entity: Entity) -> bool:
    """«Европейской части России», «Губернаторского дома», «Российский регион»: an
    adjective and a common word for a part, a building or a region; not a compound
    adjective or a phrase with an abbreviation («Азиатско-Тихоокеанский регион», АТР)."""
    if entity.type != "GEO" or not entity.key.startswith("geo:"):
        return False
    words = entity.name.split()
    return len(words) == 2 and "-" not in words[0] and not entity.aliases and _adjective(
        morph, words[0]) and bool(
        lemma_sets(morph, words[1])[0] & generic_place_words())


def _named_by_kind(text: str, gazetteer: Gazetteer, entity: Entity) -> Entity:
    if not _unknown_word(entity) or not entity.mentions:
        return entity
    places = set()
    for mention in entity.mentions:
        kind = KIND_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        place = gazetteer.resolve(f"{kind.group(0).strip()} {mention.text}") if kind else None
        if place is None:
            return entity
        places.add(place)
    if len(places) != 1:
        return entity
    place = places.pop()
    return place_entity(place, tuple(entity.mentions))


def _joined_to_full_names(morph: Morph, entities: list[Entity]) -> list[Entity]:
    result = list(entities)
    for entity in entities:
        if not _unknown_word(entity):
            continue
        # the full name's last word as its nominative: a name left in an oblique case
        # («Новосибирское Академгородка») takes nothing
        owners = [e for e in result if e.type == "GEO" and e is not entity
                  and len(words := e.name.split()) >= 2
                  and fold(words[-1]) == fold(entity.name)
                  and all(_adjective(morph, word) for word in words[:-1])]
        if len({e.key for e in owners}) != 1:
            continue
        owner = owners[0]
        at = next(i for i, e in enumerate(result) if e is owner)
        result[at] = replace(owner, mentions=tuple(sorted(
            (*owner.mentions, *entity.mentions), key=lambda m: m.start)))
        result = [e for e in result if e is not entity]
    return _merged(result)


def _joined_case_forms(entities: list[Entity]) -> list[Entity]:
    """A one-word place the gazetteer does not know, each of whose mentions is a case
    form of another place's one-word name written so on the page, is that place: one
    word read two ways («города Чайджума» read as «Чайджум» beside «Чайджума»), or
    a case form beside the nominative («в Чолпон-Ате» beside «Чолпон-Ата»)."""
    result = list(entities)
    for entity in entities:
        if not _unknown_word(entity) or not entity.mentions:
            continue
        owners = [e for e in result if e.type == "GEO" and e is not entity
                  and " " not in e.name and _written(e) and _forms_of(entity, e)
                  # two names written on the page, each a form of the other: no telling
                  and not (_written(entity) and _forms_of(e, entity))]
        if len({e.key for e in owners}) != 1:
            continue
        at = next(i for i, e in enumerate(result) if e is owners[0])
        result[at] = replace(owners[0], mentions=tuple(sorted(
            (*owners[0].mentions, *entity.mentions), key=lambda m: m.start)))
        result = [e for e in result if e is not entity]
    return result


def _forms_of(entity: Entity, other: Entity) -> bool:
    """Whether every mention of `entity` is a case form of the name of `other`."""
    return {fold(m.text) for m in entity.mentions} <= case_forms(other.name) | {fold(other.name)}


def _written(entity: Entity) -> bool:
    """Whether the entity's name is written as it is in one of its mentions."""
    return any(fold(m.text) == fold(entity.name) for m in entity.mentions)


def _adjective(morph: Morph, word: str) -> bool:
    parses = morph.parse(word)
    return bool(parses) and "ADJF" in parses[0].tag


def _merged(entities: list[Entity]) -> list[Entity]:
    """Places that came to share a key are one."""
    result: list[Entity] = []
    at: dict[tuple[str, str], int] = {}
    for entity in entities:
        slot = at.get((entity.type, entity.key))
        if slot is None:
            at[(entity.type, entity.key)] = len(result)
            result.append(entity)
            continue
        kept = result[slot]
        result[slot] = replace(kept, mentions=tuple(sorted(
            (*kept.mentions, *entity.mentions), key=lambda m: m.start)))
    return result
