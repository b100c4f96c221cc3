"""ORG entities that name nothing on real pages (`org_noise`): calendar words of the
header, a page title with the site's name, a count glued to a site name, a bare word
for a kind of body, a title read as a body, a name cut mid-phrase, a place."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_noise import _sole_trader, without_org_noise
from coopwatch.extract.entities.places import place_entity
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit


def entities(text: str, tools: Toolkit) -> tuple[Entity, ...]:
    return link(analyze(Document(id="t", text=text), tools), tools).entities


def org_names(text: str, tools: Toolkit) -> set[str]:
    return {e.name for e in entities(text, tools) if e.type == "ORG"}


def org_at(text: str, *spans: str, name: str | None = None) -> Entity:
    """An ORG entity of the given substrings of `text` (the first one names it)."""
    mentions = []
    for span in spans:
        start = text.index(span)
        mentions.append(Mention(start=start, stop=start + len(span), text=span, type="ORG"))
    name = name or spans[0]
    return Entity(key="org:" + name, type="ORG", name=name, mentions=tuple(mentions))


def kept_names(text: str, tools: Toolkit, found: list[Entity]) -> set[str]:
    doc = analyze(Document(id="t", text=text), tools)
    return {e.name for e in without_org_noise(text, TokenIndex.of(doc), tools.morph,
                                              tools.gazetteer, found)}


NOISE = [
    # an English weekday of the page header
    ("Monday, March 14, 2022\nГубернатор принял делегацию из Павлодара.", ("Monday",), None),
    # the code of the currency an amount is given in
    ("В 2016 году товарооборот области с Китаем составил 3,7 млрд USD.", ("USD",), None),
    ("Инвесторы готовы выделить на проект порядка 100 млн EUR.", ("EUR",), None),
    # a unit of energy written short
    ("Энергокомпания поставила в Казахстан 1 млрд кВтч электроэнергии.", ("кВтч",), None),
    # a bare word for a kind of body refers back to a body named before
    ("Послом назначен Ильяс Омаров. Это первая встреча после назначения нового "
     "руководителя Секретариата в марте.", ("Секретариата",), "Секретариат"),
    ("Министр рассказал о планах. Сферами компетенции нового Комитета станут "
     "логистика и туризм.", ("Комитета",), "Комитет"),
    # a person's title with its adjectives is no body
    ("Об этом сообщили в аппарате Главного федерального инспектора по Курской области.",
     ("Главного федерального инспектора",), "Главный федеральный инспектор"),
    # a name cut before its end: a preposition, or an adjective agreeing with nothing
    ("Стороны договорились на заседании Совета по взаимодействию между регионами двух "
     "стран.", ("Совета по взаимодействию между",), "Совет по взаимодействию между"),
    # cut after an adjective with no noun to complete it
    ("Делегацию принял глава Ассоциации свободных «Порты Балтики».",
     ("Ассоциации свободных",), "Ассоциация свободных"),
    # the abbreviation of a kind of zone or enterprise alone refers back to one
    ("Инвестор уже получил статус резидента ОЭЗ и начал стройку цеха.",
     ("ОЭЗ",), None),
    ("Компания получила статус резидента ТОР и начнёт стройку весной.", ("ТОР",), None),
    ("Стороны обсудили работу СП и поставки комплектующих.", ("СП",), None),
    # a model code is a product, not its maker
    ("На заводе собирают тракторы ДЭТ-250 и бульдозеры.", ("ДЭТ-250",), "ДЭТ"),
    ("Хозяйство купило комбайны КЗС-1218 в прошлом году.", ("КЗС-1218",), None),
    # an organ of a party named in a person's title
    ("Гостей принял член Политбюро Ли Вэй.", ("Политбюро",), None),
    ("Делегацию возглавил секретарь ЦК КПВ Нгуен Ван Ань.", ("ЦК КПВ",), None),
    ("С ним встретился секретарь Комитета Коммунистической партии Китая города Хэйхэ.",
     ("Комитета Коммунистической партии Китая",), "Комитет Коммунистической партии Китая"),
    # a capitalized adverb opening a line
    ("Новости района\nСегодня - 3 мая - в Альметьевске подписано соглашение.",
     ("Сегодня",), None),
]


@pytest.mark.parametrize(("text", "spans", "name"), NOISE)
def test_noise_is_no_organization(text: str, spans: tuple[str, ...], name: str | None,
                                  tools: Toolkit) -> None:
    assert kept_names(text, tools, [org_at(text, *spans, name=name)]) == set()


COMPLETED = [
    # the noun after the adjective completes the name, even when tagged a verb
    ("Министерство внутренних дел Сербии сообщило о задержании.",
     "Министерство внутренних", "Министерство внутренних дел"),
    ("Губернатор встретился с директором Ассоциации свободных морских портов «Балтика».",
     "Ассоциации свободных", "Ассоциация свободных морских портов"),
]


@pytest.mark.parametrize(("text", "span", "name"), COMPLETED)
def test_name_cut_after_an_adjective_is_completed(text: str, span: str, name: str,
                                                 tools: Toolkit) -> None:
    cut = org_at(text, span, name=span.replace("Ассоциации", "Ассоциация"))
    assert kept_names(text, tools, [cut]) == {name}


def test_page_title_with_site_name(tools: Toolkit) -> None:
    text = ("Деловой Омск - Sputnik Казахстан, 1920, 03.02.2022\n"
            "АСТАНА, 3 фев – Sputnik. Министр торговли провёл переговоры в Омске.")
    found = [org_at(text, "Деловой Омск - Sputnik Казахстан"),
             org_at(text, "Sputnik.", name="Sputnik")]
    assert kept_names(text, tools, found) == {"Sputnik"}


def test_count_glued_to_a_site_name(tools: Toolkit) -> None:
    text = "Татарстан и Узбекистан обсудили поставки техники.\nLenta Daily 5 часов назад 21"
    assert kept_names(text, tools, [org_at(text, "Lenta Daily 5")]) == {"Lenta Daily"}


def test_count_without_ago_is_kept(tools: Toolkit) -> None:
    text = "Сюжет показал телеканал Пятый 5 раз за неделю."
    assert kept_names(text, tools, [org_at(text, "Пятый 5")]) == {"Пятый 5"}


def test_place_typed_as_organization_joins_the_place(tools: Toolkit) -> None:
    text = "Бурятия и Монголия будут сотрудничать в сфере туризма."
    doc = analyze(Document(id="t", text=text), tools)
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer,
                              [org_at(text, "Бурятия")])
    assert [(e.type, e.key) for e in found] == [("GEO", "RU-BU")]


QUOTED_PLACES = [
    # a quoted one-word place of a project, the page naming the region elsewhere
    # («Бурятию»): the ORG joins the region's entity
    ("Бурятию часто зовут Забайкальем, и «Бурятия» стала именем нового проекта.",
     "Бурятия", "Бурятию", [("GEO", "RU-BU")]),
    # a pavilion named after a country the page names nowhere else: no body, no place
    ("Договор подписали в павильоне «Монголия» в первый день выставки.",
     "Монголия", None, []),
    # a quoted name of two words goes on naming a body
    ("Сделку заключил завод «Монголия Трейд» в пятницу.",
     "Монголия Трейд", None, [("ORG", "org:Монголия Трейд")]),
]


@pytest.mark.parametrize(("text", "span", "place", "expected"), QUOTED_PLACES)
def test_quoted_place_named_as_organization(text: str, span: str, place: str | None,
                                            expected: list[tuple[str, str]],
                                            tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    given = [org_at(text, span)]
    if place is not None:
        start = text.index(place)
        mention = Mention(start=start, stop=start + len(place), text=place, type="GEO")
        resolved = tools.gazetteer.resolve(place)
        assert resolved is not None
        given.insert(0, place_entity(resolved, (mention,)))
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer, given)
    assert [(e.type, e.key) for e in found] == expected


KEPT = [
    # a forum with its year stays
    ("Соглашение подписали на полях ПМЭФ-2024 в июне.", "ПМЭФ"),
    # the party itself stays
    ("Делегация Коммунистической партии Вьетнама прибыла в Казань.",
     "Коммунистическая партия Вьетнама"),
    # a quoted one-word name stays even when the word is a title («форвард»)
    ("В турнире победила хоккейная команда «Форвард» из Благовещенска.", "Форвард"),
    # a full body with its complement stays
    ("Решение принял Совет по внешнеэкономической деятельности Оренбургской области.",
     "Совет по внешнеэкономической деятельности Оренбургской области"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_names_are_kept(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)



def test_part_of_a_body_before_its_name(tools: Toolkit) -> None:
    text = "Заседание провела российская сторона Совместной комиссии по торговле."
    cut = org_at(text, "сторона Совместной комиссии по торговле",
                 name="сторона Совместной комиссии по торговле")
    assert kept_names(text, tools, [cut]) == {"Совместная комиссия по торговле"}


KIND_PHRASES = [
    # adjectives and a kind word
    ("Решение принял Деловой совет «Волга – Янцзы» на заседании.",
     "Деловой совет", "Волга – Янцзы"),
    # one kind word, in an oblique case, before the quoted name
    ("Область вступила в ассоциацию Еврорегиона «Неман» в мае.",
     "Еврорегиона", "Неман"),
]


@pytest.mark.parametrize(("text", "kind", "quoted"), KIND_PHRASES)
def test_kind_phrase_before_a_quoted_name(text: str, kind: str, quoted: str,
                                          tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer,
                              [org_at(text, kind), org_at(text, quoted)])
    assert [e.name for e in found] == [quoted]
    assert kind in found[0].aliases


QUOTED_AFTER_KIND = [
    # the quoted name was found as no body: the phrase takes it as an alias
    ("Стороны работают в рамках Делового совета «Наш общий край – Тыва» давно.",
     "Делового совета", "Деловой совет", "Деловой совет «Наш общий край – Тыва»"),
    # a quoted name of more than six words is a quoted line, no name
    ("Решение принял Деловой совет «Мы будем работать вместе и дальше много лет» вчера.",
     "Деловой совет", "Деловой совет", None),
]


@pytest.mark.parametrize(("text", "span", "name", "alias"), QUOTED_AFTER_KIND)
def test_kind_phrase_takes_the_quoted_name_after_it(text: str, span: str, name: str,
                                                    alias: str | None,
                                                    tools: Toolkit) -> None:
    doc = analyze(Document(id="t", text=text), tools)
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer,
                              [org_at(text, span, name=name)])
    assert [e.name for e in found] == [name]
    assert found[0].aliases == ((alias,) if alias else ())


def test_kind_word_without_a_quoted_name_stays(tools: Toolkit) -> None:
    text = "Еврорегион Неман объединяет районы трёх стран."
    doc = analyze(Document(id="t", text=text), tools)
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer,
                              [org_at(text, "Еврорегион Неман")])
    assert [e.name for e in found] == ["Еврорегион Неман"]


ECHOES = [
    ("Источник: Kaznews.kzKaznews.kz\nАкимат области подписал меморандум.",
     "Kaznews.kzKaznews.kz", "Kaznews.kz"),
    ("В Ташкенте открылась выставка AgroExpo Tashkent Tashkent для фермеров.",
     "AgroExpo Tashkent Tashkent", "AgroExpo Tashkent"),
]


@pytest.mark.parametrize(("text", "span", "name"), ECHOES)
def test_name_written_twice(text: str, span: str, name: str, tools: Toolkit) -> None:
    assert kept_names(text, tools, [org_at(text, span)]) == {name}


WHOSE = [
    # a place adjective before a body named in lower case
    ("Начальник омского управления МВД вручил награду.", "управления МВД",
     "управление МВД", "Омское управление МВД"),
    # a place in the genitive after it, with its kind word
    ("Губернатор встретился с народным комитетом провинции Цзилинь.", "народным комитетом",
     "народный комитет", "Народный комитет провинции Цзилинь"),
]


@pytest.mark.parametrize(("text", "span", "name", "whose"), WHOSE)
def test_lower_case_body_takes_its_place(text: str, span: str, name: str, whose: str,
                                         tools: Toolkit) -> None:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    places = [e for e in doc.entities if e.type == "GEO"]
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer,
                              [org_at(text, span, name=name), *places])
    assert whose in {e.name for e in found if e.type == "ORG"}


def test_country_initials_after_a_body(tools: Toolkit) -> None:
    text = ("Министр рассказал о работе Комиссии по сотрудничеству регионов Сибири и "
            "Северо-Запада КНР в этом году.")
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    places = [e for e in doc.entities if e.type == "GEO"]
    span = "Комиссии по сотрудничеству регионов Сибири и Северо-Запада"
    found = without_org_noise(text, TokenIndex.of(doc), tools.morph, tools.gazetteer,
                              [org_at(text, span, name="Комиссия по сотрудничеству регионов "
                                      "Сибири и Северо-Запада"), *places])
    assert ("Комиссия по сотрудничеству регионов Сибири и Северо-Запада КНР"
            in {e.name for e in found if e.type == "ORG"})


SLOGANS = [
    ("Форум прошёл под девизом «Великий Шёлковый путь, новые горизонты торговли».",
     "Великий Шёлковый путь"),
    ("Ярмарка проходит по теме «Новая Азия, общее будущее» в Куньмине.", "Новая Азия"),
]


@pytest.mark.parametrize(("text", "span"), SLOGANS)
def test_start_of_a_quoted_slogan_is_no_organization(text: str, span: str,
                                                     tools: Toolkit) -> None:
    assert kept_names(text, tools, [org_at(text, span)]) == set()


def test_quoted_name_without_a_comma_is_kept(tools: Toolkit) -> None:
    text = "Контракт подписала компания «Новая Азия» из Харбина."
    assert kept_names(text, tools, [org_at(text, "Новая Азия")]) == {"Новая Азия"}


# page furniture read as a body (issue 10): a credit line, a time stamp, menu items glued
# into one word; names that only look like these stay
@pytest.mark.parametrize(("text", "span", "kept"), [
    ("Источник: Омск-Информ\nЗавод отгрузил станки в Казахстан.", "Источник: Омск-Информ",
     False),
    ("Опубликовано 2024-05-12T09 Завод отгрузил станки.", "2024-05-12T09", False),
    ("ГлавнаяНовостиЭкономика Завод отгрузил станки.", "ГлавнаяНовостиЭкономика", False),
    ("Завод «ТехСтройМонтаж» отгрузил станки.", "ТехСтройМонтаж", True),
    ("Компания АвтоВАЗ отгрузила машины.", "АвтоВАЗ", True),
    # a spaced menu line
    ("Главная Новости Экономика Спорт Культура\nЗавод отгрузил станки.",
     "Главная Новости Экономика Спорт Культура", False),
    ("Наука Технологии Бизнес Видео\nЗавод отгрузил станки.",
     "Наука Технологии Бизнес Видео", False),
    # the first part of a counter widget's name
    ("Подпишитесь на рассылку\nЯндекс.Метрика\nЗавод отгрузил станки.", "Яндекс", False),
    ("Сервис Яндекс помог найти поставщиков.", "Яндекс", True),
    # names with one menu word stay
    ("Делегация «Деловой России» посетила завод.", "Деловой России", True),
    ("Об этом сообщает агентство РИА Новости Регион.", "РИА Новости Регион", True),
])
def test_page_furniture_is_no_body(text: str, span: str, kept: bool, tools: Toolkit) -> None:
    found = [org_at(text, span)]
    assert (span in kept_names(text, tools, found)) is kept


# Adjectives and a plural word for a kind of territory name a group of places.
PLURAL_TERRITORIES = [
    ("Форум прошёл с участием вузов Сибирских регионов РФ, в том числе университетов.",
     "Сибирские регионы РФ"),
    ("В выставке участвовали компании Дальневосточных регионов России и Китая.",
     "Дальневосточные регионы России"),
]


@pytest.mark.parametrize(("text", "name"), PLURAL_TERRITORIES)
def test_plural_territories_are_no_body(text: str, name: str, tools: Toolkit) -> None:
    assert name not in org_names(text, tools)


# A sole trader's form and a person's name with initials name a person.
SOLE_TRADERS = [
    ("ИП Сидорова О.В.", True),
    ("ИП О.В. Сидоров", True),
    ("КФХ Петров-Водкин К.С.", True),
    ("ИП «Сидорова О.В.»", True),
    ("ООО Сидоров О.В.", False),
    ("ИП Ромашка", False),
    ("«Сидорова О.В.»", False),
]


@pytest.mark.parametrize(("text", "expected"), SOLE_TRADERS)
def test_sole_trader_is_no_organization(text: str, expected: bool) -> None:
    assert _sole_trader(Mention(start=0, stop=len(text), text=text, type="ORG")) is expected


FILE_NAMES = [
    # a picture's file name on a line of its own
    ("Делегация прибыла в Казань.\n\nKAZ_2044.jpg\n\nСтороны обсудили поставки.", "KAZ_2044"),
    # a markup identifier of words joined by «_»
    ("Завод откроют в мае. Banner_Top_Main Подробнее на сайте.", "Banner_Top_Main"),
    # a document's file name after its title
    ("Скачать: Отчет.pdf", "Отчет"),
]


@pytest.mark.parametrize(("text", "span"), FILE_NAMES)
def test_file_name_is_no_organization(text: str, span: str, tools: Toolkit) -> None:
    assert kept_names(text, tools, [org_at(text, span)]) == set()


def test_name_outside_a_file_name_stays(tools: Toolkit) -> None:
    text = "Соглашение подписал завод «Вектор» из Твери."
    assert kept_names(text, tools, [org_at(text, "Вектор")]) == {"Вектор"}


FIXTURE_TEXT = ("Матч-центр\n\nВолна\n\n:\n\nМаяк\n\nКоэффициенты\n\nРассвет\n\n3\n\n:\n\n"
                "Буревестник\n\n1\n\nЗвезда\n\n2\n\n:\n\nИван Сусанин\n\n0\n\n"
                "Завод «Маяк» подписал договор с компанией «Волна».")

FIXTURES = [
    # a team before the separator line, another after it
    ("Волна", "Маяк", {"Маяк"}),
    ("Маяк", "Волна", {"Волна"}),
    # teams beside score lines
    ("Рассвет", "Маяк", {"Маяк"}),
    ("Буревестник", "Маяк", {"Маяк"}),
    # the part of a team's name the NER model took for a body, the rest for a person
    ("Сусанин", "Маяк", {"Маяк"}),
]


@pytest.mark.parametrize(("team", "kept", "names"), FIXTURES)
def test_fixture_list_team_is_no_organization(team: str, kept: str, names: set[str],
                                              tools: Toolkit) -> None:
    """The team's only mention is in the widget; the other is also named in the article."""
    kept_start = FIXTURE_TEXT.rindex(kept)
    kept_entity = Entity(key="org:" + kept, type="ORG", name=kept, mentions=(
        Mention(start=kept_start, stop=kept_start + len(kept), text=kept, type="ORG"),))
    found = [org_at(FIXTURE_TEXT, team), kept_entity]
    assert kept_names(FIXTURE_TEXT, tools, found) == names


