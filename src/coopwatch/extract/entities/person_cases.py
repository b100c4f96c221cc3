"""More of the people's names real pages leave in an oblique case, fixed on the finished
entities (after `person_forms`).

- A weekday abbreviation of a calendar widget («Птн», «Сбт») is no person, nor a
  name written only in Latin letters («John Deere»): Russian news write people in
  Cyrillic.
- One word taken for a person that a place of the page is also written as, and that
  the dictionary knows as no name («Ульсан», «Чханвон»), is that place.
- One unquoted word taken for an organization that is a case form of the surname of
  one person of the page («Telegram-канал Шапши» beside «Владислав Шапша») is that
  person.
- One capitalized word taken for an organization, with an initial glued
  before it at every mention («Б.Хулан»), is a person.
- A region or city named by its kind word and a bare name before a person («акима области Абай
  Берика Уали») is the region, and the person's name starts after it.
- The words of one name share a case: when the normalizer took a masculine case
  ending off one word («Бердыбека Сапарбаева» -> «… Сапарбаев»), another word that
  still ends in it after a consonant loses it too («Бердыбек»).
- A first name the dictionary knows as a name only in an oblique case («Иреной»,
  «Вадимом», «Берика») is put in the nominative; a Chinese or Vietnamese family name
  in front («Лян Хуэйлин») is not.
- A Chinese given name in «-й» left in the instrumental after a family name («Юэ
  Юем») is put back in the nominative («Юэ Юй»).
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

from coopwatch.extract.entities.person_forms import east_asian_surnames
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
    r"(?<![\w-])(?:област[ьи]|областью|провинци[июя]|провинцией|кра[йяюе]|краем"
    r"|штат(?:а|у|е|ом)?|район(?:а|у|е|ом)?|округ(?:а|у|е|ом)?|город(?:а|у|е|ом)?)[ \t]+$",
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
    for entity in (_initialled(text, morph, gazetteer, e) for e in entities):
        if entity.type != "PER":
            found.append(entity)
            continue
        if fold(entity.name) in calendar_abbreviations() or _latin_only(entity):
            continue
        entity, place = _region_before(text, gazetteer, entity)
        if place is not None:
            found.append(place)
        name = _with_initials_nominative(entity.name)
        if name is None:
            words = _shared_ending(morph, entity, entity.name.split())
            words = _known_first_name(morph, words)
            words = _possessive_surname(morph, entity, words)
            words = _east_asian_short_i(entity, words)
            words = _instrumental_first_name(morph, entity, words)
            words = _patronymic_case(entity, words)
            words = _genitive_first_name(morph, words)
            name = " ".join(words)
        found.append(_renamed(entity, name))
    return _merged(_places_taken_for_people(morph, _surnames_taken_for_orgs(text, found)))


def _places_taken_for_people(morph: Morph, entities: list[Entity]) -> list[Entity]:
    """One word taken for a person that a place of the page is written as elsewhere
    («делегация города Ульсан» … «Ульсан славится верфями»), and that the dictionary
    knows as no first name or surname (its guesses at unknown words aside): that place."""
    places: dict[str, int] = {}
    for i, entity in enumerate(entities):
        if entity.type == "GEO":
            for written in (entity.name, *(m.text for m in entity.mentions)):
                places.setdefault(fold(written), i)
    result = list(entities)
    dropped: set[int] = set()
    for j, entity in enumerate(entities):
        if entity.type != "PER" or " " in entity.name or fold(entity.name) not in places:
            continue
        if any(mark in parse.tag and parse.is_known for parse in morph.parse(entity.name)
               for mark in ("Name", "Surn", "Patr")):
            continue
        i = places[fold(entity.name)]
        result[i] = replace(result[i], mentions=tuple(sorted(
            (*result[i].mentions, *(replace(m, type="GEO") for m in entity.mentions)),
            key=lambda m: m.start)))
        dropped.add(j)
    return [e for k, e in enumerate(result) if k not in dropped]


def _surname_form(word: str, surname: str) -> bool:
    """«Шапши» of «Шапша»: the surname less its last letter at most, then an ending of
    two letters at most."""
    stem = 0
    while stem < min(len(word), len(surname)) and word[stem] == surname[stem]:
        stem += 1
    return word != surname and stem >= max(3, len(surname) - 1) and len(word) - stem <= 2


def _surnames_taken_for_orgs(text: str, entities: list[Entity]) -> list[Entity]:
    """One unquoted word taken for an organization that is a case form of the surname
    of one person of the page («Telegram-канал Шапши» beside «Владислав Шапша»): that
    person."""
    people = [e for e in entities if e.type == "PER" and len(e.name.split()) >= 2]
    result = list(entities)
    for entity in entities:
        if entity.type != "ORG" or " " in entity.name or not entity.mentions:
            continue
        if any(QUOTE_AROUND.search(text[max(0, m.start - 1):m.stop + 1])
               for m in entity.mentions):
            continue
        words = {m.text for m in entity.mentions}
        owners = [p for p in people if all(_surname_form(w, p.name.split()[-1]) for w in words)]
        if len(owners) != 1:
            continue
        at = next(i for i, e in enumerate(result) if e is owners[0])
        owner = result[at]
        result[at] = replace(owner, mentions=tuple(sorted(
            (*owner.mentions, *(replace(m, type="PER") for m in entity.mentions)),
            key=lambda m: m.start)))
        result = [e for e in result if e is not entity]
    return result


LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.'\- ]*")


def _latin_only(entity: Entity) -> bool:
    """A «person» written only in Latin letters at every mention («John Deere»): Russian
    news write people's names in Cyrillic; in Latin they are brands and companies."""
    return bool(entity.mentions) and all(LATIN_NAME.fullmatch(m.text) for m in entity.mentions)


