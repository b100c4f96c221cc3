"""Words found by rule that name no organization: a lower-case body inside a person's
title, and forms of a person's name the NER model tagged elsewhere."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_finders import OrgSpan
from coopwatch.extract.entities.org_mentions import without_common_lead
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.text.token_index import TokenIndex
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


NOT_ORGANIZATIONS = [
    # an abbreviation in brackets after a place names the place
    ("Делегация прибыла в Объединённые Арабские Эмираты (ОАЭ) в понедельник.", set(), {"ОАЭ"}),
    # words of a headline set in capitals
    ("ВСТРЕЧА ГУБЕРНАТОРА С РУКОВОДИТЕЛЕМ ПРЕДСТАВИТЕЛЬСТВА ИРКУТСКОЙ ОБЛАСТИ\nВстреча "
     "прошла в Москве.", set(), {"ПРЕДСТАВИТЕЛЬСТВА ИРКУТСКОЙ ОБЛАСТИ",
                                 "ПРЕДСТАВИТЕЛЬСТВО ИРКУТСКОЙ ОБЛАСТИ"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), NOT_ORGANIZATIONS)
def test_words_around_names_are_no_organization(text: str, present: set[str],
                                                absent: set[str], tools: Toolkit) -> None:
    found = org_names(text, tools)
    assert present <= found
    assert not found & absent


@pytest.mark.parametrize(("text", "span_text", "kept"), [
    # what the materials are is no part of the agency's name
    ("Публикации ИноПресс отражают мнение зарубежных изданий.", "Публикации ИноПресс",
     "ИноПресс"),
    # a kind of organization in the plural stays
    ("Газеты Медиахолдинга выходят по средам.", "Газеты Медиахолдинга",
     "Газеты Медиахолдинга"),
])
def test_a_plural_common_noun_before_a_name_is_left_out(text: str, span_text: str, kept: str,
                                                        tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    start = text.index(span_text)
    span = without_common_lead(tools.morph, TokenIndex.of(doc),
                               OrgSpan(start, start + len(span_text)))
    assert text[span.start:span.stop] == kept
