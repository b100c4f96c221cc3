"""A body named by a bare territory word («Министерства экономики региона», «регионального
Минсельхоза») is the body of the region the page names (`org_territory`, used by
`org_forms`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def orgs(text: str, tools: Toolkit) -> list[Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return [e for e in doc.entities if e.type == "ORG"]


def names(entity: Entity) -> set[str]:
    return {entity.name, *entity.aliases}


RESOLVED = [
    # «региона» after the body: the region named just before
    ("Губернатор Курганской области провёл переговоры с гостями. Итоги подвели в "
     "Министерстве сельского хозяйства региона.",
     "Министерство сельского хозяйства Курганской области",
     "Министерство сельского хозяйства региона"),
    # «республики» after the body, the republic named by its short name
    ("Глава Удмуртии принял делегацию. По данным Министерства промышленности республики, "
     "объём поставок вырос.",
     "Министерство промышленности Удмуртской Республики",
     "Министерство промышленности республики"),
    # a region adjective before the body
    ("Губернатор Вологодской области встретился с послом, сообщает пресс-служба "
     "регионального Минздрава.",
     "Минздрав Вологодской области", "региональный Минздрав"),
    # «провинции»: the region abroad
    ("Делегация провинции Ляонин прибыла в Омск. Соглашение о дружбе заключено между "
     "правительством Омской области и Народным комитетом провинции, сообщает пресс-служба.",
     "Народный комитет провинции Ляонин", "Народный комитет провинции"),
    # a demonstrative before the territory word
    ("Делегация встретилась с губернатором провинции Хэйлунцзян и ректором Университета "
     "прикладных наук этой провинции господином Ли.",
     "Университет прикладных наук провинции Хэйлунцзян", "Университет прикладных наук провинции"),
]


@pytest.mark.parametrize(("text", "name", "alias"), RESOLVED)
def test_body_of_the_named_region(text: str, name: str, alias: str, tools: Toolkit) -> None:
    found = [e for e in orgs(text, tools) if name in names(e)]
    assert found, [e.name for e in orgs(text, tools)]
    assert alias in names(found[0])


def test_a_listed_body_shares_the_word(tools: Toolkit) -> None:
    text = ("Губернатор Пензенской области открыл форум. В нём участвуют сотрудники "
            "Министерства культуры и Министерства образования региона.")
    found = {e.name for e in orgs(text, tools)}
    assert {"Министерство культуры Пензенской области",
            "Министерство образования Пензенской области"} <= found


def test_the_nearest_region_before_is_taken(tools: Toolkit) -> None:
    text = ("Губернатор Кировской области встретил гостей. Затем делегация поехала в "
            "Нижегородскую область, где её приняли в Министерстве экономики региона.")
    found = {e.name for e in orgs(text, tools)}
    assert "Министерство экономики Нижегородской области" in found
    assert "Министерство экономики Кировской области" not in found


def test_no_region_of_the_kind_keeps_the_word(tools: Toolkit) -> None:
    text = "Как сообщили в Министерстве экономики края, поставки выросли."
    assert "Министерство экономики края" in {e.name for e in orgs(text, tools)}


def test_a_region_of_another_kind_is_not_taken(tools: Toolkit) -> None:
    text = ("Губернатор Тверской области приехал в Минск. Как сообщили в Министерстве "
            "экономики края, поставки выросли.")
    assert not any("Тверской" in e.name for e in orgs(text, tools))
