"""Page furniture among the NER mentions and entities: web addresses, an excerpt cut off
mid-word, credit lines, hashtags, calls to the reader («Обсудим новость в Telegram?»),
channels («Telegram-канал»), and words that only look like organizations' names.

Real news pages carry these around the article; none of them names a party of the news.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import OPENING_QUOTES, QUOTES, overlaps
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Document, Entity, Mention, Token
from coopwatch.text.token_index import TokenIndex

# Addresses and their query strings: «…&mh_tags=Александр%20Ганов,…» names no one
URL = re.compile(r"(?:https?://|www\.)\S+|\S*%[0-9A-Fa-f]{2}\S*")
PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|ом|им|ой|ую|ая|ое|ие|их|ими)$")
SENTENCE_END = frozenset(".!?…»\"”)")


def url_spans(text: str) -> list[tuple[int, int]]:
    """Where the text has web addresses and their query strings."""
    return [(match.start(), match.end()) for match in URL.finditer(text)]


def outside_urls(entities: Sequence[Entity], urls: Sequence[tuple[int, int]]) -> list[Entity]:
    """The entities without their mentions inside web addresses (`url_spans`); an entity
    named only there is dropped (the words of a link's query string are no
    organizations)."""
    if not urls:
        return list(entities)
    kept = []
    for entity in entities:
        mentions = tuple(m for m in entity.mentions if not overlaps(m.start, m.stop, urls))
        if mentions:
            kept.append(entity if len(mentions) == len(entity.mentions)
                        else replace(entity, mentions=mentions))
    return kept


def is_named_org(entity: Entity, index: TokenIndex, morph: Morph) -> bool:
    """Whether some mention of an ORG entity reads as an organization's name, not as page
    furniture: not a lone dictionary verb or place adjective («Читать», «Лепельского»),
    not a common word in capitals («РЕКЛАМЕ», «ЖАЛОБУ»), not a common noun capitalized
    only as the first word of a sentence («Аппаратом губернатора …»)."""
    return any(_named(mention, index.inside(mention.start, mention.stop), index, morph)
               for mention in entity.mentions)


def _named(mention: Mention, tokens: Sequence[Token], index: TokenIndex,
           morph: Morph) -> bool:
    if not tokens:  # a span inside a token («ТМА-2»): nothing to judge it by
        return True
    if len(tokens) > 1:
        return True
    token = tokens[0]
    if token.text.isupper():  # an acronym, unless a common word in capitals («РЕКЛАМЕ»)
        return not _common_word(morph, token)
    if text_quoted(index, token):  # «Уфимский» in quotes is a name
        return True
    if PLACE_ADJECTIVE.search(token.text) or (token.pos == "VERB" and _common_word(morph, token)):
        return False
    return not (_sentence_initial(index, token) and _common_word(morph, token))


def text_quoted(index: TokenIndex, token: Token) -> bool:
    """Whether a token stands between quotes."""
    before, after = index.before(token.start), index.after(token.stop)
    return bool(before) and bool(after) and before[0].text in QUOTES and after[0].text in QUOTES


def _common_word(morph: Morph, token: Token) -> bool:
    """A dictionary noun or verb that is no abbreviation, name or organization."""
    return _a_common_word(morph, token.text)


def _a_common_word(morph: Morph, word: str) -> bool:
    parse = morph.parse(word.lower())[0]
    return len(word) >= 5 and parse.is_known and not (
        {"Abbr", "Orgn", "Name", "Surn", "Geox"} & set(map(str, parse.tag.grammemes)))


def _sentence_initial(index: TokenIndex, token: Token) -> bool:
    before = index.before(token.start)
    return not before or before[0].text in (".", "!", "?", "\n") or "\n" in before[0].text


BYLINE = re.compile(r"([А-Яа-яЁё]+)\s*:[^\n:]*$")


@lru_cache(maxsize=1)
def byline_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/byline_words.txt"))


# a short line that ends in a credit word before the name: «Смотреть фоторепортаж» + name
CREDIT_LEAD = re.compile(r"^\s*(?:[А-Яа-яЁё]+\s+){0,2}([А-Яа-яЁё]+)\s+$")


def credited_only(text: str, entity: Entity) -> bool:
    """A person named only in credit lines («Фото: ФедералПресс / Полина Зиновьева»,
    «Текст: Людмила Никитина», «Смотреть фоторепортаж Анны Ивановой»): the page's
    staff, not a person of the news. The author in an agency's dateline («(Казань,
    17 мая, «Татар-информ», Имя Фамилия).») stays: the seed gold counts such a name."""
    def credited(mention: Mention) -> bool:
        line = text[text.rfind("\n", 0, mention.start) + 1:mention.start]
        found = BYLINE.search(line) or (
            CREDIT_LEAD.match(line) if _ends_its_line(text, mention.stop) else None)
        return found is not None and fold(found.group(1)) in byline_words()
    return all(credited(mention) for mention in entity.mentions)


# a weather widget's temperature after its city («Ричмонд\n+21°\nпасмурно»)
TEMPERATURE = re.compile(r"\s{0,3}[+\-−–]?\d{1,2}\s?°")


def weather_only(text: str, entity: Entity) -> bool:
    """A place named only by a weather widget of the page (the reader's city and its
    temperature), not by the news."""
    return all(TEMPERATURE.match(text, mention.stop) for mention in entity.mentions)


def _ends_its_line(text: str, stop: int) -> bool:
    """Nothing but marks after `stop` up to the line's end: a credit line, not a sentence
    that opens with «Автор Иван Петров представил …»."""
    end = text.find("\n", stop)
    return not text[stop:end if end >= 0 else len(text)].strip(" \t.,;:!?)»\"")


# one or two more words up to the closing quote (quoted speech goes on longer)
QUOTED_REST = re.compile(r"(?:[ \t]+[^\s«»\"„“”]+){1,2}[»“”\"]")


def quoted_title_only(text: str, entity: Entity) -> bool:
    """A person named only as the first words of a longer quoted name («в зале «Соёлын
    Төв Өргөө»», «премия «Андрей Рублёв года»»): the title of a hall, a work or a
    prize, not a person of the news."""
    def in_title(mention: Mention) -> bool:
        return (mention.start > 0 and text[mention.start - 1:mention.start] in OPENING_QUOTES
                and QUOTED_REST.match(text, mention.stop) is not None)
    return bool(entity.mentions) and all(in_title(mention) for mention in entity.mentions)


def readable_mentions(doc: Document, urls: Sequence[tuple[int, int]]) -> list[Mention]:
    """The NER mentions outside web addresses (`url_spans`), and not cut off by the end
    of an excerpt («…с вице-губернатором Санкт-Петербурга Кири»: the text stops
    mid-word)."""
    end = len(doc.text.rstrip())
    cut = end > 0 and doc.text[end - 1] not in SENTENCE_END
    return [mention for mention in doc.mentions
            if not overlaps(mention.start, mention.stop, urls)
            and not (cut and mention.stop >= end)]


EDGE_MARKS = "/\\|•·▪►–—-,:;"
CALL_WORDS = 8  # a call to the reader is a short line
TOP_LIST = re.compile(r"(?i)топ[- ]?\d+")


def trimmed(text: str, start: int, stop: int) -> tuple[int, int]:
    """A span without the bullets, slashes and dashes at its edges («• Новость»,
    «БЕЛТА/»)."""
    while start < stop and (text[start] in EDGE_MARKS or text[start].isspace()):
        start += 1
    while stop > start and (text[stop - 1] in EDGE_MARKS or text[stop - 1].isspace()):
        stop -= 1
    return start, stop


def is_org_furniture(text: str, morph: Morph, start: int, stop: int) -> bool:
    """Whether an organization span is page furniture: a hashtag («#Команда47»), a
    top list's heading («ТОП-5»), words of a headline in capitals, a span the excerpt cuts off, a channel or account («Telegram-канале»), or a name in
    a call to the reader («Обсудим новость в Telegram?», «Подписывайтесь на …»)."""
    return (text[start - 1:start] == "#" or cut_off(text, stop) or top_list(text[start:stop])
            or _capitals_line(text, start, stop) or _rubric_line(text, morph, start, stop)
            or _channel(morph, text[start:stop]) or _call_line(text, morph, start))


CAPITAL_WORDS = 4  # a headline set in capitals has at least this many words
# what follows a rubric on its line: the day, the month's name, the year, maybe a time
RUBRIC_DATE = re.compile(r"[ \t]+\d{1,2}[ \t]+[а-яё]+[ \t]+\d{4}\b[^\n]*(?:\n|$)")


def _rubric_line(text: str, morph: Morph, start: int, stop: int) -> bool:
    """Whether a span of common words (and places' names after the first) opens a line
    that goes on with a date only: the page's rubric over its story («Бизнес Материалы
    18 марта 2019 19:26», «Центр / Новости Подмосковья 13 августа 2022 г.»), no firm."""
    if text[text.rfind("\n", 0, start) + 1:start].strip() or not RUBRIC_DATE.match(text, stop):
        return False
    words = re.findall(r"[А-Яа-яЁё]+", text[start:stop])
    return bool(words) and all(_a_common_word(morph, word) or _a_place_word(morph, word)
                               for word in words) and _a_common_word(morph, words[0])


def _a_place_word(morph: Morph, word: str) -> bool:
    """A word the dictionary knows as a place's name: «Новости Подмосковья»."""
    return any("Geox" in parse.tag for parse in morph.parse(word))


def _capitals_line(text: str, start: int, stop: int) -> bool:
    """Whether a span in capitals lies in a headline set in capitals («ВСТРЕЧА ПОСЛА …
    С РУКОВОДИТЕЛЕМ ПРЕДСТАВИТЕЛЬСТВА ТАМБОВСКОЙ ОБЛАСТИ»): its words are common words
    in capitals, not an abbreviation."""
    if not text[start:stop].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", stop)
    words = [word for word in text[line_start:line_stop if line_stop >= 0 else len(text)].split()
             if any(char.isalpha() for char in word)]
    return len(words) >= CAPITAL_WORDS and all(word.isupper() for word in words)


def cut_off(text: str, stop: int) -> bool:
    """Whether a span reaches the end of an excerpt that stops mid-sentence, or only
    lower-case words of the name's field run from it to that end: «Омский завод» +
    «инновационных техноло» may be the start of a longer name the excerpt cuts."""
    end = len(text.rstrip())
    if end == 0 or text[end - 1] in SENTENCE_END:
        return False
    if end <= stop:
        return True
    tail = CUT_TAIL.fullmatch(text, stop, end)
    return tail is not None and text[stop - 1:stop] not in SENTENCE_END and tail.group(
        1) not in LINK_WORDS


# up to three lower-case words between a span and the cut end of an excerpt
CUT_TAIL = re.compile(r"[ \t]+([а-яё-]+)(?:[ \t]+[а-яё-]+){0,2}")
LINK_WORDS = frozenset({"и", "а", "но", "или", "в", "во", "на", "с", "со", "по", "для", "из",
                        "к", "о", "об", "от", "у", "за", "при", "что", "как", "это"})


def top_list(name: str) -> bool:
    """A top list's heading: «ТОП-5», «Топ-10» (the number is what makes it one: «ТВ-3»
    is a channel)."""
    return TOP_LIST.fullmatch(name) is not None


def _channel(morph: Morph, name: str) -> bool:
    """A name joined by a hyphen to a common noun that says what it is: «Telegram-канал»,
    «YouTube-канале» name a channel, not an organization."""
    head, dash, tail = name.rpartition("-")
    if not dash or not head or not tail.isalpha() or not tail.islower() or not has_letters(head):
        return False
    return fold(morph.parse(tail)[0].normal_form) in channel_words()


@lru_cache(maxsize=1)
def channel_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/channel_words.txt"))


def has_letters(text: str) -> bool:
    return any(char.isalpha() for char in text)


def _call_line(text: str, morph: Morph, start: int) -> bool:
    """Whether `start` lies in a short line that begins with a call to the reader: a
    verb in the imperative or in the first person plural («Читайте», «Обсудим»); or in a
    longer line, in a short sentence that is such a call or follows one («Подписывайтесь,
    чтобы не пропустить! ВКонтакте, Telegram, Дзен»)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_stop = text.find("\n", start)
    line = text[line_start:line_stop if line_stop >= 0 else len(text)]
    if _a_call(line.split(), morph):
        return True
    pieces = [(m.start(), m.group()) for m in SENTENCE_PIECE.finditer(line)]
    at = max((n for n, (offset, _) in enumerate(pieces) if line_start + offset <= start),
             default=None)
    if at is None:
        return False
    return any(_a_call(pieces[n][1].split(), morph) for n in (at - 1, at) if n >= 0)


SENTENCE_PIECE = re.compile(r"[^.!?…]+[.!?…]*")


def _a_call(words: list[str], morph: Morph) -> bool:
    if not words or len(words) > CALL_WORDS:
        return False
    first = words[0].strip(".,!?:;«»\"")
    if not first.isalpha():
        return False
    asks = words[-1].endswith(("?", "!"))  # «Обсудим новость в Telegram?»
    parses = morph.parse(first.lower())
    if any(parse.tag.POS in FUNCTION_WORD_POS for parse in parses):
        return False  # «При досмотре …»: a preposition, not the imperative of «переть»
    return any(parse.tag.POS == "VERB" and (parse.tag.mood == "impr" or (
        asks and parse.tag.person == "1per" and parse.tag.number == "plur"))
        for parse in parses[:2])


FUNCTION_WORD_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})
