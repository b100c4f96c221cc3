"""People's names the first pass gets wrong on real pages, fixed on the finished entities.

- A name ending in «-й» seen only in an oblique case loses the «й» with the ending
  («Сунь Вэем» -> «Сунь Вэ»): a name word that ends in a vowel and is the written word
  less «ем», «ём», «ю», «я» or «е» gets it back («Сунь Вэй»).
- A woman's surname in «-ова», «-ева», «-ина» next to a first name that stays as it is
  written is in the nominative («Назгуль Батаева»): a man's first name ending in a
  consonant would take a case ending too («Азамата Кабаева»), so the surname keeps its «а».
- A word in Kazakh letters that spells a place («Ақтөбе») is a place of the page's
  furniture, not a person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.records import Entity

OBLIQUE_AFTER_VOWEL = ("ем", "ём", "ю", "я", "е")
VOWELS = "аеёиоуыэюя"
FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ына")
KAZAKH_LETTERS = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")


def fixed_people(gazetteer: Gazetteer, entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied to people."""
    found = []
    for entity in entities:
        if entity.type != "PER":
            found.append(entity)
            continue
        if _kazakh_place(gazetteer, entity.name):
            continue
        found.append(_renamed(entity, _female_surname(entity, _final_short_i(entity))))
    return found


def _renamed(entity: Entity, words: list[str]) -> Entity:
    name = " ".join(words)
    if name == entity.name:
        return entity
    aliases = tuple(a for a in entity.aliases if a != name)
    return replace(entity, key="per:" + name, name=name, aliases=aliases)


def _written(entity: Entity, size: int) -> list[list[str]]:
    """The mentions' words, for the mentions of `size` words."""
    return [words for m in entity.mentions if len(words := m.text.split()) == size]


def _final_short_i(entity: Entity) -> list[str]:
    words = entity.name.split()
    seen = _written(entity, len(words))
    if not seen:
        return words
    fixed = list(words)
    for i, word in enumerate(words):
        if len(word) < 2 or word[-1].lower() not in VOWELS:
            continue
        if all(any(w[i] == word + ending for ending in OBLIQUE_AFTER_VOWEL) for w in seen):
            fixed[i] = word + "й"
    return fixed


def _female_surname(entity: Entity, words: list[str]) -> list[str]:
    if len(words) != 2:
        return words
    first, surname = words
    seen = _written(entity, 2)
    if not first[-1:].isalpha() or first[-1].lower() in VOWELS + "й":
        return words
    female = [w for w in seen if w[0] == first and w[1] == surname + w[1][-1:]
              and w[1].lower().endswith(FEMALE_SURNAME)]
    if female and not any(w[1] == surname for w in seen):
        return [first, female[0][1]]
    return words


def _kazakh_place(gazetteer: Gazetteer, name: str) -> bool:
    plain = name.translate(KAZAKH_LETTERS)
    return plain != name and gazetteer.resolve(plain) is not None
