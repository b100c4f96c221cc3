"""Places the first pass gets wrong on real pages, fixed on the finished entities.

- A dateline's city in capitals («СУХУМ, 25 апр – Sputnik.») is a city, whatever the
  NER model made of it; the gazetteer names it when it knows it.
- A region's or country's initials («ЧР», «РМ», «РК») stand for the one place of the
  page whose full name they spell («Чеченская Республика», «Республика Мордовия»,
  «Республика Казахстан»); with two such places on the page they stay unresolved.
- A kind phrase is no place: a non-place adjective with «регион» («Западного региона
  Китая»), or a kind phrase right before the name it introduces («Автономного района
  Внутренняя Монголия»).
- «X муниципальный район» is «X район» when the page names both.
- Regions named by adjectives sharing one kind word («губернаторы Минской и Владимирской
  области», «Омской и Павлодарской областей») are each a region; an adjective the NER
  model took alone before its kind word («Согдийской» + «области») is the region.
- A region's adjective in the name of its body («Гродненского облисполкома»,
  «Витебским областным исполнительным комитетом», «Могилевским областным
  исполкомом», «Иссык-Кульской облгосадминистрации») names the region.
- A region's or city's adjective before a noun for the people it sends or is led by
  («Тамбовская делегация», «брянский губернатор») names that place when the page names
  it nowhere else.
- An unknown place in the plural seen in the locative keeps the plural nominative
  («Южных Курилах» -> «Южные Курилы», «Кавминводах» -> «Кавминводы»); a hyphenated
  name of a neuter noun and an adjective keeps the neuter («Усолье-Сибирском» ->
  «Усолье-Сибирское»).
- A known place with a person's name glued after it («Саха (Якутия) Айсен Николаев»,
  «Республики Вьетнам Нго Дык Мань») is the place and the person; an unknown «place» of
  three words that starts with a Vietnamese or Chinese family name («провинции Буй Динь
  Лонг») is a person.
- A body named after a place is an organization: «Гегаркуникская администрация»,
  «Правительством Республики Беларусь» (the NER model tags such spans as places).
- A district or a town the gazetteer does not place, named right before a region
  («из Ивановского района Амурской области»), lies within that region.
- A place with a common word before it («Доля республики Беларусь» at a sentence's
  start) is that place; two known places joined by a hyphen («Китай-Россия»,
  «Ереван-Ставрополь») are both.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TypeVar

from coopwatch.extract.entities.lexicon import (
    east_asian_family_names,
    government_words,
    place_adjective_heads,
    place_kinds,
)
from coopwatch.extract.entities.places import place_entity
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.geo.places import Place
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention
from coopwatch.text.nominative import nominative_phrase
from coopwatch.text.token_index import TokenIndex

DATELINE = re.compile(
    r"^[ \t]*([А-ЯЁ]{3,}(?:[- ][А-ЯЁ]{2,})*),[ \t]+\d{1,2}[ \t]+[а-я]{3,}", re.MULTILINE)
ACRONYM = re.compile(r"[А-ЯЁ]{2,4}")
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|ом|им|ой|ую|ая|ое|ие|их|ими)$")
MUNICIPAL = "муниципальный"

T = TypeVar("T")


def fixed_places(text: str, index: TokenIndex, morph: Morph, gazetteer: Gazetteer,
                 entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied."""
    found = with_datelines(text, gazetteer, list(entities))
    found = with_coordinated_regions(text, gazetteer, found)
    found = with_regions_of_bodies(text, gazetteer, found)
    found = with_places_of_adjectives(text, morph, gazetteer, found)
    found = [as_body(text, index, morph, e) for e in found]
    found = with_places_freed(text, index, morph, gazetteer, found)
    found = with_people_freed(text, morph, gazetteer, found)
    found = [_east_asian_person(e) for e in found]
    found = with_regions_named_after(text, found)
    found = with_place_initials(gazetteer, found)
    found = [e for e in found if not kind_phrase(text, index, e)]
    found = [_plural_or_neuter_name(text, e) for e in found]
    return with_municipal_merged(found)


