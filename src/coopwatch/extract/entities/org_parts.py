"""Organizations read in a piece of something else, not a body of the news.

One word at the end of a quoted phrase whose first word the mention leaves out: the
NER model reads a body in the last word of a route («рейс "Кызыл - Улангом"»), of a
holiday («праздник «Ысыах Туймаады»») or of a place name among quoted ones
(«"Набережные Челны"»). A whole quoted name («ОЭЗ «Иннополис»») is no such part.

The name of an online platform (`platform_names.txt`) in the page's furniture: among
other platforms on a line of share buttons («Поделиться: ВКонтакте - Одноклассники»),
or after a preposition in the invitation to follow the site («Все самое интересное в
Telegram»). A platform the news is about («Компания Telegram открыла офис») stays. A
platform's mention where a post went up is no mention of a body either, whatever the
entity's other mentions: «в» / «на» (and «своём», «своей») after a word of posting or
of a page (`platform_venue_words.txt`: «написал в Twitter», «на своей странице в
Facebook»), a kind of platform between them (`platform_kind_words.txt`: «на
видеохостинге YouTube», «в мессенджерах Telegram»; «в блоге Facebook» is the company's),
or «в своём Твиттере» (`without_platform_venues`).

A title: one capitalized word, unquoted, that the dictionary knows only as a common
noun, in the nominative right after a lower-case noun in an oblique case («в программе
Новости», «в рубрике Экономика»): a programme or a section, not a body.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from coopwatch.extract.entities.candidates import OPENING_QUOTES, QUOTES
from coopwatch.extract.entities.lexicon import is_org_kind, legal_forms, place_kinds
from coopwatch.extract.entities.org_facilities import without_mentions
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention, Token
from coopwatch.text.token_index import TokenIndex

CLOSING_QUOTES = "»“”\""
STRAIGHT = "\""
SEPARATORS = ",;:|·•-–—()"


@lru_cache(maxsize=1)
def platform_names() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/platform_names.txt"))


def is_part_of_something(text: str, index: TokenIndex, entity: Entity) -> bool:
    """Whether an ORG entity is a platform's name, or every mention of it is the end of
    a longer quoted phrase (module docstring)."""
    if fold(entity.name) in platform_names() and entity.mentions and all(
            _platform_furniture(text, index, m) for m in entity.mentions):
        return True
    return bool(entity.mentions) and all(quoted_tail(text, index, m) for m in entity.mentions)


def _platform_furniture(text: str, index: TokenIndex, mention: Mention) -> bool:
    """A platform's name after a preposition, or with another platform's on its line or
    on a line next to it (share buttons, one to a line or all on one)."""
    before = index.before(mention.start, 1)
    if before and before[-1].pos == "ADP":
        return True
    lines = text.split("\n")
    at = text.count("\n", 0, mention.start)
    near = " ".join(lines[max(0, at - 1):at + 2])
    words = {fold(word.strip(SEPARATORS)) for word in near.split()}
    return len(words & platform_names()) >= 2


@lru_cache(maxsize=1)
def platform_venue_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/platform_venue_words.txt"))


@lru_cache(maxsize=1)
def platform_kind_words() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/platform_kind_words.txt"))


VENUE_PREPOSITIONS = frozenset({"в", "на"})
POSSESSIVES = frozenset({"свой", "мой", "его", "её", "ее", "их", "личный", "официальный"})


def without_platform_venues(index: TokenIndex, entities: Sequence[Entity]) -> list[Entity]:
    """The entities without the mentions of a platform where a post went up; a platform
    left with no mention goes (module docstring)."""
    kept = []
    for entity in entities:
        left = (without_mentions(entity, lambda m: _venue(index, m))
                if entity.type == "ORG" and fold(entity.name) in platform_names() else entity)
        if left is not None:
            kept.append(left)
    return kept


def _venue(index: TokenIndex, mention: Mention) -> bool:
    """«написал в Twitter», «на своей странице в Facebook», «в своём Твиттере», «на
    видеохостинге YouTube»."""
    before = index.before(mention.start, 4)
    if len(before) > 1 and fold(before[-1].lemma) in platform_kind_words() and (
            before[-2].text.lower() in VENUE_PREPOSITIONS):
        return True
    owned = bool(before) and fold(before[-1].lemma) in POSSESSIVES
    if owned:
        before = before[:-1]
    if not before or before[-1].text.lower() not in VENUE_PREPOSITIONS:
        return False
    return owned or (len(before) > 1 and fold(before[-2].lemma) in platform_venue_words())


def quoted_tail(text: str, index: TokenIndex, mention: Mention) -> bool:
    """The mention is one word inside quotes on its line, after a word of the quoted
    phrase that it leaves out, and the phrase closes at or after its end. Left-out words
    that say what the body is («ПАО Газпром», «Группа ГАЗ», «ГК Росатом») make the
    phrase the body's full name, not something else."""
    if len(mention.text.split()) > 1:
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    opening = _opening_quote(text, line_start, mention.start)
    if opening is None:
        return False
    lead = text[opening + 1:mention.start]
    if not lead.strip() or any(char in QUOTES for char in lead):
        return False
    if any(_names_a_body(token) for token in index.inside(opening + 1, mention.start)):
        return False
    if text[mention.stop - 1:mention.stop] in tuple(CLOSING_QUOTES):
        return True
    closing = text[mention.stop:mention.stop + 2].lstrip(" ")[:1]
    return closing != "" and closing in CLOSING_QUOTES


