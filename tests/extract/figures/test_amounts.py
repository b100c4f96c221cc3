"""Amounts: numbers in digits and words, multipliers, currencies, percent."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopwatch.extract.figures.amounts import currency_code, find_amounts, parse_amount

AMOUNTS = [
    # a sum written in two parts
    ("более 2 миллиардов 700 миллионов рублей", 2.7e9, "RUB"),
    ("1 млрд 250 млн долларов", 1.25e9, "USD"),
    # three parts, each under the one before (session 31, v… dev)
    ("1 млрд 341 млн 718,7 тыс американских долларов", 1_341_718_700.0, "USD"),
    # the units after the thousands with no multiplier (session 33, y… dev)
    ("отгружено 31 тыс. 406 тонн пшеницы", 31_406.0, None),
    ("поставлено 4 тысячи 75 тонн", 4_075.0, None),
    ("2,2 млн руб.", 2_200_000.0, "RUB"),
    ("2,2 млн.руб.", 2_200_000.0, "RUB"),
    ("50 миллиардов долларов", 5.0e10, "USD"),
    ("565 млн долларов США", 5.65e8, "USD"),
    ("порядка 11 тыс.", 11_000.0, None),
    ("294 миллиардов рублей", 2.94e11, "RUB"),
    ("свыше 100 миллиардов рублей", 1.0e11, "RUB"),
    ("3 млрд долларов", 3.0e9, "USD"),
    ("5,3 млн", 5.3e6, None),
    ("1.5 млрд юаней", 1.5e9, "CNY"),
    ("11 000 рублей", 11_000.0, "RUB"),
    ("11\u00a0000 руб.", 11_000.0, "RUB"),
    ("1 250 000 тенге", 1_250_000.0, "KZT"),
    ("5000 предприятий", 5000.0, None),
    # dots between groups of three digits part thousands (session 35, z… dev)
    ("составил 327.500 тонн", 327_500.0, None),
    ("на сумму 1.250.000 тенге", 1_250_000.0, "KZT"),
    ("ввезено 12.300 т.", 12_300.0, None),
    # a decimal point before a multiplier, or with other than three digits, stays one
    ("1.500 млрд юаней", 1.5e9, "CNY"),
    ("12.35 тонны", 12.35, None),
    ("полтора миллиарда рублей", 1.5e9, "RUB"),
    ("полутора миллионов долларов", 1.5e6, "USD"),
    ("двадцать пять тысяч тенге", 25_000.0, "KZT"),
    ("три с половиной млрд евро", 3.5e9, "EUR"),
    ("47 с половиной миллионов долларов", 4.75e7, "USD"),
    # a decimal comma typed with a space after it, before a multiplier
    ("более 6, 1 тысяч кубических метров", 6.1e3, None),
    ("миллиард долларов", 1.0e9, "USD"),
    # half a multiplier in one word
    ("полмиллиарда долларов", 5.0e8, "USD"),
    ("около полумиллиона рублей", 5.0e5, "RUB"),
    ("полтриллиона рублей", 5.0e11, "RUB"),
    ("сто миллионов сумов", 1.0e8, "UZS"),
    ("27%", 27.0, "percent"),
    ("12,4 %", 12.4, "percent"),
    ("27 процентов", 27.0, "percent"),
    ("$5 млн", 5.0e6, "USD"),
    ("€ 200 тыс.", 200_000.0, "EUR"),
    ("3 млрд белорусских рублей", 3.0e9, "BYN"),
    ("10 бел. руб.", 10.0, "BYN"),
    ("800 млн российских рублей", 8.0e8, "RUB"),
    ("2 трлн рублей", 2.0e12, "RUB"),
    ("40 тысяч сомов", 40_000.0, "KGS"),
    ("100 млн дирхамов", 1.0e8, "AED"),
    ("7 млрд индийских рупий", 7.0e9, "INR"),
    ("500 тысяч юаней", 500_000.0, "CNY"),
]

NOT_AMOUNTS = ["16+", "news_header_top_970_100", "5-й", "COVID-19", "№ 5",
               "несколько сотен миллионов рублей", "десятки миллиардов долларов",
               # the unit of a number told before, spelled out in a bracket
               "(миллиардов долларов – ред.)"]


# a sum converted into another currency between slashes (news agency style): the number
# after the opening slash is read, not the multiplier alone
SLASHED = [
    ("ввезли товаров на 12,5 млрд юаней /1,9 млрд долл. США/", [(1.25e10, "CNY"), (1.9e9, "USD")]),
    ("составил 3 млрд юаней /470,2 млн долл./", [(3e9, "CNY"), (4.702e8, "USD")]),
    # a slash between numbers still joins them into no amount of its own
    ("сезон 2023/2024", [(2023.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED)
def test_a_sum_after_a_spaced_slash(text: str, expected: list) -> None:
    found = find_amounts(text)
    assert [a.unit for a in found] == [unit for _, unit in expected]
    assert [a.value for a in found] == pytest.approx([value for value, _ in expected])


# the lower bound of a range «с/от A до B» told with B's multiplier and unit only
RANGES = [
    ("вырос с $4 до $316 млн", [(4e6, "USD"), (3.16e8, "USD")]),
    ("от 2 до 5 млрд рублей", [(2e9, "RUB"), (5e9, "RUB")]),
    ("с 1,5 до 3 млн тенге", [(1.5e6, "KZT"), (3e6, "KZT")]),
    # no range: years, a lower bound of its own, a bound above the upper one
    ("с 2019 до 2025 года", [(2019.0, None), (2025.0, None)]),
    ("с 300 тыс. до 2 млн рублей", [(3e5, None), (2e6, "RUB")]),
    ("с 500 до 300 млн рублей", [(500.0, None), (3e8, "RUB")]),
    ("в 4 раза, до 316 млн долларов", [(4.0, None), (3.16e8, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_a_range_lower_bound_takes_the_upper_multiplier(text: str, expected: list) -> None:
    assert [(amount.value, amount.unit) for amount in find_amounts(text)] == expected


def test_a_range_with_a_hyphen_keeps_its_upper_bound() -> None:
    found = [(a.text, a.value, a.unit) for a in find_amounts("получал 50-70 млн рублей в год")]
    assert found == [("50", 50.0, None), ("70 млн рублей", 7.0e7, "RUB")]


@pytest.mark.parametrize(("text", "value", "unit"), AMOUNTS)
def test_parse_amount(text: str, value: float, unit: str | None) -> None:
    parsed = parse_amount(text)
    assert parsed is not None
    assert math.isclose(parsed[0], value, rel_tol=1e-9)
    assert parsed[1] == unit


@pytest.mark.parametrize("text", NOT_AMOUNTS)
def test_not_amounts(text: str) -> None:
    assert parse_amount(text) is None


def test_offsets_point_into_the_text() -> None:
    text = "Товарооборот превысил 565 млн долларов США, а инвестиции — 2,2 млн руб."
    found = find_amounts(text)
    assert [text[a.start:a.stop] for a in found] == ["565 млн долларов США", "2,2 млн руб."]
    assert [a.multiplied for a in found] == [True, True]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("белорусских рублей", "BYN"), ("рублей", "RUB"), ("долларов США", "USD"), ("юаня", "CNY")],
)
def test_currency_code(phrase: str, code: str) -> None:
    assert currency_code(phrase) == code


MULTIPLIERS = {
    "тыс.": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "млн": 1e6, "миллиона": 1e6,
    "миллионов": 1e6, "млрд": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "трлн": 1e12,
    "триллиона": 1e12, "": 1.0,
}
CURRENCIES = {
    "рублей": "RUB", "руб.": "RUB", "долларов": "USD", "долларов США": "USD", "евро": "EUR",
    "юаней": "CNY", "белорусских рублей": "BYN", "тенге": "KZT", "сумов": "UZS",
    "%": "percent", "": None,
}


def _format(number: float, decimals: int, comma: bool, grouped: bool) -> str:
    text = f"{number:,.{decimals}f}" if grouped else f"{number:.{decimals}f}"
    text = text.replace(",", "\u00a0")
    return text.replace(".", ",") if comma else text


@given(
    number=st.floats(min_value=0, max_value=999_999, allow_nan=False),
    decimals=st.integers(min_value=0, max_value=2),
    comma=st.booleans(),
    grouped=st.booleans(),
    multiplier=st.sampled_from(sorted(MULTIPLIERS)),
    currency=st.sampled_from(sorted(CURRENCIES)),
)
def test_round_trip(
    number: float, decimals: int, comma: bool, grouped: bool, multiplier: str, currency: str
) -> None:
    written = _format(number, decimals, comma, grouped)
    text = " ".join(part for part in (written, multiplier, currency) if part)
    parsed = parse_amount(f"составил {text} за год")
    expected = round(number, decimals) * MULTIPLIERS[multiplier]
    assert parsed is not None, text
    assert math.isclose(parsed[0], expected, rel_tol=1e-9, abs_tol=1e-9), text
    assert parsed[1] == CURRENCIES[currency], text


@pytest.mark.parametrize(("text", "expected"), [
    # a year or a percent after the thousands is a number of its own
    ("около 12 тыс. 2023 года", [12_000.0, 2023.0]),
    ("5 тыс. 25% рынка", [5_000.0, 25.0]),
])
def test_no_units_after_the_thousands(text: str, expected: list[float]) -> None:
    assert [amount.value for amount in find_amounts(text)] == expected
