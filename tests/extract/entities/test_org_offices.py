"""Regional offices of federal bodies (`org_offices`): an office word, the body's name
in the genitive and «по» with the territory it serves name the office."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_offices import with_regional_offices
from coopwatch.records import Entity, Mention
from coopwatch.tools import Toolkit


def body(text: str, span: str, name: str) -> Entity:
    start = text.index(span)
    mention = Mention(start=start, stop=start + len(span), text=span, type="ORG")
    return Entity(key="org:" + name, type="ORG", name=name, mentions=(mention,))


OFFICES = [
    ("сообщает пресс-служба управления Роспотребнадзора по Омской области.",
     "Роспотребнадзора", "Роспотребнадзор",
     "Управление Роспотребнадзора по Омской области"),
    ("Об этом рассказали в управлении Минсельхоза России по Приморскому краю.",
     "Минсельхоза России", "Минсельхоз России",
     "Управление Минсельхоза России по Приморскому краю"),
    ("данные Управления Ростехнадзора по Тверской, Псковской и Новгородской областям",
     "Ростехнадзора", "Ростехнадзор",
     "Управление Ростехнадзора по Тверской, Псковской и Новгородской областям"),
    ("проверку провело управление ФНС по Омской области и Республике Алтай",
     "ФНС", "ФНС", "Управление ФНС по Омской области и Республике Алтай"),
    ("сотрудники межрегионального управления Росрыболовства по Бурятии",
     "Росрыболовства", "Росрыболовство",
     "Межрегиональное управление Росрыболовства по Бурятии"),
]


@pytest.mark.parametrize(("text", "span", "name", "office"), OFFICES)
def test_office_is_named(text: str, span: str, name: str, office: str,
                         tools: Toolkit) -> None:
    (found,) = with_regional_offices(text, tools.morph, [body(text, span, name)])
    assert found.name == office
    (mention,) = found.mentions
    assert text[mention.start:mention.stop].endswith(span + office.split(span)[1])


UNCHANGED = [
    # no office word before the body
    ("отмечает руководитель Роспотребнадзора по случаю праздника", "Роспотребнадзора"),
    # no territory after «по»
    ("заседание управления Росреестра по вопросам земли", "Росреестра"),
    # a quoted name is no federal body
    ("управление «Север» по Омской области", "«Север»"),
]


@pytest.mark.parametrize(("text", "span"), UNCHANGED)
def test_no_office(text: str, span: str, tools: Toolkit) -> None:
    entity = body(text, span, span)
    assert with_regional_offices(text, tools.morph, [entity]) == [entity]


def test_other_mentions_stay_the_body(tools: Toolkit) -> None:
    text = ("Роспотребнадзор ввёл правила. Их разъяснило управление Роспотребнадзора "
            "по Омской области.")
    first = Mention(start=0, stop=15, text="Роспотребнадзор", type="ORG")
    start = text.index("Роспотребнадзора")
    second = Mention(start=start, stop=start + 16, text="Роспотребнадзора", type="ORG")
    entity = Entity(key="org:Роспотребнадзор", type="ORG", name="Роспотребнадзор",
                    mentions=(first, second))
    found = with_regional_offices(text, tools.morph, [entity])
    assert [(e.name, len(e.mentions)) for e in found] == [
        ("Роспотребнадзор", 1), ("Управление Роспотребнадзора по Омской области", 1)]


def test_pronoun_or_disagreeing_word_before_is_no_part(tools: Toolkit) -> None:
    for text in ("данные Управления Росреестра по Омской области",
                 "этого управления Росреестра по Омской области"):
        (found,) = with_regional_offices(text, tools.morph, [
            body(text, "Росреестра", "Росреестр")])
        assert found.name == "Управление Росреестра по Омской области"


def body_named(text: str, name: str, *spans: str) -> Entity:
    """One body entity with a mention at the first place each span stands after the last."""
    mentions, at = [], 0
    for span in spans:
        at = text.index(span, at)
        mentions.append(Mention(start=at, stop=at + len(span), text=span, type="ORG"))
        at += len(span)
    return Entity(key="org:" + name, type="ORG", name=name, mentions=tuple(mentions))


REFERRED_BACK = [
    ("Зерно проверило управление Роспотребнадзора по Омской области. В Роспотребнадзоре "
     "сказали, что нарушений нет.", "Роспотребнадзор",
     ("Роспотребнадзора", "Роспотребнадзоре"), "Управление Роспотребнадзора по Омской области"),
    ("Пресс-служба управления Ростехнадзора по Бурятии сообщила о проверке. Позже "
     "Ростехнадзором был выдан акт.", "Ростехнадзор", ("Ростехнадзора", "Ростехнадзором"),
     "Управление Ростехнадзора по Бурятии"),
]


@pytest.mark.parametrize(("text", "name", "spans", "office"), REFERRED_BACK)
def test_body_after_its_office_is_the_office(text: str, name: str, spans: tuple[str, ...],
                                             office: str, tools: Toolkit) -> None:
    (found,) = with_regional_offices(text, tools.morph, [body_named(text, name, *spans)])
    assert (found.name, found.aliases, len(found.mentions)) == (office, (name,), 2)


STAY_BODIES = [
    # the body named before its office: the body itself
    ("Роспотребнадзор ввёл правила. Их разъяснило управление Роспотребнадзора по Омской "
     "области. В Роспотребнадзоре добавили детали.",
     ("Роспотребнадзор", "Роспотребнадзора", "Роспотребнадзоре")),
    # two offices of the body: the short name refers to neither
    ("Управление Роспотребнадзора по Омской области и управление Роспотребнадзора по "
     "Бурятии провели проверку. В Роспотребнадзоре рассказали о ней.",
     ("Роспотребнадзора", "Роспотребнадзора", "Роспотребнадзоре")),
]


@pytest.mark.parametrize(("text", "spans"), STAY_BODIES)
def test_body_stays_when_not_referring_back(text: str, spans: tuple[str, ...],
                                            tools: Toolkit) -> None:
    found = with_regional_offices(text, tools.morph,
                                  [body_named(text, "Роспотребнадзор", *spans)])
    assert "Роспотребнадзор" in [e.name for e in found]
