"""Quoted organization names: an abbreviation before the quotes, the kind phrase as an
alias, a quote left open, and a quote that begins a new name."""

from __future__ import annotations

import pytest

from coopwatch.evaluate.normalize import name_set
from coopwatch.extract.entities.orgs import strip_legal_form, unquote
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def orgs(text: str, tools: Toolkit) -> list[Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return [e for e in doc.entities if e.type == "ORG"]


def named(found: list[Entity], name: str) -> bool:
    """Whether some organization has `name` as its name or alias (as the scorer folds)."""
    wanted = name_set(name)
    return any(wanted & name_set(e.name, e.aliases) for e in found)


ABBREVIATED = [
    ("Резидентом стала ПОЭЗ «Тольятти» в прошлом году.", "ПОЭЗ Тольятти"),
    ("Проект разместят в особой экономической зоне (ОЭЗ) \"Липецк\" до конца года.",
     "ОЭЗ Липецк"),
    ("В списке партнёров «Кастамону», ТОСЭР «Саров» и «Технониколь».", "ТОСЭР Саров"),
]


@pytest.mark.parametrize(("text", "name"), ABBREVIATED)
def test_abbreviation_takes_the_quoted_name(text: str, name: str, tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert named(found, name)
    assert not any(e.name in {"ПОЭЗ", "ОЭЗ", "ТОСЭР"} for e in found)


def test_a_genitive_abbreviation_keeps_apart_from_the_next_quote(tools: Toolkit) -> None:
    found = orgs("В матче против лидеров КХЛ «Трактор» сумел вырвать победу.", tools)
    assert named(found, "Трактор")
    assert not named(found, "КХЛ Трактор")


KIND_ALIASES = [
    ("Новый цех разместят в особой экономической зоне «Моглино» в Псковской области.",
     "особая экономическая зона Моглино"),
    ("Склад построят в индустриальном парке «Кольцово» к осени.",
     "индустриальный парк Кольцово"),
    ("Гостям показали горнолыжный курорт «Солнечная долина» и новый отель.",
     "горнолыжный курорт Солнечная долина"),
]


@pytest.mark.parametrize(("text", "alias"), KIND_ALIASES)
def test_kind_phrase_and_name_are_an_alias(text: str, alias: str, tools: Toolkit) -> None:
    assert named(orgs(text, tools), alias)


def test_a_genitive_noun_before_a_quote_is_no_kind(tools: Toolkit) -> None:
    found = orgs("Игроки чемпиона страны «Спартака» проиграли в гостях.", tools)
    assert not any("страна" in alias for e in found for alias in e.aliases)


@pytest.mark.parametrize(("text", "name"), [
    ('РИА "Новости', "РИА Новости"),
    ('ООО " Ромашка', "Ромашка"),
])
def test_an_open_quote_leaves_no_mark(text: str, name: str) -> None:
    assert unquote(strip_legal_form(text)) == (name, None)


def test_one_agency_with_and_without_its_closing_quote(tools: Toolkit) -> None:
    text = ('МОСКВА, 5 мая. /Корр. ИТАР "Новости"/. Визит начался.\n'
            'Как сообщили корреспонденту ИТАР "Новости" в министерстве, визит продлится '
            'три дня.')
    found = [e for e in orgs(text, tools) if "Новости" in e.name]
    assert len(found) == 1


REST_OF_QUOTE = [
    ("Губернатор осмотрел стенды выставки «Агропром. Казахстан» в Астане.",
     "Агропром. Казахстан"),
    ("Делегация приехала на форум «ЭКСПО Узбекистан» в Ташкенте.", "ЭКСПО Узбекистан"),
]


@pytest.mark.parametrize(("text", "name"), REST_OF_QUOTE)
def test_the_whole_quoted_name_is_taken(text: str, name: str, tools: Toolkit) -> None:
    assert named(orgs(text, tools), name)


@pytest.mark.parametrize(("text", "name"), [
    ("Aucma Co., Ltd", "Aucma"),
    ("Haier Co.", "Haier"),
    ("Siemens GmbH", "Siemens"),
    ("PSK Biotech Private Limited", "PSK Biotech Private Limited"),
])
def test_latin_legal_forms_are_stripped(text: str, name: str) -> None:
    assert " ".join(strip_legal_form(text).split()).rstrip(",") == name


@pytest.mark.parametrize(("text", "name"), [
    ("ТОО «Степной агрохолдинг»", "«Степной агрохолдинг»"),
    ("ДП «Южмашпром»", "«Южмашпром»"),
    ("СООО «Белвест-Трейд»", "«Белвест-Трейд»"),
    ("ОсОО «Ала-Тоо Строй»", "«Ала-Тоо Строй»"),
    ("ГАК «Узагротехсаноат»", "«Узагротехсаноат»"),
])
def test_legal_forms_of_neighbour_countries_are_stripped(text: str, name: str) -> None:
    assert strip_legal_form(text) == name


def test_a_kazakh_partnership_is_named_without_its_form(tools: Toolkit) -> None:
    text = ("ТОО «Степной агрохолдинг» подписало контракт на поставку зерна в Омскую "
            "область. Директор ТОО «Степной агрохолдинг» рассказал о планах.")
    assert named(orgs(text, tools), "Степной агрохолдинг")


def test_a_name_without_its_spaces_is_the_same_organization(tools: Toolkit) -> None:
    text = ("Компания Great Wall Motors откроет завод в регионе. Представители компании "
            "GreatWall осмотрели площадку в мае.")
    found = [e for e in orgs(text, tools) if "great" in e.name.lower()]
    assert len(found) == 1
    assert found[0].name == "Great Wall Motors"


@pytest.mark.parametrize(("text", "names"), [
    # the first of a list, before the names the NER model tags
    ("Продукцию в Индию поставляют \"Сигма\", \"Сигма-Микро\", \"Ферротех\", сказал он.",
     {"Сигма", "Сигма-Микро", "Ферротех"}),
    # a name between an abbreviation's quoted name and the next
    ("Здесь работают «Бекташ Гласс», СМЦ «Кама», «Тюрель», «Озгюр Метал» и другие.",
     {"СМЦ Кама", "Тюрель", "Озгюр Метал"}),
])
def test_quoted_names_in_a_list_of_companies(text: str, names: set[str],
                                             tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert all(named(found, name) for name in names)


@pytest.mark.parametrize(("text", "name"), [
    ("Соглашение подписано в пятницу, сообщает РИА Вятка.", "РИА Вятка"),
    ("Как рассказал РБК Пермь директор завода, сделка закрыта.", "РБК Пермь"),
])
def test_a_media_edition_after_its_abbreviation(text: str, name: str, tools: Toolkit) -> None:
    assert named(orgs(text, tools), name)


def test_a_capitalized_body_before_a_quoted_name_makes_an_alias(tools: Toolkit) -> None:
    text = ("Он выступил на заседании Группы стратегического диалога «Россия – Африка» "
            "в Москве.")
    assert named(orgs(text, tools), "Группа стратегического диалога Россия – Африка")


MEDIA_SIGNS = [
    ("Как сообщил «Ъ» источник в правительстве, сделка закрыта.", "Ъ"),
    ('По данным "Ъ", контракт с заводом подписан в мае.', "Ъ"),
]


@pytest.mark.parametrize(("text", "sign"), MEDIA_SIGNS)
def test_a_quoted_media_sign_is_an_organization(text: str, sign: str, tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert named(found, sign)
    (mention,) = next(e for e in found if e.name == sign).mentions
    assert text[mention.start:mention.stop] == sign


def test_a_sign_not_of_the_list_stays_no_name(tools: Toolkit) -> None:
    assert not named(orgs("Буква «Ж» стоит на вывеске завода.", tools), "Ж")


KIND_AND_QUOTED = [
    # the mention is the quoted name; the name keeps the form off and the kind as written
    ("Гендиректор ОАО «Башкирэнерго» Николай Курапов провёл встречу.", "Башкирэнерго",
     "Башкирэнерго"),
    ("Концерн «Майкрософт» представил антимонопольной комиссии новые предложения.",
     "Концерн Майкрософт", "Майкрософт"),
]


@pytest.mark.parametrize(("text", "name", "mention"), KIND_AND_QUOTED)
def test_quoted_name_is_the_mention(text: str, name: str, mention: str,
                                   tools: Toolkit) -> None:
    found = {e.name: e for e in orgs(text, tools)}
    assert [m.text for m in found[name].mentions] == [mention]


# examples of a kind of organization (written here after the shape of a regional page,
# with the list's commas put inside the quotes as some sites do)
EXAMPLES_OF_A_KIND = [
    ("Крупные компании региона, такие как «Омсктехуглерод,» «Титан,» и «Сибзавод,» "
     "расширяют экспорт в Казахстан.", ["Омсктехуглерод", "Титан", "Сибзавод"]),
    ("Заводы области, в том числе такие как «Кировец» и «Ростсельмаш», ищут партнёров.",
     ["Кировец", "Ростсельмаш"]),
]


@pytest.mark.parametrize(("text", "names"), EXAMPLES_OF_A_KIND)
def test_examples_of_a_kind_are_organizations(text: str, names: list[str],
                                              tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert all(named(found, name) for name in names), [e.name for e in found]
    assert not any("," in e.name for e in found)


def test_examples_of_a_crop_are_no_organizations(tools: Toolkit) -> None:
    assert orgs("В регионе выращивают такие сорта, как «Ранняя» и «Поздняя».", tools) == []
