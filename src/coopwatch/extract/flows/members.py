"""The places a plural destination stands for: «продукцию направляют в 12 стран. Это
Египет, Турция и Вьетнам», «зерно отгружено в страны Азии: Китай, Вьетнам, Индию». Each
listed place receives the goods of the supply that names the plural."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Document
from coopwatch.text.mentions import entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_country_key, is_place_key, is_russian_region

MIN_MEMBERS = 2
# what may stand between two members: a comma, «и», a bracketed share, a repeated
# preposition, an adjective in lower case
MEMBER_GAP = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|\bи\b|;)\s*(?:(?:в|во|на)\s+)?"
                        r"(?:[а-яё]+(?:ую|юю|ой|ей|ий|ый|ая|яя|ые|ие|ых|их)\s+)?\s*$")
MARKS = r"[:—–-]"


@lru_cache(maxsize=1)
def list_openers() -> tuple[str, ...]:
    """Words that open such a list (`data/flows/list_openers.txt`), longest first."""
    rows = [" ".join(row[0].split()) for row in data_rows("flows/list_openers.txt")]
    return tuple(sorted(rows, key=len, reverse=True))


@lru_cache(maxsize=2)
def _opener_pattern(at_start: bool) -> re.Pattern[str]:
    words = "|".join(r"\s*".join(re.escape(word) for word in opener.split())
                     for opener in list_openers())
    head = r"^\s*" if at_start else r"^\s*(?:,\s*)?"
    return re.compile(rf"{head}(?:(?:{words})\b\s*)?(?:{MARKS}\s*)?(?:(?:в|во|на)\s+)?$",
                      re.IGNORECASE)


def members_after(doc: Document, after: int, stop: int) -> list[str]:
    """The places listed in [after, stop) right after a plural destination that ends at
    `after`: opened by a mark or an opener word, two or more of one kind (countries, or
    Russian regions)."""
    return _members(doc, after, stop, _opener_pattern(at_start=False))


def members_in_next(doc: Document, passage: Passage, passages: Sequence[Passage]) -> list[str]:
    """The places listed at the start of the passage after this one, when an opener word
    begins it: «Это Тунис, Италия, Турция…»."""
    later = [item for item in passages if item.start >= passage.stop]
    if not later:
        return []
    following = min(later, key=lambda item: item.start)
    return _members(doc, following.start, following.stop, _opener_pattern(at_start=True))


def _members(doc: Document, start: int, stop: int, opener: re.Pattern[str]) -> list[str]:
    places = [item for item in entity_mentions(doc, start, stop)
              if item.entity.type == "GEO" and is_place_key(item.key)]
    if not places:
        return []
    lead = doc.text[start:places[0].start]
    if not opener.fullmatch(lead) or not lead.strip():
        return []
    first = places[0].key
    if not (is_country_key(first) or is_russian_region(first)):
        return []
    found = [first]
    for before, item in pairwise(places):
        if item.start < before.stop:
            continue
        if not MEMBER_GAP.fullmatch(doc.text[before.stop:item.start]) or not same_kind(
                first, item.key):
            break
        found.append(item.key)
    found = list(dict.fromkeys(found))
    return found if len(found) >= MIN_MEMBERS else []


def same_kind(first: str, key: str) -> bool:
    """Two members of one list of flow ends: a country and a country or a region abroad
    listed among countries («в Корею, на Тайвань, в Индию»), or two Russian regions."""
    if is_country_key(first):
        return is_country_key(key) or (is_place_key(key) and not is_russian_region(key))
    return is_russian_region(first) and is_russian_region(key)
