"""More of the people's names real pages leave in an oblique case, fixed on the finished
entities (after `person_forms`).

- A weekday or month abbreviation of a calendar widget («Птн», «Сбт») is no person.
- A region named by its kind word and a bare name before a person («акима области Абай
  Берика Уали») is the region, and the person's name starts after it.
- The words of one name share a case: when the normalizer took a masculine case
  ending off one word («Бердыбека Сапарбаева» -> «… Сапарбаев»), another word that
  still ends in it after a consonant loses it too («Бердыбек»).
- A first name the dictionary knows as a name only in an oblique case («Иреной»,
  «Вадимом», «Берика») is put in the nominative.
- A man's surname of the «-ов» / «-ин» kind seen in the instrumental («Шумковым») is
  «Шумков», not the adjectival «Шумковой».
- A surname beside initials, in the instrumental («М.Ф. Мирхайдаровым», «Григорьевым
  Е.Д.»), is put in the nominative; a stray dot after the initials is dropped, and the
  forms pages write the initials in («М.Ф. Мирхайдаров», «Мирхайдаров М.Ф.»,
  «С.Цэрэнчимэд») are kept as aliases.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.persons import nominative_surname
from coopwatch.extract.entities.places import place_entity
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

VOWELS = "аеёиоуыэюяй"
# masculine case endings of a name that ends in a consonant: Gen/Acc, Dat, Ins, Loc
MASCULINE_ENDINGS = ("ом", "ем", "а", "я", "у", "ю", "е")
POSSESSIVE_INSTRUMENTAL = re.compile(r"(?:ов|ев|ёв|ин|ын)ым$")
KIND_BEFORE = re.compile(
    r"(?:област[иьяею]|провинци[июя]|кра[яюе]|штат[аеу]|район[аеу]?|округ[аеу]?)[ \t]+$",
    re.IGNORECASE)
INITIALS = re.compile(r"^((?:[А-ЯЁA-Z]\.\s?){1,3})\s*([А-ЯЁ][а-яё-]+)$|"
                      r"^([А-ЯЁ][а-яё-]+)\s+((?:[А-ЯЁA-Z]\.\s?){1,3})$")


@lru_cache(maxsize=1)
def calendar_abbreviations() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/calendar_words_ru.txt"))


def fixed_person_cases(text: str, morph: Morph, gazetteer: Gazetteer,
                       entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied to people."""
    found: list[Entity] = []
    for entity in entities:
        if entity.type != "PER":
            found.append(entity)
            continue
        if fold(entity.name) in calendar_abbreviations():
            continue
        entity, place = _region_before(text, gazetteer, entity)
        if place is not None:
            found.append(place)
        name = _with_initials_nominative(entity.name)
        if name is None:
            words = _shared_ending(entity, entity.name.split())
            words = _known_first_name(morph, words)
            words = _possessive_surname(morph, entity, words)
            name = " ".join(words)
        found.append(_renamed(entity, name))
    return _merged(found)


def _region_before(text: str, gazetteer: Gazetteer,
                   entity: Entity) -> tuple[Entity, Entity | None]:
    """«области Абай Берика Уали»: the first word with the kind word before it names a
    region; it leaves the person for a place mention of that region."""
    words = entity.name.split()
    if len(words) < 3 or not entity.mentions:
        return entity, None
    place = None
    for mention in entity.mentions:
        kind = KIND_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        first = mention.text.split(maxsplit=1)[0]
        if kind is None or first != words[0]:
            return entity, None
        resolved = gazetteer.resolve(f"{kind.group(0).strip()} {first}")
        if resolved is None or (place is not None and resolved.key != place.key):
            return entity, None
        place = resolved
    if place is None or place.geo_kind not in ("region", "city", "district"):
        return entity, None
    people, places = [], []
    for mention in entity.mentions:
        first, rest = mention.text.split(maxsplit=1)
        cut = mention.text.index(rest, len(first))
        people.append(replace(mention, start=mention.start + cut, text=rest, normal=None))
        places.append(Mention(start=mention.start, stop=mention.start + len(first),
                              text=first, type="GEO"))
    name = " ".join(words[1:])
    person = replace(entity, key="per:" + name, name=name, mentions=tuple(people),
                     aliases=())
    return person, place_entity(place, tuple(places))


