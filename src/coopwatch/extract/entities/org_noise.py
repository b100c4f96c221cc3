"""Organizations that name nothing, found after grouping: the last check of an ORG entity.

Real pages put words around and inside the article that the NER model types as
organizations although they name no party of the news:

- an English calendar word of the page's header («Thursday, December 24, 2015»), or
  the code of a currency an amount is given in («3,7 млрд USD»);
- a page title joined to the site's name by a spaced dash («Вечерний город - Sputnik
  Абхазия»): the article's headline, not a body;
- a site name with the count of a «3 дней назад» line glued to it («RT Russia 3»): the
  number goes, the name stays;
- a bare word for a kind of body that needs a complement to name one («руководителем
  Канцелярии», «данного Совета»), or the abbreviation of a kind of zone or enterprise
  alone («резидент ОЭЗ», «СП с «Гомсельмашем»»): a reference back, not a name;
- the start of a quoted theme or slogan that goes on after a comma («Новая эра Китая,
  новые возможности …»);
- a capitalized adverb or pronoun opening a line («Сегодня - 12 июня - …»);
- a person's title read as a body («аппарате Главного федерального инспектора»), or a
  lower-case title heading the span («главой комитета по содействию …»);
- one word in the locative after «в» right after another body's name: the town the
  body is in («институт … в Аллахабаде»);
- adjectives and a plural word for a kind of territory («Сибирских регионов РФ»): a
  group of places;
- a sole trader's form and a person's name with initials («ИП Турбина И.А.»);
- a name on a line of breadcrumbs («Главная страница > Rolling News Report»);
- a name that is a whole line in a run of short lines: the site's links to other pages;
- a model code, capitals and a number that is no year («тракторы ДЭТ-250», «ВТ-150ДЕ»):
  a product, not its maker;
- an organ of a party («член Политбюро», «секретарь ЦК КПВ», «Комитет Коммунистической
  партии Китая»): annotators list the party, not its organs;
- a name cut off mid-phrase, ending in a preposition, a conjunction or an adjective in
  an oblique case («Совета по сотрудничеству между»): a name cut after an adjective is
  completed by the noun it goes with («Министерства внутренних» + «дел»), else dropped;
- a part or side of a body before its name («Российская часть Межправительственной
  комиссии»): the name is the body's;
- a body's kind phrase before its quoted name: one body, the phrase an alias; when
  the quoted name is no body of its own, the phrase with it is the phrase's alias;
- the name of a file or a markup identifier («NIK_1180.jpg», «IMG_2041»);
- a team of a sports widget's fixture list: a line of its own beside a score line;
- page furniture: a credit line («Источник: Вести-Томск»), a time stamp, menu items
  glued into one word («ГлавнаяРегионыВизит») or spaced on one line («Главная
  Политика Экономика Общество Спорт»), a counter widget («Яндекс» of «Яндекс.Метрика»);
- a place the gazetteer knows, not quoted («Якутия и Узбекистан будут сотрудничать»):
  it joins the place's entity; quoted as one word («проект «Прибайкалье»», «павильон
  «Беларусь»»), it joins the place only if the page names it elsewhere, else it goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import QUOTES
from coopwatch.extract.entities.furniture import byline_words
from coopwatch.extract.entities.lexicon import (
    is_org_kind,
    media_signs,
    person_titles,
    place_kinds,
)
from coopwatch.extract.entities.org_parts import (
    is_part_of_something,
    named_after_place_kind,
    titled_common_noun,
)
from coopwatch.extract.entities.places import place_entity
from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import CASE_GRAMMEMES, Morph, reading
from coopwatch.records import Entity, Mention, Token
from coopwatch.text.nominative import nominative_phrase
from coopwatch.text.token_index import TokenIndex

SPACED_DASH = re.compile(r"\s[-–—]\s")
AGO = re.compile(r"\s+(?:дн|час|минут|сек|недел|месяц|год|лет)\w*\s+назад\b", re.IGNORECASE)
TRAILING_NUMBER = re.compile(r"\s+\d{1,3}$")
DANGLING_POS = frozenset({"ADP", "CCONJ", "SCONJ"})
FUNCTION_POS = frozenset({"ADV", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART"})


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/calendar_words_en.txt"))


@lru_cache(maxsize=1)
def unit_abbreviations() -> frozenset[str]:
    """«кВт∙ч» after an amount: a unit of measure, no organization."""
    return frozenset(fold(row[0]) for row in data_rows("entities/unit_abbreviations.txt"))


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """«USD», «EUR» after an amount: a currency, no organization."""
    return frozenset(fold(row[0]) for row in data_rows("entities/currency_codes.txt"))


@lru_cache(maxsize=1)
def bare_body_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/bare_body_words.txt"))


@lru_cache(maxsize=1)
def party_organ_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/party_organ_words.txt"))


PARTY_GENITIVE = "партии"
MODEL_CODE = re.compile(r"[A-ZА-ЯЁ]{1,5}-?(?!(?:19|20)\d\d\b)\d{1,4}[A-ZА-ЯЁ]{0,3}")


BROADCAST = frozenset({"ТВ", "TV", "FM"})  # «ТВ-3», «Europa FM»: channels are bodies


def _model_code(mention: Mention) -> bool:
    """«ДЭТ-250», «ВТ-150ДЕ»: a product's model, not a body («ПМЭФ-2019» has a year,
    «ТВ-3» is a channel)."""
    code = mention.text.strip(QUOTES)
    return MODEL_CODE.fullmatch(code) is not None and code.split("-")[0] not in BROADCAST


def party_organ(name: str) -> bool:
    """A party's organ: «ЦК КПВ», «Политбюро», «Центральный Комитет партии»."""
    words = [fold(word) for word in name.split()]
    return bool(words) and (words[0] in party_organ_words() or PARTY_GENITIVE in words[1:])


