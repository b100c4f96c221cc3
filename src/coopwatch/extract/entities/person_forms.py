"""People's names the first pass gets wrong on real pages, fixed on the finished entities.

- A name ending in «-й» seen only in an oblique case loses the «й» with the ending
  («Сунь Вэем» -> «Сунь Вэ»): a name word that ends in a vowel and is the written word
  less «ем», «ём», «ю», «я» or «е» gets it back («Сунь Вэй»).
- A woman's surname in «-ова», «-ева», «-ина» next to a first name that stays as it is
  written is in the nominative («Назгуль Батаева»): a man's first name ending in a
  consonant would take a case ending too («Азамата Кабаева»), so the surname keeps its «а».
- A word in Kazakh letters that spells a place («Ақтөбе») is a place of the page's
  furniture, not a person.
- A name that ends in a legal form («Чжецзян Co») is a company's, not a person's.
- A name between quotes is a title («Жить хорошо»); a title with its adjectives
  («Генерального Консула») names no one; a name only ever after «имени» or «им.»
  («театр имени Галиасгара Камала») is the namesake of a place, not a person of the
  news.
- A one-word «person» that the gazetteer knows as a town or region and the dictionary
  does not know as a name is the place («Ростову»). So is one that the dictionary reads
  first as a place name, or whose lemma ends like a town's name («Автограда»,
  «Перопавловск»): it is no person, and the place if the gazetteer knows it.
- A town or region before a name of three words («Чанчуня Ван Цзюньчжэном») is not
  part of it.
- A first name alone that begins exactly one full name of the page is that person.
- Protocol pages write surnames in capitals («Хамфрей ГЕЙСЕБ», «Анже Эдуард
  МЕНГОВАКО»): given names and a word in capitals that is no abbreviation are a person,
  whatever the NER model made of the words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import QUOTES
from coopwatch.extract.entities.lexicon import (
    EAST_ASIAN_COUNTRIES,
    east_asian_family_names,
    legal_forms,
    name_particles,
    person_titles,
    stop_acronyms,
)
from coopwatch.extract.entities.persons import is_name_word, nominative_surname
from coopwatch.extract.entities.places import place_entity
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.geo.places import Place
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import VOWELS, fold
from coopwatch.nlp.morph import UD_FEATS, Morph, reading
from coopwatch.records import Entity, Mention

OBLIQUE_AFTER_VOWEL = ("ем", "ём", "ю", "я", "е")
FEMALE_SURNAME = ("ова", "ева", "ёва", "ина", "ына")
KAZAKH_LETTERS = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")


def fixed_people(text: str, morph: Morph, gazetteer: Gazetteer,
                 entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied to people."""
    found: list[Entity] = []
    places: list[tuple[Place, Mention]] = []  # place names cut from the front of names
    entities = [_with_surname_after(text, morph, gazetteer, e) for e in entities]
    for entity in with_capital_surnames(text, morph, gazetteer, entities):
        if entity.type != "PER":
            found.append(entity)
            continue
        if _kazakh_place(gazetteer, entity.name) or all(
                _quoted(text, m) for m in entity.mentions) or _titles_only(morph, entity.name):
            continue
        if _legal_form_after(entity.name):
            continue
        if all(NAMESAKE.search(text, max(0, m.start - 12), m.start) for m in entity.mentions):
            continue
        place = _place_not_person(morph, gazetteer, entity)
        if place is None and _place_like(morph, entity):
            place = _known_place(gazetteer, entity)
            if place is None:
                continue
        if place is not None:
            found.append(place)
            continue
        freed = _without_place_before(morph, gazetteer, _initials_after_place(gazetteer, entity))
        places += _places_freed(gazetteer, entity, freed)
        entity = _with_family_name_before(text, freed)
        words = _soft_given_name(entity, _east_asian(
            entity, _female_surname(morph, entity, _final_short_i(entity))))
        found.append(_renamed(entity, words))
    return _with_places(_short_forms_joined(_first_names_joined(found)), places)