def test_part_of_a_longer_line_beside_a_score_stays(tools: Toolkit) -> None:
    text = "Итоги дня\n\n3\n\nАвтозавод в Твери выпустил новый вагон\n\nПодробности позже."
    assert kept_names(text, tools, [org_at(text, "Автозавод")]) == {"Автозавод"}


def test_heading_line_before_a_date_stays(tools: Toolkit) -> None:
    text = "Тверской вагоностроительный завод\n\n12.03.2025\n\nЗавод выпустил новый вагон."
    found = [org_at(text, "Тверской вагоностроительный завод")]
    assert kept_names(text, tools, found) == {"Тверской вагоностроительный завод"}


# A lower-case person's title heading the span names a post, not a body; a capitalized
# body or a lower-case body without a title stays.
TITLE_LEADS = [
    ("Гостей встретил с главой комитета по внешним связям при мэрии Пусана Ким Ен Хо.",
     "главой комитета по внешним связям при мэрии Пусана", False),
    ("Письмо направлено председателю комиссии по торговле при правительстве Монголии.",
     "председателю комиссии по торговле при правительстве Монголии", False),
    ("Письмо направлено в комиссию по торговле при правительстве Монголии.",
     "комиссию по торговле при правительстве Монголии", True),
    ("Письмо направлено в Комитет по внешним связям Пусана.",
     "Комитет по внешним связям Пусана", True),
]


