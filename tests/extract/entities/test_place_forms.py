"""One-word places the first pass makes up on real pages (`place_forms`): directions,
the last word of a place named in full, a name with its kind word before it; and the
region nicknames in «-щина» in an oblique case (`geo.gazetteer`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.place_forms import fixed_place_forms
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def places(text: str, tools: Toolkit) -> list[Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return [e for e in doc.entities if e.type == "GEO"]


DIRECTIONS = [
    "Несмотря на давление со стороны Запада, товарооборот растёт.",
    "Санкции, введённые на Западе, не остановили поставки.",
    "Предприятия Северо-Запада наращивают выпуск продукции.",
    "Грузы идут с Юго-Востока в порты.",
]


@pytest.mark.parametrize("text", DIRECTIONS)
def test_direction_is_no_place(text: str, tools: Toolkit) -> None:
    assert not places(text, tools)


def test_known_place_stays_itself(tools: Toolkit) -> None:
    text = ("Регион подписал соглашение с Абхазией. Новосибирская область подписала "
            "соглашение о сотрудничестве с Северной Осетией.")
    found = {e.key for e in places(text, tools)}
    assert {"RU-SE", "RU-NVS"} <= found
    assert len(found) == 3


def test_last_word_joins_only_an_adjective_name(tools: Toolkit) -> None:
    text = ("Договор подписали с Южной Осетией. Грузы пошли в Осетию. Делегация "
            "Омской области прибыла в Павлодар.")
    found = {e.name: [m.text for m in e.mentions] for e in places(text, tools)}
    assert "Осетия" not in found
    assert sorted(found["Южная Осетия"]) == ["Осетию", "Южной Осетией"]


@pytest.mark.parametrize("text", [
    "В Семее прошла встреча с делегацией области Абай.",
    "Обсуждено расширение связей между областью Абай и Республикой Карелия.",
])
def test_name_after_its_kind_word(text: str, tools: Toolkit) -> None:
    found = {e.key for e in places(text, tools)}
    assert "KZ-10" in found and "geo:Абай" not in found


GENERIC = [
    "Холода с северных районов Европейской части России уже наступают.",
    "На Иранский рынок вышли пять компаний области.",
    "Российский регион будет закупать технику у партнёров.",
]


@pytest.mark.parametrize("text", GENERIC)
def test_adjective_and_a_common_word_is_no_place(text: str, tools: Toolkit) -> None:
    assert not [e for e in places(text, tools) if e.key.startswith("geo:")]


@pytest.mark.parametrize(("text", "key"), [
    ("Партизанское движение было сильным на Гомельщине и Брянщине.", "RU-BRY"),
    ("Фермеры на Курщине собрали рекордный урожай.", "RU-KRS"),
])
def test_region_nickname_in_the_locative(text: str, key: str, tools: Toolkit) -> None:
    assert key in {e.key for e in places(text, tools)}


def place_at(text: str, written: str) -> Entity:
    start = text.index(written)
    return Entity(key="geo:" + written, type="GEO", name=written, geo_kind="other",
                  mentions=(Mention(start=start, stop=start + len(written), text=written,
                                    type="GEO"),))


@pytest.mark.parametrize(("text", "written", "kept"), [
    ("Об этом сообщает НИА-Регион со ссылкой на мэрию.", "НИА-Регион", False),
    ("Как передаёт РИА-Восток, завод запущен.", "РИА-Восток", False),
    ("Поезд прибыл в Усть-Кут утром.", "Усть-Кут", True),
    # a medium's word joined to a place by a hyphen, before or after it
    ("Об этом пишет АиФ-Кубань.", "АиФ-Кубань", False),
    ("Как сообщает Чувашия-Информ, договор подписан.", "Чувашия-Информ", False),
    ("Новость передаёт Вологда-Пресс.", "Вологда-Пресс", False),
    # a hyphenated place keeps its name
    ("Груз прибыл в Ростов-Дон.", "Ростов-Дон", True),
])
def test_news_agency_is_no_place(text: str, written: str, kept: bool,
                                 tools: Toolkit) -> None:
    found = fixed_place_forms(text, tools.morph, tools.gazetteer, [place_at(text, written)])
    assert bool(found) is kept


def test_full_name_left_in_an_oblique_case_takes_nothing(tools: Toolkit) -> None:
    text = "Академгородок растёт. Гости осмотрели Академгородок и Южные Курилы."
    alone = place_at(text, "Академгородок")
    oblique = Entity(key="geo:Северное Академгородка", type="GEO",
                     name="Северное Академгородка", geo_kind="other",
                     mentions=(Mention(start=40, stop=52, text="Академгородок", type="GEO"),))
    found = fixed_place_forms(text, tools.morph, tools.gazetteer, [alone, oblique])
    assert {e.key for e in found} == {"geo:Академгородок", "geo:Северное Академгородка"}


def unknown_place(name: str, *written: str) -> Entity:
    mentions = tuple(Mention(start=10 * i, stop=10 * i + len(word), text=word, type="GEO")
                     for i, word in enumerate(written))
    return Entity(key=f"geo:{name}", type="GEO", name=name, geo_kind="other",
                  mentions=mentions)


CASE_FORMS = [
    # one word read two ways: the reading that keeps it as written wins
    ([("Чайджум", "Чайджума"), ("Чайджума", "Чайджума", "Чайджума")], {"geo:Чайджума"}),
    # a case form beside the nominative written on the page
    ([("Чолпон-Ате", "Чолпон-Ате"), ("Чолпон-Ата", "Чолпон-Ата")], {"geo:Чолпон-Ата"}),
    ([("Тэйла", "Тэйлу"), ("Тэйл", "Тэйл")], {"geo:Тэйл"}),
    # a nominative not written on the page takes nothing
    ([("Кобара", "Кобаре"), ("Кобар", "Кобаре")], {"geo:Кобара", "geo:Кобар"}),
    # two places that are not forms of each other stay apart
    ([("Нарын", "Нарын"), ("Нарва", "Нарве")], {"geo:Нарын", "geo:Нарва"}),
]


@pytest.mark.parametrize(("places_written", "keys"), CASE_FORMS)
def test_case_form_of_a_place_written_on_the_page_joins_it(
        places_written: list[tuple[str, ...]], keys: set[str], tools: Toolkit) -> None:
    entities = [unknown_place(*row) for row in places_written]
    found = fixed_place_forms("", tools.morph, tools.gazetteer, entities)
    assert {e.key for e in found} == keys
    assert sum(len(e.mentions) for e in found) == sum(len(r) - 1 for r in places_written)


CLIPPED_BYLINES = [
    ("5 июня, Гродно /Корр. БЕЛТА/. Гродненская область нарастила экспорт.", "Корр"),
    ("8 июля, Брест /Спецкорр. БЕЛТА/. Брестская область нарастила экспорт.", "Спецкорр"),
]


@pytest.mark.parametrize(("text", "word"), CLIPPED_BYLINES)
def test_clipped_byline_word_is_no_place(text: str, word: str, tools: Toolkit) -> None:
    found = places(text, tools)
    assert not any(m.text == word for e in found for m in e.mentions)
    assert any(e.key == "geo:Гродно" or e.key == "geo:Брест" for e in found)


def _spanning(text: str, written: str, kind: str, key: str, **extra: str) -> Entity:
    start = text.index(written)
    mention = Mention(start=start, stop=start + len(written), text=written, type=kind)
    return Entity(key=key, type=kind, name=written, mentions=(mention,), **extra)  # type: ignore[arg-type]


COUNTRIES_INSIDE_ORGS = [
    # a public association's name: the country is part of the name
    ("Сделку поддержал Союз татар России.", "Союз татар России", "России", False),
    # a federal agency's regional office
    ("Прогноз выпустило ГУ МЧС России по Томской области.",
     "ГУ МЧС России по Томской области", "России", False),
    # a state's own ministry, embassy or ministry's short name: the country stays
    ("Письмо направило Министерство финансов России.", "Министерство финансов России",
     "России", True),
    ("Приём устроило Посольство Армении в Москве.", "Посольство Армении в Москве",
     "Армении", True),
    ("Данные привёл Минпромторг России.", "Минпромторг России", "России", True),
    # a legislature, a police ministry by its initials, an army
    ("Закон одобрил Конгресс США в среду.", "Конгресс США", "США", True),
    ("Сводку опубликовало МВД Киргизии.", "МВД Киргизии", "Киргизии", True),
    ("Учения провела армия Израиля.", "армия Израиля", "Израиля", True),
]


@pytest.mark.parametrize(("text", "org", "country", "kept"), COUNTRIES_INSIDE_ORGS)
def test_country_only_inside_org_names(text: str, org: str, country: str, kept: bool,
                                       tools: Toolkit) -> None:
    place = tools.gazetteer.resolve(country)
    assert place is not None
    entities = [_spanning(text, org, "ORG", "org:" + org),
                _spanning(text, country, "GEO", place.key, geo_kind="country")]
    found = fixed_place_forms(text, tools.morph, tools.gazetteer, entities)
    assert any(e.key == place.key for e in found) is kept


def test_country_also_outside_org_names_stays(tools: Toolkit) -> None:
    text = "Союз татар России открыл офис. Товарооборот России и Турции вырос."
    org = _spanning(text, "Союз татар России", "ORG", "org:Союз татар России")
    inside = Mention(start=text.index("России"), stop=text.index("России") + 6,
                     text="России", type="GEO")
    outside_at = text.index("России и")
    outside = Mention(start=outside_at, stop=outside_at + 6, text="России", type="GEO")
    country = Entity(key="RU", type="GEO", name="Россия", geo_kind="country",
                     mentions=(inside, outside))
    found = fixed_place_forms(text, tools.morph, tools.gazetteer, [org, country])
    assert any(e.key == "RU" for e in found)


# a regional government's noun the dictionary does not know, capitalized at the head of
# the body's name (written here after the shape of a Kazakh-Russian agreement page)
@pytest.mark.parametrize("text", [
    "План подписан между Правительством Курганской области и Акиматом "
    "Северо-Казахстанской области.",
    "Хокимиятом Самаркандской области подготовлена программа визита.",
])
def test_a_government_noun_is_no_place(text: str, tools: Toolkit) -> None:
    assert all(not e.key.startswith("geo:") for e in places(text, tools)), [
        e.key for e in places(text, tools)]