def _mentions_removed(entities: list[Entity], spans: set[tuple[int, int]]) -> list[Entity]:
    """The entities without mentions at `spans`; an entity left with none goes."""
    kept = []
    for entity in entities:
        mentions = tuple(m for m in entity.mentions if (m.start, m.stop) not in spans)
        if mentions:
            kept.append(entity if len(mentions) == len(entity.mentions)
                        else replace(entity, mentions=mentions))
    return kept


def _add_mentions(entities: list[Entity], target: Entity, mentions: Iterable[Mention],
                  alias: str | None = None) -> list[Entity]:
    """`target` (found by key, or added) with more mentions and an alias."""
    added = tuple(replace(m, type="GEO") for m in mentions)
    for i, entity in enumerate(entities):
        if entity.key == target.key and entity.type == "GEO":
            aliases = entity.aliases
            if alias and alias != entity.name and alias not in aliases:
                aliases = (*aliases, alias)
            entities[i] = replace(entity, aliases=aliases, mentions=tuple(sorted(
                (*entity.mentions, *added), key=lambda m: m.start)))
            return entities
    return [*entities, replace(target, mentions=added)]


def with_datelines(text: str, gazetteer: Gazetteer, entities: list[Entity]) -> list[Entity]:
    """A dateline's city in capitals as a place: «СУХУМ, 25 апр» -> geo:Сухум."""
    known = {(m.start, m.stop): e for e in entities for m in e.mentions}
    for match in DATELINE.finditer(text):
        start, stop = match.span(1)
        current = known.get((start, stop))
        if current is not None and current.type == "GEO" and not current.key.startswith("geo:"):
            continue
        name = "-".join(part.capitalize() for part in match.group(1).split("-"))
        name = " ".join(word.capitalize() if "-" not in word else word for word in name.split())
        place = gazetteer.resolve(name)
        target = (place_entity(place) if place is not None
                  else Entity(key="geo:" + name, type="GEO", name=name, geo_kind="city"))
        mention = Mention(start=start, stop=stop, text=text[start:stop], type="GEO", normal=name)
        entities = _add_mentions(_mentions_removed(entities, {(start, stop)}), target, [mention])
    return entities


def initials(name: str) -> str:
    """The capital initials of a name of two words or more, brackets left out:
    «Чеченская Республика» -> «ЧР»; «» for one word."""
    words = [w for w in re.sub(r"\([^)]*\)", " ", name).split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words) if len(words) >= 2 else ""


def with_place_initials(gazetteer: Gazetteer, entities: list[Entity]) -> list[Entity]:
    """An unknown place or an organization named only by capital initials becomes a
    mention of the one known place of the page whose full name they spell; so does a
    known place named only by initials another place of the page spells («РТ» is
    Tatarstan to the gazetteer, but Tuva on a page that names the Republic of Tuva)."""
    spelled: dict[str, set[str]] = {}
    for entity in entities:
        if entity.type != "GEO" or entity.key.startswith("geo:"):
            continue
        place = gazetteer.get(entity.key)
        names = {entity.name, *entity.aliases, *((place.name, *place.aliases) if place else ())}
        for name in names:
            if (letters := initials(name)):
                spelled.setdefault(letters, set()).add(entity.key)
    result = list(entities)
    for entity in entities:
        if entity.type not in ("GEO", "ORG"):
            continue
        texts = {m.text for m in entity.mentions}
        if len(texts) != 1:
            continue
        text = texts.pop()
        keys = spelled.get(text, set()) - {entity.key}
        if not ACRONYM.fullmatch(text) or len(keys) != 1:
            continue
        key = keys.pop()
        target = next(e for e in result if e.key == key)
        result = [e for e in result if e is not entity]
        result = _add_mentions(result, target, entity.mentions, alias=text)
    return result


def kind_phrase(text: str, index: TokenIndex, entity: Entity) -> bool:
    """An unknown place that is only a kind phrase: a non-place adjective with «регион»
    («Западный регион»), or an adjective and a kind word right before a capitalized
    name («Автономного района Внутренняя Монголия»)."""
    if entity.type != "GEO" or not entity.key.startswith("geo:"):
        return False
    words = entity.name.split()
    if len(words) != 2 or fold(words[1]) not in place_kinds():
        return False
    if fold(words[1]) == "регион" and not PLACE_ADJECTIVE.search(words[0]):
        return True
    return all(_before_name(text, index, m) for m in entity.mentions)