@lru_cache(maxsize=1)
def bare_kind_acronyms() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/bare_kind_acronyms.txt"))


def without_org_noise(text: str, index: TokenIndex, morph: Morph, gazetteer: Gazetteer,
                      entities: Sequence[Entity]) -> list[Entity]:
    """The entities without the ORG entities that name nothing (module docstring); a site
    name loses a glued count, and a place named as an ORG joins its place's entity."""
    org_names = [e.name for e in entities if e.type == "ORG"]
    org_stops = {m.stop for e in entities if e.type == "ORG" for m in e.mentions}
    place_spans = {m.start: m.stop for e in entities if e.type == "GEO" for m in e.mentions}
    kept: list[Entity] = []
    for entity in entities:
        if entity.type != "ORG":
            kept.append(entity)
            continue
        entity = without_part_lead(text, index, morph,
                                   completed(text, index, morph, without_ago_count(text, entity)))
        entity = with_whose(text, index, gazetteer, place_spans, without_echo(entity))
        entity = with_country_initials(text, gazetteer, place_spans, entity)
        if (fold(entity.name) in calendar_words() | bare_kind_acronyms() | currency_codes()

                or headline_of_site(entity.name, org_names) or party_organ(entity.name)
                or all(_bare_body(text, index, m) for m in entity.mentions)
                or all(fold(m.text) in unit_abbreviations() for m in entity.mentions)
                or all(_model_code(m) for m in entity.mentions)
                or all(_menu_line(m) for m in entity.mentions)
                or all(_in_link_list(text, m) for m in entity.mentions)
                or all(_widget(text, m) for m in entity.mentions)
                or all(_function_word(text, index, m) for m in entity.mentions)
                or all(_title_only(text, index, morph, m) for m in entity.mentions)
                or all(_title_lead(index, morph, m) for m in entity.mentions)
                or all(_host_place(text, morph, org_stops, m) for m in entity.mentions)
                or all(_plural_territories(text, index, morph, m) for m in entity.mentions)
                or all(_sole_trader(m) for m in entity.mentions)
                or is_part_of_something(text, index, entity)
                or titled_common_noun(text, index, morph, entity)
                or named_after_place_kind(text, index, entity)
                or all(_in_breadcrumbs(text, m) for m in entity.mentions)
                or all(_cut_mid_phrase(index, m) for m in entity.mentions)
                or all(_in_slogan(text, m) for m in entity.mentions)
                or all(_file_name(text, m) for m in entity.mentions)
                or all(_fixture_line(text, m) for m in entity.mentions)
                or _page_furniture(entity.name)):
            continue
        kept.append(entity)
    return _places_named_as_orgs(
        text, gazetteer, [_with_quoted_name(text, index, e) for e in
                          _kinds_of_quoted(text, index, kept)])