QUOTE_AROUND = re.compile(r"[«»\"„“']")
GLUED_INITIAL = re.compile(r"(?<![\w.])[А-ЯЁ]\.$")


def _initialled(text: str, morph: Morph, gazetteer: Gazetteer, entity: Entity) -> Entity:
    """One capitalized word the NER model took for an organization, with an initial
    glued before it at every mention («Б.Хулан»): a person; not a place's name cut
    short («С.Петербург», «Н.Новгород»)."""
    if entity.type != "ORG" or " " in entity.name or not entity.mentions:
        return entity
    if gazetteer.resolve(entity.name) is not None or any(
            "Geox" in p.tag for p in morph.parse(entity.name)):
        return entity
    if not entity.name[:1].isupper() or not entity.name[1:].islower():
        return entity
    mentions = []
    for mention in entity.mentions:
        initial = GLUED_INITIAL.search(text, max(0, mention.start - 3), mention.start)
        if initial is None:
            return entity
        mentions.append(Mention(start=initial.start(), stop=mention.stop,
                                text=text[initial.start():mention.stop], type="PER"))
    written = mentions[0].text
    name = f"{written[:2]} {written[2:]}"
    return Entity(key="per:" + name, type="PER", name=name, mentions=tuple(mentions))


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


def _shared_ending(morph: Morph, entity: Entity, words: list[str]) -> list[str]:
    """A masculine case ending the normalizer took off one word of the name comes off
    another word that still carries it after a consonant, unless the dictionary knows
    that word as a first name in the nominative («Гульнара», «Никита»)."""
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
            if any("Name" in p.tag and "nomn" in p.tag and p.is_known
                   for p in morph.parse(word)):
                continue
            fixed[i] = stem
        break
    return fixed


def _known_first_name(morph: Morph, words: list[str]) -> list[str]:
    """A first name the dictionary reads as a name in an oblique case only; not a
    Chinese or Vietnamese family name in front («Лян Хуэйлин», «Фань Цзитао»: the
    dictionary reads «Лян», «Фань» as genitive plurals of «Ляна», «Фаня»)."""
    if not 2 <= len(words) <= 3 or words[0] in east_asian_surnames():
        return words
    first = words[0]
    # a person's first name is singular: «Ерик» is no genitive plural of «Ерика»
    names = [p for p in morph.parse(first)
             if "Name" in p.tag and p.is_known and "plur" not in p.tag]
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


def _east_asian_short_i(entity: Entity, words: list[str]) -> list[str]:
    """«Юэ Юем», «Ли Хуэем», «Чжан Ханьхуэя»: a Chinese given name in «-й» left in the
    instrumental, genitive or dative after a family name («Юэ Юй», «Чжан Ханьхуэй»)."""
    if not 2 <= len(words) <= 3 or words[0] not in east_asian_surnames():
        return words
    last = words[-1]
    seen = _written(entity, len(words))
    if not seen or not all(w[-1] == last for w in seen):
        return words
    if last.endswith(("ем", "ём")) and len(last) >= 3 and last[-3].lower() in VOWELS:
        return [*words[:-1], last[:-2] + "й"]
    if last.endswith(("я", "ю")) and len(last) >= 4 and last[-2].lower() in VOWELS:
        return [*words[:-1], last[:-1] + "й"]
    return words


INSTRUMENTAL_SURNAME = ("ем", "ом", "ым", "им")
INSTRUMENTAL_FIRST = (("ом", ""), ("ем", ""), ("ей", "а"), ("ой", "а"))