def _written(entity: Entity, size: int) -> list[list[str]]:
    return [words for m in entity.mentions if len(words := m.text.split()) == size]


def _shared_ending(entity: Entity, words: list[str]) -> list[str]:
    """A masculine case ending the normalizer took off one word of the name comes off
    another word that still carries it after a consonant."""
    seen = _written(entity, len(words))
    if len(words) < 2 or not seen:
        return words
    fixed = list(words)
    for ending in MASCULINE_ENDINGS:
        lost = [i for i, word in enumerate(words)
                if all(w[i] == word + ending for w in seen)]
        if not lost:
            continue
        for i, word in enumerate(words):
            stem = word[:-len(ending)]
            if i in lost or not word.endswith(ending) or len(stem) < 3:
                continue
            if stem[-1].lower() in VOWELS or not all(w[i] == word for w in seen):
                continue
            fixed[i] = stem
        break
    return fixed


def _known_first_name(morph: Morph, words: list[str]) -> list[str]:
    """A first name the dictionary reads as a name in an oblique case only."""
    if not 2 <= len(words) <= 3:
        return words
    first = words[0]
    names = [p for p in morph.parse(first) if "Name" in p.tag and p.is_known]
    if not names or any("nomn" in p.tag for p in names):
        return words
    normal = names[0].normal_form
    if normal == first.lower() or len(normal) < 3:
        return words
    return [normal[:1].upper() + normal[1:], *words[1:]]


def _possessive_surname(morph: Morph, entity: Entity, words: list[str]) -> list[str]:
    """«Вадимом Шумковым» normalized «Вадим Шумковой»: a man's «-ов» surname."""
    if len(words) != 2 or not words[1].endswith("ой"):
        return words
    seen = _written(entity, 2)
    male = any("Name" in p.tag and p.tag.gender == "masc" and p.is_known
               for p in morph.parse(words[0]))
    if not male or not seen or not all(POSSESSIVE_INSTRUMENTAL.search(w[1])
                                       and w[1][:-2] == words[1][:-2] for w in seen):
        return words
    return [words[0], words[1][:-2]]


def _with_initials_nominative(name: str) -> str | None:
    """«М. Ф. Мирхайдаровым» -> «М. Ф. Мирхайдаров»; None for a name without initials."""
    match = INITIALS.match(name.replace("..", "."))
    if match is None:
        return None
    initials = match.group(1) or match.group(4)
    surname = match.group(2) or match.group(3)
    surname = nominative_surname(surname, "Ins", "Masc") if surname.endswith(
        ("ым", "им")) else surname
    letters = [part for part in re.split(r"[.\s]+", initials) if part]
    return " ".join(letter + "." for letter in letters) + " " + surname


def _initial_aliases(name: str) -> tuple[str, ...]:
    """The ways pages write initials: «М.Ф. Мирхайдаров», «Мирхайдаров М.Ф.»,
    «М.Ф.Мирхайдаров»."""
    match = INITIALS.match(name)
    if match is None or match.group(1) is None:
        return ()
    compact = re.sub(r"\s+", "", match.group(1))
    surname = match.group(2)
    return (f"{compact} {surname}", f"{surname} {compact}", f"{compact}{surname}")


def _renamed(entity: Entity, name: str) -> Entity:
    aliases = tuple(dict.fromkeys(
        a for a in (*(a for a in entity.aliases if ".." not in a), *_initial_aliases(name))
        if a != name))
    if name == entity.name and aliases == entity.aliases:
        return entity
    return replace(entity, key="per:" + name, name=name, aliases=aliases)


def _merged(entities: list[Entity]) -> list[Entity]:
    """Entities that came to share a key are one, mentions and aliases joined."""
    result: list[Entity] = []
    at: dict[tuple[str, str], int] = {}
    for entity in entities:
        slot = at.get((entity.type, entity.key))
        if slot is None:
            at[(entity.type, entity.key)] = len(result)
            result.append(entity)
            continue
        kept = result[slot]
        aliases = tuple(dict.fromkeys(a for a in (*kept.aliases, *entity.aliases)
                                      if a != kept.name))
        result[slot] = replace(kept, aliases=aliases, mentions=tuple(sorted(
            (*kept.mentions, *entity.mentions), key=lambda m: m.start)))
    return result