INITIAL = re.compile(r"[А-ЯЁ]\.")


NEXT_WORD = re.compile(r"[ \t]+([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


def _with_surname_after(text: str, morph: Morph, gazetteer: Gazetteer, entity: Entity) -> Entity:
    """A person the NER model named by a first name alone, with a capitalized word after
    it that the dictionary reads as a common noun («Даниель Рост», «Томас Бергер»): the
    word is the surname (mid-sentence, no place's name)."""
    if entity.type != "PER" or " " in entity.name or not any(
            "Name" in p.tag for p in morph.parse(entity.name)):
        return entity
    mentions, surnames = [], set()
    for mention in entity.mentions:
        match = NEXT_WORD.match(text, mention.stop)
        if match is None or gazetteer.resolve(match.group(1)) is not None or any(
                "Name" in p.tag or "Surn" in p.tag for p in morph.parse(match.group(1))[:1]):
            return entity  # none, a place, or a name the NER model would have taken
        surnames.add(match.group(1))
        mentions.append(replace(mention, stop=match.end(1), text=text[mention.start:match.end(1)],
                                normal=f"{mention.normal or mention.text} {match.group(1)}"))
    if len(surnames) != 1:
        return entity
    name = f"{entity.name} {surnames.pop()}"
    return replace(entity, key="per:" + name, name=name, mentions=tuple(mentions))


def _initials_after_place(gazetteer: Gazetteer, entity: Entity) -> Entity:
    """«аймака Хувсгел П. Лхагважав»: the NER span took the place before the initials in;
    each mention starts at the initials when the words before them name a known place."""
    mentions = []
    for mention in entity.mentions:
        initial = INITIAL.search(mention.text)
        head = mention.text[:initial.start()].strip() if initial else ""
        if initial is None or not head or gazetteer.resolve(head) is None:
            return entity
        mentions.append(replace(mention, start=mention.start + initial.start(),
                                text=mention.text[initial.start():], normal=None))
    return replace(entity, mentions=tuple(mentions))


def _places_freed(gazetteer: Gazetteer, entity: Entity,
                  freed: Entity) -> list[tuple[Place, Mention]]:
    """The known place a name lost at its front («аймака Хувсгел П. Лхагважав»): a
    mention of that place for each mention the name was cut at."""
    if freed is entity:
        return []
    found = []
    for whole, person in zip(entity.mentions, freed.mentions, strict=False):
        head = whole.text[:person.start - whole.start].strip()
        place = gazetteer.resolve(head) if head else None
        if place is not None:
            found.append((place, Mention(start=whole.start, stop=whole.start + len(head),
                                         text=head, type="GEO")))
    return found


def _with_places(entities: list[Entity], places: list[tuple[Place, Mention]]) -> list[Entity]:
    """The entities with the freed place mentions added to their places' entities."""
    for place, mention in places:
        at = next((i for i, e in enumerate(entities) if e.key == place.key), None)
        if at is None:
            entities.append(replace(place_entity(place), mentions=(mention,)))
        elif mention not in entities[at].mentions:
            entities[at] = replace(entities[at], mentions=tuple(sorted(
                (*entities[at].mentions, mention), key=lambda m: m.start)))
    return entities


NAMESAKE = re.compile(r"(?<![\w-])(?:имени|им\.)\s*$", re.IGNORECASE)


def _quoted(text: str, mention: Mention) -> bool:
    """A name between quotes is the title of something («Жить хорошо»), not a person."""
    before = text[mention.start - 1] if mention.start > 0 else ""
    after = text[mention.stop] if mention.stop < len(text) else ""
    return before in QUOTES and after in QUOTES and bool(before) and bool(after)


def _legal_form_after(name: str) -> bool:
    """A name that ends in a legal form («Чжецзян Co», «Ланьтянь Ltd») is a company's."""
    words = name.split()
    return len(words) >= 2 and words[-1].rstrip(",") in legal_forms()


def _titles_only(morph: Morph, name: str) -> bool:
    """A name made of a title and its adjectives: «Генерального Консула»."""
    words = name.split()
    readings = [reading(morph, word) for word in words]
    return bool(words) and fold(readings[-1].lemma) in person_titles() and all(
        r.pos == "ADJ" for r in readings[:-1])


def _place_not_person(morph: Morph, gazetteer: Gazetteer, entity: Entity) -> Entity | None:
    """A one-word «person» the gazetteer knows as a town or region and the dictionary does
    not know as a name («Ростову»): the place."""
    words = {m.text for m in entity.mentions}
    if any(" " in word for word in words) or " " in entity.name:
        return None
    if any(is_name_word(morph, word) for word in words):
        return None
    places = {gazetteer.resolve(word) for word in words}
    place = places.pop() if len(places) == 1 else None
    if place is None or place.geo_kind not in ("city", "region"):
        return None
    return place_entity(place, tuple(replace(m, type="GEO") for m in entity.mentions))


@lru_cache(maxsize=1)
def place_name_endings() -> frozenset[str]:
    """Endings of town names no personal name has: «ск», «град»."""
    return frozenset(row[0] for row in data_rows("entities/place_name_endings.txt"))


def _place_like(morph: Morph, entity: Entity) -> bool:
    """A one-word «person» whose every word the dictionary (not its guesser) reads first
    as a place name («Ростову») or whose lemma ends like a town's name («Автограда»)."""
    words = {m.text for m in entity.mentions}
    if " " in entity.name or any(" " in word or "." in word for word in words):
        return False
    return all(_place_word_form(morph, word) for word in words)


def _place_word_form(morph: Morph, word: str) -> bool:
    parses = morph.parse(word)
    if "Geox" in parses[0].tag and parses[0].is_known:
        return True
    return any(parse.normal_form.endswith(ending) for parse in parses
               for ending in place_name_endings())


def _known_place(gazetteer: Gazetteer, entity: Entity) -> Entity | None:
    """The place the gazetteer reads in the entity's name, as a GEO entity."""
    place = gazetteer.resolve(entity.name)
    if place is None:
        return None
    return place_entity(place, tuple(replace(m, type="GEO") for m in entity.mentions))


def _without_place_before(morph: Morph, gazetteer: Gazetteer, entity: Entity) -> Entity:
    """A name of three words or more whose first word is a town or region the
    dictionary does not know as a name («мэром Чанчуня Ван Цзюньчжэном»), or reads
    like one in the genitive before a Chinese name: the place only says whose official
    the person is."""
    words = entity.name.split()
    if len(words) < 3:
        return entity
    if not _genitive_before_family(morph, words) and not _east_asian_place_before(
            gazetteer, words):
        if is_name_word(morph, words[0]):
            return entity
        place = gazetteer.resolve(words[0])
        if place is None or place.geo_kind not in ("city", "region", "country"):
            return entity  # «послом Республики Союз Мьянма Тит Линн Оуном»: a country too
    mentions = []
    for mention in entity.mentions:
        parts = mention.text.split(maxsplit=1)
        if len(parts) < 2:
            return entity
        cut = mention.text.index(parts[1], len(parts[0]))
        mentions.append(replace(mention, start=mention.start + cut, text=parts[1],
                                normal=None))
    name = " ".join(words[1:])
    return replace(entity, key="per:" + name, name=name, mentions=tuple(mentions))


GENITIVE_ENDINGS = ("а", "я")


def _east_asian_place_before(gazetteer: Gazetteer, words: list[str]) -> bool:
    """A place of China or Vietnam before a family name of theirs, whatever the
    dictionary guesses of it («правительства города Хейхе Ху Дуншеном»)."""
    place = gazetteer.resolve(words[0])
    return place is not None and words[1] in east_asian_surnames() and (
        gazetteer.country(place.key) in EAST_ASIAN_COUNTRIES)


def _genitive_before_family(morph: Morph, words: list[str]) -> bool:
    """«мэра Ханьданя У Цзиньлян», «секретарем КПК Фуюаня Чжоу Хуном»: a word in a
    genitive ending, no family name itself, before a Chinese or Vietnamese family name
    and one given name is the town the gazetteer does not know."""
    first = words[0]
    return (len(words) == 3 and words[1] in east_asian_surnames()
            and first not in east_asian_surnames() and len(first) >= 4
            and first.endswith(GENITIVE_ENDINGS) and first[-2].lower() not in VOWELS
            and not any(p.is_known and "Name" in p.tag for p in morph.parse(first)))


def _first_names_joined(entities: list[Entity]) -> list[Entity]:
    """A person named by one word that is the first name of exactly one person named in
    full on the page («сказал Панкадж» after «Панкаджем Сараном») is that person."""
    full = [e for e in entities if e.type == "PER" and len(e.name.split()) >= 2]
    result = list(entities)
    for entity in entities:
        if entity.type != "PER" or " " in entity.name:
            continue
        owners = [e for e in full if e.name.split()[0] == entity.name]
        if len(owners) != 1:
            continue
        owner = owners[0]
        index = next(i for i, e in enumerate(result) if e.key == owner.key and e.type == "PER")
        merged = replace(result[index], mentions=tuple(sorted(
            (*result[index].mentions, *entity.mentions), key=lambda m: m.start)))
        result[index] = merged
        result = [e for e in result if e is not entity]
    return result


def _short_form_of(short: list[str], full: list[str]) -> bool:
    """«Роберто Охеда» of «Роберто Томас Моралес Охеда»: the first and last words, or
    the last words after a given name («Лула да Силва» of «Луис Инасиу Лула да
    Силва»), not after a particle («Салман Аль Сауд» of «Мухаммед бин Салман Аль
    Сауд» is the father)."""
    short, full = [fold(w) for w in short], [fold(w) for w in full]
    if not 2 <= len(short) < len(full):
        return False
    if short[0] == full[0] and short[-1] == full[-1]:
        return True
    cut = len(full) - len(short)
    return full[cut:] == short and full[cut - 1] not in name_particles()


def _short_forms_joined(entities: list[Entity]) -> list[Entity]:
    """A person named by a short form of a longer name of one other person of the page
    is that person, the short form an alias: foreign names of three words or more are
    written in full once and shortened after."""
    full = [e for e in entities if e.type == "PER" and len(e.name.split()) >= 3]
    result = list(entities)
    for entity in entities:
        if entity.type != "PER":
            continue
        owners = [e for e in full if e is not entity
                  and _short_form_of(entity.name.split(), e.name.split())]
        if len(owners) != 1:
            continue
        index = next(i for i, e in enumerate(result) if e.key == owners[0].key
                     and e.type == "PER")
        owner = result[index]
        aliases = tuple(dict.fromkeys((*owner.aliases, entity.name, *entity.aliases)))
        result[index] = replace(owner, aliases=aliases, mentions=tuple(sorted(
            (*owner.mentions, *entity.mentions), key=lambda m: m.start)))
        result = [e for e in result if e is not entity]
    return result


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


def _female_surname(morph: Morph, entity: Entity, words: list[str]) -> list[str]:
    """A woman's surname the normalizer made a man's: the text writes the first name as
    the name has it and the surname with a feminine «-а» («Гульшат Валеева»); a first
    name in a vowel only when the dictionary reads it as a woman's in the nominative
    («Зиля Валеева», not «Нурбека Аманова»)."""
    if len(words) != 2:
        return words
    first, surname = words
    seen = _written(entity, 2)
    if not first[-1:].isalpha() or (first[-1].lower() in VOWELS + "й" and not _womans_name(
            morph, first)):
        return words
    female = [w for w in seen if w[0] == first and w[1] == surname + w[1][-1:]
              and w[1].lower().endswith(FEMALE_SURNAME)]
    if female and not any(w[1] == surname for w in seen):
        return [first, female[0][1]]
    return words


def _womans_name(morph: Morph, word: str) -> bool:
    """A first name in «-я» that the dictionary reads first as a woman's in the nominative
    («Зиля»). Not one in «-а»: a man's genitive the dictionary also lists as a woman's
    name looks the same («Рустэма Марданова»)."""
    lower = word.lower()
    parses = morph.parse(lower)
    return lower.endswith("я") and bool(parses) and {"Name", "femn", "nomn"} <= set(
        parses[0].tag.grammemes)


FAMILY_ENDINGS = ("ом", "ем", "ым", "у", "а")
GIVEN_ENDINGS = ("ом", "у", "а", "е")


def east_asian_surnames() -> frozenset[str]:
    return east_asian_family_names()


def _east_asian(entity: Entity, words: list[str]) -> list[str]:
    """A Chinese or Vietnamese name with one Russian case ending left on it: the family
    name in front («Нгуеном Ван Тхо» -> «Нгуен Ван Тхо»: the short words after it stay as
    written), or a given name in «-н» after an undeclined family name («Люй Хайцяна» ->
    «Люй Хайцян»)."""
    surnames = east_asian_surnames()
    if len(words) < 2 or (words[0] in surnames and len(words) > 3):
        return words
    first = words[0]
    if first not in surnames:
        stem = next((first[:-len(e)] for e in FAMILY_ENDINGS
                     if first.endswith(e) and first[:-len(e)] in surnames), None)
        if stem is not None and len(stem) >= 3 and len(words) >= 3 and all(
                len(word) <= 5 for word in words[1:]):
            return [stem, *words[1:]]
        return words
    last = words[-1]
    stem = next((last[:-len(e)] for e in GIVEN_ENDINGS if last.endswith(e)), None)
    # a given name ends in «-н», or in «-нг» where a page spells it after English
    # («Вей Хонгом (Wei Hong)»)
    if stem is not None and stem.endswith(("н", "нг")) and len(stem) >= 6 - len(words):
        return [*words[:-1], stem]
    return words


FAMILY_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{0,3}) $")
SENTENCE_END = ".!?\n"


