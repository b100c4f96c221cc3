"""Amounts: numbers in digits or words, with multipliers, currencies and percent.

`find_amounts(text)` finds every amount in a text with its offsets;
`parse_amount("2,2 млн руб.") == (2200000.0, "RUB")`. Currency names come from
`figures/currencies.tsv` (ISO 4217 codes); the unit of an amount is a currency code, `percent`,
or None for a bare number (the counted noun, if any, is the figures stage's business).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from coopwatch.lexicon.datafiles import data_rows
from coopwatch.lexicon.folding import fold_spaces
from coopwatch.lexicon.numwords import (
    MULTIPLIER,
    MULTIPLIERS,
    NUMBER_WORD,
    multiplier_value,
    word_number_value,
)

PERCENT = "percent"


@dataclass(frozen=True)
class Amount:
    """A number found in a text, in base units (5,3 млн -> 5300000.0)."""

    start: int
    stop: int
    text: str
    value: float
    unit: str | None        # ISO 4217 code, "percent", or None
    in_digits: bool         # written with digits ("5000", "1,5 млрд"), not words
    multiplied: bool        # has a multiplier word (тыс., млн, миллиардов)


def _phrase_pattern(phrase: str) -> str:
    """A currency phrase from the data file as a regex: `доллар* США` -> `доллар\\w*\\s+США`."""
    words = []
    for word in phrase.split():
        if word.endswith("*"):
            words.append(re.escape(word[:-1]) + r"\w*")
        elif word[-1].isalnum():
            words.append(re.escape(word) + r"(?!\w)")
        else:
            words.append(re.escape(word))
    return r"\s*".join(words) if len(words) > 1 and phrase.split()[0].endswith(".") else (
        r"\s+".join(words)
    )


def _load_currencies() -> list[tuple[re.Pattern[str], str]]:
    rows = sorted(data_rows("figures/currencies.tsv"), key=lambda row: len(row[1]), reverse=True)
    return [(re.compile(_phrase_pattern(phrase), re.IGNORECASE), code) for code, phrase in rows]


CURRENCIES = _load_currencies()
_CURRENCY = "|".join(pattern.pattern for pattern, _ in CURRENCIES)
_SIGNS = {"$": "USD", "€": "EUR", "₽": "RUB", "¥": "CNY", "₸": "KZT"}
# a decimal comma with a space after it before a multiplier («более 6, 1 тысяч кубических
# метров») is a slip of the keyboard, not two numbers
_SPACED_DECIMAL = rf"(?<!\d)\d{{1,3}},\s\d(?=\s*(?:{MULTIPLIER}))"
# «327.500 тонн», «1.250.000 тенге»: dots between groups of three digits, with no multiplier
# after them, part thousands (a decimal point is written before a multiplier, «1.5 млрд»)
_DOTTED_THOUSANDS = rf"\d{{1,3}}(?:\.\d{{3}})+(?![\d,]|\.\d|\s*(?:{MULTIPLIER}))"
DOTTED_THOUSANDS = re.compile(_DOTTED_THOUSANDS)
_DIGITS = (rf"{_SPACED_DECIMAL}|{_DOTTED_THOUSANDS}"
           rf"|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:[.,]\d+)?(?!\d)"
           r"|\d+(?:[.,]\d+)?")
# «47 с половиной миллионов долларов»: digits and a half
_NUMBER = rf"(?:(?P<digits>{_DIGITS})(?P<and_half>\s+с\s+половиной)?|(?P<words>{NUMBER_WORD}))"
# half a multiplier written as one word: «полмиллиарда», «около полумиллиона»
_WORDED_MULTIPLIERS = "|".join(sorted((word for word in MULTIPLIERS if len(word) > 4),
                                      key=len, reverse=True))
_HALF = rf"(?<![\w-])полу?(?P<half>{_WORDED_MULTIPLIERS})(?![\w-])"
_UNIT = rf"(?P<unit>%|процент\w*|проц\.?(?![а-яё])|{_CURRENCY})"

AMOUNT = re.compile(
    rf"(?:(?P<sign>[$€₽¥₸])\s?)?"
    rf"(?:(?<=\d-)|(?<![\w.,№-])(?<!\S/))(?<!№\s)(?:{_NUMBER}(?:\s*(?P<mult>{MULTIPLIER})"
    rf"(?P<rest>(?:\s+\d{{1,3}}(?:[.,]\d+)?\s*(?:{MULTIPLIER})){{1,2}})?"
    # «28 тыс. 573 тонны»: the units after the thousands, with no multiplier of their own
    rf"(?P<ones>(?:(?<=[тТ]ыс\.)|(?<=[тТ]ысяч)|(?<=[тТ]ысячи)|(?<=[тТ]ысяча))"
    rf"\s\d{{1,3}}(?![\d.,]|\s*(?:{MULTIPLIER}|%|проц)))?)?"
    rf"|(?P<bare>{MULTIPLIER})|{_HALF})"
    rf"(?:\s*{_UNIT})?"
    # a multiplier cut short may be glued to the unit after it («92 тыс.тонн»)
    r"(?:(?<=\.)|(?![\w+]|-[а-яёa-z]|[.,]\d))",
    re.IGNORECASE,
)


def find_amounts(text: str) -> list[Amount]:
    """Every amount in a text, left to right."""
    amounts = [amount for amount in map(_amount, AMOUNT.finditer(text)) if amount is not None]
    following: list[Amount | None] = [*amounts[1:], None][:len(amounts)]
    return [_range_low(text, amount, after)
            for amount, after in zip(amounts, following, strict=True)]


# «с $4 до $316 млн», «от 2 до 5 млрд рублей»: the lower bound of a range told with the
# multiplier and unit of the upper one only
_FROM = re.compile(r"(?:^|\s)(?:с|со|от)\s*$", re.IGNORECASE)
_UP_TO = re.compile(r"\s+до\s+$", re.IGNORECASE)
LEADING_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def lower_bound_value(upper: Amount, low: float) -> float | None:
    """The value of a range's lower bound `low` told with the multiplier of its upper
    bound `upper` only («20-22 млрд»: 20 billion), or None unless `low` is above zero and
    below the upper bound's number (read past a currency sign: «$22 млрд»)."""
    number = LEADING_NUMBER.search(upper.text)
    high = float(number[0].replace(",", ".")) if number else 0.0
    return round(upper.value * low / high, 6) if 0 < low < high else None


