"""Organizations: canonical names, acronyms, grouping, organizations the NER model misses."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.candidates import Candidate
from coopwatch.extract.entities.orgs import (
    acronyms_of,
    group_orgs,
    is_acronym,
    strip_legal_form,
    unquote,
    without_initials,
)
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def orgs(text: str, tools: Toolkit) -> dict[str, Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name: e for e in doc.entities if e.type == "ORG"}


NAMES = [
    ("Техника Минского автомобильного завода появится в регионе.",
     "Минский автомобильный завод"),
    ("Сушильные машины Вяземского машзавода поставляются в Беларусь.", "Вяземский машзавод"),
    ("Об этом сообщил глава Минпромторга России.", "Минпромторг России"),
    ("Машины используют на Оршанском льнокомбинате уже год.", "Оршанский льнокомбинат"),
    ("Договор подписан с ОАО «МАЗ» в Минске.", "МАЗ"),
    ("Продукцию выпускает ООО «Биокат» в Петербурге.", "Биокат"),
    ("Препараты поставляют компании \"Биокат\" и \"Герофарм\" из Санкт-Петербурга.", "Герофарм"),
    ("Совместно с белорусским предприятием «МотоВелоЗавод» налажен выпуск.", "МотоВелоЗавод"),
    ("Компании предложили локализовать производство в ОЭЗ «Иннополис».", "ОЭЗ Иннополис"),
    ("Президент намерен встретиться с руководством Alibaba Group в Ханчжоу.", "Alibaba Group"),
    ("Взаимодействие с Гомсельмашем развивается.", "Гомсельмаш"),
    ("Об этом пишет «Российская газета».", "Российская газета"),
    ("В Санкт-Петербурге уже шесть лет успешно функционирует Энерготехнохаб.", "Энерготехнохаб"),
    ("Делегация посетила Магнитогорский металлургический комбинат в июне.",
     "Магнитогорский металлургический комбинат"),
    ("Студенты Новосибирского государственного аграрного университета приедут в Харбин.",
     "Новосибирский государственный аграрный университет"),
    ("Оборудование для Белорусской атомной электростанции поставят из Петербурга.",
     "Белорусская атомная электростанция"),
    ("Соглашение подписали с Казахстанской фондовой биржей в Алматы.",
     "Казахстанская фондовая биржа"),
    # an adjective before an abbreviation that does not decline
    ("Прогноз дал ведущий синоптик Читинского ГМЦ на этой неделе.", "Читинский ГМЦ"),
    ("Выставку организовали при поддержке Омской ТПП в марте.", "Омская ТПП"),
    # a hyphenated adjective keeps its hyphen
    ("Делегацию принял президент Южно-Уральской торгово-промышленной палаты в Челябинске.",
     "Южно-Уральская торгово-промышленная палата"),
    # a quoted name ending in a consonant is no genitive plural
    ('Председатель совета директоров "Агро-Лайн" Виктор Игнатьев подписал договор.',
     "Агро-Лайн"),
    ('Глава совета директоров "Техно-Лайн" Олег Сидоров прибыл в Ташкент.', "Техно-Лайн"),
    # ... while a quoted name in the instrumental still loses its ending
    ("Соглашение подписано с «Лидагропроммашем» в Минске.", "Лидагропроммаш"),
    # a capitalized kind word before a quoted name in the nominative, the quoted part as
    # written, a broken closing quote too
    ("Делегация Фонда «Сколково» посетила Минск в мае.", "Фонд Сколково"),
    ("Консультации провели специалисты Центра «Мой экспорт» в Омске.", "Центр Мой экспорт"),
    ('Консультации провели специалисты Центра "Мой экспорт в Омске.', "Центр Мой экспорт"),
    ("Соглашение подписано с Госкорпорацией «Орбита» в Казани.", "Госкорпорация Орбита"),
]


# A name followed by a dash and its own abbreviation: the abbreviation is an alias.
DASHED_ACRONYMS = [
    ("Губернатор рассказал о работе Центра поддержки экспорта – ЦПЭ, созданного в прошлом "
     "году.", "Центр поддержки экспорта", ("ЦПЭ",)),
    ("Губернатор рассказал о работе Центра поддержки экспорта – АБВ, созданного в прошлом "
     "году.", "Центр поддержки экспорта – АБВ", ()),
]


@pytest.mark.parametrize(("text", "name", "aliases"), DASHED_ACRONYMS)
def test_abbreviation_after_a_dash(text: str, name: str, aliases: tuple[str, ...],
                                   tools: Toolkit) -> None:
    assert orgs(text, tools)[name].aliases == aliases


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_canonical_name(text: str, name: str, tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert name in found
    assert found[name].key == "org:" + name


GROUPS = [
    ("Сотрудничество Петербургского тракторного завода (ПТЗ) и белорусских партнёров "
     "растёт. Компоненты используются на конвейерах ПТЗ.",
     "Петербургский тракторный завод", {"ПТЗ"}),
    ("Обсуждался сервисный центр техники Минского автомобильного завода. "
     "Сборку автобусов с ОАО «МАЗ» планируют начать в 2026 году.",
     "Минский автомобильный завод", {"МАЗ"}),
    ("Он посетил Минский тракторный завод. Тракторы МТЗ работают в области.",
     "Минский тракторный завод", {"МТЗ"}),
    ("Глава Минпромторга России посетил Минск. На сайте Минпромторга РФ опубликована "
     "цитата.", "Минпромторг России", {"Минпромторг РФ"}),
    ("Президент пригласил Alibaba Group в Татарстан. Представители Alibaba ответили "
     "согласием.", "Alibaba Group", {"Alibaba"}),
]


@pytest.mark.parametrize(("text", "name", "aliases"), GROUPS)
def test_acronyms_and_short_names_join(text: str, name: str, aliases: set[str],
                                       tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert name in found
    assert aliases <= set(found[name].aliases)
    assert not aliases & set(found)


# One unquoted word the dictionary reads only as a body's name in an oblique case: the
# nominative, whatever case the tagger gave it.
OBLIQUE_ONE_WORD = [
    ("Синоптик Белгидрометцентра рассказал о погоде на выходные.", {"Белгидрометцентр"}),
    ("Ведущий инженер Казгидрометцентра выступил на совещании.", {"Казгидрометцентр"}),
    ("Директор Узгидрометцентра посетил Ташкент.", {"Узгидрометцентр"}),
    ("Специалисты Ростелекома и Белгидрометцентра обсудили связь.",
     {"Ростелеком", "Белгидрометцентр"}),
]


@pytest.mark.parametrize(("text", "names"), OBLIQUE_ONE_WORD)
def test_one_oblique_word_in_the_nominative(text: str, names: set[str],
                                            tools: Toolkit) -> None:
    assert set(orgs(text, tools)) == names


# A short name and a company-kind noun after it in an oblique case: the kind is the
# head and goes in the nominative; a body's kind word before a place keeps its form.
KIND_TAIL = [
    ("Представители АГР Холдинга осмотрели площадку в Калуге.", {"АГР Холдинг"}),
    ("Совет директоров ВТБ Лизинга одобрил сделку с партнёрами из Минска.", {"ВТБ Лизинг"}),
    ("Делегация Сибур Холдинга посетила Тобольск.", {"Сибур Холдинг"}),
    ("Делегация Банка России прибыла в Минск.", {"Банк России"}),
]


@pytest.mark.parametrize(("text", "names"), KIND_TAIL)
def test_kind_noun_after_a_short_name(text: str, names: set[str], tools: Toolkit) -> None:
    assert set(orgs(text, tools)) == names


# A clipped name with its region and the full name with the region and then its country:
# one body; the same full name and the country's own ministry stay two.
REGION_THEN_COUNTRY = [
    ("Комбайны закупит Минсельхоз Омской области, сообщили в пресс-службе. Заявку подало "
     "Министерство сельского хозяйства Омской области Российской Федерации в марте.",
     {"Министерство сельского хозяйства Омской области Российской Федерации"}),
    ("Тракторы закупит Минпромторг Татарстана, сообщили в пресс-службе. Заявку подало "
     "Министерство промышленности и торговли Республики Татарстан Российской Федерации.",
     {"Министерство промышленности и торговли Республики Татарстан Российской Федерации"}),
    ("Заявку подало Министерство сельского хозяйства Омской области Российской Федерации в "
     "марте. Другую заявку подал Минсельхоз России.",
     {"Министерство сельского хозяйства Омской области Российской Федерации",
      "Минсельхоз России"}),
]


@pytest.mark.parametrize(("text", "names"), REGION_THEN_COUNTRY)
def test_region_then_its_country_is_the_region(text: str, names: set[str],
                                               tools: Toolkit) -> None:
    assert set(orgs(text, tools)) == names


# A body named after a person, with the person's initials and without: one body.
INITIALS = [
    ("Гастроли Театра юных зрителей имени А. А. Брянцева пройдут в Астане. Директор "
     "Театра юных зрителей имени Брянцева рассказал о планах.",
     "Театр юных зрителей имени А. А. Брянцева", "Театр юных зрителей имени Брянцева"),
    ("Студенты Уральского университета имени Б. Н. Ельцина приедут в Харбин. Ректор "
     "Уральского университета имени Ельцина подписал договор.",
     "Уральский университет имени Б. Н. Ельцина", "Уральский университет имени Ельцина"),
    ("Труппа Драматического театра имени М.Горького выступит в Минске. Артисты "
     "Драматического театра имени Горького привезут три спектакля.",
     "Драматический театр имени М.Горького", "Драматический театр имени Горького"),
]


@pytest.mark.parametrize(("text", "name", "alias"), INITIALS)
def test_names_with_and_without_initials_join(text: str, name: str, alias: str,
                                              tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert set(found) == {name}
    assert alias in found[name].aliases


@pytest.mark.parametrize(("name", "expected"), [
    ("Театр имени А. А. Брянцева", "Театр имени Брянцева"),
    ("Университет имени И.Канта", "Университет имени Канта"),
    ("ООО С.П.А.", "ООО С.П.А."),  # initials before no surname stay
    ("Театр им.Вл.Маяковского", "Театр им.Вл.Маяковского"),
])
def test_without_initials(name: str, expected: str) -> None:
    assert without_initials(name) == expected


def test_quoted_product_is_no_organization(tools: Toolkit) -> None:
    found = orgs("Тракторы \"Кировец\" поставляются в Беларусь.", tools)
    assert "Кировец" not in found


def test_common_abbreviation_is_no_organization(tools: Toolkit) -> None:
    found = orgs("Объём ВВП и НДС обсудили на встрече с представителями СМИ.", tools)
    assert not found


@pytest.mark.parametrize(("text", "absent"), [
    ("Соглашение подписали представители Гродненского облисполкома.", "Гродненский облисполком"),
    ("Делегация Челябинской области прибыла в Костанай.", "Делегация Челябинской области"),
    ("Новосибирская компания построит завод по сушке фруктов.", "Новосибирская компания"),
    ("Фармкомпания из Сычуани построит завод в Калуге.", "Фармкомпания"),
])
def test_no_organization(text: str, absent: str, tools: Toolkit) -> None:
    assert absent not in orgs(text, tools)


def test_quoted_place_keeps_its_kind_phrase(tools: Toolkit) -> None:
    found = orgs("Завод построят в особой экономической зоне «Калуга».", tools)
    assert "Особая экономическая зона Калуга" in found
    assert "Калуга" not in found


def test_exhibition_does_not_hide_a_company(tools: Toolkit) -> None:
    found = orgs("На полях выставки Уралмашзавод заключил контракт.", tools)
    assert "Уралмашзавод" in found


def test_junk_tail_cut_at_verb(tools: Toolkit) -> None:
    text = ("Президент примет участие в заседании Нового банка Развития. Структура Нового "
            "банка Развития сформирована странами-участниками БРИКС.")
    found = orgs(text, tools)
    assert all("сформирован" not in name for name in found)
    assert "Новый банк Развития" in found


@pytest.mark.parametrize(("name", "acronym"), [
    ("Минский автомобильный завод", "маз"),
    ("Петербургский тракторный завод", "птз"),
    ("Вяземский машзавод", "вмз"),
    ("Особая экономическая зона", "оэз"),
    ("Министерство промышленности и торговли", "мпт"),
])
def test_acronyms_of(name: str, acronym: str) -> None:
    assert acronym in acronyms_of(name)


@pytest.mark.parametrize(("word", "expected"), [
    ("МАЗ", True), ("БелАЗ", True), ("Минпромторг", False), ("Alibaba Group", False),
])
def test_is_acronym(word: str, expected: bool) -> None:
    assert is_acronym(word) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ОАО «МАЗ»", "«МАЗ»"), ("ООО Биокат", "Биокат"), ("Geely Auto LLC", "Geely Auto"),
    ("АО", "АО"),
])
def test_strip_legal_form(text: str, expected: str) -> None:
    assert strip_legal_form(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("«МАЗ»", ("МАЗ", None)),
    ("ОЭЗ «Иннополис»", ("ОЭЗ Иннополис", "Иннополис")),
    ("компании «Биокат»", ("Биокат", None)),
])
def test_unquote(text: str, expected: tuple[str, str | None]) -> None:
    assert unquote(text) == expected


def _org_mentions(text: str, tools: Toolkit) -> set[str]:
    return {m.text for e in orgs(text, tools).values() for m in e.mentions}


@pytest.mark.parametrize(("text", "mention"), [
    ("В российском министерстве финансов утверждают, что сделка выгодна.",
     "российском министерстве финансов"),
    ("Об этом сообщил представитель министерства иностранных дел в четверг.",
     "министерства иностранных дел"),
    ("Поскольку европейское антимонопольное ведомство уже заявило о проверке, сделка ждет.",
     "европейское антимонопольное ведомство"),
    ("Он является членом бюджетно-финансового парламентского комитета.",
     "бюджетно-финансового парламентского комитета"),
])
def test_lower_case_state_body(text: str, mention: str, tools: Toolkit) -> None:
    assert mention in _org_mentions(text, tools)


@pytest.mark.parametrize("text", [
    "Многие ведомства продолжают покупать разрозненные программы.",
    "В мае комитет должен будет опубликовать свое заключение.",
    "Решение министерства вызвало споры.",
])
def test_bare_state_body_is_no_organization(text: str, tools: Toolkit) -> None:
    assert not _org_mentions(text, tools)


def test_regional_ministry_stands_for_its_region(tools: Toolkit) -> None:
    text = "Как сообщает краевое министерство экономики, экспорт вырос."
    assert not any("министерство" in m for m in _org_mentions(text, tools))


def test_ministry_of_a_region_stands_for_its_region(tools: Toolkit) -> None:
    text = "По данным министерства экономического развития Самарской области, экспорт вырос."
    assert not any("министерств" in m for m in _org_mentions(text, tools))


@pytest.mark.parametrize(("text", "mention", "name"), [
    ("Накануне визита главы японского МИДа в Москву стороны договорились.",
     "японского МИДа", "МИД"),
    ("Такие сведения есть в российском Минфине, сообщил источник.",
     "российском Минфине", "Минфин"),
])
def test_country_adjective_joins_the_mention_not_the_name(text: str, mention: str, name: str,
                                                         tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert name in found
    assert mention in {m.text for m in found[name].mentions}


def test_regional_adjective_stays_out(tools: Toolkit) -> None:
    text = "Соглашение подписали с белгородским ООО «Агрокомплекс» в марте."
    assert not any(m.startswith("белгородск") for m in _org_mentions(text, tools))


def mentions_of(entity: Entity) -> list[str]:
    return [mention.text for mention in entity.mentions]


# An organization's name said again is the same organization, also where the NER model
# read a place inside it; a Latin spelling in brackets is one more mention of it.
NAMINGS = [
    ("Об этом губернатор рассказал в интервью «Голосу Америки».\n"
     "Голос Америки: Какие проекты вы обсудили в Харбине?",
     "Голос Америки", ["Голос Америки"]),
    ("Соглашение подписано с компанией «Уральские локомотивы». "
     "Уральские локомотивы поставят в Казахстан 20 электровозов.",
     "Уральские локомотивы", ["Уральские локомотивы"]),
    ("Доклад подготовил Всемирный банк (World Bank).", "Всемирный банк", ["World Bank"]),
    ("Как сообщает Евразийский банк развития (ЕАБР) (Eurasian Development Bank), "
     "кредит выдан.", "Евразийский банк развития", ["Eurasian Development Bank"]),
]


@pytest.mark.parametrize(("text", "name", "more"), NAMINGS)
def test_more_namings_of_an_organization(text: str, name: str, more: list[str],
                                         tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert name in found, sorted(found)
    assert set(more) <= set(mentions_of(found[name]))


def test_a_place_inside_a_repeated_name_is_no_place(tools: Toolkit) -> None:
    text = ("Губернатор дал интервью «Голосу Америки».\n"
            "Голос Америки: Когда откроется завод?")
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    second = text.rindex("Америки")
    assert not any(m.start == second for e in doc.entities if e.type == "GEO"
                   for m in e.mentions)


def test_a_common_word_is_not_a_repeated_name(tools: Toolkit) -> None:
    text = ("Делегация посетила «Центр поддержки экспорта». "
            "Центр поддержки экспорта Татарстана помог 40 компаниям. "
            "Новый центр поддержки экспорта откроют в Казани.")
    found = orgs(text, tools)
    assert not any(m.text.startswith("центр") for e in found.values() for m in e.mentions)


# Names that are no organization: codes of law, treaties, titles of works, places named
# in quotes after their kind; and a quoted owner in the genitive that is one.
NOT_ORGS = [
    ("Возбуждено уголовное дело по ч. 4 ст. 159 УК РФ.", "УК"),
    ("Поправки в ГК одобрены в первом чтении.", "ГК"),
    ("Сенат ратифицировал договор по СНВ.", "СНВ"),
    ("Съёмки нового сезона сериала «Твин Пикс» завершились.", "Твин Пикс"),
    ("Участники собрались у станции «Водный стадион».", "Водный стадион"),
    ("Матч пройдёт на стадионе «Спартаковец» в воскресенье.", "Спартаковец"),
]


@pytest.mark.parametrize(("text", "word"), NOT_ORGS)
def test_names_that_are_no_organization(text: str, word: str, tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert not any(word in m.text for e in found.values() for m in e.mentions), sorted(found)


def test_a_quoted_owner_after_a_kind_word_is_an_organization(tools: Toolkit) -> None:
    found = orgs("Пробы воды берут на насосной станции „Водоканала“ каждый день.", tools)
    assert any("Водоканал" in name for name in found), sorted(found)


# Page furniture and common phrases real news makes organizations of (issue 10).
@pytest.mark.parametrize(("text", "absent"), [
    ("Сообщить об ошибке. ПОЖАЛОВАТЬСЯ НА РЕКЛАМУ В ПРОЕКТЕ", "РЕКЛАМУ"),
    ("Аппаратом губернатора подготовлен план визита в Минск.", "Аппарат"),
])
def test_no_organization_in_page_furniture(text: str, absent: str, tools: Toolkit) -> None:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    assert all(absent.lower() not in e.name.lower() for e in doc.entities if e.type == "ORG")


CLIPPED_COMPOUNDS = [
    # a clipped ministry and its full name, the country named two ways
    ("Министерство образования и науки России подготовило программу. Представители "
     "Минобрнауки РФ приедут в Казань.",
     {"Министерство образования и науки России", "Минобрнауки РФ"}),
    # the clipped form first, no place
    ("Минтранс обещал помочь. Министерство транспорта выделит средства на дорогу.",
     {"Минтранс", "Министерство транспорта"}),
]


@pytest.mark.parametrize(("text", "forms"), CLIPPED_COMPOUNDS)
def test_clipped_compound_is_one_body(text: str, forms: set[str], tools: Toolkit) -> None:
    found = [e for e in list(orgs(text, tools).values()) if forms & {e.name, *e.aliases}]
    assert len(found) == 1 and forms <= {found[0].name, *found[0].aliases}, found


def test_clipped_compounds_of_two_countries_stay_apart(tools: Toolkit) -> None:
    text = "Минсельхоз России и Министерство сельского хозяйства Китая подписали протокол."
    found = [e for e in list(orgs(text, tools).values()) if "сельск" in e.name.lower()
             or "Минсельхоз" in e.name]
    assert len(found) == 2


PLACE_IN_BRACKETS = [
    ("Завод посетили представители корпорации Sinopec (Китай) в августе.", "Sinopec", "CN"),
    ("Компания Hengli Machinery (КНР) откроет цех в Якутске.", "Hengli Machinery", None),
    ("Растут мощности завода Haier (Татарстан) и его поставщиков.", "Haier", "RU-TA"),
]


@pytest.mark.parametrize(("text", "name", "place"), PLACE_IN_BRACKETS)
def test_place_in_brackets_is_no_acronym(text: str, name: str, place: str | None,
                                         tools: Toolkit) -> None:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    found = {e.name: e for e in doc.entities if e.type == "ORG"}
    assert found[name].aliases == ()
    assert place is None or place in {e.key for e in doc.entities if e.type == "GEO"}


def test_unclosed_bracket_ends_the_name(tools: Toolkit) -> None:
    text = ("Обсудили экспорт с руководством Министерства промышленности (БЕЛАЗ, МТЗ, "
            "МАЗ) и концернами.")
    names = set(orgs(text, tools))
    assert "Министерство промышленности" in names
    assert not any("(" in name for name in names)


QUOTED_OBLIQUE = [
    # an organization's name the dictionary reads only in an oblique case
    ("Специалисты ПАО «Ростелекома» подключили школу.", "Ростелеком", "Ростелекома"),
    ("Инженеры ООО «Газпромнефти» провели семинар.", "Газпромнефть", "Газпромнефти"),
    # a name that may be a nominative stays as written
    ("Директор ООО «Мечты» приехал в Томск.", "Мечты", "Мечта"),
]


@pytest.mark.parametrize(("text", "name", "absent"), QUOTED_OBLIQUE)
def test_quoted_name_in_an_oblique_case(text: str, name: str, absent: str,
                                        tools: Toolkit) -> None:
    found = orgs(text, tools)
    assert name in found
    assert absent not in found


def _candidates(*names: str) -> list[Candidate]:
    found, start = [], 0
    for name in names:
        mention = Mention(start=start, stop=start + len(name), text=name, type="ORG")
        found.append(Candidate(mention=mention, type="ORG", name=name))
        start += len(name) + 1
    return found


# A one-word name that ends the one longer name of the page names the same body; an
# acronym at the end of a longer name names its parent, and a word two names end in
# names neither.
@pytest.mark.parametrize(("names", "joined"), [
    (("Российско-казахстанское Экспо", "Экспо"), True),
    (("Межправительственная комиссия", "Комиссия"), True),
    (("Пограничная служба ГКНБ", "ГКНБ"), False),
    (("Межправительственная комиссия", "Межрегиональная комиссия", "Комиссия"), False),
])
def test_one_word_name_joins_the_longer_name_it_ends(names: tuple[str, ...],
                                                     joined: bool) -> None:
    groups = group_orgs(_candidates(*names), lambda word: None)
    short = names[-1]
    group = next(g for g in groups if any(c.name == short for c in g))
    assert (len(group) > 1) is joined
