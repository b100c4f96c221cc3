"""Cooperation pairs on pages as regional sites write them, as the rules find them (the
pipeline up to the pair judge, `conftest.py`):
ties said to be ended, a ministry by its short name, one side signing with each place of
a list («между A и аналогичными министерствами B, C и D»), a region's patronage over a
district of the new regions. Sentences written here."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document


def pairs(rules_pipeline: Pipeline, text: str) -> set[frozenset[str]]:
    doc = rules_pipeline(Document(id="page", text=text))
    return {frozenset(fact.parties) for fact in doc.cooperation}


# page, pairs that must be found, pairs that must not
PAGES = [
    # ties ended, refused or suspended are no cooperation
    ("Смоленск лишился побратимов\n\nВ марте Варшава отказалась от сотрудничества с Москвой, "
     "Санкт-Петербургом и Нижним Новгородом. Смоленск приостановил отношения с Хагеном.",
     set(), {frozenset({"RU-MOW", "PL"}), frozenset({"RU-SPE", "PL"})}),
    # one side and each place of the list after «и» with a plural noun
    ("Крым и новые регионы подписали соглашения\n\nСоглашения были заключены между "
     "Минпромторгом Республики Крым и аналогичными министерствами Запорожской области, ДНР и "
     "ЛНР в ходе двухдневного визита.",
     {frozenset({"RU-91", "RU-90"}), frozenset({"RU-91", "RU-93"}),
      frozenset({"RU-91", "RU-94"})},
     {frozenset({"RU-93", "RU-94"})}),
    # a region's patronage pairs it with the district or town and with its region
    ("Новости\n\nКурская область будет шефствовать над Первомайским районом в ДНР.",
     {frozenset({"RU-KRS", "geo:Первомайский район"}), frozenset({"RU-KRS", "RU-93"})},
     set()),
    ("Амурская область и ДНР\n\nГлава ДНР подписал соглашение с губернатором Амурской "
     "области о взятии шефства над Амвросиевским районом ДНР.",
     {frozenset({"RU-AMU", "geo:Амвросиевский район"}), frozenset({"RU-AMU", "RU-93"})},
     set()),
    # a list with a country abroad still pairs across the border
    ("Новости\n\nРоссия, Китай и Монголия подписали соглашение о развитии экономического "
     "коридора.", {frozenset({"RU", "CN"}), frozenset({"RU", "MN"})}, set()),
    # a list of groups after «между» still pairs two by two
    ("Регионы подписали соглашения\n\nПодписаны соглашения между Курской и Гродненской "
     "областями, Тверской областью и Витебской областью.",
     {frozenset({"RU-KRS", "BY-HR"}), frozenset({"RU-TVE", "BY-VI"})},
     {frozenset({"RU-KRS", "RU-TVE"})}),
]


@pytest.mark.parametrize(("text", "found", "not_found"), PAGES)
def test_cooperation_on_whole_pages(rules_pipeline: Pipeline, text: str, found: set, not_found: set
                                    ) -> None:
    got = pairs(rules_pipeline, text)
    assert found <= got
    assert not (not_found & got)


def test_one_agreement_with_every_place_of_the_list(rules_pipeline: Pipeline) -> None:
    doc = rules_pipeline(Document(id="page", text=PAGES[1][0]))
    agreements = [event for event in doc.events if event.type == "agreement"]
    assert len(agreements) == 1
    assert {"RU-91", "RU-90", "RU-93", "RU-94"} <= set(agreements[0].participants)
