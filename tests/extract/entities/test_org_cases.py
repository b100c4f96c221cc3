"""One organization in several cases or with its kind abbreviation (`org_cases`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_cases import case_forms, joined_case_forms
from coopwatch.records import Entity, Mention


def org(text: str, *spans: str, name: str | None = None,
        aliases: tuple[str, ...] = ()) -> Entity:
    """An ORG entity of the given substrings of `text` (the first one names it)."""
    mentions = []
    for span in spans:
        start = text.index(span)
        mentions.append(Mention(start=start, stop=start + len(span), text=span, type="ORG"))
    name = name or spans[0]
    return Entity(key="org:" + name, type="ORG", name=name, aliases=aliases,
                  mentions=tuple(mentions))


FORMS = [
    ("Алабуга", {"алабуги", "алабуге", "алабугу", "алабугой"}),
    ("Гомсельмаш", {"гомсельмаша", "гомсельмашем", "гомсельмашу"}),
    ("Лотос", {"лотоса", "лотосом"}),
    ("Верея", {"вереи", "верею", "вереей"}),
]


@pytest.mark.parametrize(("name", "some"), FORMS)
def test_case_forms_of_a_name(name: str, some: set[str]) -> None:
    assert some <= case_forms(name)


TEXT = ("Цех открыт в технопарке «Верея». Для «Вереи» это первый резидент, "
        "а в «Верее» ждут ещё двух.")


def test_oblique_forms_join_the_nominative() -> None:
    found = joined_case_forms([org(TEXT, "Верея"), org(TEXT, "Вереи"), org(TEXT, "Верее")])
    assert [(e.name, len(e.mentions)) for e in found] == [("Верея", 3)]


def test_a_wrong_guess_at_the_nominative_is_renamed() -> None:
    # «Верее» read as the locative of a masculine «Верей»
    found = joined_case_forms([org(TEXT, "Верее", name="Верей"), org(TEXT, "Верея")])
    assert [e.name for e in found] == ["Верея"]


def test_other_names_stay_apart() -> None:
    text = "Компании «Вега» и «Веста» подписали договор с «Вектором»."
    found = joined_case_forms([org(text, "Вега"), org(text, "Веста"), org(text, "Вектором")])
    assert [e.name for e in found] == ["Вега", "Веста", "Вектором"]


def test_kind_abbreviation_and_bare_name_are_one_body() -> None:
    text = 'Завод работает в ОЭЗ "Верея. Резиденты «Вереи» получили льготы.'
    found = joined_case_forms([org(text, 'ОЭЗ "Верея', name="ОЭЗ Верея"),
                               org(text, "Вереи", name="Вереи"),
                               org(text, "Верея", name="Верея")])
    assert [(e.name, e.aliases, len(e.mentions)) for e in found] == [
        ("ОЭЗ Верея", ("Верея",), 3)]


ACRONYM_TEXT = ("Курганский автобусный завод открыл цех. На КАЗе собирают кузова, "
                "а ТПК поставляет им литьё.")

ACRONYM_CASES = [
    # an abbreviation with a case ending joins the name whose initials it spells
    ([org(ACRONYM_TEXT, "Курганский автобусный завод"), org(ACRONYM_TEXT, "КАЗе")],
     ["Курганский автобусный завод"], 2),
    # or the abbreviation itself written elsewhere
    ([org(ACRONYM_TEXT, "ТПК"), org("На ТПКа складе", "ТПКа")], ["ТПК"], 2),
    # an abbreviation that spells no organization of the page stays
    ([org(ACRONYM_TEXT, "Курганский автобусный завод"), org("У ВНИИа отдел", "ВНИИа")],
     ["Курганский автобусный завод", "ВНИИа"], 1),
]


@pytest.mark.parametrize(("found", "names", "mentions"), ACRONYM_CASES)
def test_abbreviation_with_a_case_ending_joins(found: list[Entity], names: list[str],
                                               mentions: int) -> None:
    joined = joined_case_forms(found)
    assert [e.name for e in joined] == names
    assert len(joined[0].mentions) == mentions


# one written form at every mention, in phrases that ask for other cases: a name that does
# not decline keeps its form; a genitive said at every mention stays as it was named
SAME_FORMS = [
    ('Открылся завод "Исузу". Компоненты для "Исузу" делают в регионе, цех "Исузу" расширят.',
     "Исуз", ["Исузу", "Исузу", "Исузу"], "Исузу"),
    ("Сотрудники Россельхознадзора проверили груз. Управление Россельхознадзора сообщило.",
     "Россельхознадзор", ["Россельхознадзора", "Россельхознадзора"], "Россельхознадзор"),
    # near miss: one mention is no evidence
    ('Компоненты для "Исузу" делают в регионе.', "Исуз", ["Исузу"], "Исуз"),
]


@pytest.mark.parametrize(("text", "guessed", "spans", "expected"), SAME_FORMS)
def test_one_form_at_every_mention(text: str, guessed: str, spans: list[str],
                                   expected: str) -> None:
    mentions, start = [], 0
    for span in spans:  # each span at its next occurrence
        start = text.index(span, start)
        mentions.append(Mention(start=start, stop=start + len(span), text=span, type="ORG"))
        start += len(span)
    found = Entity(key="org:" + guessed, type="ORG", name=guessed, mentions=tuple(mentions))
    assert [entity.name for entity in joined_case_forms([found])] == [expected]
