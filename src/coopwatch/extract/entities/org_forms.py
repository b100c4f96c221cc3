"""Organizations the first pass cuts short or makes up on real pages, fixed on the
finished entities.

- A body followed by a bare word for the page's own territory («Законодательного
  собрания области», «во Дворце культуры области», «комитета … города», «Министерства
  … региона»), or after a region adjective («регионального Минсельхоза»), is the body
  of the region that word points at, named with it (`org_territory`); when the page
  names no such region, with the word itself. The mentions stay as they were: the word
  still says whose body it is to the fact stages.
- A capitalized dictionary word alone, not between quotes, in the plural
  («Соглашений») or an honorific («Превосходительство»), is a common noun written
  with a capital, not a name (one-word institutions in the singular stay: «Сенат»).
- A name on a line of an exchange-rate widget («ЦБ USD 92.13», «Курс ЦБ на 22.01») is
  page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from coopwatch.extract.entities.candidates import QUOTES
from coopwatch.extract.entities.org_noise import bare_body_words
from coopwatch.extract.entities.org_territory import (
    Region,
    genitive,
    listed_before,
    regional_alias,
    regional_word,
    regions_of,
    territory_word,
    whose,
)
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph
from coopwatch.records import Entity, Mention

RATE_LINE = re.compile(r"(?<![\w])(?:USD|EUR|CNY|Курс|курс)(?![\w])")
RATE_LINE_MAX = 60
NOT_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Orgn", "Abbr", "Patr", "Trad"})


def fixed_orgs(text: str, morph: Morph, entities: Sequence[Entity]) -> list[Entity]:
    """The entities with the fixes of the module docstring applied to organizations."""
    places = {m.start for e in entities if e.type == "GEO" for m in e.mentions}
    kept = []
    for entity in entities:
        if entity.type != "ORG":
            kept.append(entity)
            continue
        mentions = tuple(m for m in entity.mentions if not _on_rate_line(text, m))
        if mentions and not _common_word(text, morph, entity):
            kept.append(replace(entity, mentions=mentions))
    words = _territory_words(text, places, kept)
    regions = regions_of(entities)
    return [_with_territory(text, morph, regions, words, e) if e.type == "ORG" else e
            for e in kept]


def _territory_words(text: str, places: set[int],
                     entities: Sequence[Entity]) -> dict[int, str]:
    """Each ORG mention's territory word by where the mention starts: the word after it,
    the region adjective before it, or the word of the body listed after it."""
    words: dict[int, str] = {}
    for entity in entities:
        for mention in entity.mentions if entity.type == "ORG" else ():
            word = territory_word(text, places, mention.stop) or regional_word(
                text, mention.start)
            if word is not None:
                words[mention.start] = word
    for entity in entities:
        for mention in entity.mentions if entity.type == "ORG" else ():
            if mention.start not in words:
                shared = listed_before(text, mention.stop, words)
                if shared is not None:
                    words[mention.start] = shared
    return words


def _on_rate_line(text: str, mention: Mention) -> bool:
    start = text.rfind("\n", 0, mention.start) + 1
    stop = text.find("\n", mention.stop)
    line = text[start:stop if stop >= 0 else len(text)]
    return len(line.strip()) <= RATE_LINE_MAX and RATE_LINE.search(line) is not None


def _quoted(text: str, mention: Mention) -> bool:
    before = text[mention.start - 1] if mention.start > 0 else ""
    after = text[mention.stop] if mention.stop < len(text) else ""
    return (bool(before) and before in QUOTES) or (bool(after) and after in QUOTES)


def _common_word(text: str, morph: Morph, entity: Entity) -> bool:
    """One capitalized word the dictionary knows only as a common word, never quoted,
    that is a plural («Соглашений») or an honorific («Превосходительство»); an
    institution's one-word name in the singular stays («Сенат», «Кремль»)."""
    words = {m.text for m in entity.mentions}
    if len(words) != 1 or any(_quoted(text, m) for m in entity.mentions):
        return False
    word = words.pop()
    if " " in word or "-" in word or not word[:1].isupper() or not word[1:].islower():
        return False
    parses = morph.parse(word.lower())
    common = bool(parses) and all(p.is_known for p in parses) and any(
        "NOUN" in p.tag for p in parses[:1]) and not any(
        NOT_NAME_TAGS & set(map(str, p.tag.grammemes)) for p in parses)
    plural = all("plur" in p.tag and "Pltm" not in p.tag for p in parses)
    return common and (plural or fold(parses[0].normal_form) in honorifics())


def _name_by_itself(name: str) -> bool:
    """Whether a body's name written before a territory word names it alone
    («Госстройнадзор региона»: the page calls it «Госстройнадзор»); a bare word for a kind
    of body («Правительства области») needs the territory."""
    return " " in name or fold(name) not in bare_body_words()


@lru_cache(maxsize=1)
def honorifics() -> frozenset[str]:
    return frozenset(fold(row[0]) for row in data_rows("entities/honorifics.txt"))


def _with_territory(text: str, morph: Morph, regions: Sequence[Region],
                    words: dict[int, str], entity: Entity) -> Entity:
    tails = [words.get(m.start) for m in entity.mentions]
    if not any(tails) or any(
            word[:1].isupper() for word in entity.name.split()[1:]):
        return entity
    first = next(m.start for m, word in zip(entity.mentions, tails, strict=True) if word)
    word = next(word for word in tails if word)
    bare = f"{entity.name} {word}"
    region = whose(word, first, regions)
    named = genitive(morph, word, region) if region is not None else None
    longer = f"{entity.name} {named}" if named else bare
    written = regional_alias(morph, text, first, entity.name)
    if written is not None:  # «регионального Мининвеста»: the name as written, and with
        # its adjective
        bare = entity.name
    if all(tails):
        aliases = (*entity.aliases, bare, *((written,) if written else ()),
                   *((entity.name,) if _name_by_itself(entity.name) else ()))
        return replace(entity, key="org:" + longer, name=longer,
                       aliases=tuple(dict.fromkeys(a for a in aliases if a != longer)))
    return replace(entity, aliases=tuple(dict.fromkeys((*entity.aliases, longer, bare))))
