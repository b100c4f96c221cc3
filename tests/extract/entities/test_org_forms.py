"""Organizations cut short or made up on real pages (`org_forms`): a body named with
the bare word for the page's territory after it, a capitalized common word, an
exchange-rate widget."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_forms import fixed_orgs
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def orgs(text: str, tools: Toolkit) -> list[Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return [e for e in doc.entities if e.type == "ORG"]


TERRITORY = [
    ("Делегацию возглавил заместитель председателя Законодательного собрания области "
     "Пётр Кравцов.", "Законодательное собрание области"),
    ("Вечером гости побывали на концерте во Дворце культуры области.",
     "Дворец культуры области"),
]


@pytest.mark.parametrize(("text", "name"), TERRITORY)
def test_body_named_with_its_territory(text: str, name: str, tools: Toolkit) -> None:
    assert name in {e.name for e in orgs(text, tools)}


def test_named_place_after_the_kind_word_is_not_taken(tools: Toolkit) -> None:
    text = "Делегацию возглавил председатель Законодательного собрания области Абай."
    assert not any(e.name.endswith("области") for e in orgs(text, tools))


NOT_ORGS = [
    # a capitalized common word, not between quotes
    "На приёме выступил его Превосходительство, член совета эмирата.",
    # an exchange-rate widget of the page
    "Курс ЦБ на 14.03\nЦБ USD 91.20 -0.15 14/03\nЦБ EUR 99.05 +0.11 14/03",
    # a generic abbreviation
    "Продукцию поставляет местный ЛПК.",
]


@pytest.mark.parametrize("text", NOT_ORGS)
def test_no_organization(text: str, tools: Toolkit) -> None:
    assert not orgs(text, tools)


def test_quoted_common_word_stays_a_name(tools: Toolkit) -> None:
    text = "Молочную продукцию выпускает компания «Молоко» из Иркутской области."
    assert "Молоко" in {e.name for e in orgs(text, tools)}


def org_at(text: str, written: str, name: str) -> Entity:
    start = text.index(written)
    return Entity(key="org:" + name, type="ORG", name=name, mentions=(
        Mention(start=start, stop=start + len(written), text=written, type="ORG"),))


@pytest.mark.parametrize(("text", "written", "kept"), [
    ("Стороны утвердили план мероприятий и Соглашений с районами.", "Соглашений", False),
    ("С речью выступило Его Высочество, наследный принц эмирата.", "Высочество", False),
    ("Стороны сверили ход исполнения Протоколов прошлых лет.", "Протоколов", False),
    ("Сыр выпускает компания «Молоко» из Иркутской области.", "Молоко", True),
    ("Соглашение подписал Газпром в Петербурге.", "Газпром", True),
    # an institution's one-word name in the singular
    ("Закон одобрил Сенат на прошлой неделе.", "Сенат", True),
    ("Об этом сообщили в Кремле.", "Кремле", True),
])
def test_capitalized_common_word(text: str, written: str, kept: bool, tools: Toolkit) -> None:
    entity = org_at(text, written, written)
    assert bool(fixed_orgs(text, tools.morph, [entity])) is kept


# A body's own name before the territory word stays an alias: the page calls it so; a
# bare word for a kind of body needs the territory.
BARE_NAMES = [
    ("Завод строится в Тверской области. Разрешение на ввод выдал Госстройнадзор региона.",
     "Тверская область", "Госстройнадзор", "Госстройнадзор Тверской области", True),
    ("Завод строится в Псковской области. Прогноз опубликовал Гидрометцентр региона.",
     "Псковская область", "Гидрометцентр", "Гидрометцентр Псковской области", True),
    ("Завод строится в Псковской области. План одобрило Министерство экономики региона.",
     "Псковская область", "Министерство экономики", "Министерство экономики Псковской области",
     True),
    ("Завод строится в Псковской области. План одобрило Правительство региона.",
     "Псковская область", "Правительство", "Правительство Псковской области", False),
]


def region_at(text: str, name: str) -> Entity:
    start = text.index(" в ") + len(" в ")
    stop = text.index(".", start)
    return Entity(key="RU-X", type="GEO", name=name, geo_kind="region", within="RU",
                  mentions=(Mention(start=start, stop=stop, text=text[start:stop], type="GEO"),))


@pytest.mark.parametrize(("text", "region", "written", "name", "alias"), BARE_NAMES)
def test_own_name_before_the_territory_is_an_alias(text: str, region: str, written: str,
                                                   name: str, alias: bool,
                                                   tools: Toolkit) -> None:
    entities = [region_at(text, region), org_at(text, written, written)]
    found = {e.name: e for e in fixed_orgs(text, tools.morph, entities)}
    assert name in found
    assert (written in found[name].aliases) is alias
