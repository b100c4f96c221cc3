"""Growth against the previous period: "вырос на 27%", "снизился на 5%", "в 1,5 раза",
"вдвое", "в полтора раза больше", "удвоился", "выросла на треть". Direction words are in
`figures/changes.tsv`, fraction words in `figures/fractions.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from coopwatch.extract.figures.amounts import PERCENT, Amount
from coopwatch.extract.figures.cues import clause_range
from coopwatch.extract.figures.fractions import FRACTIONS
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.numwords import NUMBER_WORD, word_number_value
from coopwatch.lexicon.phrases import LemmaLexicon
from coopwatch.records import Change, Token

_ROWS = list(data_rows("figures/changes.tsv"))
DIRECTIONS = LemmaLexicon.from_pairs([(phrase, value) for kind, value, phrase in _ROWS
                                      if kind in ("up", "down")])
FACTOR_WORDS = LemmaLexicon.from_pairs([(phrase, value) for kind, value, phrase in _ROWS
                                        if kind == "factor"])
BASE_WORDS = frozenset(phrase for kind, _, phrase in _ROWS if kind == "base")
QUALITIES = frozenset(phrase for kind, _, phrase in _ROWS if kind == "quality")
EFFORTS = frozenset(phrase for kind, _, phrase in _ROWS if kind == "effort")
_YEAR = re.compile(r"(?:19|20)\d\d$")
# «в 2,5 раза», and the slip «в 2, 5 раза» (a decimal comma typed with a space after it)
TIMES = re.compile(
    rf"(?<!\w)в\s+(?P<n>\d+(?:,\s?\d|[.,]\d+)?|{NUMBER_WORD})\s+раза?(?!\w)", re.IGNORECASE
)
# «на 27%», or a range «на 8–9%» (the change takes its upper bound, which the sign is on),
# or the second of two changes «на 55% и 16% соответственно», «на 61,3 и 18,8 проц.»
_BEFORE_PERCENT = re.compile(
    r"(?<!\w)на\s*(?:\d+(?:[.,]\d+)?\s*(?:[-–—]|(?:%|процент\w*|проц\.)?\s*и)\s*)?$",
    re.IGNORECASE)
# a signed percent is a change: «(плюс 37,07 процента к прошлому году)», «+12%»
_SIGNED_PERCENT = re.compile(r"(?:(?<!\w)(?P<word>плюс|минус)|(?P<sign>[+−]))\s*$", re.IGNORECASE)
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")"})
INDEX_BASE = 100  # percent: a growth told without «на» above it is an index


@dataclass(frozen=True)
class ChangeCue:
    """A stated change, where it is in the text, and the percent amount it consumed."""

    start: int
    stop: int
    change: Change
    amount: Amount | None = None


def find_changes(text: str, offset: int, tokens: Sequence[Token], words: Sequence[str],
                 amounts: Sequence[Amount]) -> list[ChangeCue]:
    """Changes stated in a sentence (`text` starts at `offset` in the document; `words`
    are the folded lemmas of `tokens`, see `cues.lemmas`)."""
    cues = [*_times(text, offset, tokens, words), *_factor_words(tokens, words),
            *_percents(text, offset, tokens, words, amounts), *_fraction_words(tokens, words)]
    return sorted(cues, key=lambda cue: cue.start)


def _direction(tokens: Sequence[Token], words: Sequence[str], start: int) -> int | None:
    """+1 or -1 from the direction word nearest to `start` in its clause."""
    first, last = clause_range(tokens, start, _CLAUSE_ENDS)
    found = DIRECTIONS.matches(words[first:last])
    if not found:
        return None
    nearest = min(found, key=lambda m: abs(tokens[first + m.first].start - start))
    return int(nearest.label)


def _earlier_direction(tokens: Sequence[Token], words: Sequence[str], start: int) -> int | None:
    """The direction word nearest before `start` anywhere in the sentence, for a clause
    that leaves its verb out."""
    found = [m for m in DIRECTIONS.matches(words) if tokens[m.first].start < start]
    return int(found[-1].label) if found else None


def _factor(value: Decimal, direction: int | None) -> Change:
    factor = float(value) if direction != -1 else float(1 / value)
    return Change(factor=round(factor, 6))


def _times(text: str, offset: int, tokens: Sequence[Token],
           words: Sequence[str]) -> list[ChangeCue]:
    cues = []
    for match in TIMES.finditer(text):
        number = match["n"]
        value = (Decimal(number.replace(" ", "").replace(",", ".")) if number[0].isdigit()
                 else word_number_value(number))
        start, stop = offset + match.start(), offset + match.end()
        if value and not _of_a_quality(tokens, words, start, stop):
            cues.append(ChangeCue(start, stop, _factor(value, _direction(tokens, words, start))))
    return cues


def _of_an_effort(tokens: Sequence[Token], words: Sequence[str], at: int) -> bool:
    """Whether a factor verb's object is an effort, no figure («утроить усилия»)."""
    verb = tokens[at].id
    return any(token.head_id == verb and token.rel == "obj" and words[n] in EFFORTS
               for n, token in enumerate(tokens))