def _before_name(text: str, index: TokenIndex, mention: Mention) -> bool:
    after = index.after(mention.stop, 1)
    return (bool(after) and text[mention.stop:after[0].start] == " "
            and after[0].text[:1].isupper() and after[0].pos in ("PROPN", "ADJ")
            and not PLACE_ADJECTIVE.search(mention.text.split()[0]))


def with_municipal_merged(entities: list[Entity]) -> list[Entity]:
    """«Агрызский муниципальный район» joins «Агрызский район» as an alias."""
    by_name = {e.name: e for e in entities if e.type == "GEO"}
    result = list(entities)
    for entity in entities:
        if entity.type != "GEO" or MUNICIPAL not in entity.name.split():
            continue
        short = " ".join(w for w in entity.name.split() if w != MUNICIPAL)
        other = by_name.get(short)
        if other is None or other is entity:
            continue
        result = [e for e in result if e is not entity]
        result = _add_mentions(result, other, entity.mentions, alias=entity.name)
    return result


BODY_WORDS = ("администрация", "правительство", "мэрия", "акимат", "хокимият", "исполком")


def _body_word(morph: Morph, word: str) -> bool:
    lemma = fold(morph.parse(word)[0].normal_form) if word.isalpha() else ""
    return lemma in government_words() or lemma.endswith(BODY_WORDS)


def as_body(text: str, index: TokenIndex, morph: Morph, entity: Entity) -> Entity:
    """An unknown place whose name has a body's word for its head («Гегаркуникская
    администрация», «Правительство Республики Беларусь») as an organization."""
    if entity.type != "GEO" or not entity.key.startswith("geo:") or not entity.mentions:
        return entity
    words = entity.name.split()
    if len(words) < 2 or not any(_body_word(morph, word) for word in words[:2]):
        return entity
    first = entity.mentions[0]
    name = " ".join(nominative_phrase(morph, first.text, index.inside(first.start, first.stop),
                                      first.start).split()) or entity.name
    name = name[:1].upper() + name[1:]
    mentions = tuple(replace(m, type="ORG") for m in entity.mentions)
    return Entity(key="org:" + name, type="ORG", name=name, aliases=entity.aliases,
                  mentions=mentions)


def with_places_freed(text: str, index: TokenIndex, morph: Morph, gazetteer: Gazetteer,
                      entities: list[Entity]) -> list[Entity]:
    """Unknown places that hold known ones: a common word before a place («Доля
    республики Беларусь»), two countries, regions or cities joined by a hyphen
    («Китай-Россия», a route «Ереван-Ставрополь»)."""
    result = list(entities)
    for entity, parts in _every_mention_split(
            entities, lambda mention: _freed(text, morph, gazetteer, mention)):
        result = [e for e in result if e is not entity]
        for found in parts:
            for mention, place in found:
                result = _add_mentions(result, place_entity(place), [mention])
    return result


def _every_mention_split(entities: Sequence[Entity], split: Callable[[Mention], T | None]
                         ) -> Iterator[tuple[Entity, list[T]]]:
    """The unknown places each of whose mentions `split` reads as something else, with
    what it read of each."""
    for entity in entities:
        if entity.type != "GEO" or not entity.key.startswith("geo:"):
            continue
        parts = [split(mention) for mention in entity.mentions]
        found = [part for part in parts if part]
        if found and len(found) == len(parts):
            yield entity, found


