"""State bodies written in lower case: adjectives and a body noun, or a ministry and its
genitive tail («российском министерстве финансов», «японского дипломатического
ведомства», «бюджетно-финансового парламентского комитета»); and bodies named by the
adjective of their town or region, in capitals or not («читинской таможни»,
«Сибирского таможенного управления»).

The NER-only analysis gives readings to few lower-case words, so this module reads the
words it looks at itself (`morph.reading`, cached per word form).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.morph import Morph, reading
from coopwatch.records import Token
from coopwatch.text.token_index import TokenIndex

MAX_ADJECTIVES = 3
MAX_TAIL = 3


@lru_cache(maxsize=1)
def body_words() -> dict[str, bool]:
    """Body lemmas (folded) → whether a genitive tail alone makes a name."""
    return {fold(row[0]): len(row) > 1 and row[1] == "tail"
            for row in data_rows("entities/org_body_words.txt")}


@lru_cache(maxsize=1)
def local_words() -> frozenset[str]:
    """Adjective lemmas of a region's or city's own bodies: областной, краевой (folded)."""
    return frozenset(fold(row[0]) for row in data_rows("entities/org_body_local_words.txt"))


@lru_cache(maxsize=1)
def _trigger() -> re.Pattern[str]:
    stems = sorted({word[:-2] for word in body_words()}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(stems)})\w*", re.IGNORECASE)


def _lower_word(token: Token) -> bool:
    return token.text.replace("-", "").isalpha() and token.text.islower()


def _is(morph: Morph, token: Token, pos: str, case: str | None = None) -> bool:
    found = reading(morph, token.text)
    return found.pos == pos and (case is None or found.feats.get("Case") == case)


def _adjectives_before(morph: Morph, index: TokenIndex, head: Token) -> int:
    """Where the lower-case adjectives agreeing in case with the head begin; -1 if one
    of them makes the body a region's own («краевое министерство»)."""
    case = reading(morph, head.text).feats.get("Case")
    start = head.start
    for token in reversed(index.before(head.start, MAX_ADJECTIVES)):
        if not (_lower_word(token) and _is(morph, token, "ADJ", case)):
            break
        if fold(reading(morph, token.text).lemma) in local_words():
            return -1
        start = token.start
    return start


def _genitive(morph: Morph, token: Token) -> str | None:
    """"NOUN" or "ADJ" if some reading of the word is a genitive noun or adjective."""
    for parse in morph.parse(token.text):
        if "gent" in parse.tag and parse.tag.POS in ("NOUN", "ADJF"):
            return "NOUN" if parse.tag.POS == "NOUN" else "ADJ"
    return None


def _tail_after(morph: Morph, index: TokenIndex, head: Token) -> int:
    """Where a lower-case genitive phrase after the head ends (at a noun), or the head's
    end; «и» may join two such phrases once a noun is taken («министерство промышленности
    и новых технологий»)."""
    stop, words, joined = head.stop, 0, False
    for token in index.after(head.stop, MAX_TAIL + 1 + MAX_TAIL):
        if token.text == "и" and stop > head.stop and not joined:
            words, joined = 0, True
            continue
        kind = _genitive(morph, token) if _lower_word(token) and len(token.text) > 2 else None
        if kind is None or words == MAX_TAIL or (
                joined and fold(reading(morph, token.text).lemma) in body_words()):
            break
        words += 1
        if kind == "NOUN":
            stop = token.stop
    return stop


def body_spans(text: str, morph: Morph, index: TokenIndex) -> list[tuple[int, int]]:
    """Spans of lower-case state bodies named by adjectives or a genitive tail."""
    found = []
    for match in _trigger().finditer(text):
        head = index.at(match.start())
        if head is None or not head.text.islower():
            continue
        found_head = reading(morph, head.text)
        takes_tail = body_words().get(fold(found_head.lemma))
        if takes_tail is None or found_head.feats.get("Number") == "Plur":
            continue
        start = _adjectives_before(morph, index, head)
        if start < 0:
            continue
        stop = _tail_after(morph, index, head) if takes_tail else head.stop
        if start < head.start or stop > head.stop:
            found.append((start, stop))
    return found


PLACE_SHAPE = re.compile(r"[а-яё-]+(?:ск|цк)(?:ий|ого|ому|ом|им|ой|ую|ая|ое|ие|их|ими)")


@lru_cache(maxsize=1)
def place_body_words() -> frozenset[tuple[str, ...]]:
    """The folded lemmas of each body a place adjective names: («таможня»,),
    («таможенный», «управление»)."""
    return frozenset(tuple(fold(word) for word in row[0].split())
                     for row in data_rows("entities/place_body_words.txt"))


def _place_adjective(morph: Morph, token: Token, is_country: Callable[[str], bool]) -> bool:
    """An adjective that may be a town's or region's: capitalized, or in lower case of
    the shape «-ский»/«-цкий»; not a country's («китайской таможни») nor one of the
    words that make a body a region's own («областной»)."""
    word = token.text
    if not word.replace("-", "").isalpha() or reading(morph, word).pos != "ADJ":
        return False
    if word[:1].islower() and PLACE_SHAPE.fullmatch(word) is None:
        return False
    return fold(reading(morph, word).lemma) not in local_words() and not is_country(word)


def place_body_spans(morph: Morph, index: TokenIndex,
                     is_country: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of bodies named by a place adjective: «Благовещенская таможня», «читинской
    таможни», «Дальневосточного таможенного управления»."""
    found = []
    longest = max((len(words) for words in place_body_words()), default=0)
    for position, token in enumerate(index.tokens):
        if not _place_adjective(morph, token, is_country):
            continue
        lemmas: list[str] = []
        for word in index.tokens[position + 1:position + 1 + longest]:
            if not _lower_word(word):
                break
            lemmas.append(fold(reading(morph, word.text).lemma))
            if tuple(lemmas) in place_body_words():
                found.append((token.start, word.stop))
                break
    return found
