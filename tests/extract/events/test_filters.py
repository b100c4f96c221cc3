"""A forum named only as the time of another event («накануне выставки») is no forum."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import dates, events
from coopwatch.extract.events.filters import names_event
from coopwatch.extract.events.triggers import triggers
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document
from coopwatch.tools import Toolkit

# text, whether a forum event is read
TIME_MARKS = [
    ("Делегация Гомельской области прибыла в Тамбовскую область накануне "
     "агропромышленной выставки «Тамбов-Агро».", False),
    ("Губернатор Тамбовской области встретился с делегацией Гомельской области перед "
     "форумом регионов.", False),
    ("В преддверии форума регионов делегация Гомельской области посетила Тамбовскую "
     "область.", False),
    # the forum itself told: a forum
    ("Делегация Гомельской области приняла участие в агропромышленной выставке "
     "«Тамбов-Агро» в Тамбовской области.", True),
]


@pytest.mark.parametrize(("text", "forum"), TIME_MARKS)
def test_a_forum_named_as_a_time_mark_is_no_forum(text: str, forum: bool,
                                                   tools: Toolkit) -> None:
    doc = dates.annotate(builders.analyzed(text, tools, "2025-06-10"), tools)
    doc = builders.with_entities(doc, {
        "BY-HO": ["Гомельской области"],
        "RU-TAM": ["Тамбовскую область", "Тамбовской области"]}, name_from_key=False)
    found = [event for event in events.extract(doc, tools).events if event.type == "forum"]
    assert bool(found) == forum, [(event.type, event.participants) for event in found]


# an event noun as the subject of a verb with an object tells what the event does: the
# event told before, weighed; a subject with a verb of its own happening, or an object
# after the verb, names an event
EVALUATED = [
    ("Соглашение позволит вывести торговлю на новый уровень.", "agreement", True),
    ("Подписание соглашения определит новый этап сотрудничества.", "agreement", True),
    ("Визит укрепил связи двух регионов.", "visit", True),
    ("Встреча пройдёт в Туле в мае.", "meeting", False),
    ("Стороны обсудили ход работы, а также предстоящий визит губернатора.", "visit", False),
]


@pytest.mark.parametrize(("text", "kind", "evaluated"), EVALUATED)
def test_an_event_subject_of_its_effect_is_the_event_told_before(
    text: str, kind: str, evaluated: bool, tools: Toolkit
) -> None:
    from coopwatch.extract.events.filters import evaluated as weighed
    from coopwatch.extract.events.triggers import triggers
    doc = builders.analyzed(text, tools, "2025-06-10")
    (passage,) = doc.passages
    found = [item for item in triggers(passage) if item.type == kind]
    assert found
    assert all(weighed(passage, item) for item in found) == evaluated


# a visit in a participle's clause that describes a person or a delegation is the visit
# the news tells; a participle of a thing (an agreement signed) is background
DESCRIBED_VISITORS = [
    ("Посол Беларуси, находящийся с рабочим визитом в регионе, провел переговоры с "
     "губернатором.", "visit", True),
    ("Губернатор встретился с прибывшей с визитом делегацией Гомельской области.",
     "visit", True),
    ("Соглашение, подписанное в ходе визита губернатора, вступило в силу.", "visit",
     False),
]


@pytest.mark.parametrize(("text", "type_", "named"), DESCRIBED_VISITORS)
def test_a_visit_of_a_described_visitor_is_no_background(text: str, type_: str, named: bool,
                                                         tools: Toolkit) -> None:
    doc = builders.analyzed(text, tools, "2025-06-10")
    found = [item for passage in doc.passages for item in triggers(passage)
             if item.type == type_ and names_event(passage, item)]
    assert bool(found) == named


# agreements a side holds («у области подписаны соглашения») are a stock of documents,
# no signing; a signing by the side is one
HELD_AGREEMENTS = [
    ("Сегодня у республики подписаны соглашения с 12 регионами Беларуси.", False),
    ("У нашей области заключены договоры с 5 провинциями Китая.", False),
    ("Сегодня республика подписала соглашение с Минской областью.", True),
    ("Соглашение с Минской областью подписано у здания правительства.", True),
    ("У нас подписаны соглашения с 20 регионами России.", False),
]


def _names_an_agreement(text: str, tools: Toolkit) -> bool:
    doc = builders.analyzed(text, tools, "2025-06-10")
    return any(item.type == "agreement" and names_event(passage, item)
               for passage in doc.passages for item in triggers(passage))


@pytest.mark.parametrize(("text", "named"), HELD_AGREEMENTS)
def test_agreements_a_side_holds_are_no_signing(text: str, named: bool,
                                                tools: Toolkit) -> None:
    assert _names_an_agreement(text, tools) == named


# session 32, from the w… and x… dev halves: agreements counted as in force, decrees
# signed; below, the document told before signed again
TALLIES_AND_DECREES = [
    ("На сегодняшний день действует 169 соглашений о сотрудничестве между субъектами РФ "
     "и регионами Беларуси.", False),
    ("Между Омской областью и Казахстаном насчитывается 12 договоров о сотрудничестве.",
     False),
    ("Омская область и Казахстан подписали 12 соглашений о сотрудничестве.", True),
    ("Соглашение о сотрудничестве с Минской областью действует с 2015 года.", True),
    ("Президент Беларуси подписал указ о поддержке экспортеров.", False),
    ("Губернатор подписал постановление о свободной экономической зоне.", False),
    ("Губернатор подписал с послом меморандум о сотрудничестве.", True),
]


@pytest.mark.parametrize(("text", "named"), TALLIES_AND_DECREES)
def test_agreements_in_force_and_decrees_are_no_signing(text: str, named: bool,
                                                        tools: Toolkit) -> None:
    assert _names_an_agreement(text, tools) == named


def test_who_signed_the_document_told_joins_that_agreement(pipeline: Pipeline) -> None:
    text = ("Омская и Павлодарская области подписали соглашение\n\nОмская область и "
            "Павлодарская область подписали соглашение о сотрудничестве. Со стороны Омской "
            "области документ подписал губернатор Виталий Хоценко.")
    doc = pipeline(Document(id="page", text=text))
    agreements = [event for event in doc.events if event.type == "agreement"]
    assert len(agreements) == 1
    assert {"RU-OMS", "KZ-55", "per:Виталий Хоценко"} <= set(agreements[0].participants)
