"""One supply said in many wordings: active and passive verbs, nouns, participles, the
sides as subject, «из X», «у X», a dative, an adjective of the goods, a list of receivers.
Sentences written for this table; each row gives the ends an annotator would mark."""

from __future__ import annotations

import pytest

from builders import document
from coopwatch.extract import flows
from coopwatch.tools import Toolkit

ALT = {"RU-ALT": ["Алтайский край", "Алтайского края", "Алтайском крае"], "CN": ["Китай", "Китаю"]}
OMS_KZ = {"RU-OMS": ["Омская область", "Омскую область", "Омской области"],
          "KZ": ["Казахстана", "Казахстан"]}

# text, entities, expected (from, to) pairs
CASES = [
    # export: the subject supplies «в X», a dative X, or the buyer buys «у X»
    ("Алтайский край в этом году экспортировал в Китай 300 тыс. тонн зерна.", ALT,
     {("RU-ALT", "CN")}),
    ("Китай закупил у Алтайского края 300 тыс. тонн пшеницы.", ALT, {("RU-ALT", "CN")}),
    ("Китаю Алтайский край продал 40 тыс. тонн подсолнечного масла.", ALT,
     {("RU-ALT", "CN")}),
    ("Алтайский край наладил поставки льна в Китай.", ALT, {("RU-ALT", "CN")}),
    # passive and bare goods: «из X в Y», the goods' adjective or their place of making
    ("Из Алтайского края в Китай отгружено 300 тыс. тонн зерна.", ALT, {("RU-ALT", "CN")}),
    ("В Китай из Алтайского края направлено 50 вагонов льна.", ALT, {("RU-ALT", "CN")}),
    ("Зерно, выращенное в Алтайском крае, уходит на экспорт в Китай.", ALT,
     {("RU-ALT", "CN")}),
    ("Алтайская пшеница поставляется в Китай уже пятый год.", ALT, {("RU-ALT", "CN")}),
    # nouns of the one who supplies or buys
    ("Крупнейшим покупателем алтайского зерна стал Китай.", ALT, {("RU-ALT", "CN")}),
    ("Основным поставщиком зерна в Китай выступает Алтайский край.", ALT,
     {("RU-ALT", "CN")}),
    # import: «из X», «в X» in the locative where it buys, bringing in
    ("Омская область импортирует из Казахстана уголь и металл.", OMS_KZ, {("KZ", "RU-OMS")}),
    ("В Омскую область из Казахстана ввезено 200 тракторов.", OMS_KZ, {("KZ", "RU-OMS")}),
    ("Омская область закупает в Казахстане зерно и муку.",
     {"RU-OMS": ["Омская область"], "KZ": ["Казахстане"]}, {("KZ", "RU-OMS")}),
    # both ways in one sentence
    ("Из Казахстана Омская область получает уголь, а в Казахстан отправляет нефтепродукты.",
     OMS_KZ, {("KZ", "RU-OMS"), ("RU-OMS", "KZ")}),
    # a list of receivers after a plural destination
    ("Омская область поставляет трубы в 52 страны, в том числе в Китай, Индию и Турцию.",
     {"RU-OMS": ["Омская область"], "CN": ["Китай"], "IN": ["Индию"], "TR": ["Турцию"]},
     {("RU-OMS", "CN"), ("RU-OMS", "IN"), ("RU-OMS", "TR")}),
    # trade with no goods moving is no supply
    ("Товарооборот между Омской областью и Казахстаном вырос на 15%.",
     {"RU-OMS": ["Омской областью"], "KZ": ["Казахстаном"]}, set()),
    ("Омская область и Казахстан подписали соглашение о сотрудничестве.",
     {"RU-OMS": ["Омская область"], "KZ": ["Казахстан"]}, set()),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_one_supply_in_many_wordings(tools: Toolkit, text: str,
                                     entities: dict[str, list[str]],
                                     expected: set[tuple[str, str]]) -> None:
    present = {key: [name for name in names if name in text]
               for key, names in entities.items()}
    doc = flows.extract(document(text, tools, {k: v for k, v in present.items() if v}), tools)
    assert {(flow.source, flow.target) for flow in doc.flows} == expected
