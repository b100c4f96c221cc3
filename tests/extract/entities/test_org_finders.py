"""Organization names the NER model misses, found by rule (`org_finders`): fairs and
forums named by a capitalized adjective."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def org_names(text: str, tools: Toolkit) -> set[str]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name for e in doc.entities if e.type == "ORG"}


# A relational adjective, lower-case adjectives, a noun for a fair or forum and the
# genitive phrase after it name the event; an undeclined «ЭКСПО» is neuter.
EVENTS = [
    ("Делегация из Бурятии примет участие в VII Байкальском инвестиционном форуме осенью.",
     "Байкальский инвестиционный форум"),
    ("В Вологде открылась Сретенская ярмарка, на неё приехали гости из Минска.",
     "Сретенская ярмарка"),
    ("Стороны договорились встретиться на Казанском международном форуме в мае.",
     "Казанский международный форум"),
    ("В Екатеринбурге прошла Уральская ярмарка ремёсел и народного творчества.",
     "Уральская ярмарка ремёсел и народного творчества"),
    ("Компании из Омска приняли участие в Российско-китайском ЭКСПО в Харбине.",
     "Российско-китайское ЭКСПО"),
]


@pytest.mark.parametrize(("text", "name"), EVENTS)
def test_fair_named_by_an_adjective(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


# A description, not a name: an ordinal, a word that opens a description, a qualitative
# adjective.
NOT_EVENTS = [
    ("Итоги обсудили на полях Второго форума в прошлом году.", "форум"),
    ("Губернатор выступил на Международном форуме в Сочи.", "форум"),
    ("Гости посетили Всероссийскую выставку в Москве.", "выставка"),
    ("Гости посетили Новую выставку в Москве.", "выставка"),
]


@pytest.mark.parametrize(("text", "noun"), NOT_EVENTS)
def test_description_of_a_fair_is_no_name(text: str, noun: str, tools: Toolkit) -> None:
    assert not any(noun in name.lower() for name in org_names(text, tools))


# A second, bracketed adjective inside a body's name and the namesake after its kind
# noun belong to the name.
NAMESAKES = [
    ("Делегация посетила Казанский (Приволжский) федеральный университет.",
     "Казанский (Приволжский) федеральный университет"),
    ("Затем гости отправились в Северный (Арктический) федеральный университет, где "
     "осмотрели лаборатории.", "Северный (Арктический) федеральный университет"),
    ("Соглашение подписал Уральский федеральный университет имени Б. Н. Ельцина.",
     "Уральский федеральный университет имени Б. Н. Ельцина"),
    ("Министр побывал в Томском политехническом университете и на заводе.",
     "Томский политехнический университет"),
    ("Студенты Омского государственного университета им. Достоевского поедут в Харбин.",
     "Омский государственный университет им. Достоевского"),
]


@pytest.mark.parametrize(("text", "name"), NAMESAKES)
def test_bracketed_adjective_and_namesake_stay_in_the_name(text: str, name: str,
                                                           tools: Toolkit) -> None:
    assert name in org_names(text, tools)


# A hyphenated adjective in the genitive phrase after a fair's noun belongs to the name.
HYPHENATED_TAILS = [
    ("Соглашение подписали на Сибирском форуме российско-китайского сотрудничества в Омске.",
     "Сибирский форум российско-китайского сотрудничества"),
    ("Делегация приехала на Алтайскую ярмарку научно-технических достижений.",
     "Алтайская ярмарка научно-технических достижений"),
    ("Итоги Байкальского форума торгово-экономического сотрудничества подвели в Иркутске.",
     "Байкальский форум торгово-экономического сотрудничества"),
]


@pytest.mark.parametrize(("text", "name"), HYPHENATED_TAILS)
def test_hyphenated_genitive_tail_of_a_fair(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


# A quoted name after a phrase that a kind of organization heads: the kind word and «по»
# with the thing it makes, or a maker's noun with its goods in the genitive.
MAKERS = [
    ("Гостям показали предприятие по выпуску картонной упаковки «Тайга Пак» и склад.",
     "Тайга Пак"),
    ("Губернатор посетил компанию по производству малых спутников «Zhuque» в Ухане.",
     "Zhuque"),
    ("Резидентом парка стала компания по производству листового стекла «Ладога».",
     "Ладога"),
    ("Контракт подписан с крупнейшим в Сибири производителем молочной продукции «Омское "
     "поле».", "Омское поле"),
    ("Инвестором выступил поставщик дорожной техники «Техноград».", "Техноград"),
    ("Фабрика по переработке шерсти «Кашемир Алтая» увеличила экспорт в Китай.",
     "Кашемир Алтая"),
]


@pytest.mark.parametrize(("text", "name"), MAKERS)
def test_name_after_a_maker_phrase(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


# The goods' own name: a verb between, a batch of goods, a nominative product word.
GOODS = [
    "Завод начал выпуск тракторов «Беларус» для Сибири.",
    "Хозяйство закупило партию тракторов «Беларус».",
    "Завод выпускает тракторы «Беларус» с новым двигателем.",
]


@pytest.mark.parametrize("text", GOODS)
def test_goods_named_after_a_maker_stay_goods(text: str, tools: Toolkit) -> None:
    assert "Беларус" not in org_names(text, tools)


# A run of capitalized Latin words that ends in a legal form, among Russian words.
LATIN_LEGAL = [
    ("Губернатор и председатель Zhongda Import and Export Co., Ltd Ван Лэй обсудили поставки.",
     "Zhongda Import and Export"),
    ("Контракт с Sibir Trade LLC подписан на три года.", "Sibir Trade"),
    ("Оборудование поставит Qingdao Marine Machinery Co, Ltd в следующем году.",
     "Qingdao Marine Machinery"),
    ("Партнером выступила компания Baltic Wood Products Ltd.", "Baltic Wood Products"),
]


@pytest.mark.parametrize(("text", "name"), LATIN_LEGAL)
def test_latin_name_with_a_legal_form(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


# A capitalized mission abroad with the place whose it is (and, after «в», the place it
# sits in), also at a sentence's start; the head alone or in lower case is left alone.
MISSIONS = [
    ("Прием закончился поздно. Посольство Вьетнама в Москве сообщило о визите.",
     "Посольство Вьетнама в Москве"),
    ("Прием закончился поздно. Генконсульство Монголии в Улан-Удэ выдало визы.",
     "Генконсульство Монголии в Улан-Удэ"),
    ("Прием закончился поздно. Генеральное консульство Индии в Казани открыло визовый центр.",
     "Генеральное консульство Индии в Казани"),
    ("Прием закончился поздно. Торгпредство России в Казахстане поддержало проект.",
     "Торгпредство России в Казахстане"),
    ("Прием закончился поздно. Представительство Башкирии в Турции провело встречу.",
     "Представительство Башкирии в Турции"),
]


@pytest.mark.parametrize(("text", "name"), MISSIONS)
def test_mission_abroad_named_with_its_places(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


def test_mission_head_alone_names_no_body(tools: Toolkit) -> None:
    assert not org_names("Прием закончился поздно. Посольство заявило о визите.", tools)


# A Latin abbreviation after a kind or goods word, or listed with a named company; not
# after a fair's word, and no Roman numeral.
LATIN_ACRONYMS = [
    ("Прием закончился поздно. Поставки техники SDLG и Shacman выросли вдвое.", "SDLG"),
    ("Прием закончился поздно. Автомобили GAC продаются в Омске с весны.", "GAC"),
    ("Прием закончился поздно. Контракт подписан с корпорацией CRCC на три года.", "CRCC"),
    ("Прием закончился поздно. Губернатор встретился с руководством компаний CRCC и CSCEC.",
     "CSCEC"),
]


@pytest.mark.parametrize(("text", "name"), LATIN_ACRONYMS)
def test_latin_abbreviation_named_by_its_context(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


@pytest.mark.parametrize("text", [
    "Прием закончился поздно. Гости побывали на площадке XIV международной выставки.",
    "Прием закончился поздно. Делегация работала на полях всемирной выставки EXPO в Осаке.",
])
def test_latin_capitals_that_name_no_company(text: str, tools: Toolkit) -> None:
    assert not {"XIV", "EXPO"} & org_names(text, tools)