def _with_family_name_before(text: str, entity: Entity) -> Entity:
    """A Chinese or Vietnamese family name of one syllable the NER model left out
    before the rest of the name at every mention («мастеру У Биню», «президентом Во Ван
    Тхыонгом»): it is taken in. A capitalized word at a sentence start is left alone
    («У нас», «Во время»)."""
    words = entity.name.split()
    if not 1 <= len(words) <= 2 or not entity.mentions:
        return entity
    family = None
    mentions = []
    for mention in entity.mentions:
        match = FAMILY_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        if match is None or match.group(1) not in east_asian_surnames() or (
                family is not None and match.group(1) != family):
            return entity
        before = text[:match.start()].rstrip(" \t")
        if not before or before[-1] in SENTENCE_END:
            return entity
        family = match.group(1)
        mentions.append(replace(mention, start=match.start(), normal=None,
                                text=text[match.start():mention.stop]))
    name = f"{family} {entity.name}"
    return replace(entity, key="per:" + name, name=name, mentions=tuple(mentions))


SOFT_ENDINGS = ("ю", "я", "ем", "ём")
HARD_CONSONANTS = "жшчщцй"


def _soft_given_name(entity: Entity, words: list[str]) -> list[str]:
    """A Chinese or Vietnamese given name in a soft consonant seen only with a case
    ending («У Биню», «Нгуен Ван Тханем»), or beside that form in the nominative (the
    merged forms «Фам Минь Тьиня», «Фам Минь Тьинь»): the ending gives way to «ь»
    («Бинь», «Тхань», «Тьинь»)."""
    if not 2 <= len(words) <= 3 or words[0] not in east_asian_surnames():
        return words
    seen = [w[-1] for w in _written(entity, len(words))]
    last = words[-1]
    for ending in SOFT_ENDINGS:
        stem = last[:-len(ending)]
        if not last.endswith(ending) or len(stem) < 3 or stem[-1].lower() in (
                VOWELS + HARD_CONSONANTS + "ь"):
            continue
        if seen and (all(w == last for w in seen) or stem + "ь" in seen):
            return [*words[:-1], stem + "ь"]
    return words