def _of_a_quality(tokens: Sequence[Token], words: Sequence[str], start: int, stop: int) -> bool:
    """Whether «в N раз» hangs on a comparative of a quality («дешевле морской в 2,5
    раза»): two things compared, no growth."""
    ids = {token.id: n for n, token in enumerate(tokens)}
    return any(start <= token.start < stop and token.head_id in ids
               and words[ids[token.head_id]] in QUALITIES for token in tokens)


def _factor_words(tokens: Sequence[Token], words: Sequence[str]) -> list[ChangeCue]:
    cues = []
    for match in FACTOR_WORDS.matches(words):
        if _of_an_effort(tokens, words, match.first):
            continue  # «утроить усилия в увеличении товарооборота»
        start, stop = tokens[match.first].start, tokens[match.last - 1].stop
        direction = _direction(tokens, words, start)
        cues.append(ChangeCue(start, stop, _factor(Decimal(match.label), direction)))
    return cues


def _fraction_words(tokens: Sequence[Token], words: Sequence[str]) -> list[ChangeCue]:
    """A growth by a fraction word after «на» with a direction in its clause: «вырос на
    четверть» is 25 percent, «сократился на треть» minus 33.3."""
    cues = []
    for index in range(1, len(tokens)):
        if words[index] not in FRACTIONS or tokens[index - 1].text.lower() != "на":
            continue
        token = tokens[index]
        direction = _direction(tokens, words, token.start)
        if direction is not None:
            change = Change(percent=direction * FRACTIONS[words[index]])
            cues.append(ChangeCue(tokens[index - 1].start, token.stop, change))
    return cues


def _percents(text: str, offset: int, tokens: Sequence[Token], words: Sequence[str],
              amounts: Sequence[Amount]) -> list[ChangeCue]:
    cues = []
    for amount in amounts:
        if amount.unit != PERCENT:
            continue
        before = text[:amount.start - offset]
        signed = _SIGNED_PERCENT.search(before)
        if signed:
            minus = (signed["word"] or signed["sign"]).lower() in ("минус", "−")
            change = Change(percent=-amount.value if minus else amount.value)
            cues.append(ChangeCue(offset + signed.start(), amount.stop, change, amount))
            continue
        after_na = _BEFORE_PERCENT.search(before) is not None
        if not after_na and _of_a_base(tokens, words, amount.stop):
            # «составил 136% к аналогичному периоду»: 36 percent more than the base
            change = Change(percent=round(amount.value - 100, 6))
            cues.append(ChangeCue(amount.start, amount.stop, change, amount))
            continue
        if not (after_na or _growth_noun_before(tokens, words, amount.start)):
            continue
        if not after_na and amount.value > INDEX_BASE and _index_noun_before(
                tokens, words, amount.start):
            # «рост – 118,2%», «темп роста составил 118%»: an index of the year before,
            # 18.2 percent more (a growth told «на 118%» is the percent itself)
            change = Change(percent=round(amount.value - INDEX_BASE, 6))
            cues.append(ChangeCue(amount.start, amount.stop, change, amount))
            continue
        direction = _direction(tokens, words, amount.start)
        if direction is None and after_na:  # «экспорт увеличился на 54%, а импорт — на 37%»
            direction = _earlier_direction(tokens, words, amount.start)
        if direction is not None:
            change = Change(percent=direction * amount.value)
            cues.append(ChangeCue(amount.start, amount.stop, change, amount))
    return cues


def _of_a_base(tokens: Sequence[Token], words: Sequence[str], stop: int) -> bool:
    """«к аналогичному периоду», «к уровню», «к 2022 году» right after a percent that
    ends at `stop`: the percent is of the base, not a share or a growth."""
    index = next((i for i, token in enumerate(tokens) if token.start >= stop), len(tokens))
    if index + 1 < len(tokens) and words[index] == "от":  # «140% от уровня прошлого года»
        return words[index + 1] in LEVEL_WORDS  # not «17,9% от общего объёма», a share
    if index + 1 >= len(tokens) or words[index] != "к":
        return False
    return words[index + 1] in BASE_WORDS or bool(_YEAR.match(tokens[index + 1].text))


LEVEL_WORDS = frozenset({"уровень", "показатель"})  # a base after «от», not a whole


def _index_noun_before(tokens: Sequence[Token], words: Sequence[str], start: int) -> bool:
    """«рост» earlier in the clause, the word of a growth index («рост – 118,2%», «темп
    роста 118%»); «прирост» and «увеличение» tell the percent added."""
    first, _ = clause_range(tokens, start, _CLAUSE_ENDS)
    return any(token.stop <= start and lemma in INDEX_NOUNS
               for token, lemma in zip(tokens[first:], words[first:], strict=True))


INDEX_NOUNS = frozenset({"рост"})


def _growth_noun_before(tokens: Sequence[Token], words: Sequence[str], start: int) -> bool:
    """A direction noun earlier in the clause: "рост товарооборота составил 12%"."""
    first, _ = clause_range(tokens, start, _CLAUSE_ENDS)
    return any(token.stop <= start and token.pos == "NOUN" and DIRECTIONS.matches([lemma])
               for token, lemma in zip(tokens[first:], words[first:], strict=True))