@pytest.mark.parametrize(("text", "span", "kept"), TITLE_LEADS)
def test_title_heading_a_span_is_no_body(text: str, span: str, kept: bool,
                                         tools: Toolkit) -> None:
    assert bool(kept_names(text, tools, [org_at(text, span)])) is kept


# One word in the locative after «в» right after a body's name is the town it is in; the
# same word after a verb, or a body named after its own «в», stays.
HOST_PLACES = [
    ("Он окончил Технический университет в Мумбаи и Институт связи в Пуне.",
     ["Технический университет", "Институт связи"], "Пуне", False),
    ("Он окончил Технический университет в Бангалоре в 2010 году.",
     ["Технический университет"], "Бангалоре", False),
    ("Он работал в Сбербанке три года.", [], "Сбербанке", True),
]


@pytest.mark.parametrize(("text", "bodies", "word", "kept"), HOST_PLACES)
def test_town_after_a_body_is_no_body(text: str, bodies: list[str], word: str, kept: bool,
                                      tools: Toolkit) -> None:
    found = [org_at(text, body) for body in bodies] + [org_at(text, word)]
    assert (word in kept_names(text, tools, found)) is kept


def test_a_company_read_as_a_surname_joins_the_company(tools: Toolkit) -> None:
    """«компания Люйчжоу … представители Люйчжоу»: one organization, no person."""
    text = ("Правительство ведет переговоры с компанией из Китая. По его словам компания "
            "Люйчжоу хочет построить кластер. На эти цели представители Люйчжоу готовы "
            "выделить 100 млн евро.")
    found = entities(text, tools)
    assert [e.type for e in found if e.name == "Люйчжоу"] == ["ORG"]