@lru_cache(maxsize=1)
def menu_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/menu_words.txt"))


CAMEL_HUMP = re.compile(r"(?<=[а-яё])(?=[А-ЯЁ])")
TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _page_furniture(name: str) -> bool:
    """A name made of the page around the article: a credit line («Источник: Вести-Томск»),
    a time stamp («2025-09-03T20»), menu items glued into one word
    («ГлавнаяРегионыВизит»: two menu words of `menu_words.txt` among its parts). A
    medium's sign («Ъ») is a name, short as it is."""
    label = name.split(":", 1)[0]
    if ":" in name and fold(label.strip()) in byline_words():
        return True
    if not TWO_LETTERS.search(name) and name not in media_signs():
        return True
    parts = CAMEL_HUMP.split(name) if " " not in name else []
    return len(parts) >= 2 and sum(fold(part) in menu_words() for part in parts) >= 2


FILE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?)(?![\w.])",
                            re.IGNORECASE)


def _file_name(text: str, mention: Mention) -> bool:
    """A mention that is part of the name of a file the page shows or links, or of an
    identifier of its markup, words joined by «_»: «NIK_1180.jpg», «IMG_2041»,
    «news_header_top»."""
    start, stop = mention.start, mention.stop
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        start -= 1
    while stop < len(text) and (text[stop].isalnum() or text[stop] == "_"):
        stop += 1
    return "_" in text[start:stop] or FILE_EXTENSION.match(text, stop) is not None


SCORE_LINE = re.compile(r"[ \t]*(?:[:–—-]|\d{1,2}(?:[ \t]*[:–—-][ \t]*\d{1,2})?)[ \t]*")


def _fixture_line(text: str, mention: Mention) -> bool:
    """A team of a sports widget's fixture list: the name is a line of its own (the
    mention all of it, or part of a team's name the line is made of: «Юлаев» of «Салават
    Юлаев»), and the line before or after it (blank lines skipped) is only a score or its
    separator («Сочи» / «:» / «Торпедо», «Барыс» / «5» / «:» / «Динамо М» / «2»)."""
    start = text.rfind("\n", 0, mention.start) + 1
    stop = text.find("\n", mention.stop)
    stop = len(text) if stop < 0 else stop
    if not _team_line(text[start:stop], mention.text):
        return False
    before = [line for line in text[:start].splitlines() if line.strip()]
    after = [line for line in text[stop:].splitlines() if line.strip()]
    return any(SCORE_LINE.fullmatch(line) is not None
               for line in (before[-1:] + after[:1]))


TEAM_WORDS = 3  # words a team's name on a widget line has at most


def _team_line(line: str, name: str) -> bool:
    """Whether a line is only the name, or a short run of capitalized words holding it."""
    words = line.split()
    if line.strip() == name.strip():
        return True
    return (name.strip() in line and len(words) <= TEAM_WORDS
            and all(word[:1].isupper() for word in words))


MENU_LINE = 3  # menu words a spaced line of them has at least
DOTTED_REST = re.compile(r"[.@][\w.@]+")


@lru_cache(maxsize=1)
def widget_names() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/widget_names.txt"))


def _widget(text: str, mention: Mention) -> bool:
    """The first part of a counter widget's dotted name: «Яндекс» of «Яндекс.Метрика»."""
    rest = DOTTED_REST.match(text, mention.stop)
    return rest is not None and fold(mention.text + rest.group(0)) in widget_names()


def _menu_line(mention: Mention) -> bool:
    """A line of the site's menu: three menu words at least, half of the words or more
    («Главная Политика Экономика Общество Спорт Культура»)."""
    words = mention.text.split()
    count = sum(fold(word) in menu_words() for word in words)
    return count >= MENU_LINE and 2 * count >= len(words)


LINK_WORDS = 3  # words a line of a list of links has at most
LINK_RUN = 3  # short lines in a row that make such a list
LINE_END_MARKS = ".!?…:;"