def _range_low(text: str, amount: Amount, after: Amount | None) -> Amount:
    """The amount, with the multiplier and unit of the range's upper bound when it is a
    bare lower bound («с $4 до $316 млн»: 4 million dollars)."""
    if (after is None or amount.multiplied or not amount.in_digits or not after.multiplied
            or not after.in_digits or amount.unit not in (None, after.unit)
            or not _UP_TO.fullmatch(text[amount.stop:after.start])
            or not _FROM.search(text[max(0, amount.start - 4):amount.start])):
        return amount
    low = LEADING_NUMBER.search(amount.text)
    value = lower_bound_value(after, float(low[0].replace(",", "."))) if low else None
    if value is None:
        return amount
    return Amount(amount.start, amount.stop, amount.text, value, after.unit,
                  in_digits=True, multiplied=True)


def parse_amount(text: str) -> tuple[float, str | None] | None:
    """The value and unit of the first amount in a text: "50 миллиардов долларов" -> 5e10 USD."""
    amounts = find_amounts(text)
    return (amounts[0].value, amounts[0].unit) if amounts else None


def _amount(match: re.Match[str]) -> Amount | None:
    number = _number(match)
    unit = _unit(match)
    alone = match["bare"] or match["half"]
    if number is None or (alone and (unit in (None, PERCENT) or _vague_before(match))):
        return None
    multiplier = multiplier_value(match["mult"] or alone or "") or Decimal(1)
    if match["half"]:
        multiplier /= 2
    value = number * multiplier + _rest(match, multiplier)
    if match["ones"]:
        value += Decimal(match["ones"].strip())
    start = match.start("sign") if match["sign"] else match.start()
    return Amount(
        start=start, stop=match.end(), text=match.group(0), value=float(value),
        unit=unit, in_digits=match["digits"] is not None,
        multiplied=bool(match["mult"] or alone),
    )


_REST_PART = re.compile(rf"(\d{{1,3}}(?:[.,]\d+)?)\s*({MULTIPLIER})", re.IGNORECASE)


def _rest(match: re.Match[str], multiplier: Decimal) -> Decimal:
    """The smaller parts of «3 миллиардов 500 миллионов» (500 million) and of «1 млрд 341
    млн 718,7 тыс» (341 million and 718.7 thousand), each under the one before."""
    total = Decimal(0)
    for part in _REST_PART.finditer(match["rest"] or ""):
        rest_multiplier = multiplier_value(part[2]) or Decimal(0)
        if rest_multiplier >= multiplier:
            break
        total += Decimal(part[1].replace(",", ".")) * rest_multiplier
        multiplier = rest_multiplier
    return total


# Words that make a bare multiplier no amount of one: «несколько сотен миллионов рублей»
# is not a million roubles.
VAGUE_COUNTS = frozenset({"несколько", "нескольких", "сотни", "сотен", "десятки", "десятков",
                          "сотня", "десяток", "много", "многих"})


def _vague_before(match: re.Match[str]) -> bool:
    """Whether a bare multiplier is no amount: a vague count before it, or a bracket
    the multiplier opens, which spells out the unit of a number told before it («сейчас
    28 (миллиардов долларов – ред.)»)."""
    words = match.string[max(0, match.start() - 20):match.start()].split()
    return bool(words) and (fold_spaces(words[-1]) in VAGUE_COUNTS or words[-1].endswith("("))


def _number(match: re.Match[str]) -> Decimal | None:
    if match["digits"]:
        half = Decimal("0.5") if match["and_half"] else Decimal(0)
        digits = match["digits"]
        if DOTTED_THOUSANDS.fullmatch(digits) and not match["mult"]:
            digits = digits.replace(".", "")
        return Decimal(re.sub(r"\s", "", digits).replace(",", ".")) + half
    if match["words"]:
        return word_number_value(match["words"])
    return Decimal(1)


def _unit(match: re.Match[str]) -> str | None:
    if match["sign"]:
        return _SIGNS[match["sign"]]
    unit = match["unit"]
    if not unit:
        return None
    if unit == "%" or fold_spaces(unit).startswith("проц"):
        return PERCENT
    return currency_code(unit)


def currency_code(phrase: str) -> str | None:
    """The ISO 4217 code of a currency name in any form: "белорусских рублей" -> BYN."""
    for pattern, code in CURRENCIES:
        if pattern.fullmatch(phrase.strip()):
            return code
    return None


CURRENCY_BEFORE = re.compile(r"(?<![\w-])(?:в|во)\s+(?P<currency>[а-яё]+(?:\s+США)?)\s*[–—-]?\s*$",
                             re.IGNORECASE)


def currency_before(text: str) -> str | None:
    """The currency a sum is told in when it is named before it: «составил в тенге 200
    миллиардов, в рублях – 40 миллиардов» (`text` ends where the sum starts)."""
    match = CURRENCY_BEFORE.search(text[-40:])
    return currency_code(match["currency"]) if match else None