def _kazakh_place(gazetteer: Gazetteer, name: str) -> bool:
    plain = name.translate(KAZAKH_LETTERS)
    return plain != name and gazetteer.resolve(plain) is not None


CAPITAL_SURNAME = re.compile(
    r"(?<![\w-])((?:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s){1,3})([А-ЯЁ]{3,}(?:-[А-ЯЁ]{2,})?)"
    r"(?![\w-])")
VOWEL_LETTERS = set("АЕЁИОУЫЭЮЯ")


def with_capital_surnames(text: str, morph: Morph, gazetteer: Gazetteer,
                          entities: Sequence[Entity]) -> list[Entity]:
    """People written «Имя ФАМИЛИЯ»: given names, then a surname in capitals with two
    vowels or more that is no abbreviation or place; a given name must be a known first
    name or a span the NER model tagged by itself."""
    tagged = {(m.start, m.stop) for e in entities for m in e.mentions}
    found: list[Entity] = list(entities)
    for match in CAPITAL_SURNAME.finditer(text):
        given, surname = match.group(1).split(), match.group(2)
        if sum(char in VOWEL_LETTERS for char in surname) < 2 or surname in stop_acronyms():
            continue
        if gazetteer.resolve(surname) is not None or any(
                "Abbr" in parse.tag for parse in morph.parse(surname)):
            continue
        words = list(re.finditer(r"\S+", match.group(1)))
        chosen = None
        for k in range(len(words)):
            part = words[k:]
            given = [w.group(0) for w in part]
            span = (match.start(1) + part[0].start(), match.start(1) + part[-1].end())
            if any(_place_word(gazetteer, word) for word in given) and not (
                    len(given) == 1 and RUSSIAN_SURNAME.search(surname)):
                # «акима ЗКО Алтая КУЛЬГИНОВА»: a place's name as a first name, before a
                # surname of a Russian form in capitals
                continue
            named = any("Name" in parse.tag for word in given
                        for parse in morph.parse(word)[:2])
            if named or span in tagged:
                chosen = (span[0], given)
                break
        if chosen is None:
            continue
        start, given = chosen
        stop = match.end(2)
        name = " ".join(_nominative_name(morph, given, surname.capitalize()))
        mention = Mention(start=start, stop=stop, text=text[start:stop], type="PER",
                          normal=name)
        kept = []
        for entity in found:
            mentions = tuple(m for m in entity.mentions if m.stop <= start or m.start >= stop)
            if mentions:
                kept.append(entity if len(mentions) == len(entity.mentions)
                            else replace(entity, mentions=mentions))
        found = [*kept, Entity(key="per:" + name, type="PER", name=name, mentions=(mention,))]
    return found


RUSSIAN_SURNAME = re.compile(r"(?:ОВ|ЕВ|ЁВ|ИН|ЫН)(?:А|У|ЫМ|ОЙ|ЫХ|Ы)?$")


def _nominative_name(morph: Morph, given: list[str], surname: str) -> list[str]:
    """«Бахыта КУЛЬГИНОВА» -> «Бахыт Кульгинов»: a first name the dictionary knows in an
    oblique case puts the name in the nominative, the surname by its ending."""
    parses = morph.parse(given[0])
    # a place's name used as a first name («Алтая») is read by its place reading
    parse = next((p for p in parses if "Name" in p.tag), None) or next(
        (p for p in parses if "Geox" in p.tag and p.tag.case != "nomn"), None)
    case = UD_FEATS["Case"].get(parse.tag.case or "") if parse is not None else None
    if parse is None or case in (None, "Nom"):
        return [*given, surname]
    first = parse.normal_form.capitalize()
    return [first, *given[1:], nominative_surname(surname, case, UD_FEATS["Gender"].get(
        parse.tag.gender or ""))]


def _place_word(gazetteer: Gazetteer, word: str) -> bool:
    return gazetteer.resolve(word) is not None
