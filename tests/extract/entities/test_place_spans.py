"""Place names as real pages write them, through the whole pipeline: a gloss opened in
brackets after a village, a village named by a neuter adjective, common nouns joined by a
hyphen, a region of Kazakhstan named by its side of the country, a video call's
abbreviation. Sentences written here."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def keys(pipeline: Pipeline, text: str) -> set[str]:
    return {entity.key for entity in pipeline(Document(id="t", text=text)).entities}


# text, keys that must be found, keys that must not
CASES = [
    ("Мост Тунцзян-Нижнеленинское открыт. Переход соединяет Тунцзян и Нижнеленинское (ЕАО "
     "РФ).",
     {"geo:Нижнеленинское", "RU-YEV"}, {"geo:Нижнеленинский"}),
    ("Бизнес-миссия Ленинградской области прибыла в Индию.", {"RU-LEN", "IN"},
     {"geo:Бизнес-миссия"}),
    ("Восточный Казахстан и Алтайский край подписали соглашение. Делегация Восточного "
     "Казахстана прибыла в Барнаул.", {"KZ-63", "RU-ALT"}, {"geo:Восточный Казахстан"}),
    ("Глава Тувы провел совещание в режиме ВКС с губернатором Увс аймака.", {"RU-TY"},
     {"org:ВКС"}),
    # regions' adjectives standing alone after the kind their list names
    ("Выбор был неслучаен: между Астраханской областью и приграничными областями "
     "Казахстана - Атырауской и Мангистауской - давно установились партнерские отношения.",
     {"RU-AST", "KZ", "KZ-23", "KZ-47"}, {"geo:Мангистауска"}),
    # a district the NER model tags as an organization
    ("Сегодня глава области направился в Перевальский район с рабочим визитом. Подшефная "
     "территория получила гуманитарный груз.", {"geo:Перевальский район"},
     {"org:Перевальский район"}),
    # a page's path of crumbs is no place
    ("Главная / Новости района\n\nДелегация Свердловской области посетила Узбекистан.",
     {"RU-SVE", "UZ"}, {"geo:Главная / Новости район"}),
]


@pytest.mark.parametrize(("text", "found", "not_found"), CASES)
def test_place_spans(pipeline: Pipeline, text: str, found: set[str], not_found: set[str]) -> None:
    got = keys(pipeline, text)
    assert found <= got
    assert not (not_found & got)