def _in_link_list(text: str, mention: Mention) -> bool:
    """A name that is a whole line among other short lines around the article
    («Самое читаемое», «Автовзгляд», «Womanhit», «Охотники.ру»): the site's links to
    other pages, not a party of the news."""
    lines, filled = _lines(text)
    at = text.count("\n", 0, mention.start)
    if not mention.text.strip() or lines[at] != mention.text.strip():
        return False
    place = filled.index(at)
    run = 1
    for step in (-1, 1):
        n = place + step
        while 0 <= n < len(filled) and _link_line(lines[filled[n]]):
            run += 1
            n += step
        if step == -1 and n >= 0 and lines[filled[n]].endswith(":"):
            return False  # «Участники:» opens a list of the news's own names
    return run >= LINK_RUN


@lru_cache(maxsize=4)
def _lines(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The text's lines, stripped, and the numbers of those not empty."""
    lines = tuple(line.strip() for line in text.split("\n"))
    return lines, tuple(n for n, line in enumerate(lines) if line)


def _link_line(line: str) -> bool:
    return len(line.split()) <= LINK_WORDS and line[-1] not in LINE_END_MARKS


def without_ago_count(text: str, entity: Entity) -> Entity:
    """«RT Russia 3 дней назад» -> the site «RT Russia»: a number glued to a name and
    followed by «дней/часов назад» counts the time since a post."""
    match = TRAILING_NUMBER.search(entity.name)
    if match is None or not all(AGO.match(text, m.stop) for m in entity.mentions):
        return entity
    name = entity.name[:match.start()]
    cut = len(entity.name) - len(name)
    mentions = tuple(replace(m, stop=m.stop - cut, text=m.text[:-cut])
                     if m.text.endswith(entity.name[match.start():]) else m
                     for m in entity.mentions)
    return replace(entity, key="org:" + name, name=name, mentions=mentions)


def completed(text: str, index: TokenIndex, morph: Morph, entity: Entity) -> Entity:
    """A name cut after an adjective in an oblique case, completed by the adjectives and
    the noun in that case right after it: «Министерство внутренних» + «дел»."""
    if not entity.mentions or not all(_cut_mid_phrase(index, m) for m in entity.mentions):
        return entity
    grown = []
    for mention in entity.mentions:
        last = index.inside(mention.start, mention.stop)[-1]
        stop = _noun_after(text, index, morph, mention.stop, last.feat("Case"))
        if last.pos != "ADJ" or stop is None:
            return entity
        grown.append(replace(mention, stop=stop, text=text[mention.start:stop]))
    tail = " ".join(text[entity.mentions[0].stop:grown[0].stop].split())
    name = f"{entity.name} {tail}"
    return replace(entity, key="org:" + name, name=name, mentions=tuple(grown))


def _noun_after(text: str, index: TokenIndex, morph: Morph, stop: int,
                case: str | None) -> int | None:
    """The end of lower-case adjectives and a noun in `case` right after `stop` (the
    tagger's reading or a dictionary one: «дел» is tagged a verb)."""
    wanted = CASE_GRAMMEMES.get(case or "")
    for token in index.after(stop, 4):
        if not text[stop:token.start].isspace() or "\n" in text[stop:token.start]:
            return None
        if wanted is None or not token.text.isalpha() or not token.text.islower():
            return None
        parses = [p for p in morph.parse(token.text) if wanted in p.tag]
        if any(p.tag.POS == "NOUN" for p in parses):
            return token.stop
        if not any(p.tag.POS == "ADJF" for p in parses):
            return None
        stop = token.stop
    return None


def without_part_lead(text: str, index: TokenIndex, morph: Morph, entity: Entity) -> Entity:
    """«Российская часть Межправительственной комиссии» -> «Межправительственная
    комиссия»: a word for a part or a side of a body, with its adjectives, before the
    body's capitalized name in the genitive is no part of the name."""
    names = []
    for mention in entity.mentions:
        tokens = index.inside(mention.start, mention.stop)
        position = 0
        while position < len(tokens) - 1 and tokens[position].pos == "ADJ":
            position += 1
        if position + 1 >= len(tokens) or fold(tokens[position].lemma) not in part_words():
            return entity
        rest = tokens[position + 1:]
        if not rest[0].text[:1].isupper() or rest[0].feat("Case") != "Gen":
            return entity
        start = rest[0].start
        names.append((start, nominative_phrase(morph, text[start:mention.stop], rest, start)))
    if not names:
        return entity
    name = " ".join(names[0][1].split())
    mentions = tuple(replace(m, start=start, text=text[start:m.stop])
                     for m, (start, _) in zip(entity.mentions, names, strict=True))
    return replace(entity, key="org:" + name, name=name, mentions=mentions)


def _kinds_of_quoted(text: str, index: TokenIndex, entities: list[Entity]) -> list[Entity]:
    """A body's kind phrase right before its quoted name («Международного
    координационного совета «Наш общий дом»») joins the quoted name's entity as an
    alias: the two spans name one body."""
    starts = {m.start: e for e in entities if e.type == "ORG" for m in e.mentions}
    joined: dict[str, list[Entity]] = {}
    kept = []
    for entity in entities:
        targets = {_quoted_after(text, m.stop, starts) if _kind_phrase(index, m) else None
                   for m in entity.mentions}
        target = targets.pop() if len(targets) == 1 else None
        if entity.type != "ORG" or target is None or target is entity:
            kept.append(entity)
            continue
        joined.setdefault(target.key, []).append(entity)
    result = []
    for entity in kept:
        extra = joined.get(entity.key, [])
        if extra and entity.type == "ORG":
            aliases = [*entity.aliases]
            for other in extra:
                aliases.extend(a for a in (other.name, f"{other.name} «{entity.name}»")
                               if a not in aliases and a != entity.name)
            entity = replace(entity, aliases=tuple(aliases), mentions=tuple(sorted(
                (*entity.mentions, *(m for other in extra for m in other.mentions)),
                key=lambda m: m.start)))
        result.append(entity)
    return result


def _kind_phrase(index: TokenIndex, mention: Mention) -> bool:
    """Words ending in a kind of body: «Международного координационного совета», or the
    kind word alone («Еврорегиона» before «Донбасс»)."""
    tokens = index.inside(mention.start, mention.stop)
    if not tokens or not all(token.text.isalpha() for token in tokens):
        return False
    lemma = fold(tokens[-1].lemma)
    return lemma in bare_body_words() or is_org_kind(lemma)


def _quoted_after(text: str, stop: int, starts: dict[int, Entity]) -> Entity | None:
    """The organization whose quoted name follows `stop` after a space."""
    gap = text[stop:stop + 2]
    if gap[:1] != " " or gap[1:] not in QUOTES or not gap[1:]:
        return None
    return starts.get(stop + 1) or starts.get(stop + 2)


# a capitalized quoted name of at most six words right after a space
QUOTED_NAME_AFTER = re.compile(r" [«\"„“]([A-ZА-ЯЁ][^«»\"„“”\n]{0,59}?)[»\"“”]")
MAX_QUOTED_WORDS = 6


def _with_quoted_name(text: str, index: TokenIndex, entity: Entity) -> Entity:
    """A kind phrase whose quoted name follows it but was found as no body of its own
    («в рамках Координационного совета «Наш общий дом»»): the kind and the quoted name
    become an alias of the phrase's entity, the body the page names."""
    if entity.type != "ORG":
        return entity
    aliases = list(entity.aliases)
    for mention in entity.mentions:
        found = QUOTED_NAME_AFTER.match(text, mention.stop)
        if (found is None or not _kind_phrase(index, mention)
                or len(found.group(1).split()) > MAX_QUOTED_WORDS):
            continue
        alias = f"{entity.name} «{found.group(1).strip()}»"
        if alias not in aliases:
            aliases.append(alias)
    return replace(entity, aliases=tuple(aliases)) if aliases != list(entity.aliases) else entity


@lru_cache(maxsize=1)
def part_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/org_part_words.txt"))


ECHO = re.compile(r"^(.+?)(?:\s*)\1$")


def without_echo(entity: Entity) -> Entity:
    """A name whose end is written twice, as link texts repeat it: «BNews.kzBNews.kz» ->
    «BNews.kz», «TextileExpo Uzbekistan Uzbekistan» -> «TextileExpo Uzbekistan»."""
    name = entity.name
    whole = ECHO.match(name)
    if whole and len(whole.group(1)) >= 3:
        name = whole.group(1)
    else:
        words = name.split()
        if len(words) >= 3 and words[-1] == words[-2] and words[-1][:1].isupper():
            name = " ".join(words[:-1])
    if name == entity.name:
        return entity
    return replace(entity, key="org:" + name, name=name)


def with_whose(text: str, index: TokenIndex, gazetteer: Gazetteer,
               place_spans: dict[int, int], entity: Entity) -> Entity:
    """A body named in lower case takes the place that says whose it is, and a capital:
    a place adjective before it («тюменского управления МВД» -> «Тюменское управление
    МВД»), else a place in the genitive after it, its kind word included («народным
    комитетом провинции Бариа-Вунгтау» -> «Народный комитет провинции Бариа-Вунгтау»)."""
    if not entity.name[:1].islower() or len(entity.mentions) != 1:
        return entity
    mention = entity.mentions[0]
    tokens = index.inside(mention.start, mention.stop)
    before = index.before(mention.start)
    if tokens and before and before[0].text.islower() and text[
            before[0].stop:mention.start] == " " and gazetteer.adjective(before[0].text) and (
            before[0].feat("Case") == tokens[0].feat("Case")):
        start = before[0].start
        name = f"{_adjective_nominative(before[0].lemma, tokens[0])} {entity.name}"
        return _renamed(entity, replace(mention, start=start, text=text[start:mention.stop]),
                        name)
    after = index.after(mention.stop, 2)
    if not after or text[mention.stop:after[0].start] != " ":
        return entity
    first, case = after[0], after[0].feat("Case")
    stop = place_spans.get(first.start)
    if stop is None and first.text.islower() and fold(first.lemma) in place_kinds() and (
            len(after) > 1 and text[first.stop:after[1].start] == " "):
        stop = place_spans.get(after[1].start)
    if stop is None or case != "Gen":
        return entity
    tail = text[mention.stop:stop]
    return _renamed(entity, replace(mention, stop=stop, text=text[mention.start:stop]),
                    entity.name + tail)


def with_country_initials(text: str, gazetteer: Gazetteer, place_spans: dict[int, int],
                          entity: Entity) -> Entity:
    """A body's name takes the initials of a country written right after
    it («Совета по взаимодействию … Северо-Востока» + «КНР»): every mention must have
    them."""
    if not entity.mentions or entity.name[-1:] in QUOTES:
        return entity
    grown = []
    for mention in entity.mentions:
        start = mention.stop + 1
        stop = place_spans.get(start)
        initials = text[start:stop] if stop else ""
        place = gazetteer.resolve(initials) if initials else None
        if (text[mention.stop:start] != " " or not initials.isupper() or not 2 <= len(
                initials) <= 4 or place is None or place.geo_kind != "country"):
            return entity
        grown.append((mention, stop or start, initials))
    tail = grown[0][2]
    if any(initials != tail for _, _, initials in grown):
        return entity
    name = f"{entity.name} {tail}"
    mentions = tuple(replace(m, stop=stop, text=text[m.start:stop]) for m, stop, _ in grown)
    aliases = tuple(a for a in (*entity.aliases, entity.name) if a != name)
    return replace(entity, key="org:" + name, name=name, aliases=aliases, mentions=mentions)


def _adjective_nominative(lemma: str, noun: Token) -> str:
    """A place adjective's lemma agreeing with the noun it goes with, capitalized."""
    gender = noun.feat("Gender")
    number = noun.feat("Number")
    word = lemma
    if number == "Plur":
        word = lemma[:-2] + "ие"
    elif gender == "Fem":
        word = lemma[:-2] + "ая"
    elif gender == "Neut":
        word = lemma[:-2] + "ое"
    return word[:1].upper() + word[1:]


def _renamed(entity: Entity, mention: Mention, name: str) -> Entity:
    name = " ".join(name.split())
    name = name[:1].upper() + name[1:]
    aliases = tuple(a for a in (*entity.aliases, entity.name) if a != name)
    return replace(entity, key="org:" + name, name=name, aliases=aliases, mentions=(mention,))


def headline_of_site(name: str, org_names: Sequence[str]) -> bool:
    """A page title «Заголовок - Сайт»: a spaced dash, and after it a name whose first
    word begins another organization of the page (the site: «Sputnik»)."""
    parts = SPACED_DASH.split(name)
    if len(parts) != 2 or not parts[1].strip():
        return False
    site = fold(parts[1].split()[0])
    return any(other != name and fold(other.split()[0]) == site for other in org_names)


def _bare_body(text: str, index: TokenIndex, mention: Mention) -> bool:
    """One word for a kind of body, not quoted, not in capitals: «Канцелярии»."""
    tokens = index.inside(mention.start, mention.stop)
    if len(tokens) != 1 or tokens[0].text.isupper():
        return False
    if _quoted(text, mention):
        return False
    return fold(tokens[0].lemma) in bare_body_words()


SLOGAN_STOP = 200  # characters to look for the closing quote


def _in_slogan(text: str, mention: Mention) -> bool:
    """A span at the start of a quoted phrase that goes on after a comma: the theme or
    slogan of an event («по теме «Новая эра Китая, новые возможности …»»), not a name."""
    start = mention.start - 1 if mention.start > 0 and text[mention.start - 1] in "«„“\"" else (
        mention.start if text[mention.start:mention.start + 1] in "«„“\"" else -1)
    if start < 0:
        return False
    close = next((i for i in range(mention.stop, min(len(text), mention.stop + SLOGAN_STOP))
                  if text[i] in "»“”\"\n"), -1)
    if close <= mention.stop or text[close] == "\n":
        return False
    rest = text[mention.stop:close]
    return rest.lstrip().startswith(",") and any(char.isalpha() for char in rest)


def _function_word(text: str, index: TokenIndex, mention: Mention) -> bool:
    """One capitalized adverb, pronoun or conjunction starting a line or a sentence:
    «Сегодня - 12 июня - в …» names no body."""
    tokens = index.inside(mention.start, mention.stop)
    if len(tokens) != 1 or tokens[0].pos not in FUNCTION_POS or tokens[0].text.isupper():
        return False
    return not _quoted(text, mention)


def _title_only(text: str, index: TokenIndex, morph: Morph, mention: Mention) -> bool:
    """A person's title with its adjectives: «Главного федерального инспектора»."""
    tokens = index.inside(mention.start, mention.stop)
    if not tokens or not all(token.text[:1].isalpha() for token in tokens):
        return False
    if _quoted(text, mention):
        return False
    if any(token.pos != "ADJ" for token in tokens[:-1]):
        return False
    lemma = fold(tokens[-1].lemma or reading(morph, tokens[-1].text).lemma)
    return lemma in person_titles() and not is_org_kind(lemma)


def _title_lead(index: TokenIndex, morph: Morph, mention: Mention) -> bool:
    """A lower-case person's title heading the span: «главой комитета по содействию …»
    names the post of a person, not a body."""
    tokens = index.inside(mention.start, mention.stop)
    if len(tokens) < 2 or not tokens[0].text.isalpha() or not tokens[0].text.islower():
        return False
    lemmas = {fold(parse.normal_form) for parse in morph.parse(tokens[0].text)
              if parse.tag.POS == "NOUN"}
    return bool(lemmas & person_titles()) and not any(is_org_kind(lemma) for lemma in lemmas)


HOST_LINK = re.compile(r"[ \t]+во?[ \t]+\Z")


def _host_place(text: str, morph: Morph, org_stops: set[int], mention: Mention) -> bool:
    """One capitalized word in the locative right after «в» that follows another body's
    name: the town the body is in («Индийский институт информационных технологий в
    Аллахабаде»), not a body of its own."""
    word = mention.text
    if " " in word or not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    link = HOST_LINK.search(text, max(0, mention.start - 5), mention.start)
    if link is None or link.start() not in org_stops:
        return False
    return any("loct" in parse.tag for parse in morph.parse(word))


def _plural_territories(text: str, index: TokenIndex, morph: Morph, mention: Mention) -> bool:
    """Adjectives and a plural word for a kind of territory: «Сибирских регионов РФ»,
    «приграничных областей» name a group of places, not a body."""
    tokens = index.inside(mention.start, mention.stop)
    at = next((n for n, token in enumerate(tokens) if token.pos != "ADJ"), None)
    if at is None or at == 0 or _quoted(text, mention):
        return False
    head = reading(morph, tokens[at].text)
    return head.feats.get("Number") == "Plur" and fold(head.lemma) in place_kinds()


BREADCRUMB_MARK = re.compile(r"\s[>›→»/\\|]\s")  # «Главная \ Посольство … \ Новость»
CRUMB_REST = 2  # words a crumb may have after the name (a headline goes on longer)
FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")


def _in_breadcrumbs(text: str, mention: Mention) -> bool:
    """A name on a line of breadcrumbs that opens with a menu word («Главная страница >
    Rolling News Report»), itself a crumb: the page's place on the site, not a body; a
    headline run onto the line («Главная > Новости > X и Y подписали …») keeps its X."""
    start = text.rfind("\n", 0, mention.start) + 1
    stop = text.find("\n", mention.stop)
    line = text[start:stop if stop >= 0 else len(text)]
    first = FIRST_WORD.match(line)
    if first is None or fold(first.group(1)) not in menu_words():
        return False
    if BREADCRUMB_MARK.search(text, start, mention.start) is None:
        return False
    # the name is a crumb: no more than a word or two after it up to the next mark
    rest = BREADCRUMB_MARK.split(text[mention.stop:start + len(line)], maxsplit=1)[0]
    return len(rest.split()) <= CRUMB_REST


@lru_cache(maxsize=1)
def sole_trader_forms() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("entities/sole_trader_forms.txt"))


