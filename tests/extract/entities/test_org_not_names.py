"""Words found by rule that name no organization: a lower-case body inside a person's
title, and forms of a person's name the NER model tagged elsewhere."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def org_names(text: str, tools: Toolkit) -> set[str]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name for e in doc.entities if e.type == "ORG"}


IN_TITLES = [
    "Гостей встретил член постоянного комитета горкома Лю Вэй.",
    "Переговоры прошли с секретарём партийного комитета Харбина Чжаном Ци.",
    "Делегацию принял председатель народного комитета провинции Кханьхоа Ле Тан.",
]


@pytest.mark.parametrize("text", IN_TITLES)
def test_a_body_inside_a_title_is_no_organization(text: str, tools: Toolkit) -> None:
    assert not any("комитет" in name.lower() for name in org_names(text, tools))


def test_a_body_after_a_title_standing_alone_stays(tools: Toolkit) -> None:
    text = "Через неделю представитель японского дипломатического ведомства вернулся в Москву."
    assert any("ведомство" in name for name in org_names(text, tools))


PERSON_FORMS = [
    # the NER model tags the name once, the rule finder sees its other form
    ("Губернатор выразил признательность Хамиду Резаи за помощь. Ранее он встретился "
     "с Послом Ирана Хамидом Резаи.", {"Хамид", "Резаи", "Хамидом"}),
    # a surname in capitals inside a tagged name
    ("Среди гостей - посол Ганы в РФ Джон Квеку АДДО, советник посольства.", {"АДДО"}),
]


@pytest.mark.parametrize(("text", "absent"), PERSON_FORMS)
def test_forms_of_a_persons_name_are_no_organization(text: str, absent: set[str],
                                                     tools: Toolkit) -> None:
    assert not org_names(text, tools) & absent