def _freed(text: str, morph: Morph, gazetteer: Gazetteer,
           mention: Mention) -> list[tuple[Mention, Place]] | None:
    words = mention.text.split()
    if len(words) == 1 and words[0].count("-") == 1:
        if gazetteer.resolve(words[0]) is not None:
            return None  # a known name written with a hyphen: «Кызыл-Орду»
        left, right = words[0].split("-")
        places = [gazetteer.resolve(left), gazetteer.resolve(right)]
        # a part of the world may be one end («маршрут Китай-Европа»): it is dropped
        if left[:1].isupper() and right[:1].isupper() and all(
                p is not None for p in places) and any(
                p is not None and p.geo_kind in JOINED_KINDS for p in places):
            cut = mention.start + len(left)
            spans = [(mention.start, cut), (cut + 1, mention.stop)]
            return [(Mention(start=a, stop=b, text=text[a:b], type="GEO"), place)
                    for (a, b), place in zip(spans, places, strict=True)
                    if place is not None and place.geo_kind in JOINED_KINDS]
        return None
    if len(words) < 2 or not _common_noun(morph, words[0]):
        return None
    rest_start = mention.start + mention.text.index(words[1], len(words[0]))
    place = gazetteer.resolve(text[rest_start:mention.stop])
    if place is None:
        return None
    return [(Mention(start=rest_start, stop=mention.stop, text=text[rest_start:mention.stop],
                     type="GEO"), place)]


JOINED_KINDS = frozenset({"country", "region", "city"})  # the ends a hyphen joins


def _common_noun(morph: Morph, word: str) -> bool:
    """A dictionary common noun: no name, place, organization or abbreviation."""
    if not word.isalpha():
        return False
    parse = morph.parse(word.lower())[0]
    return parse.is_known and parse.tag.POS == "NOUN" and not (
        {"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(map(str, parse.tag.grammemes)))


ADJECTIVE = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ой|ого|ому|ом|ая|ую|ий|ый|ое|ей|их|ие)"
KIND = r"(?:област|кра[йяеюё]|республик|округ)[а-яё]*"
COORDINATED = re.compile(
    rf"(?<![\w-])({ADJECTIVE}(?:,\s+{ADJECTIVE})*)\s+и\s+{ADJECTIVE}\s+({KIND})")
BEFORE_KIND = re.compile(rf"\s+({KIND})(?![\w-])")
CUT_KIND = re.compile(r"\s+([а-яё]+)\s*$")  # the excerpt stops inside the kind word
KIND_WORDS = ("области", "края", "республики", "округа")


def with_coordinated_regions(text: str, gazetteer: Gazetteer,
                             entities: list[Entity]) -> list[Entity]:
    """Each adjective of a coordination sharing one kind word names its own region, and
    an unknown place that is an adjective before a kind word is that region."""
    spans: list[tuple[int, int, str]] = []
    for match in COORDINATED.finditer(text):
        kind = match.group(2)
        for word in re.finditer(ADJECTIVE, match.group(1)):
            start = match.start(1) + word.start()
            spans.append((start, start + len(word.group(0)), kind))
    for entity in entities:
        if entity.type == "GEO" and entity.key.startswith("geo:"):
            for mention in entity.mentions:
                after = BEFORE_KIND.match(text, mention.stop)
                if " " not in mention.text and after is not None:
                    spans.append((mention.start, after.end(), ""))
                cut = CUT_KIND.match(text, mention.stop)
                if " " not in mention.text and cut is not None and len(cut.group(1)) >= 2:
                    kind = next((k for k in KIND_WORDS if k.startswith(cut.group(1))), "")
                    if kind:
                        spans.append((mention.start, mention.stop, kind))
    for start, stop, kind in spans:
        name = f"{text[start:stop]} {kind}".strip()
        place = gazetteer.resolve(name)
        if place is None or place.geo_kind != "region":
            continue
        known = {(m.start, m.stop): e for e in entities for m in e.mentions}
        current = known.get((start, stop)) or next(
            (e for (a, b), e in known.items() if a == start), None)
        if current is not None and current.key == place.key:
            continue
        spans_taken = {(m.start, m.stop) for m in current.mentions if m.start == start} if (
            current is not None and current.key.startswith("geo:")) else set()
        entities = _mentions_removed(entities, spans_taken)
        mention = Mention(start=start, stop=stop, text=text[start:stop], type="GEO")
        entities = _add_mentions(entities, place_entity(place), [mention])
    return entities


REGION_BODY = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:ого|ому|ым|им|ом|ий|ой|ая|ую|ей))\s+"
    r"(?:облисполком|областн[а-яё]+\s+исполнительн[а-яё]+\s+комитет|областн[а-яё]+\s+исполком|"
    r"облгосадминистраци|"
    r"обладминистраци|областн[а-яё]+\s+администраци|областн[а-яё]+\s+совет|облсовет)",
    re.IGNORECASE)


