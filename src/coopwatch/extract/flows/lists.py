"""Lists of parties in a passage: «в Китай, Индию и Турцию», «Сибирь, Дальневосточный и
Уральский округа». Members of one list stand on one side of a supply, never on both: a
flow between two of them is a misreading of the list."""

from __future__ import annotations

import re

from coopwatch.records import Document
from coopwatch.text.mentions import entity_mentions

PARTIES = frozenset({"ORG", "GEO"})
# what may stand between two members of one list: a comma or «и» (a bracketed share may
# come first, a preposition repeated after), and up to two adjectives of members whose
# names were not read («в Сибирь, Дальневосточный и Уральский округа»)
ADJECTIVE = r"[А-ЯЁа-яё-]+(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ую|юю|ых|их)"
# what a member of a table-like list may carry after it: a bracketed share, or a dash
# and an amount («Китай — 916 партий весом 17,4 тыс. тонн, Корея – 229 партий»); a comma
# inside the amount only between digits
SHARE = r"\([^()]{0,40}\)"
AMOUNT = r"[—–-]\s*(?:[^\W\d]+\s+){0,2}\d(?:[^,;()\n]|,\d){0,60}"
MEMBER_TAIL = rf"(?:{SHARE}|{AMOUNT})"
JOINER = r"(?:,|;|\bи\b|,\s*и\b|,?\s*а\s+также\b)"
MEMBER_GAP = re.compile(
    rf"\s*{MEMBER_TAIL}?\s*{JOINER}\s*"
    rf"(?:{ADJECTIVE}\s*{JOINER}\s*){{0,2}}"
    r"(?:(?P<preposition>в|во|на|из|изо|с|со)\s+)?"
    rf"(?:{ADJECTIVE}\s+)?$"
)
# prepositions of one role: a list repeats its members' own («в Китай, на Тайвань»); a
# change of role ends it («рыбы из Камчатского края, в Таиланд — 2 тыс. тонн»)
ROLES = {"в": "to", "во": "to", "на": "to", "из": "from", "изо": "from", "с": "from",
         "со": "from"}
LAST_WORD = re.compile(r"(\w+)\s*$")


def list_groups(doc: Document, start: int, stop: int) -> list[frozenset[str]]:
    """The keys of each list of two or more parties named in [start, stop); a name that
    opens a clause of its own as its subject («…во Вьетнам, и РФ заинтересована…») ends
    the list before it."""
    mentions = [item for item in entity_mentions(doc, start, stop)
                if item.entity.type in PARTIES]
    relations = {token.start: token.rel for passage in doc.passages
                 if passage.stop > start and passage.start < stop
                 for token in passage.tokens}
    groups: list[set[str]] = []
    current: set[str] = set()
    role = None
    last = None
    for item in mentions:
        if last is not None and item.start < last.stop:
            continue  # a name inside the one before
        gap: re.Match[str] | None = MEMBER_GAP.fullmatch(
            doc.text[last.stop:item.start]) if last else None
        if gap and last is not None and (
                gap["preposition"] is None or ROLES[gap["preposition"]] == role) and (
                _subject(relations, item.start) <= _subject(relations, last.start)):
            current.add(item.key)
        else:
            if len(current) > 1:
                groups.append(current)
            current = {item.key}
            role = _role_before(doc.text, item.start)
        last = item
    if len(current) > 1:
        groups.append(current)
    return [frozenset(group) for group in groups]


def _subject(relations: dict[int, str], start: int) -> bool:
    """Whether the name starting at `start` is a clause's subject."""
    return relations.get(start, "").startswith("nsubj")


def one_list(groups: list[frozenset[str]], first: str, second: str) -> bool:
    """Whether two parties are members of one list."""
    return any(first in group and second in group for group in groups)


def _role_before(text: str, start: int) -> str | None:
    """The role of the preposition right before a name: «to», «from», or None."""
    found = LAST_WORD.search(text, max(0, start - 10), start)
    return ROLES.get(found.group(1).lower()) if found else None