def _instrumental_first_name(morph: Morph, entity: Entity, words: list[str]) -> list[str]:
    """«Александаром Вучичем» normalized «Александара Вучич», «Ивицей Дачичем» as
    «Ивиця Дачич»: where the surname shows the instrumental, a foreign first name the
    dictionary does not know in the nominative takes off its own instrumental ending
    after a consonant («Александар», «Ивица»)."""
    seen = _written(entity, 2)
    if len(words) != 2 or not seen or len({tuple(w) for w in seen}) != 1:
        return words
    first, last = seen[0]
    if not (last.endswith(INSTRUMENTAL_SURNAME) and last[:-2] == words[1]):
        return words
    if any("Name" in p.tag and "nomn" in p.tag and p.is_known for p in morph.parse(words[0])):
        return words
    for ending, nominative in INSTRUMENTAL_FIRST:
        stem = first[:-len(ending)]
        if first.endswith(ending) and len(stem) >= 3 and stem[-1].lower() not in VOWELS:
            return [stem + nominative, words[1]]
    return words


# the case a man's patronymic shows -> (endings a first name loses, and what it takes
# instead), and the endings an «-ов»/«-ин» surname loses in that case
PATRONYMIC_CASES: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "вича": ((("я", "й"), ("а", "")), ("ова", "ева", "ёва", "ина", "ына")),
    "вичу": ((("ю", "й"), ("у", "")), ("ову", "еву", "ёву", "ину", "ыну")),
    "вичем": ((("ем", "й"), ("ом", "")), ("овым", "евым", "ёвым", "иным", "ыным")),
    "виче": ((("е", ""),), ("ове", "еве", "ёве", "ине", "ыне")),
}


def _patronymic_case(entity: Entity, words: list[str]) -> list[str]:
    """«Асаина Куандыковича Байханова»: a man's patronymic in an oblique case gives the
    case of the whole name, so a first name and an «-ов»/«-ин» surname the dictionary
    does not know, left in that case, lose its ending («Асаин Байханов»)."""
    if len(words) != 2:
        return words
    for mention in entity.mentions:
        written = mention.text.split()
        # the first name left as written (the surname may be normalized already)
        if len(written) != 3 or written[0] != words[0] or not written[2].startswith(
                words[1][:-1]):
            continue
        for patronymic_ending, (first_endings, surname_endings) in PATRONYMIC_CASES.items():
            if not written[1].endswith(patronymic_ending):
                continue
            first, last = written[0], written[2]
            ending = next((e for e in surname_endings if last.endswith(e)), None)
            if ending is None:
                return words
            last = last[:-len(ending)] + ending[:2]  # «Байханова» -> «Байханов»
            for cut, put in first_endings:
                stem = first[:-len(cut)]
                if first.endswith(cut) and len(stem) >= 3 and (
                        put or stem[-1].lower() not in VOWELS):
                    return [stem + put, last]
            return words
    return words


INDECLINABLE_ENDINGS = frozenset("иоуэе")  # a foreign surname that does not decline: «Моди»


def _genitive_first_name(morph: Morph, words: list[str]) -> list[str]:
    """«премьер-министра Индии Нарендры Моди»: a foreign first name in «-ы» after a
    hard consonant, before a surname that does not decline, is the genitive of one in
    «-а» (no nominative name ends so); the dictionary's own names are left to it."""
    if len(words) != 2 or words[0] in east_asian_surnames():
        return words
    first = words[0]
    if len(first) < 4 or not first.endswith("ы") or first[-2].lower() in VOWELS + "гкхжшчщ":
        return words
    if words[1][-1:].lower() not in INDECLINABLE_ENDINGS:
        return words  # a surname that declines would show the case itself
    if any("Name" in p.tag and p.is_known for p in morph.parse(first)):
        return words
    return [first[:-1] + "а", words[1]]


# a woman's surname in «-ов», «-ин» in any case but the nominative and the accusative:
# «Фахрутдиновой Ф.Г.», «с Т. А. Ильиной»
FEMININE_OBLIQUE = ("овой", "евой", "ёвой", "иной", "ыной")


def _with_initials_nominative(name: str) -> str | None:
    """«М. Ф. Мирхайдаровым» -> «М. Ф. Мирхайдаров», «Ф. Г. Фахрутдиновой» -> «Ф. Г.
    Фахрутдинова»; None for a name without initials."""
    match = INITIALS.match(name.replace("..", "."))
    if match is None:
        return None
    initials = match.group(1) or match.group(4)
    surname = match.group(2) or match.group(3)
    if surname.endswith(("ым", "им")):
        surname = nominative_surname(surname, "Ins", "Masc")
    elif surname.endswith(FEMININE_OBLIQUE):
        surname = surname[:-2] + "а"
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