INITIALS = r"[А-ЯЁ]\.[ \t]?(?:[А-ЯЁ]\.)?"
SURNAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
PERSON_WITH_INITIALS = re.compile(rf"(?:{SURNAME}[ \t]+{INITIALS}|{INITIALS}[ \t]?{SURNAME})")


def _sole_trader(mention: Mention) -> bool:
    """A sole trader's form and a person's surname with initials: «ИП Турбина И.А.» names
    a person trading on their own account, not an organization."""
    form, _, rest = mention.text.strip(QUOTES).partition(" ")
    return form in sole_trader_forms() and PERSON_WITH_INITIALS.fullmatch(
        rest.strip(QUOTES + " ")) is not None


def _cut_mid_phrase(index: TokenIndex, mention: Mention) -> bool:
    """A Russian name of two words or more that ends in a preposition or a conjunction,
    or in an adjective in an oblique case: the phrase goes on past the span."""
    tokens = index.inside(mention.start, mention.stop)
    if len(tokens) < 2 or not tokens[-1].text.isalpha():
        return False
    last = tokens[-1]
    if not any("а" <= char <= "я" for char in last.text.lower()):
        return False
    if last.pos in DANGLING_POS:
        return True
    return last.pos == "ADJ" and last.text.islower() and last.feat("Case") not in (None, "Nom")