def _names_a_body(token: Token) -> bool:
    """A legal form, an abbreviation or a word for a kind of body."""
    word = token.text.strip(QUOTES)
    return (word in legal_forms() or (word.isupper() and len(word) > 1)
            or is_org_kind(token.lemma))


def _opening_quote(text: str, line_start: int, start: int) -> int | None:
    """The offset of the quote mark that opens the phrase `start` stands in, if any: the
    last quote mark before it on its line, when that mark opens (a straight one opens
    when the marks before it on the line are even in number)."""
    for at in range(start - 1, line_start - 1, -1):
        char = text[at]
        if char not in QUOTES:
            continue
        if char == STRAIGHT:
            return at if text.count(STRAIGHT, line_start, at) % 2 == 0 else None
        return at if char in OPENING_QUOTES else None
    return None


PROPER = frozenset({"Orgn", "Geox", "Name", "Surn", "Patr", "Abbr", "Trad"})


def titled_common_noun(text: str, index: TokenIndex, morph: Morph, entity: Entity) -> bool:
    """Every mention is a title: one capitalized common noun in the nominative, unquoted,
    right after a lower-case noun in an oblique case («в программе Новости», «в рубрике
    Экономика»). A noun that agrees with no head there names a programme or a section;
    a body's name in a dependent case («здания Конгресса») is no such title."""
    return bool(entity.mentions) and all(
        _common_noun(text, morph, m) and _after_oblique_noun(index, morph, m)
        for m in entity.mentions)


def _after_oblique_noun(index: TokenIndex, morph: Morph, mention: Mention) -> bool:
    before = index.before(mention.start, 1)
    if not before or not before[-1].text.isalpha() or not before[-1].text.islower():
        return False
    head = morph.parse(before[-1].text)
    return (bool(head) and all(p.tag.POS == "NOUN" and "nomn" not in p.tag for p in head)
            and any("nomn" in p.tag for p in morph.parse(mention.text)))


def _common_noun(text: str, morph: Morph, mention: Mention) -> bool:
    """One capitalized word (no capital inside: «МАЗы» spells an acronym), not quoted,
    that the dictionary knows only as a common noun."""
    word = mention.text
    if " " in word or not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False
    edges = text[max(0, mention.start - 1):mention.start] + text[mention.stop:mention.stop + 1]
    if any(char in QUOTES for char in edges):
        return False
    parses = morph.parse(word)
    return bool(parses) and all(
        parse.is_known and parse.tag.POS == "NOUN" and not (PROPER & parse.tag.grammemes)
        for parse in parses)


def named_after_place_kind(text: str, index: TokenIndex, entity: Entity) -> bool:
    """Every mention stands, unquoted, right after a lower-case word for a kind of
    territory whose name it gives («главой округа Савски-Венац», «в районе Чаоян»): a
    place, not a body. A verb right after it makes it the subject of its own clause
    («В области Сбербанк открыл офис»): a body."""
    return bool(entity.mentions) and all(_after_place_kind(text, index, m)
                                         for m in entity.mentions)


def _after_place_kind(text: str, index: TokenIndex, mention: Mention) -> bool:
    before = index.before(mention.start, 1)
    if not before or text[before[-1].stop:mention.start] != " ":
        return False
    word = before[-1]
    after = index.after(mention.stop, 1)
    if after and after[0].pos in ("VERB", "AUX"):
        return False
    return word.text.isalpha() and word.text.islower() and fold(word.lemma) in place_kinds()
