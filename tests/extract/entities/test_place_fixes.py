"""Places fixed on real pages (`place_fixes`): a dateline's city in capitals, a region's
initials, kind phrases that are no place, «X муниципальный район»."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def entities(text: str, tools: Toolkit) -> tuple[Entity, ...]:
    return link(analyze(Document(id="t", text=text), tools), tools).entities


def by_type(text: str, tools: Toolkit, kind: str) -> dict[str, Entity]:
    return {e.key: e for e in entities(text, tools) if e.type == kind}


DATELINES = [
    # a city the gazetteer does not know keeps its name, title-cased
    ("ГАГРА, 12 мая – Sputnik. Делегация Краснодарского края посетила республику.",
     "geo:Гагра"),
    # a city it knows gets its key
    ("ТАШКЕНТ, 27 мар – Sputnik. Хоким области принял делегацию из Казани.",
     "geo:Ташкент"),
]


@pytest.mark.parametrize(("text", "key"), DATELINES)
def test_dateline_city_is_a_place(text: str, key: str, tools: Toolkit) -> None:
    geo = by_type(text, tools, "GEO")
    assert key in geo
    assert not {name for name in (e.name for e in by_type(text, tools, "ORG").values())
                if name.isupper()}


INITIALS = [
    # «Чеченская Республика» spelled by its initials
    ("Глава Чеченской Республики встретился с послом Омана. Правительство ЧР "
     "подготовит проект соглашения.", "ЧР", "RU-CE"),
    # «Республика Мордовия»
    ("Делегация Республики Мордовия побывала в Ухане. Сообщили в администрации "
     "главы РМ.", "РМ", "RU-MO"),
    # a country's official name
    ("Экспорт зерна в Казахстан вырос: 40 тыс. тонн закупили компании из РК.",
     "РК", "KZ"),
]


@pytest.mark.parametrize(("text", "initials", "key"), INITIALS)
def test_initials_name_the_place_of_the_page(text: str, initials: str, key: str,
                                             tools: Toolkit) -> None:
    found = entities(text, tools)
    place = next(e for e in found if e.key == key)
    assert initials in {m.text for m in place.mentions}
    assert not any(e.name.startswith(initials) and e.key != key for e in found)


def test_initials_with_two_places_stay_unresolved(tools: Toolkit) -> None:
    text = ("Республика Коми и Республика Карелия подписали план. Власти РК "
            "обсудили поставки леса.")
    found = entities(text, tools)
    for key in ("RU-KO", "RU-KR"):
        place = next(e for e in found if e.key == key)
        assert "РК" not in {m.text for m in place.mentions}


KIND_PHRASES = [
    ("Оренбургские компании приняли участие в ярмарке Восточного региона Китая.",
     "geo:Восточный регион"),
    ("В Омск прибыла делегация Автономного района Внутренняя Монголия.",
     "geo:Автономный район"),
]


@pytest.mark.parametrize(("text", "key"), KIND_PHRASES)
def test_kind_phrase_is_no_place(text: str, key: str, tools: Toolkit) -> None:
    assert key not in by_type(text, tools, "GEO")


def test_municipal_district_is_the_district(tools: Toolkit) -> None:
    text = ("Между Менделеевским муниципальным районом и городом Бурса подписано "
            "соглашение. Менделеевский район поставит в Турцию зерно.")
    geo = by_type(text, tools, "GEO")
    assert "geo:Менделеевский муниципальный район" not in geo
    assert "geo:Менделеевский район" in geo