def _places_named_as_orgs(text: str, gazetteer: Gazetteer,
                          entities: list[Entity]) -> list[Entity]:
    """An ORG whose every mention the gazetteer reads as one place joins that place's
    entity (made if the page has none): «Якутия и Узбекистан …». A quoted mention may only
    be one word, and such an ORG joins a place the page names elsewhere or is dropped: the
    project «Прибайкалье», the pavilion «Беларусь» name no body."""
    by_key = {e.key: i for i, e in enumerate(entities)}
    result = list(entities)
    dropped: set[int] = set()
    for i, entity in enumerate(entities):
        if entity.type != "ORG" or any(_quoted(text, m) and len(m.text.split()) > 1
                                       for m in entity.mentions):
            continue
        places = {gazetteer.resolve(m.text) for m in entity.mentions}
        place = places.pop() if len(places) == 1 else None
        if place is None or place.geo_kind not in ("country", "region"):
            continue
        dropped.add(i)
        moved = tuple(replace(m, type="GEO") for m in entity.mentions)
        j = by_key.get(place.key)
        known = j is not None and result[j].type == "GEO"
        if not known and any(_quoted(text, m) for m in entity.mentions):
            continue
        if known and j is not None:
            result[j] = replace(result[j], mentions=tuple(sorted(
                (*result[j].mentions, *moved), key=lambda m: m.start)))
        else:
            result.append(place_entity(place, moved))
            by_key[place.key] = len(result) - 1
    return [e for i, e in enumerate(result) if i not in dropped]


def _quoted(text: str, mention: Mention) -> bool:
    """Whether a quote mark opens or closes the mention, inside it or beside it."""
    before = text[mention.start - 1] if mention.start > 0 else ""
    after = text[mention.stop] if mention.stop < len(text) else ""
    edges = {before, after, text[mention.start:mention.start + 1],
             text[mention.stop - 1:mention.stop]} - {""}
    return any(char in QUOTES for char in edges)
