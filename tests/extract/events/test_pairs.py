"""Tests of lists of signing pairs (coopwatch.extract.events.pairs)."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import events
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def document(text: str, tools: Toolkit, entities: dict[str, list[str]]) -> Document:
    """The analyzed text with its dates and the given entities."""
    return builders.dated_document(text, tools, entities, "2025-04-02")


# plural agreements «между» a comma list are one agreement per group, a group closed by
# the part with «и» (not an «и» inside a name); a bare adjective is a side whose noun
# closes its group; a singular agreement or a list not closed by «и» is one agreement
PAIRS = [
    ("Соглашения были подписаны между Курской и Гродненской областями, "
     "Тверской областью и Витебской областью.",
     {"RU-KRS": ["Курской"], "BY-HR": ["Гродненской областями"],
      "RU-TVE": ["Тверской областью"], "BY-VI": ["Витебской областью"]},
     {frozenset({"RU-KRS", "BY-HR"}), frozenset({"RU-TVE", "BY-VI"})}),
    ("Подписаны соглашения между Курской, Брестской и Гомельской областями, "
     "Тверской и Витебской областями.",
     {"RU-KRS": ["Курской"], "BY-HO": ["Гомельской областями"],
      "RU-TVE": ["Тверской"], "BY-VI": ["Витебской областями"]},
     {frozenset({"RU-KRS", "BY-HO"}), frozenset({"RU-TVE", "BY-VI"})}),
    ("Подписан ряд соглашений между университетом экономики и права и заводом «Гранит», "
     "компанией «Вектор» и заводом «Нева».",
     {"org:Университет экономики и права": ["университетом экономики и права"],
      "org:Гранит": ["Гранит"], "org:Вектор": ["Вектор"], "org:Нева": ["Нева"]},
     {frozenset({"org:Университет экономики и права", "org:Гранит"}),
      frozenset({"org:Вектор", "org:Нева"})}),
    ("Соглашение было подписано между Курской и Гродненской областями, "
     "Тверской областью и Витебской областью.",
     {"RU-KRS": ["Курской"], "BY-HR": ["Гродненской областями"],
      "RU-TVE": ["Тверской областью"], "BY-VI": ["Витебской областью"]},
     {frozenset({"RU-KRS", "BY-HR", "RU-TVE", "BY-VI"})}),
    ("Соглашения были подписаны между Курской и Гродненской областями, Тверской областью.",
     {"RU-KRS": ["Курской"], "BY-HR": ["Гродненской областями"],
      "RU-TVE": ["Тверской областью"]},
     {frozenset({"RU-KRS", "BY-HR", "RU-TVE"})}),
    # a partner after «с», then «, а» and a stretch with no verb of its own naming another
    # after «с»: one agreement with each; a verb of its own after «а» tells something else
    ("Нижегородская область в 2024 году подписала меморандум с Карагандинской областью, а "
     "на выставке «Иннопром» — о развитии сотрудничества с Костанайской областью.",
     {"RU-NIZ": ["Нижегородская область"], "KZ-35": ["Карагандинской областью"],
      "KZ-39": ["Костанайской областью"]},
     {frozenset({"RU-NIZ", "KZ-35"}), frozenset({"RU-NIZ", "KZ-39"})}),
    ("Нижегородская область подписала меморандум с Карагандинской областью, а с "
     "Костанайской областью обсуждает поставки.",
     {"RU-NIZ": ["Нижегородская область"], "KZ-35": ["Карагандинской областью"],
      "KZ-39": ["Костанайской областью"]},
     {frozenset({"RU-NIZ", "KZ-35", "KZ-39"})}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PAIRS)
def test_a_list_of_signing_pairs_is_one_agreement_per_group(
        text: str, entities: dict[str, list[str]], expected: set[frozenset[str]],
        tools: Toolkit) -> None:
    doc = events.extract(document(text, tools, entities), tools)
    found = {frozenset(event.participants) for event in doc.events
             if event.type == "agreement"}
    assert found == expected
