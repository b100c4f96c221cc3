"""Russian number words and multipliers (in every case form), from `lexicon/number_words.tsv`.

Gives the regular-expression sources other grammars embed (`NUMBER_WORD`, `MULTIPLIER`)
and the values of what they match: "двадцать пять" -> 25, "полутора" -> 1.5,
"млрд." -> 1e9, "тысячи" -> 1000.
"""

from __future__ import annotations

import re
from decimal import Decimal

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold_spaces


def _load() -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    numbers: dict[str, Decimal] = {}
    multipliers: dict[str, Decimal] = {}
    for kind, value, forms in data_rows("lexicon/number_words.tsv"):
        table = numbers if kind == "number" else multipliers
        for form in forms.split():
            table[form] = Decimal(value)
    return numbers, multipliers


NUMBERS, MULTIPLIERS = _load()


def _alternation(words: list[str]) -> str:
    """A regex alternation of words, longest first, `е` matching `ё` too."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace("е", "[её]") for word in ordered)


# one or more number words ("сто двадцать пять", "три с половиной")
_WORD = rf"(?:{_alternation(list(NUMBERS))})(?![\w-])"
NUMBER_WORD = rf"(?<![\w-]){_WORD}(?:\s+{_WORD})*(?:\s+с\s+половиной)?"
# a multiplier: a word or an abbreviation with an optional dot ("млн.", "тыс")
MULTIPLIER = rf"(?<![\w-])(?:{_alternation(list(MULTIPLIERS))})(?![\w-])\.?"

def word_number_value(text: str) -> Decimal | None:
    """The value of number words: "двадцать пять" -> 25, "три с половиной" -> 3.5."""
    words = fold_spaces(text).split()
    half = words[-2:] == ["с", "половиной"]
    if half:
        words = words[:-2]
    values = [NUMBERS.get(word) for word in words]
    if not values or any(value is None for value in values):
        return None
    total = sum((value for value in values if value is not None), Decimal(0))
    return total + Decimal("0.5") if half else total


def multiplier_value(text: str) -> Decimal | None:
    """The value of a multiplier: "млн." -> 1e6, "миллиардов" -> 1e9."""
    return MULTIPLIERS.get(fold_spaces(text).rstrip("."))
