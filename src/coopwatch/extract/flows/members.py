"""The places a plural destination stands for: «продукцию направляют в 12 стран. Это
Египет, Турция и Вьетнам», «зерно отгружено в страны Азии: Китай, Вьетнам, Индию». Each
listed place receives the goods of the supply that names the plural."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from coopwatch.extract.flows.lists import AMOUNT, MEMBER_TAIL
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.records import Document
from coopwatch.text.mentions import EntityMention, entity_mentions
from coopwatch.text.passages import Passage
from coopwatch.text.regions import is_country_key, is_place_key, is_russian_region

MIN_MEMBERS = 2
# what may stand between two members: a comma, «и», a bracketed share or an amount after
# a dash, a repeated preposition, an adjective in lower case
MEMBER_GAP = re.compile(rf"\s*{MEMBER_TAIL}?\s*(?:,|\bи\b|;)\s*(?:(?:в|во|на)\s+)?"
                        r"(?:[а-яё]+(?:ую|юю|ой|ей|ий|ый|ая|яя|ые|ие|ых|их)\s+)?\s*$")
MARKS = r"[:—–-]"
ANY_WORD = r"(?:[а-яё-]+\s)?"  # «*» in an opener: one lower-case word or none


@lru_cache(maxsize=1)
def list_openers() -> tuple[str, ...]:
    """Words that open such a list (`data/flows/list_openers.txt`), longest first."""
    rows = [" ".join(row[0].split()) for row in data_rows("flows/list_openers.txt")]
    return tuple(sorted(rows, key=len, reverse=True))


@lru_cache(maxsize=2)
def _opener_pattern(at_start: bool) -> re.Pattern[str]:
    words = "|".join(r"\s*".join(ANY_WORD if word == "*" else re.escape(word)
                                  for word in opener.split())
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
    following = _next_passage(passage, passages)
    if following is None:
        return []
    return _members(doc, following.start, following.stop, _opener_pattern(at_start=True)) or (
        _members(doc, following.start, following.stop, _lead_pattern()))


def _next_passage(passage: Passage, passages: Sequence[Passage]) -> Passage | None:
    """The passage right after this one, if any."""
    later = [item for item in passages if item.start >= passage.stop]
    return min(later, key=lambda item: item.start) if later else None


# what opens a verbless sentence that goes on with the receivers of the one before
CONTINUED_OPENER = re.compile(r"^\s*(?:(?:в|во|на)\s+)?$", re.IGNORECASE)
AMOUNT_AFTER = re.compile(rf"\s*{AMOUNT}")


def members_continued(doc: Document, passage: Passage,
                      passages: Sequence[Passage]) -> list[str]:
    """The places the next sentence lists, each with its amount after a dash, when it has
    no verb of its own: the sentence goes on with the receivers of this one («Больше всего
    продукции закупила Россия — 2,3 тыс. тонн. В Турцию — 538,8 тонны, Узбекистан — 239,2
    тонны»)."""
    following = _next_passage(passage, passages)
    if following is None:
        return []
    if any(token.pos in ("VERB", "AUX") and token.feat("VerbForm") != "Part"
           for token in following.tokens):
        return []
    found, _ = _listed_places(doc, following.start, following.stop, CONTINUED_OPENER)
    places = [item for item in entity_mentions(doc, following.start, following.stop)
              if item.entity.type == "GEO" and is_place_key(item.key)]
    if not found or not AMOUNT_AFTER.match(doc.text, places[0].stop):
        return []
    # a bare place goes on with a receiver told the same way («Россия — 2,3 тыс. тонн»);
    # after «в», with any
    own = [item for item in entity_mentions(doc, passage.start, passage.stop)
           if item.entity.type == "GEO" and is_place_key(item.key)]
    opened = doc.text[following.start:places[0].start].strip()
    if not opened and not (own and AMOUNT_AFTER.match(doc.text, own[-1].stop)):
        return []
    return found


# a receiver with its amount, the verb left out: «, в Северную Осетию – 1,2 тонны
# чеснока» (the amount after a dash) or «, 3 тысячи подвоев — в Тамбовскую область»
# (the amount before it)
GAPPED_BEFORE = re.compile(r"[^.!?:;]*,\s*(?:а\s+)?(?:(?:в|во|на)\s+|"
                           r"\d[^.!?:;,]*(?:,\d[^.!?:;,]*)?\s[—–-]\s*(?:в|во|на)\s+)")
GAPPED_AMOUNT = re.compile(r"\s*[—–-]\s*\d")


def members_gapped(doc: Document, after: int, stop: int, first: str) -> list[EntityMention]:
    """The receivers a sentence goes on with after its verb's own, each with its amount
    and the verb left out: «В Саратовскую область поставили 13 тонн свеклы, в Северную
    Осетию – 1,2 тонны чеснока, в Чеченскую Республику – 1 тонна». `after` is where the
    verb's receiver `first` ends; they are of its kind. Each mention is given once, in
    text order."""
    places = [item for item in entity_mentions(doc, after, stop)
              if item.entity.type == "GEO" and is_place_key(item.key)]
    found: list[EntityMention] = []
    end = after
    for item in places:
        if item.start < end:
            continue
        before = GAPPED_BEFORE.fullmatch(doc.text, end, item.start)
        amount_after = GAPPED_AMOUNT.match(doc.text, item.stop)
        amount_before = before is not None and bool(
            re.search(r"\d", doc.text[doc.text.rfind(",", end, item.start):item.start]))
        if before is None or not (amount_after or amount_before) or not same_kind(
                first, item.key):
            break
        if item.key != first and all(item.key != other.key for other in found):
            found.append(item)
        end = item.stop
    return found


LEAD_WORDS = 6  # lower-case words a lead may stand apart from its list


@lru_cache(maxsize=1)
def list_leads() -> tuple[str, ...]:
    """Words that open a sentence listing the places a few words on
    (`data/flows/list_leads.txt`)."""
    return tuple(" ".join(row[0].split()) for row in data_rows("flows/list_leads.txt"))


@lru_cache(maxsize=1)
def _lead_pattern() -> re.Pattern[str]:
    words = "|".join(r"\s+".join(re.escape(word) for word in lead.split())
                     for lead in list_leads())
    return re.compile(rf"^\s*(?:{words})\s*,?(?:\s+[а-яё-]+){{0,{LEAD_WORDS}}}\s+$",
                      re.IGNORECASE)


# what may open a line of a list under a heading: nothing, a bullet, or a number
LINE_LEAD = re.compile(r"^\s*(?:[-–—•·*▪●◦]|\d{1,2}[.)])?\s*$")
# what may close a line that names one member: its share or amount, and a stop
LINE_TAIL = re.compile(rf"\s*{MEMBER_TAIL}?\s*[.;,]?\s*$")


def members_below(doc: Document, passage: Passage, passages: Sequence[Passage]) -> list[str]:
    """The places listed in the lines under a heading that ends with a colon, one of a
    kind (countries, or Russian regions): «Основные покупатели:» over «Китай — 120 млн
    долларов», «Казахстан — 35 млн долларов», one a line, or over one line that lists
    them all. A line that is no member ends the list."""
    if not passage.tokens or not passage.opens_list:
        return []
    below = sorted((item for item in passages if item.start >= passage.stop),
                   key=lambda item: item.start)
    found: list[str] = []
    for line in below:
        keys, end = _listed_places(doc, line.start, line.stop, LINE_LEAD)
        if not keys or (found and not same_kind(found[0], keys[0])):
            break
        if len(keys) == 1 and not LINE_TAIL.fullmatch(doc.text, end, line.stop):
            break  # a sentence that opens with a place: «Китай остаётся партнёром…»
        found += keys
        if len(keys) > 1:
            break  # one line that lists them all
    found = list(dict.fromkeys(found))
    return found if len(found) >= MIN_MEMBERS else []


def _members(doc: Document, start: int, stop: int, opener: re.Pattern[str]) -> list[str]:
    places = [item for item in entity_mentions(doc, start, stop)
              if item.entity.type == "GEO" and is_place_key(item.key)]
    if not places or not doc.text[start:places[0].start].strip():
        return []
    found = _listed_places(doc, start, stop, opener)[0]
    return found if len(found) >= MIN_MEMBERS else []


def _listed_places(doc: Document, start: int, stop: int,
                   opener: re.Pattern[str]) -> tuple[list[str], int]:
    """The places of one kind listed from the first one in [start, stop), when `opener`
    matches all that stands before it, and where the last of them ends."""
    places = [item for item in entity_mentions(doc, start, stop)
              if item.entity.type == "GEO" and is_place_key(item.key)]
    if not places or not opener.fullmatch(doc.text[start:places[0].start]):
        return [], start
    first = places[0].key
    if not (is_country_key(first) or is_russian_region(first)):
        return [], start
    found, end = [first], places[0].stop
    for before, item in pairwise(places):
        if item.start < before.stop:
            continue
        if not MEMBER_GAP.fullmatch(doc.text[before.stop:item.start]) or not same_kind(
                first, item.key):
            break
        found.append(item.key)
        end = item.stop
    return list(dict.fromkeys(found)), end


def same_kind(first: str, key: str) -> bool:
    """Two members of one list of flow ends: a country and a country or a region abroad
    listed among countries («в Корею, на Тайвань, в Индию»), or two Russian regions."""
    if is_country_key(first):
        return is_country_key(key) or (is_place_key(key) and not is_russian_region(key))
    return is_russian_region(first) and is_russian_region(key)