def with_regions_of_bodies(text: str, gazetteer: Gazetteer,
                           entities: list[Entity]) -> list[Entity]:
    """The region whose adjective names a regional body: «Гродненского облисполкома»
    -> BY-HR (the adjective with «области» is resolved by the gazetteer), when the
    page names the region nowhere else (the mention would only move what the fact
    stages read as the place of an event)."""
    for match in REGION_BODY.finditer(text):
        start, stop = match.span(1)
        place = gazetteer.resolve(f"{match.group(1)} области")
        if place is None or place.geo_kind != "region":
            continue
        if any(e.key == place.key for e in entities):
            continue  # named elsewhere: the body's adjective adds nothing
        mention = Mention(start=start, stop=stop, text=text[start:stop], type="GEO")
        entities = _add_mentions(_mentions_removed(entities, {(start, stop)}),
                                 place_entity(place), [mention])
    return entities


PLACE_ADJECTIVE_HEAD = re.compile(
    r"(?<![\w-])([А-ЯЁа-яё][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ск|цк)"
    r"(?:ий|ого|ому|ом|им|ой|ую|ая|ое|ие|их|ими))[ \t]+([а-яё]+)(?![\w-])")


def with_places_of_adjectives(text: str, morph: Morph, gazetteer: Gazetteer,
                              entities: list[Entity]) -> list[Entity]:
    """The one region or city whose adjective stands before a noun for the people it
    sends or is led by («Тамбовская делегация», «брянского губернатора»), when the page
    names that place nowhere else."""
    heads = place_adjective_heads()
    named = {e.key for e in entities if e.type == "GEO"}
    page = gazetteer.for_page(named)  # «московская делегация» beside the Moscow Oblast
    for match in PLACE_ADJECTIVE_HEAD.finditer(text):
        if fold(morph.lemma(match.group(2))) not in heads:
            continue
        places = page.adjective(match.group(1))
        if len(places) != 1 or places[0].geo_kind not in ("region", "city"):
            continue
        if places[0].key in named:
            continue
        start, stop = match.span(1)
        mention = Mention(start=start, stop=stop, text=text[start:stop], type="GEO")
        entities = _add_mentions(_mentions_removed(entities, {(start, stop)}),
                                 place_entity(places[0]), [mention])
    return entities


PLURAL_LOCATIVE = ("ах", "ях")
HUSHING = "гкхжшщч"
NEUTER_NOUN = ("ье", "ое", "ие", "ло", "но", "во")


LOCATIVE_BEFORE = re.compile(r"(?:^|\s)(?:в|во|на|о|об|при)\s+$", re.IGNORECASE)


def _plural_or_neuter_name(text: str, entity: Entity) -> Entity:
    if entity.type != "GEO" or not entity.key.startswith("geo:") or not entity.mentions:
        return entity
    words = entity.name.split()
    written = entity.mentions[0].text.split()
    name = entity.name
    first = entity.mentions[0]
    after_preposition = LOCATIVE_BEFORE.search(text[max(0, first.start - 6):first.start])
    # a kind word shared by adjectives before it («Абыйском районах») names one place
    shared_kind = written[-1][:1].islower() and fold(words[-1]) in place_kinds()
    if len(words) == len(written) and written[-1].endswith(PLURAL_LOCATIVE) and (
            words[-1] == written[-1][:-2] or (words[-1] == written[-1] and after_preposition)
    ) and all(len(m.text.split()) == len(words) for m in entity.mentions) and not shared_kind:
        stem = written[-1][:-2]
        ending = "и" if written[-1].endswith("ях") or stem[-1:] in HUSHING else "ы"
        name = " ".join([*(_plural_adjective(w) for w in words[:-1]), stem + ending])
    elif len(words) == 1 and words[0].count("-") == 1:
        noun, adjective = words[0].split("-")
        if noun.endswith(NEUTER_NOUN) and adjective.endswith(("ский", "цкий")):
            name = f"{noun}-{adjective[:-2]}ое"
    if name == entity.name:
        return entity
    aliases = tuple(a for a in entity.aliases if a != name)
    return replace(entity, key="geo:" + name, name=name, aliases=aliases)


