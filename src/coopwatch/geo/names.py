"""Names of places in running text: the words of a text, a name as the gazetteer indexes
it, and whether a name found at some words is a place mention there (written as the data
writes an abbreviation, not quoted, not cutting a hyphenated word, and, for an ambiguous
name, not sentence-initial and not beside another capitalized word).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold

WORD = re.compile(r"[^\W_]+")
JOIN = re.compile(r"[ \u00a0]{1,2}|[ \u00a0]?[-‐‑–—][ \u00a0]?")
OPEN_QUOTES = "«\"„“'"
CLOSE_QUOTES = "»\"“”'"
SENTENCE_END = ".!?…"


@dataclass(frozen=True)
class Word:
    """A word of a text, with its offsets."""

    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class IndexedName:
    """One indexed name of a place, as written in the data."""

    key: str
    text: str
    abbreviation: bool
    policy: str = ""  # "", "strict" or "skip", from the ambiguous-names file


def is_abbreviation(word: str) -> bool:
    """РТ, ХМАО, СПб, УрФО: two or more capitals in one short word."""
    return len(word) <= 6 and sum(ch.isupper() for ch in word) >= 2


def words_of(text: str) -> list[Word]:
    """Words of a text (hyphenated words split into parts) with their offsets."""
    return [Word(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def written_as(name: IndexedName, words: list[Word]) -> bool:
    """An abbreviation matches only as written: "РТ", not "рт"."""
    return not name.abbreviation or (len(words) == 1 and words[0].text == name.text)


def joiner(text: str, words: list[Word]) -> Callable[[int], bool]:
    """Whether word j continues the name of word j-1: only spaces or a hyphen between."""
    return lambda j: JOIN.fullmatch(text, words[j - 1].stop, words[j].start) is not None


def acceptable(text: str, words: list[Word], i: int, stop: int, name: IndexedName) -> bool:
    """Whether a name found at words i..stop is a place mention in this text."""
    if name.policy == "skip" or not written_as(name, words[i:stop + 1]):
        return False
    if _quoted(text, words[i].start, words[stop].stop):
        return False
    if _splits_compound(text, words, i, stop):
        return False
    return name.policy != "strict" or _clear_context(text, words, i, stop)


CHECKPOINT_FILE = "geo/checkpoint_words.txt"
WORD_BEFORE = re.compile(r"([^\W_]+)[ \u00a0]*$")


@lru_cache(maxsize=1)
def checkpoint_words() -> frozenset[str]:
    """Words for a border crossing or port named after its settlement (folded)."""
    return frozenset(fold(row[0]) for row in data_rows(CHECKPOINT_FILE))


def _quoted(text: str, start: int, stop: int) -> bool:
    """«Кубань», "Татарстан": a name in quotes is the name of something else; not
    after a border crossing's word («МАПП «Забайкальск»»), where it is the settlement."""
    if not (start > 0 and stop < len(text)
            and text[start - 1] in OPEN_QUOTES and text[stop] in CLOSE_QUOTES):
        return False
    before = WORD_BEFORE.search(text, max(0, start - 30), start - 1)
    return before is None or fold(before.group(1)) not in checkpoint_words()


def _splits_compound(text: str, words: list[Word], i: int, stop: int) -> bool:
    """A match must not cut a hyphenated word unless the other part is capitalized too."""
    before = i > 0 and text[words[i - 1].stop:words[i].start] == "-"
    if before and not words[i - 1].text[0].isupper():
        return True
    after = stop + 1 < len(words) and text[words[stop].stop:words[stop + 1].start] == "-"
    return after and not words[stop + 1].text[0].isupper()


def _clear_context(text: str, words: list[Word], i: int, stop: int) -> bool:
    """For ambiguous names: not sentence-initial, no capitalized word right next to it."""
    if _sentence_initial(text, words[i].start):
        return False
    if i > 0 and _adjacent_capital(text, words[i - 1], words[i]):
        return False
    return not (stop + 1 < len(words) and _adjacent_capital(text, words[stop], words[stop + 1]))


def _adjacent_capital(text: str, left: Word, right: Word) -> bool:
    """Two capitalized words separated by one space: "Владимир Путин", "Сергей Королёв"."""
    gap = text[left.stop:right.start]
    return gap in (" ", "\u00a0") and left.text[0].isupper() and right.text[0].isupper()


def _sentence_initial(text: str, start: int) -> bool:
    """Nothing but spaces, quotes or dashes between a sentence end (or text start) and here."""
    k = start - 1
    while k >= 0 and (text[k] in " \t\u00a0" or text[k] in OPEN_QUOTES or text[k] in "-–—("):
        k -= 1
    return k < 0 or text[k] in SENTENCE_END or text[k] == "\n"