def _plural_adjective(word: str) -> str:
    """An adjective of a plural name in the nominative: «Южных» / «Южные» -> «Южные»."""
    for oblique, nominative in (("ых", "ые"), ("их", "ие")):
        if word.endswith(oblique):
            return word[:-2] + nominative
    return word


def with_people_freed(text: str, morph: Morph, gazetteer: Gazetteer,
                      entities: list[Entity]) -> list[Entity]:
    """An unknown place that is a known place and a person's name in the nominative
    after it (a first name the dictionary knows, or a Chinese or Vietnamese family name,
    then a capitalized word or two)."""
    result = list(entities)
    for entity, parts in _every_mention_split(
            entities, lambda mention: _place_and_person(text, morph, gazetteer, mention)):
        result = [e for e in result if e is not entity]
        for place, at_place, at_person in parts:
            result = _add_mentions(result, place_entity(place), [at_place])
            key = "per:" + (at_person.normal or at_person.text)
            owner = next((i for i, e in enumerate(result) if e.key == key), None)
            if owner is None:
                result.append(Entity(key=key, type="PER", name=key[4:], mentions=(at_person,)))
            else:
                result[owner] = replace(result[owner], mentions=tuple(sorted(
                    (*result[owner].mentions, at_person), key=lambda m: m.start)))
    return result


def with_regions_named_after(text: str, entities: list[Entity]) -> list[Entity]:
    """An unplaced place (no `within`, not a country or a first-level region) whose
    mention is followed right away by a first-level region's mention lies within it."""
    starts = {m.start: entity.key for entity in entities
              if entity.type == "GEO" and entity.geo_kind == "region" for m in entity.mentions}
    fixed = []
    for entity in entities:
        if entity.type == "GEO" and entity.within is None and entity.key.startswith("geo:") \
                and entity.geo_kind not in ("country", "region"):
            for m in entity.mentions:
                gap = text[m.stop:m.stop + 3]
                after = m.stop + len(gap) - len(gap.lstrip())
                if after > m.stop and after in starts and "\n" not in text[m.stop:after]:
                    entity = replace(entity, within=starts[after])
                    break
        fixed.append(entity)
    return fixed


def _east_asian_person(entity: Entity) -> Entity:
    """«Буй Динь Лонг» after «провинции»: an unknown place of three capitalized words,
    the first a Chinese or Vietnamese family name, at every mention, is a person."""
    if entity.type != "GEO" or not entity.key.startswith("geo:") or not entity.mentions:
        return entity
    for mention in entity.mentions:
        words = mention.text.split()
        if len(words) != 3 or words[0] not in east_asian_family_names():
            return entity
        if not all(w[:1].isupper() and w.isalpha() for w in words):
            return entity
    mentions = tuple(replace(m, type="PER") for m in entity.mentions)
    name = " ".join(entity.mentions[0].text.split())
    return Entity(key="per:" + name, type="PER", name=name, mentions=mentions)


def _place_and_person(text: str, morph: Morph, gazetteer: Gazetteer,
                      mention: Mention) -> tuple[Place, Mention, Mention] | None:
    words = list(re.finditer(r"\S+", mention.text))
    for k in range(1, len(words) - 1):
        person = [w.group(0) for w in words[k:]]
        if len(person) > 3 or not all(w[:1].isupper() and w.isalpha() for w in person):
            continue
        if person[0] not in east_asian_family_names() and not any(
                "Name" in p.tag and "nomn" in p.tag for p in morph.parse(person[0])):
            continue
        cut = mention.start + words[k - 1].end()
        place = gazetteer.resolve(text[mention.start:cut])
        if place is None:
            continue
        start = mention.start + words[k].start()
        return (place, Mention(start=mention.start, stop=cut, text=text[mention.start:cut],
                               type="GEO"),
                Mention(start=start, stop=mention.stop, text=text[start:mention.stop],
                        type="PER", normal=" ".join(person)))
    return None
