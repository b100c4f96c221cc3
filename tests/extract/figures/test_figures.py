"""Figures: metric, value, unit, approx, kind, period and change from real sentences of
regional economic news; parties from the entities of the sentence."""

from __future__ import annotations

import pytest

from builders import analyzed, figures_read, mention_of
from coopwatch.extract import figures
from coopwatch.extract.figures import parties as figure_parties
from coopwatch.extract.figures.stage import reference_anchor
from coopwatch.records import Change, Document, Entity, Mention, Source
from coopwatch.tools import Toolkit

PCT = Change(percent=27.0)

# sentence, published, expected figures: (metric, value, unit, approx, kind, period, change)
FIGURES = [
    ("По итогам 2024 года наш товарооборот превысил 50 миллиардов долларов.", None,
     [("trade_turnover", 5e10, "USD", "more_than", "actual", "2024", None)]),
    ("По итогам прошлого года товарооборот с Республикой Беларусь достиг 294 миллиардов рублей.",
     "2025-10-21", [("trade_turnover", 2.94e11, "RUB", "exact", "actual", "2024", None)]),
    ("По итогам прошлого года товарооборот с Республикой Беларусь достиг 294 миллиардов рублей.",
     "--10-21", [("trade_turnover", 2.94e11, "RUB", "exact", "actual", None, None)]),
    ("В Смоленской области зарегистрировано около 5000 предприятий с белорусским капиталом.",
     None, [("count", 5000, "предприятие", "about", "actual", None, None)]),
    ("В области идет реализация более 100 инвестиционных проектов с общим объемом средств "
     "свыше 100 миллиардов рублей.", None,
     [("count", 100, "проект", "more_than", "actual", None, None),
      ("investment", 1e11, "RUB", "more_than", "actual", None, None)]),
    ("Мы уже можем замахнуться на 3 млрд долларов и, надеюсь, преодолеем эту планку до "
     "конца года.",
     "2025-09-29", [("other", 3e9, "USD", "exact", "target", "2025", None)]),
    ("Стороны ставят еще более амбициозную цель - достичь 4 млрд долларов.", None,
     [("other", 4e9, "USD", "exact", "target", None, None)]),
    # an elliptic result right after the sentence that dated it takes its period
    ("В 2012 году товарооборот области с Россией вырос на 22%. Около 6 млрд долларов.", None,
     [("trade_turnover", None, None, "exact", "actual", "2012", Change(percent=22.0)),
      ("trade_turnover", 6e9, "USD", "about", "actual", "2012", None)]),
    # with no year published, a comparison with a named year dates «этого года»
    ("В первом квартале этого года экспорт области вырос на 12% по сравнению с "
     "аналогичным периодом 2023 года.", None,
     [("export", None, None, "exact", "actual", "2024-01/2024-03", Change(percent=12.0))]),
    # a year told by an ordinal alone dates the figure
    ("По итогам 2016-го товарооборот области с Монголией превысил 150 млн долларов.", None,
     [("trade_turnover", 1.5e8, "USD", "more_than", "actual", "2016", None)]),
    # the period of the sum's own clause keeps its growth with it
    ("Около 4 млрд долларов составил в 2018 году товарооборот края, по сравнению с "
     "2017-м он вырос на 11%.", None,
     [("trade_turnover", 4e9, "USD", "about", "actual", "2018", Change(percent=11.0))]),
    # a period after another amount dates that amount, not the one before it
    ("В 2019 году экспорт края в соседние страны и в дальнее зарубежье составил 250 млн "
     "долларов (210 млн в 2018 г.).",
     None, [("export", 2.5e8, "USD", "exact", "actual", "2019", None),
            ("export", 2.1e8, "USD", "exact", "actual", "2018", None)]),
    ("Экспорт достиг 75 млн долларов (60 млн в 2020 году).", None,
     [("export", 7.5e7, "USD", "exact", "actual", None, None),
      ("export", 6e7, "USD", "exact", "actual", "2020", None)]),
    # a sentence that points back at results told without a period dates them, and the
    # period goes on to the results after it
    ("Из области в Казахстан вывезли 120 тысяч тонн зерна. Этот груз отправили во втором "
     "квартале 2023 года. Всего на экспорт отправили 150 тысяч тонн.", None,
     [("export", 1.2e5, "тонна", "exact", "actual", "2023-04/2023-06", None),
      ("export", 1.5e5, "тонна", "exact", "actual", "2023-04/2023-06", None)]),
    # a sentence that does not point back leaves them undated
    ("Из области в Казахстан вывезли 120 тысяч тонн зерна. Новый терминал откроют в 2026 "
     "году.", None, [("export", 1.2e5, "тонна", "exact", "actual", None, None)]),
    # bringing in and shipping out verbs name an import and an export
    ("В Россию из Китая завезено 62 тонны овощей.", None,
     [("import", 62, "тонна", "exact", "actual", None, None)]),
    ("Предприятия региона отгрузили в Монголию 1500 тонн зерна.", None,
     [("export", 1500, "тонна", "exact", "actual", None, None)]),
    # a share governs the metric word after it: its growth is the share's
    ("Доля экспорта зерна в Иран выросла на 15% за год.", None,
     [("share", None, None, "exact", "actual", None, Change(percent=15.0))]),
    ("Доля импорта из Турции сократилась на 4%.", None,
     [("share", None, None, "exact", "actual", None, Change(percent=-4.0))]),
    # a part told without its unit takes the measure of the amount before it
    ("Всего из района отгружено 90 тысяч тонн зерна, из них 60 тысяч — на экспорт.", None,
     [("export", 90000, "тонна", "exact", "actual", None, None),
      ("export", 60000, "тонна", "exact", "actual", None, None)]),
    # a part that names what it counts keeps it
    ("За год хозяйства собрали 5 тысяч тонн зерна и купили 2 тысячи тракторов.", None,
     [("other", 5000, "тонна", "exact", "actual", None, None),
      ("count", 2000, "трактор", "exact", "actual", None, None)]),
    # «кубов» of timber are cubic metres
    ("Из района в Китай вывезли 15 тысяч кубов пиломатериалов.", None,
     [("export", 15000, "кубометр", "exact", "actual", None, None)]),
    # a change alone is as exact as its qualifier; «без малого» is about
    ("Товарооборот с Китаем вырос более чем на 20%.", None,
     [("trade_turnover", None, None, "more_than", "actual", None, Change(percent=20.0))]),
    ("Товарооборот с Китаем составил без малого 2 млрд долларов.", None,
     [("trade_turnover", 2e9, "USD", "about", "actual", None, None)]),
    # what must happen is a goal
    ("К 2030 году объём экспорта должен вырасти до 2 млрд долларов.", None,
     [("export", 2e9, "USD", "exact", "target", "2030", None)]),
    # a goal reached is a result
    ("Области удалось нарастить экспорт до 40 млн долларов.", None,
     [("export", 4e7, "USD", "exact", "actual", None, None)]),
    ("У этой китайской компании приобретено порядка 11 тыс. видеокамер.", None,
     [("count", 11000, "видеокамера", "about", "actual", None, None)]),
    ("Сумма товарооборота между Татарстаном и Китаем превысила 565 млн долларов США, что в "
     "полтора раза больше, чем за год до этого.", None,
     [("trade_turnover", 5.65e8, "USD", "more_than", "actual", None, Change(factor=1.5))]),
    # the base of a comparison is not the period measured, even when it is the only one
    ("Товарооборот вырос на 27% по сравнению с прошлым годом.", "2025-03-01",
     [("trade_turnover", None, None, "exact", "actual", None, PCT)]),
    ("Экспорт продукции в Китай снизился на 5%.", None,
     [("export", None, None, "exact", "actual", None, Change(percent=-5.0))]),
    # a signed percent is a change, not a share; «проц» is a percent
    ("Товарооборот за полугодие показал плюс 3 процента к прошлому году.", None,
     [("trade_turnover", None, None, "exact", "actual", None, Change(percent=3.0))]),
    ("Объем экспорта из провинции составил 1,21 млрд долл США, увеличившись на 27,4 проц.",
     None, [("export", 1.21e9, "USD", "exact", "actual", None, Change(percent=27.4))]),
    ("Импорт сократился: минус 9,6 процента за квартал.", None,
     [("import", None, None, "exact", "actual", None, Change(percent=-9.6))]),
    # a range of growth is a change (its upper bound), not a share
    ("Товарооборот с Китаем в этом году может вырасти на 5-7%.", None,
     [("trade_turnover", None, None, "exact", "forecast", None, Change(percent=7.0))]),
    ("Стороны рассчитывают увеличить взаимную торговлю на 30–40%.", None,
     [("trade_turnover", None, None, "exact", "forecast", None, Change(percent=40.0))]),
    # a clause without its verb takes the direction said before it
    ("Экспорт увеличился на 54 %, а импорт — на 37 %.", None,
     [("export", None, None, "exact", "actual", None, Change(percent=54.0)),
      ("import", None, None, "exact", "actual", None, Change(percent=37.0))]),
    # nearing a level is about it (issue 10)
    ("Товарооборот с Сербией приблизился к отметке в 80 млн долларов.", None,
     [("trade_turnover", 8e7, "USD", "about", "actual", None, None)]),
    # a factor in words is a number too (issue 10)
    ("Экспорт масла в Иран увеличился в четыре раза.", None,
     [("export", None, None, "exact", "actual", None, Change(factor=4.0))]),
    ("Товарооборот с Турцией вырос в два раза.", None,
     [("trade_turnover", None, None, "exact", "actual", None, Change(factor=2.0))]),
    # a sum told without its currency takes the one before it, and the metric its own
    # clause names after it (issue 10)
    ("Товарооборот составил 480 млн долларов, из них 350 миллионов – это объём экспорта.",
     None, [("trade_turnover", 4.8e8, "USD", "exact", "actual", None, None),
            ("export", 3.5e8, "USD", "exact", "actual", None, None)]),
    ("Объём торговли достиг 2 млрд рублей, при этом 700 миллионов пришлось на импорт.",
     None, [("trade_turnover", 2e9, "RUB", "exact", "actual", None, None),
            ("import", 7e8, "RUB", "exact", "actual", None, None)]),
    # news verbs of a sharp move are changes, not shares (issue 10)
    ("Экспорт зерна в Китай взлетел на 40%.", None,
     [("export", None, None, "exact", "actual", None, Change(percent=40.0))]),
    ("Импорт из Турции за квартал просел на 12%.", None,
     [("import", None, None, "exact", "actual", None, Change(percent=-12.0))]),
    # tonnes of trade keep the trade metric said in their sentence
    ("Экспорт мясной продукции в Казахстан составил за год 253 тонны.", None,
     [("export", 253, "тонна", "exact", "actual", None, None)]),
    ("Завод мощностью 10 тысяч тонн сыра в год построят к 2027 году.", None,
     [("other", 10000, "тонна", "exact", "forecast", "2027", None)]),
    ("Почти на 100 миллионов долларов наторговала Новосибирская область с Узбекистаном.",
     None, [("trade_turnover", 1e8, "USD", "about", "actual", None, None)]),
    ("За девять месяцев 2025 года товарооборот вырос на 12,4%.", None,
     [("trade_turnover", None, None, "exact", "actual", "2025-01/2025-09",
       Change(percent=12.4))]),
    ("Объём взаимной торговли удвоился.", None,
     [("trade_turnover", None, None, "exact", "actual", None, Change(factor=2.0))]),
    ("За январь–август товарооборот составил 64 млн долларов, увеличившись в 1,3 раза.",
     "2025-10-08",
     [("trade_turnover", 6.4e7, "USD", "exact", "actual", "2025-01/2025-08",
       Change(factor=1.3))]),
    ("В первом полугодии 2025 года импорт из Узбекистана составил 1,2 млрд рублей.", None,
     [("import", 1.2e9, "RUB", "exact", "actual", "2025-01/2025-06", None)]),
    ("Экспорт региона в Казахстан в 2024 году составил 850 млн долларов.", None,
     [("export", 8.5e8, "USD", "exact", "actual", "2024", None)]),
    ("Инвестиции в строительство завода составят около 3,6 млрд рублей.", None,
     [("investment", 3.6e9, "RUB", "about", "forecast", None, None)]),
    ("Китайская компания предложила вложить около 450 млн юаней в логистический центр.", None,
     [("investment", 4.5e8, "CNY", "about", "target", None, None)]),
    ("Стоимость проекта оценивается примерно в 120 млн долларов США.", None,
     [("investment", 1.2e8, "USD", "about", "forecast", None, None)]),
    ("Подписаны контракты на сумму свыше 2,1 млрд рублей.", None,
     [("contract_value", 2.1e9, "RUB", "more_than", "actual", None, None)]),
    ("Доля Китая во внешней торговле региона составляет 27%.", None,
     [("share", 27.0, "percent", "exact", "actual", None, None)]),
    ("К 2027 году стороны рассчитывают довести товарооборот до 150 млн долларов.", None,
     [("trade_turnover", 1.5e8, "USD", "exact", "target", "2027", None)]),
    ("На первом этапе выпуск составит до 3 тысяч машин в год.", None,
     [("count", 3000, "машина", "less_than", "forecast", None, None)]),
    ("На предприятии будет создано 300 рабочих мест.", None,
     [("count", 300, "рабочее место", "exact", "forecast", None, None)]),
    ("Ежедневно около 5 млн жителей пользуются общественным транспортом.", None,
     [("count", 5e6, "житель", "about", "actual", None, None)]),
    ("Ожидается, что в этом году товарооборот превысит 2 млрд долларов.", "2025-05-15",
     [("trade_turnover", 2e9, "USD", "more_than", "forecast", "2025", None)]),
    ("Товарооборот может составить 1 млрд долларов.", None,
     [("trade_turnover", 1e9, "USD", "exact", "forecast", None, None)]),
    ("Предприятие сможет перерабатывать до 150 тысяч тонн зерна в год.", None,
     [("other", 150000, "тонна", "less_than", "forecast", None, None)]),
    ("В 2024 году по линии перевезено 1,6 млн тонн грузов.", None,
     [("other", 1.6e6, "тонна", "exact", "actual", "2024", None)]),
    ("Объём торговли между регионами составил почти 430 млн долларов.", None,
     [("trade_turnover", 4.3e8, "USD", "about", "actual", None, None)]),
    ("Товарооборот за прошлый год составил менее 100 млн долларов.", "2025-02-05",
     [("trade_turnover", 1e8, "USD", "less_than", "actual", "2024", None)]),
    ("Объём инвестиций в проект составит не менее 5 млрд рублей.", None,
     [("investment", 5e9, "RUB", "more_than", "forecast", None, None)]),
    ("Инвестиции в первую очередь составят 1,8 млрд рублей, будет создано 220 "
     "высокопроизводительных рабочих мест.", None,
     [("investment", 1.8e9, "RUB", "exact", "forecast", None, None),
      ("count", 220, "рабочее место", "exact", "forecast", None, None)]),
    ("По итогам семи месяцев 2025 года товарооборот края с Китаем составил около 4,2 млрд "
     "долларов США.", None,
     [("trade_turnover", 4.2e9, "USD", "about", "actual", "2025-01/2025-07", None)]),
    ("Стороны планируют к концу 2026 года довести уровень локализации на собираемых машинах "
     "до 40%.", None, [("share", 40.0, "percent", "exact", "target", "2026", None)]),
    ("Поставлено более 300 комбайнов.", None,
     [("count", 300, "комбайн", "more_than", "actual", None, None)]),
    # «из общего объема X» names the whole: the number is the part named after it
    ("Из общего объема товарооборота более 400 млн долларов в прошлом году составил "
     "экспорт из региона.", None,
     [("export", 4e8, "USD", "more_than", "actual", None, None)]),
    ("Взаимная торговля во втором квартале 2024 года выросла вдвое.", None,
     [("trade_turnover", None, None, "exact", "actual", "2024-04/2024-06",
       Change(factor=2.0))]),
    ("В проекте участвуют 14 компаний из Сычуани.", None,
     [("count", 14, "компания", "exact", "actual", None, None)]),
    ("Товарооборот в 2024 году составил 1,1 млрд долларов, увеличившись на 8%.", None,
     [("trade_turnover", 1.1e9, "USD", "exact", "actual", "2024", Change(percent=8.0))]),
    ("Объём взаимной торговли составил 310 млн белорусских рублей, а за первое полугодие "
     "2025 года он вырос ещё на 14%.", None,
     [("trade_turnover", 3.1e8, "BYN", "exact", "actual", None, None),
      ("trade_turnover", None, None, "exact", "actual", "2025-01/2025-06",
       Change(percent=14.0))]),
    # «оборот товаров» is the trade turnover told in two words
    ("Оборот товаров между областью и Монголией за 2023 год составил 75 млн долларов.", None,
     [("trade_turnover", 7.5e7, "USD", "exact", "actual", "2023", None)]),
]

# sentences with numbers that are no figures
NO_FIGURES = [
    # the population of a partner region is no figure of cooperation
    "Население провинции превышает 40 млн человек.",
    "В провинции проживает около 12 миллионов человек.",
    # the page's own counters
    "Новость о визите делегации. 6540 просмотров, 12 комментариев",
    "Время чтения: 3 мин. Делегация Татарстана прибыла в Анкару.",
    "Поезд прибыл на станцию Суйфэньхэ в 6.10 утра по местному времени.",
    # datelines, page furniture, ordinals and codes (issue 10)
    "МИНСК, 14 окт — БелТА. Делегация Смоленской области прибыла в Минск.",
    "ТАШКЕНТ, 3 апр. Губернатор провёл переговоры.",
    "Топ 5 читаемых",
    # a counter on a line of its own, under a headline
    "Омская область и Казахстан обсудили поставки зерна\n\n2 мин.\n1 связь\n3 цитаты\n",
    "Делегация Курской области посетила Минск\n417 подписчиков\n5 фото\n",
    # percentage points are no count
    "Рост оказался на 3,5 п. п. выше среднего по стране.",
    "Разрыв сократился на 2 п.п. за квартал.",
    "• $ 91.20 -0.35",
    "Торговый оборот между 67 регионом и Белоруссией обсудили на встрече.",
    "Город стал 12 городом-побратимом Казани.",
    "Делегация посетила две китайских провинции.",
    "В городе уже 25 лет функционирует зона технологического развития.",
    "Встреча прошла 27 июня 2025 года в Минске.",
    "Смоленщина заняла третье место в стране.",
    "Материал имеет возрастную маркировку 16+.",
    "Форум «100 идей для России» прошел в Казани.",
    "План мероприятий на 2025-2029 годы подписан этим летом на ПМЭФ-2025.",
]


def _figures(tools: Toolkit, text: str, published: str | None = None, entities=()) -> list:
    doc = analyzed(text, tools, published, doc_id="t").replace(entities=tuple(entities))
    return list(figures.extract(doc, tools).figures)


def _row(figure) -> tuple:
    value = figure.value
    return (figure.metric, value, figure.unit, figure.approx, figure.kind, figure.period,
            figure.change)


def assert_rows(found: list, expected: list) -> None:
    """Each row as expected, the value within rounding."""
    assert len(found) == len(expected)
    for got, want in zip(found, expected, strict=True):
        assert got[0] == want[0]
        assert (got[1] is None) == (want[1] is None)
        if want[1] is not None:
            assert got[1] == pytest.approx(want[1])
        assert got[2:] == want[2:]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURES)
def test_figures(tools: Toolkit, text: str, published: str | None, expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text, published)]
    assert_rows(found, expected)


@pytest.mark.parametrize("text", NO_FIGURES)
def test_no_figures(tools: Toolkit, text: str) -> None:
    assert _figures(tools, text) == []


def _entity(key: str, text: str, name: str) -> Entity:
    return Entity(key=key, type="GEO", name=name, mentions=(mention_of(text, name),))


def test_parties_of_the_sentence(tools: Toolkit) -> None:
    text = "Товарооборот между Санкт-Петербургом и Беларусью превысил 2 млрд долларов."
    entities = [_entity("RU-SPE", text, "Санкт-Петербургом"), _entity("BY", text, "Беларусью")]
    (figure,) = _figures(tools, text, entities=entities)
    assert set(figure.parties) == {"RU-SPE", "BY"}
    assert figure.evidence[0].start == 0 and figure.evidence[0].stop == len(text)


def test_main_region_completes_a_foreign_party(tools: Toolkit) -> None:
    text = ("Смоленская область развивает связи с соседями. В Смоленской области открыт завод. "
            "Товарооборот с Республикой Беларусь достиг 294 млрд рублей.")
    smolensk = [m.start() for m in __import__("re").finditer("Смоленск", text)]
    region = Entity(key="RU-SMO", type="GEO", name="Смоленская область", mentions=tuple(
        Mention(start=s, stop=s + 10, text=text[s:s + 10]) for s in smolensk))
    entities = [region, _entity("BY", text, "Республикой Беларусь")]
    (figure,) = _figures(tools, text, entities=entities)
    assert figure.parties == ("RU-SMO", "BY")


def test_metric_and_parties_carry_over_to_the_next_sentence(tools: Toolkit) -> None:
    text = ("Товарооборот между Санкт-Петербургом и Беларусью демонстрирует уверенный рост. "
            "«Мы уже можем замахнуться на 3 млрд долларов», - заявил вице-губернатор.")
    entities = [_entity("RU-SPE", text, "Санкт-Петербургом"), _entity("BY", text, "Беларусью")]
    (figure,) = _figures(tools, text, "2025-09-29", entities)
    assert figure.metric == "trade_turnover"
    assert figure.kind == "target"
    assert set(figure.parties) == {"RU-SPE", "BY"}


def test_reference_year_from_annual_results() -> None:
    doc = Document(id="t", text="По итогам 2024 года товарооборот вырос.",
                   source=Source(published="--10-21"))
    assert reference_anchor(doc).year == 2025
    assert reference_anchor(doc.replace(text="Без итогов.")).year is None


# with no year published, the latest year a part of a year is named with
ANCHORED = [
    ("В январе-сентябре текущего года экспорт вырос. Импорт в январе-сентябре 2021 года "
     "упал.", 2021),
    ("В первом квартале 2019 года товарооборот вырос, за 9 месяцев 2020 года - упал.", 2020),
    ("В 2021 году товарооборот вырос.", None),  # a whole year may be told the year after
    # a single month dates a recalled event, not the page
    ("Первое соглашение было подписано в июле 2006 года. За прошлый год товарооборот "
     "превысил 100 млн долларов.", None),
]


def test_reference_date_from_the_page_s_own_stamp() -> None:
    """A page with no publication date speaks from the date at its top, the one stamped
    with its hour before a widget's date without one."""
    doc = Document(id="t", text=("Суббота, 20 апреля 2024\n25 марта 2021, 23:42\nЗа "
                                 "прошедший год край закупил 177 единиц техники."),
                   source=Source(published=None))
    anchor = reference_anchor(doc)
    assert (anchor.year, anchor.month, anchor.day) == (2021, 3, 25)


@pytest.mark.parametrize(("text", "year"), ANCHORED)
def test_reference_year_from_a_part_of_a_named_year(text: str, year: int | None) -> None:
    doc = Document(id="t", text=text, source=Source(published=None))
    assert reference_anchor(doc).year == year


# Parties, by the convention of `figures/parties.py`: texts run through the stages before
# `figures` (analysis, entities, positions); the expected parties of each figure, in order.
PARTIES = [
    # trade: the two sides, the main region completing a foreign side
    ("Товарооборот Липецкой области с Турцией по итогам 2024 года составил 286 млн долларов.",
     [{"RU-LIP", "TR"}]),
    ("Губернатор Пермского края посетил Китай. Товарооборот с Китаем в 2024 году достиг "
     "1,9 млрд долларов.", [{"RU-PER", "CN"}]),
    # each number takes the parties of its own clause; the most specific level wins
    ("Товарооборот Пермского края с Китаем в 2024 году достиг 1,9 млрд долларов, на долю "
     "провинции Хубэй приходится около 10%.", [{"RU-PER", "CN"}, {"RU-PER", "CN-HB"}]),
    ("Товарооборот Тюменской области с Казахстаном составил 412 млн долларов, с Актюбинской "
     "областью — около 37 млн долларов.", [{"RU-TYU", "KZ"}, {"RU-TYU", "KZ-15"}]),
    ("Экспорт Пермского края в китайскую провинцию Хубэй составил 200 млн долларов.",
     [{"RU-PER", "CN-HB"}]),
    # a reserve currency's country is no party; the document's two sides are
    ("Губернатор Вологодской области встретился с послом Турции. Торговый оборот с ней "
     "составил 154 млн долларов США, импорт – 11,8 млн американских долларов.",
     [{"RU-VLG", "TR"}, {"RU-VLG", "TR"}]),
    # a city counts as its region
    ("Экспорт из Кемерово в Монголию вырос до 2,4 млрд рублей.", [{"RU-KEM", "MN"}]),
    # «наш товарооборот»: the speaker's side
    ("Глава Минпромторга России Антон Алиханов посетил Минск.\n«Беларусь остается нашим "
     "ключевым партнером. По итогам 2024 года наш товарооборот превысил 50 миллиардов "
     "долларов», – сказал Антон Алиханов.", [{"RU", "BY"}]),
    ("Губернатор Смоленской области Василий Анохин встретился с послом Беларуси.\n«Беларусь "
     "остается нашим ключевым партнером. В прошлом году наш товарооборот достиг 3 млрд "
     "долларов», – сказал Василий Анохин.", [{"RU-SMO", "BY"}]),
    # mutual trade with no side named: the document's two sides
    ("Мурманская область и Чувашия подписали соглашение. Чувашия поставляет технику в "
     "Мурманскую область. Губернатор рассказал о планах. Объём взаимной торговли регионов "
     "по итогам прошлого года превысил 3,8 млрд рублей.", [{"RU-MUR", "RU-CU"}]),
    # counts: (region, foreign capital), (region, the company referred back to)
    ("В Смоленской области зарегистрировано около 5000 предприятий с белорусским капиталом.",
     [{"RU-SMO", "BY"}]),
    ("Татарстан давно сотрудничает с компанией Hikvision. За два года у этой китайской "
     "компании приобретено порядка 11 тыс. видеокамер.", [{"RU-TA", "org:Hikvision"}]),
    ("В прошлом году чувашские предприятия поставили в Мурманскую область 26 бульдозеров.",
     [{"RU-CU", "RU-MUR"}]),
    # investment: the place invested in and the investor named as its source
    ("Тюменский завод «Сибнефтемаш» намерен открыть в Актобе сборочный участок. Инвестиции "
     "в проект оцениваются в 1,5 млрд тенге.", [{"org:Сибнефтемаш", "KZ-15"}]),
    ("Турецкая компания Kaya Elektrik построит завод в ОЭЗ «Липецк». Инвестиции в проект "
     "составят около 40 млн евро, на заводе появится 350 рабочих мест.",
     [{"org:Kaya Elektrik", "RU-LIP"}, {"org:Kaya Elektrik", "RU-LIP"}]),
    ("В Смоленской области идет реализация более 100 инвестиционных проектов с общим "
     "объемом средств свыше 100 миллиардов рублей.", [{"RU-SMO"}, {"RU-SMO"}]),
    # «этот российский регион» is the region the document is about, not Russia
    ("Губернатор Брянской области посетил Минск. Товарооборот между Беларусью и этим "
     "российским регионом за 9 месяцев составил 900 млн долларов.", [{"RU-BRY", "BY"}]),
    # the venue of the signing is no party, nor the country in the venue's name
    ("Губернатор Липецкой области подписал соглашение с компанией «Агротех» на полях "
     "Российского инвестиционного форума в Сочи. Инвестиции в проект составят 2,5 млрд "
     "рублей.", [{"RU-LIP", "org:Агротех"}]),
    # Russia named is a side of its own, not the document's region (issue 10)
    ("Губернатор Омской области посетил Ташкент. Российский экспорт в Узбекистан за "
     "полгода вырос на 20%.", [{"RU", "UZ"}]),
    ("Делегация Курганской области побывала в Астане. Товарооборот с Россией в 2024 "
     "году составил 28 млрд долларов, сообщили в правительстве Казахстана.", [{"RU", "KZ"}]),
    # a region's total with the whole world gets no partner; a part of a sum told by its
    # side is no total (issue 10)
    ("Губернатор Алтайского края встретился с послом Казахстана. Общий объём продукции, "
     "которую край поставляет на экспорт, превысил 1,3 млрд долларов.", [{"RU-ALT"}]),
    ("Делегация Курской области посетила Минск. В 2024 году предприятия области "
     "отгрузили на экспорт 40 тысяч тонн зерна.", [{"RU-KRS"}]),
    ("Губернатор Липецкой области посетил Минск. Товарооборот с Белоруссией составил 500 "
     "млн долларов. Из этой суммы на экспорт пришлось 300 млн долларов.",
     [{"RU-LIP", "BY"}, {"RU-LIP", "BY"}]),
    # «этот регион» is the Russian region named last, not the document's own; a clause
    # naming the partner alone takes the Russian side of its sentence (issue 10)
    ("Омская область развивает торговлю с Казахстаном. Омская область открыла там "
     "представительство. Новосибирская область тоже торгует с республикой. За год этот "
     "регион отгрузил в Казахстан 80 тыс. тонн зерна.", [{"RU-NVS", "KZ"}]),
    ("Омская область развивает торговлю с Казахстаном. Омская область открыла там "
     "представительство. Экспорт Курганской области составил 90 млн долларов, из них в "
     "Казахстан — 40 млн долларов.", [{"RU-KGN", "KZ"}, {"RU-KGN", "KZ"}]),
    # a project's investment and jobs are about the company named near them, before or
    # just after; a special economic zone or a park is a site, not the company
    ("Компания «Ростех-Полимер» построит завод в Калужской области. Объём инвестиций "
     "составит 2 млрд рублей. На предприятии появится 300 рабочих мест.",
     [{"RU-KLU", "org:Ростех-Полимер"}, {"RU-KLU", "org:Ростех-Полимер"}]),
    ("В Калужской области будет создано 120 рабочих мест. Компания «Ростех-Полимер» "
     "разместит там новое производство.", [{"RU-KLU", "org:Ростех-Полимер"}]),
    ("Компания «Ростех-Полимер» подписала соглашение с Калужской областью. Инвестиции "
     "составят 900 млн рублей, а завод разместится в особой экономической зоне «Медведево».",
     [{"RU-KLU", "org:Ростех-Полимер"}]),
    # a foreign investor named is the investor; no company is looked for
    ("Компания «Ростех-Полимер» открыла офис в Калуге. Губернатор Калужской области "
     "встретился с послом Турции. Турецкие инвесторы вложат в регион 50 млн долларов.",
     [{"RU-KLU", "TR"}]),
    # the adjective inside a region's name is not one more place (Moscow city)
    ("Губернатор Московской области встретился с послом Турции. Экспорт Московской области "
     "в Турцию за год составил 960 млн долларов.", [{"RU-MOS", "TR"}]),
    # the jobs at a company's plant: the company, not its home country
    ("В Калужской области откроется российско-турецкий завод «Полимерпласт». Проект "
     "позволит создать более 200 рабочих мест.", [{"RU-KLU", "org:Полимерпласт"}]),
    # a business's own trade: the business is the Russian side, the region only its
    # address; a sentence naming no Russian side takes the business of the sentence before
    ("АО «Северный терминал» в Мурманской области отправило в Китай 2 млн тонн угля.",
     [{"org:Северный терминал", "CN"}]),
    ("Тульский трубный завод поставил в Казахстан 5 тысяч тонн труб.",
     [{"org:Тульский трубный завод", "KZ"}]),
    ("АО «Северный терминал» в Мурманской области подвело итоги полугодия. Уголь "
     "отправлялся в Китай (40% от общего объема).", [{"org:Северный терминал", "CN"}]),
    # the business goes on through a sentence that names no Russian side
    ("АО «Северный терминал» в Мурманской области подвело итоги полугодия. Уголь "
     "отправлялся в Китай (40% от общего объема). Лидером стала Индия, на долю которой "
     "пришлось 45% отгрузки.",
     [{"org:Северный терминал", "CN"}, {"org:Северный терминал", "IN"}]),
    # a foreign country investing in a Russian region: the business named near it (by a
    # firm word in any case) is the investor; with none named, the country is
    ("Делегация корпорации «Норд» прибыла в Калугу. Немецким инвесторам, планирующим "
     "вложить в проект 300 млн евро, предложены участки в Калужской области.",
     [{"RU-KLU", "org:Норд"}]),
    ("Представители концерна «Вега» посетили Липецкую область. Китайские инвесторы вложат "
     "в завод в Липецкой области 200 млн долларов.", [{"RU-LIP", "org:Вега"}]),
    ("Китайские инвесторы вложат в завод в Липецкой области 200 млн долларов.",
     [{"RU-LIP", "CN"}]),
    # a body that is no business stays out («управление»)
    ("Управление Россельхознадзора по Омской области сообщило: из Омской области в "
     "Казахстан вывезли 80 тысяч тонн зерна.", [{"RU-OMS", "KZ"}]),
]



def _figures_after_their_stages(pipeline, text: str) -> tuple:
    """The figures of a text run through the stages the figures stage reads from."""
    return figures_read(pipeline, text, "2025-06-01")


# a count of Russian regions is about Russia, not about a region named beside it
RUSSIAN_REGIONS = [
    ("Пермский край входит в число 15 регионов России, которые торгуют с Вьетнамом.",
     [{"RU", "VN"}]),
    ("Губернатор Омской области сообщил, что с Монголией сотрудничают 40 российских "
     "регионов.", [{"RU", "MN"}]),
    ("В переговорах с Арменией участвовали 12 субъектов РФ, включая Курскую область.",
     [{"RU", "AM"}]),
    # regions of another country keep the Russian side
    ("У Пермского края подписаны соглашения с 6 регионами Вьетнама.",
     [{"RU-PER", "VN"}]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIES + RUSSIAN_REGIONS)
def test_parties(pipeline, text: str, expected: list[set[str]]) -> None:
    found = [set(figure.parties) for figure in _figures_after_their_stages(pipeline, text)]
    assert found == expected


@pytest.mark.parametrize(("keys", "metric", "expected"), [
    (["BY"], "trade_turnover", ("RU-SMO", "BY")),
    (["RU-PER", "CN", "CN-HB"], "export", ("RU-PER", "CN-HB")),
    (["RU", "RU-TA", "CN"], "trade_turnover", ("RU-TA", "CN")),
    (["KZ-15", "org:Сибнефтемаш"], "investment", ("KZ-15", "org:Сибнефтемаш")),
    (["CN"], "investment", ("RU-SMO", "CN")),
    ([], "investment", ("RU-SMO",)),
    (["org:Hikvision", "org:Другая"], "count", ("RU-SMO", "org:Hikvision")),
    # a company investing in a Russian region: the country beside it is its home
    (["CN", "RU-TUL", "org:Хавейл"], "investment", ("RU-TUL", "org:Хавейл")),
    (["RU-MOS", "IN", "org:Фарма"], "investment", ("RU-MOS", "org:Фарма")),
    # a company investing abroad keeps the country it invests in
    (["KZ", "org:Камаз"], "investment", ("KZ", "org:Камаз")),
    # so with the jobs or the output of a company's plant in a Russian region
    (["RU-MOS", "IN", "org:Фарма"], "count", ("RU-MOS", "org:Фарма")),
    (["CN", "RU-TUL", "org:Хавейл"], "count", ("RU-TUL", "org:Хавейл")),
    # with no company named, the foreign capital is a party
    (["RU-SMO", "BY"], "count", ("RU-SMO", "BY")),
])
def test_figure_parties_rules(tools: Toolkit, keys: list[str], metric: str,
                              expected: tuple[str, ...]) -> None:
    sides = figure_parties.Sides(main="RU-SMO", partner="BY")
    assert figure_parties.figure_parties(
        keys, metric, sides, parents=lambda key: figure_parties.ancestors(key, tools)
    ) == expected


def test_mutual_trade_takes_both_sides_of_the_document() -> None:
    sides = figure_parties.Sides(main="RU-MUR", partner="RU-CU")
    clues = figure_parties.Clues(mutual=True)
    assert set(figure_parties.figure_parties([], "trade_turnover", sides, clues)) == {
        "RU-MUR", "RU-CU"}
    # in this genre a trade figure is between the document's two sides even unsaid:
    # «экспорт мясной продукции составил 253 тонны» in a Novosibirsk–Kazakhstan story
    assert set(figure_parties.figure_parties([], "trade_turnover", sides)) == {
        "RU-MUR", "RU-CU"}
    assert set(figure_parties.figure_parties(["RU-MUR", "KZ"], "export", sides)) == {
        "RU-MUR", "KZ"}


# supplies are an export when they go abroad, an import when they come from abroad, and
# `other` between Russian regions; a metric word that governs them wins
SUPPLIES = [
    ("Предприятия Курганской области осуществили поставки в Казахстан: пшеницы — 120 тонн.",
     "export"),
    ("Поставки из Китая в Амурскую область составили 300 тонн комплектующих.", "import"),
    # supplies between two Russian regions named: `other` (session 33: the real-news gold
    # reads them so two to one); into a region from one left unnamed: an export
    ("Поставки из Кировской области в Ростовскую область составили 300 тонн.", "other"),
    ("Край ежегодно поставляет в Курскую область станков на 80 млн рублей.", "export"),
    ("Поставки в Пермский край выросли на 15%.", "export"),
    # into Russia from a foreign place, or from a Russian region only: as before
    ("Поставки в Псковскую область из Латвии составили 70 тонн рыбы.", "import"),
    ("Поставки из Кировской области составили 300 тонн.", "other"),
    # the place after «в» is where the supplies go, even right after «из региона»
    ("Проверены поставки из региона в Республику Узбекистан 15 тыс. т зерна.", "export"),
    ("Поставки в регион из Республики Узбекистан составили 700 тонн фруктов.", "import"),
    ("Завод заключил контракт на поставку экскаваторов на сумму 2 млрд рублей.",
     "contract_value"),
    # the partner named again by a country noun; abroad
    ("Объём поставок масла в страну достиг 1,2 тыс. тонн.", "export"),
    ("Область поставила за рубеж 500 тонн льна.", "export"),
    # a project's estimate is an investment
    ("Проект оценивается в 12 миллиардов рублей.", "investment"),
    # tonnes sent abroad are trade by their direction; sent nowhere foreign, no trade
    ("Около 120 тонн рыбы направили на этой неделе в Китай.", "export"),
    ("С начала года в Казахстан отправлено более 3 тысяч тонн муки.", "export"),
    ("Из Монголии в Бурятию доставлено 40 тонн мяса.", "import"),
    ("Фермеры Омской области отправили в Новосибирскую область 200 тонн зерна.", "other"),
    # supplies with no place take the one direction another clause of the sentence names
    ("Поставки льна составили 80 тонн, а экспорт мёда вырос на 12%.", "export"),
    ("Поставки станков составили 15 млн долларов, а импорт комплектующих вырос на 4%.",
     "import"),
    ("Поставки станков составили 15 млн долларов, экспорт вырос на 3%, импорт на 4%.",
     "other"),
    # a verb of sending before a sum is a supply, before a metric word after it
    ("Из области в Китай было отправлено леса на 2 млрд рублей, а завезено техники на "
     "1 млрд.", "export"),
    ("Из Турции в край отправлено товаров на 40 млн долларов, вывезено на 10 млн.",
     "import"),
    # «из X» said of the buyers is where they come from; «из региона» sends, whatever
    # direction a clause of buying states
    ("Компании из Казахстана закупают в Курганской области зерно, из региона отправлено "
     "40 тыс. тонн.", "export"),
    # «в другие страны»: abroad, past the adjective; into Russia itself: an import
    ("Поставки в другие страны выросли на 12,5%.", "export"),
    ("Через пункты пропуска края в Россию было доставлено 9 400 тонн дынь.", "import"),
    # goods sold to a place are the seller's export, wherever the place is
    ("Таджикистан продал в Россию 4 тыс. тонн лимонов.", "export"),
    ("С начала года в Монголию продано 700 тонн муки.", "export"),
    # a passive verb of export after the number, in its own clause
    ("Ежемесячно 3,2 тыс. тонн цемента экспортируется в Армению.", "export"),
    ("Из Ирана импортируется около 500 тонн фисташек в год.", "import"),
    # cargo carried both ways is no trade; an import named beside an export is
    ("Объём перевозимых грузов, как импортных, так и экспортных, составил 3 млн тонн.",
     "other"),
    # cargo handled or carried is no trade, whatever direction a word after it names
    ("Общий грузооборот с Турцией достиг 3 млн тонн: вырос и экспорт зерна.", "other"),
    ("Экспортный терминал увеличил объём перевалки до 12 млн тонн.", "other"),
]


@pytest.mark.parametrize(("text", "metric"), SUPPLIES)
def test_supplies_by_their_direction(pipeline, text: str, metric: str) -> None:
    found = _figures_after_their_stages(pipeline, text)
    assert found
    assert found[0].metric == metric


def test_a_metric_word_after_another_clause_is_not_the_first_numbers(pipeline) -> None:
    # what is produced is no export: the verb of export comes only in the next clause
    text = ("На комбинате ежемесячно производится 40 тыс. тонн соли, из них 7 тыс. тонн "
            "экспортируется в Узбекистан.")
    found = _figures_after_their_stages(pipeline, text)
    assert [(figure.metric, figure.value) for figure in found] == [
        ("other", 40000.0), ("export", 7000.0)]


def test_an_import_named_after_an_export_stays_an_import(pipeline) -> None:
    found = _figures_after_their_stages(
        pipeline, "Грузооборот с Ираном достиг 4 млн тонн: вырос экспорт зерна, импорт "
                  "фруктов составил 90 тыс. тонн.")
    assert [(figure.metric, figure.value) for figure in found] == [
        ("other", 4e6), ("import", 9e4)]


def test_a_sale_at_home_is_no_trade(pipeline) -> None:
    found = _figures_after_their_stages(
        pipeline, "Хозяйство продало 300 тонн зерна на внутреннем рынке.")
    assert [figure.metric for figure in found] == ["other"]


# a unit noun keeps the genitive noun it counts
UNIT_NOUNS = [
    ("Предприятие поставило в Казахстан 42 единицы техники.", "единица техники"),
    ("На склад поступило 300 штук саженцев.", "штука саженцев"),
    ("На склад поступило 300 единиц.", "единица"),
    # an area or a volume is a measure of two words, kept whole, and no count
    ("Пожар ликвидирован на площади 150 квадратных метров.", "квадратный метр"),
    ("Склад вмещает 300 кубических метров зерна.", "кубический метр"),
    # a fixed term of an adjective and a noun is counted whole
    ("В области зарегистрировано 120 акционерных обществ.", "акционерное общество"),
    ("Город закупит 30 трамвайных вагонов.", "трамвайный вагон"),
    ("Хозяйства получили 40 зерноуборочных комбайнов.", "зерноуборочный комбайн"),
    ("Линия выпускает 5 миллионов консервных банок в год.", "консервная банка"),
    # a unit of measure cut short, whatever the tagger makes of it
    ("С начала года в Китай поставлено 12,4 тыс. т пшеницы.", "тонна"),
    ("Экспорт в Монголию составил 3,5 тыс. т муки.", "тонна"),
]


@pytest.mark.parametrize(("text", "unit"), UNIT_NOUNS)
def test_a_unit_noun_keeps_what_it_counts(tools: Toolkit, text: str, unit: str) -> None:
    found = _figures(tools, text, "2025-06-01")
    assert [figure.unit for figure in found] == [unit]


@pytest.mark.parametrize("text", [
    "Пожар ликвидирован на площади 150 квадратных метров.",
    "Склад вмещает 300 кубических метров зерна.",
])
def test_an_area_or_a_volume_is_no_count(tools: Toolkit, text: str) -> None:
    assert [figure.metric for figure in _figures(tools, text, "2025-06-01")] == ["other"]


# text, (metric, unit) of each figure: an area or a length is no trade, whatever metric
# word is near it; tonnes beside it stay trade
EXTENTS = [
    ("Экспорт в Китай составил 40 тыс. тонн, площадь терминала составит 5 гектаров.",
     [("export", "тонна"), ("other", "гектар")]),
    ("Экспорт зерна вырос, протяженность новой ветки составит 12 километров.",
     [("other", "километр")]),
    ("Объем экспортных поставок вырос, площадь склада составит 4 тысячи квадратных метров.",
     [("other", "квадратный метр")]),
]


@pytest.mark.parametrize(("text", "expected"), EXTENTS)
def test_an_area_or_a_length_is_no_trade(tools: Toolkit, text: str, expected: list) -> None:
    found = [(figure.metric, figure.unit) for figure in _figures(tools, text, "2025-06-01")]
    assert found == expected


# the base of a comparison or the start of a range is not the period of the figure; the
# start of a range dates its own amount; «до» after a change or a range start is the
# level reached (issue 10)
COMPARED = [
    ("В 2023 году экспорт области в Турцию вырос на 18% по сравнению с 2022 годом.",
     [("export", None, None, "exact", "actual", "2023", Change(percent=18.0))]),
    ("За девять месяцев 2024 года товарооборот вырос в 1,4 раза в сравнении с тем же "
     "периодом 2023 года.",
     [("trade_turnover", None, None, "exact", "actual", "2024-01/2024-09",
       Change(factor=1.4))]),
    ("В 2021 году товарооборот составил 96 млн долларов и увеличился по сравнению с 2020 "
     "годом на 12 процентов.",
     [("trade_turnover", 9.6e7, "USD", "exact", "actual", "2021", Change(percent=12.0))]),
    ("Товарооборот в первом полугодии 2024 года составил 410 млн долларов против 350 млн "
     "долларов в первом полугодии 2023 года.",
     [("trade_turnover", 4.1e8, "USD", "exact", "actual", "2024-01/2024-06", None),
      ("trade_turnover", 3.5e8, "USD", "exact", "actual", "2023-01/2023-06", None)]),
    ("Объём торговли вырос со 120 млн долларов в 2019 году до 210 млн долларов в 2022 году.",
     [("trade_turnover", 1.2e8, "USD", "exact", "actual", "2019", None),
      ("trade_turnover", 2.1e8, "USD", "exact", "actual", "2022", None)]),
    ("Импорт из Казахстана в 2024 году снизился на 7%, до 58 млн долларов.",
     [("import", 5.8e7, "USD", "exact", "actual", "2024", Change(percent=-7.0))]),
    # a sum since a year is not measured over that year; a range of years is a period
    ("С 2019 года экспорт мёда превысил 5 тысяч тонн.",
     [("export", 5000, "тонна", "more_than", "actual", None, None)]),
    ("С 2018 по 2020 год экспорт в Китай составил 5 млн долларов.",
     [("export", 5e6, "USD", "exact", "actual", "2018/2020", None)]),
    # the base's value in brackets is dated by the base and takes no growth
    ("В 2023 году товарооборот составил 640 млн долларов, увеличившись на 9% по сравнению "
     "с 2022 годом (587 млн долларов).",
     [("trade_turnover", 6.4e8, "USD", "exact", "actual", "2023", Change(percent=9.0)),
      ("trade_turnover", 5.87e8, "USD", "exact", "actual", "2022", None)]),
    ("По итогам 2024 года экспорт вырос на 20% по сравнению с 2023 годом (на 50 млн "
     "долларов) - до 60 млн долларов.",
     [("export", 5e7, "USD", "exact", "actual", "2023", None),
      ("export", 6e7, "USD", "exact", "actual", "2024", Change(percent=20.0))]),
    # the object of «превышает», «выше», «ниже» is the base too
    ("В 2024 году экспорт вырос на 8%, что выше уровня 2023 года.",
     [("export", None, None, "exact", "actual", "2024", Change(percent=8.0))]),
    ("Импорт сократился на 3 процента и оказался ниже показателя 2022 года.",
     [("import", None, None, "exact", "actual", None, Change(percent=-3.0))]),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED)
def test_comparison_bases_are_no_periods(tools: Toolkit, text: str, expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text, "2025-06-01")]
    assert_rows(found, expected)


# a part of a year told without its year takes the year of the part named before it;
# a relative one needs the publication date (unknown here)
ELLIPTIC = [
    ("В январе-мае 2023 года экспорт вырос. По итогам пяти месяцев импорт составил 5 млн "
     "долларов.", [("import", 5e6, "USD", "exact", "actual", "2023-01/2023-05", None)]),
    ("В первом полугодии 2021 года товарооборот вырос. Экспорт за первое полугодие "
     "составил 9 млн долларов.",
     [("export", 9e6, "USD", "exact", "actual", "2021-01/2021-06", None)]),
    # with no year published, «этого года» takes the year of the period a sentence of
    # figures shortly before stated
    ("В первом полугодии 2021 года товарооборот вырос. Об этом сообщили в министерстве. "
     "Экспорт за первое полугодие этого года составил 9 млн долларов.",
     [("export", 9e6, "USD", "exact", "actual", "2021-01/2021-06", None)]),
    ("В первом полугодии 2021 года товарооборот вырос. Об этом сообщили в министерстве. "
     "Экспорт за первое полугодие составил 9 млн долларов.",
     [("export", 9e6, "USD", "exact", "actual", "2021-01/2021-06", None)]),
]


# a part of a year told relative to now («текущего года») before the text names it with
# its year, the publication year unknown
ANCHORED_FIGURES = [
    ("В январе-марте текущего года экспорт области составил 2 млрд юаней. Весь "
     "товарооборот в январе-марте 2021 года достиг 5 млрд юаней.",
     ["2021-01/2021-03", "2021-01/2021-03"]),
]


@pytest.mark.parametrize(("text", "expected"), ANCHORED_FIGURES)
def test_a_relative_part_of_a_year_takes_the_year_named_later(tools: Toolkit, text: str,
                                                               expected: list) -> None:
    assert [figure.period for figure in _figures(tools, text, None)] == expected


# a period goes on through the sentences of figures that follow it, past a few sentences
# without figures, until a sentence names another period
CHAINED = [
    ("В январе-мае 2023 года товарооборот составил 100 млн долларов. Экспорт составил 60 "
     "млн долларов. Импорт составил 40 млн долларов.",
     ["2023-01/2023-05", "2023-01/2023-05", "2023-01/2023-05"]),
    ("В 2023 году товарооборот составил 100 млн долларов. Об этом сообщил министр. Импорт "
     "составил 40 млн долларов.", ["2023", "2023"]),
    ("В 2019 году экспорт области составил 70 млн долларов. Об этом сказал министр. Он "
     "выступил на форуме. Главным покупателем стал Китай. На его долю пришлось 40%.",
     ["2019", "2019"]),
    # a state of now told in the present tense takes no period from before
    ("В 2022 году экспорт составил 80 млн долларов. В области работают 45 предприятий с "
     "турецким капиталом.", ["2022", None]),
    ("За 2021 год товарооборот вырос до 300 млн долларов. Сейчас Китай занимает долю "
     "около 70% в торговле края.", ["2021", None]),
    # a sentence that names another period with no figure ends it
    ("В 2023 году товарооборот составил 100 млн долларов. Завод открыли в 2020 году. "
     "Импорт составил 40 млн долларов.", ["2023", None]),
    # and so do more than five sentences without figures
    ("В 2023 году товарооборот составил 100 млн долларов. Об этом сообщил министр. Он "
     "выступил на форуме. Форум прошел в Казани. Его посетили гости. Гости хвалили город. "
     "Импорт составил 40 млн долларов.", ["2023", None]),
    # a part of the year the sentence names but cannot date takes the year before
    ("В 2023 году товарооборот составил 100 млн долларов. Экспорт за пять месяцев "
     "текущего года составил 60 млн долларов.", ["2023", "2023-01/2023-05"]),
]


@pytest.mark.parametrize(("text", "expected"), CHAINED)
def test_a_period_goes_on_through_figures(tools: Toolkit, text: str, expected: list) -> None:
    assert [figure.period for figure in _figures(tools, text, None)] == expected


@pytest.mark.parametrize(("text", "expected"), ELLIPTIC)
def test_a_part_of_a_year_takes_the_year_before(tools: Toolkit, text: str,
                                                expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text, None)
             if figure.value is not None]
    assert found == expected


# a figure told twice is kept once, with the period of the repeat when the first states
# none (a headline, then the text)
REPEATED = [
    ("Экспорт из Омской области в Монголию вырос на 30%\nВ первом полугодии 2024 года "
     "экспорт из Омской области в Монголию вырос на 30%, сообщили в правительстве.",
     [("export", None, None, "exact", "actual", "2024-01/2024-06", Change(percent=30.0))]),
    ("Товарооборот края с Вьетнамом превысил 90 млн долларов\nПо итогам 2023 года "
     "товарооборот края с Вьетнамом превысил 90 млн долларов.",
     [("trade_turnover", 9e7, "USD", "more_than", "actual", "2023", None)]),
    # a headline with the sum alone, the text with its growth: one figure
    ("Экспорт области в Китай вырос до 80 млн долларов\nВ 2024 году экспорт области в "
     "Китай увеличился на 12%, до 80 млн долларов.",
     [("export", 8e7, "USD", "exact", "actual", "2024", Change(percent=12.0))]),
    ("Товарооборот края с Ираном составил 45 млн долларов\nПо итогам 2023 года "
     "товарооборот края с Ираном составил 45 млн долларов, что на 7% больше, чем годом "
     "ранее.", [("trade_turnover", 4.5e7, "USD", "exact", "actual", "2023", Change(percent=7.0))]),
    # a headline with the growth alone, the text with the growth and its sum: one figure
    ("Товарооборот края с Японией вырос на 9%\nВ 2023 году товарооборот края с Японией "
     "увеличился на 9% и достиг 210 млн долларов.",
     [("trade_turnover", 2.1e8, "USD", "exact", "actual", "2023", Change(percent=9.0))]),
    ("Экспорт республики в Индию вырос втрое\nЗа год экспорт республики в Индию вырос "
     "втрое и превысил 60 млн долларов.",
     [("export", 6e7, "USD", "more_than", "actual", None, Change(factor=3.0))]),
    # a headline that rounds the growth the text tells exactly: one figure
    ("Экспорт края в Индию вырос на 35%\nВ 2024 году экспорт края в Индию вырос на 35,4%.",
     [("export", None, None, "exact", "actual", "2024", Change(percent=35.4))]),
    ("Товарооборот края с Ираном вырос в три раза\nВ 2024 году товарооборот края с Ираном "
     "вырос на 203,1%.",
     [("trade_turnover", None, None, "exact", "actual", "2024", Change(percent=203.1))]),
    ("Импорт из Китая вырос более чем в 1,5 раза\nВ 2024 году импорт из Китая вырос на "
     "57,2%.",
     [("import", None, None, "exact", "actual", "2024", Change(percent=57.2))]),
    # a headline that rounds the sum the text tells with more digits: one figure
    ("Экспорт края в Японию превысил 415 млн долларов\nВ 2024 году экспорт края в Японию "
     "составил 415,6 млн долларов.",
     [("export", 4.156e8, "USD", "exact", "actual", "2024", None)]),
    # a sum a hundredth or more off is another sum
    ("Экспорт края в Японию составил 410 млн долларов\nВ 2024 году экспорт края в Японию "
     "составил 415,6 млн долларов.",
     [("export", 4.1e8, "USD", "exact", "actual", None, None),
      ("export", 4.156e8, "USD", "exact", "actual", "2024", None)]),
    # a growth a point or more off is another growth
    ("Экспорт края в Индию вырос на 34%\nВ 2024 году экспорт края в Индию вырос на 35,4%.",
     [("export", None, None, "exact", "actual", None, Change(percent=34.0)),
      ("export", None, None, "exact", "actual", "2024", Change(percent=35.4))]),
    # a growth of another metric stays apart
    ("Экспорт области в Китай вырос на 9%\nИмпорт из Китая вырос на 9% и составил 40 млн "
     "долларов.",
     [("export", None, None, "exact", "actual", None, Change(percent=9.0)),
      ("import", 4e7, "USD", "exact", "actual", None, Change(percent=9.0))]),
]


@pytest.mark.parametrize(("text", "expected"), REPEATED)
def test_a_repeat_gives_its_period(tools: Toolkit, text: str, expected: list) -> None:
    assert [_row(figure) for figure in _figures(tools, text, "2025-06-01")] == expected


# an intent is the expectation of an investment and the goal of trade (issue 10)
INTENTS = [
    ("Компания намерена вложить 2 млрд рублей в строительство завода.",
     [("investment", 2e9, "RUB", "exact", "forecast", None, None)]),
    ("Инвесторы планируют инвестировать в проект около 30 млн долларов.",
     [("investment", 3e7, "USD", "about", "forecast", None, None)]),
    ("В 2026 году стороны намерены выйти на товарооборот в 300 млн долларов.",
     [("trade_turnover", 3e8, "USD", "exact", "target", "2026", None)]),
    ("Стороны планируют довести объём инвестиций до 5 млрд рублей.",
     [("investment", 5e9, "RUB", "exact", "target", None, None)]),
    ("Холдинг выразил желание инвестировать в новый цех 150 млн рублей.",
     [("investment", 1.5e8, "RUB", "exact", "forecast", None, None)]),
    # an investment is a result only with a verb of investing; a project's cost or an
    # agreement's sum is expected
    ("Общая стоимость проекта — 40 млн долларов.",
     [("investment", 4e7, "USD", "exact", "forecast", None, None)]),
    ("Компания подписала соглашение о строительстве завода с объёмом инвестиций 5 млрд "
     "рублей.", [("investment", 5e9, "RUB", "exact", "forecast", None, None)]),
    ("Инвестор вложил в завод ещё 300 млн рублей.",
     [("investment", 3e8, "RUB", "exact", "actual", None, None)]),
    ("В прошлом году объём инвестиций в проект составил 2 млрд рублей.",
     [("investment", 2e9, "RUB", "exact", "actual", "2024", None)]),
]


@pytest.mark.parametrize(("text", "expected"), INTENTS)
def test_an_intent_by_the_metric(tools: Toolkit, text: str, expected: list) -> None:
    assert [_row(figure) for figure in _figures(tools, text, "2025-06-01")] == expected


# a sum of money after «на долю … приходится» is that side's part of the trade named
# before it, not a share; a percent there stays a share
PARTS = [
    ("Товарооборот края с Казахстаном достиг 300 млн долларов, из них на долю Омска "
     "приходится 120 млн долларов.", None,
     [("trade_turnover", 3e8, "USD", "exact", "actual", None, None),
      ("trade_turnover", 1.2e8, "USD", "exact", "actual", None, None)]),
    ("Экспорт республики в Китай составил 50 млн долларов, на долю продовольствия пришлось "
     "20 млн долларов.", None,
     [("export", 5e7, "USD", "exact", "actual", None, None),
      ("export", 2e7, "USD", "exact", "actual", None, None)]),
    ("На долю Китая приходится 30% товарооборота области.", None,
     [("share", 30.0, "percent", "exact", "actual", None, None)]),
    # so is a growth said of it: the sum's, not a share's
    ("Товарооборот области составил 3,5 млрд долларов. Из них 3,4 млрд приходится на "
     "долю экспорта, который увеличился на 51%.", None,
     [("trade_turnover", 3.5e9, "USD", "exact", "actual", None, None),
      ("export", 3.4e9, "USD", "exact", "actual", None, Change(percent=51.0))]),
    # a share's own change with no sum of money stays the share's
    ("Доля экспорта снизилась на 20%.", None,
     [("share", None, None, "exact", "actual", None, Change(percent=-20.0))]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PARTS)
def test_money_is_no_share(tools: Toolkit, text: str, published: str | None,
                           expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text, published)]
    assert_rows(found, expected)


# a share told as a fraction word, in a sentence that speaks of a share; a fraction
# after «на» or an adjective is a change or a time
FRACTIONS = [
    ("На Китай приходится четверть всего экспорта Омской области.",
     [("share", 25.0, "percent", "exact", "actual", None, None)]),
    ("Более трети всех инвестиций Японии в край приходится на машиностроение.",
     [("share", 33.3, "percent", "more_than", "actual", None, None)]),
    ("Доля Казахстана во внешней торговле области составляет почти половину.",
     [("share", 50.0, "percent", "about", "actual", None, None)]),
    # after «на» a fraction is no share but a growth (changes.py)
    ("Во второй половине года товарооборот области с Китаем вырос на треть.",
     [("trade_turnover", None, None, "exact", "actual", None, Change(percent=33.3))]),
    ("Делегация провела в Пекине половину рабочей недели.", []),
]


@pytest.mark.parametrize(("text", "expected"), FRACTIONS)
def test_a_share_as_a_fraction_word(tools: Toolkit, text: str, expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text)]
    assert_rows(found, expected)



# a number in words counts agreements, companies, plants and projects; other nouns
# after a number in words are no figure
WORDED = [
    ("Область намерена подписать ещё четыре соглашения с регионами Китая.",
     [("count", 4, "соглашение", "exact", "target", None, None)]),
    ("В особой экономической зоне работают шесть турецких компаний.",
     [("count", 6, "компания", "exact", "actual", None, None)]),
    ("Делегации обсудили два направления сотрудничества.", []),
    ("Стороны договорились о встрече через три недели.", []),
    ("Губернатор подписал одно соглашение.", []),
    # a proportion is no count
    ("Восемь из десяти китайских компаний в регионе работают в торговле.", []),
]


@pytest.mark.parametrize(("text", "expected"), WORDED)
def test_counts_in_words(tools: Toolkit, text: str, expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text)]
    assert_rows(found, expected)


# trade between Russian regions named «межрегиональный оборот» is their turnover, with its
# growth, not the export named later in the sentence
INTERREGIONAL = [
    ("В 2007 г. межрегиональный оборот Татарстана с Ивановской областью составил 1,8 млрд. "
     "руб. - рост в 2,2 раза (из них вывоз из Татарстана - 1,5 млрд. руб.).",
     [("trade_turnover", 1.8e9, "RUB", "exact", "actual", "2007", Change(factor=2.2)),
      ("export", 1.5e9, "RUB", "exact", "actual", "2007", None)]),
]


@pytest.mark.parametrize(("text", "expected"), INTERREGIONAL)
def test_interregional_turnover(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text)], expected)


# a sentence that tells only a growth, with no metric word and no period of its own,
# continues the one sum the sentence before told
GROWTH_NEXT = [
    ("За 2024 год товарооборот края с Ираном составил 70 млн долларов. Это на 6 проц "
     "превышает показатель предыдущего года.",
     [("trade_turnover", 7e7, "USD", "exact", "actual", "2024", Change(percent=6.0))]),
    ("Экспорт области в Китай составил 15 млн долларов. По сравнению с прошлым годом он "
     "вырос на 4 процента.",
     [("export", 1.5e7, "USD", "exact", "actual", None, Change(percent=4.0))]),
    # a sentence with no metric word that tells a growth and its sum: one figure, of the
    # metric before
    ("На встрече отмечена динамика взаимной торговли Казахстана и области. Так, в первом "
     "полугодии показатель удвоился и составил 104,67 миллиона долларов.",
     [("trade_turnover", 1.0467e8, "USD", "exact", "actual", "2025-01/2025-06",
       Change(factor=2.0))]),
    # two sums before: the growth stays alone
    ("Экспорт составил 15 млн долларов, импорт составил 9 млн долларов. По сравнению с "
     "прошлым годом он вырос на 4 процента.",
     [("export", 1.5e7, "USD", "exact", "actual", None, None),
      ("import", 9e6, "USD", "exact", "actual", None, None),
      ("import", None, None, "exact", "actual", None, Change(percent=4.0))]),
    # a growth that a pointer opens, with its base year after «чем», continues what the
    # sentence before counted
    ("В 2012 году зону посетили 156 000 туристов. Это на 29% больше, чем в 2011 году.",
     [("count", 156000.0, "турист", "exact", "actual", "2012", Change(percent=29.0))]),
    ("Экспорт области в Китай составил 15 млн долларов. Это на 8% больше, чем в 2023 году.",
     [("export", 1.5e7, "USD", "exact", "actual", None, Change(percent=8.0))]),
    # a growth with its own metric word is a figure of its own
    ("Экспорт области в Китай составил 15 млн долларов. Импорт вырос на 4 процента.",
     [("export", 1.5e7, "USD", "exact", "actual", None, None),
      ("import", None, None, "exact", "actual", None, Change(percent=4.0))]),
    # … unless the word is the metric of the sum before, and no side is named again
    ("Экспорт области в Китай составил 15 млн долларов. Объем экспортных поставок "
     "увеличился на 6%.",
     [("export", 1.5e7, "USD", "exact", "actual", None, Change(percent=6.0))]),

    # a growth of another year is a figure of its own
    ("В 2023 году экспорт области составил 15 млн долларов. В 2024 году он вырос на 4 "
     "процента.",
     [("export", 1.5e7, "USD", "exact", "actual", "2023", None),
      ("export", None, None, "exact", "actual", "2024", Change(percent=4.0))]),
]


@pytest.mark.parametrize(("text", "expected"), GROWTH_NEXT)
def test_a_growth_told_next_joins_its_sum(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text, "2025-06-01")], expected)


def test_a_growth_of_the_same_metric_with_its_own_partner_stays_apart(pipeline) -> None:
    # the growth names a partner of its own: not the sum before's growth
    text = "Экспорт области в Китай составил 15 млн долларов. Экспорт в Индию вырос на 6%."
    assert_rows([_row(figure) for figure in _figures_after_their_stages(pipeline, text)], [
        ("export", 1.5e7, "USD", "exact", "actual", None, None),
        ("export", None, None, "exact", "actual", None, Change(percent=6.0))])


# a text cut off in mid-word a few words after a bare number: what it counts may not be
# all there, so no count; a unit of measure is all there
CUT_OFF = [
    ("Область поставит в Казахстан 25 единиц коммунал", []),
    ("За год парк хозяйств пополнился 340 сельскохоз", []),
    ("Порт перевалил 12 млн тонн уг",
     [("other", 1.2e7, "тонна", "exact", "actual", None, None)]),
    # cut off further on: the count is whole
    ("Область закупила 25 тракторов. Еще будет закуплено 40 комбайнов для хозяйств обла",
     [("count", 25, "трактор", "exact", "actual", None, None),
      ("count", 40, "комбайн", "exact", "forecast", None, None)]),
    # a text that ends with its sentence
    ("Область закупила 25 тракторов.",
     [("count", 25, "трактор", "exact", "actual", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CUT_OFF)
def test_no_count_cut_off(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text)], expected)


# a counted noun in the locative tells where something happens, not how many of it
LOCATIVE = [
    ("Стороны наладят контакты в 4 направлениях.", []),
    ("Ярмарки пройдут на 6 площадках города.", []),
    ("Выставки откроются в 3 крупных городах области.", []),
    # other cases are counts
    ("Область закупила 25 тракторов.",
     [("count", 25, "трактор", "exact", "actual", None, None)]),
    ("Делегация посетила 4 предприятия области.",
     [("count", 4, "предприятие", "exact", "actual", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), LOCATIVE)
def test_no_count_in_the_locative(tools: Toolkit, text: str, expected: list) -> None:
    found = [_row(figure) for figure in _figures(tools, text, "2025-06-01")]
    assert_rows(found, expected)


# the one percent of a sentence with no metric word, none carried and no growth is no
# share; a percent «от» a whole, or a list of percents, is
BARE_PERCENTS = [
    ("Сегодня 65% территории края занимают леса.", []),
    ("Уголь шёл в Японию (30% от общего объёма).",
     [("share", 30, "percent", "exact", "actual", None, None)]),
    ("Уголь шёл в Японию (30%), Корею (20%) и Китай (10%).",
     [("share", 30, "percent", "exact", "actual", None, None),
      ("share", 20, "percent", "exact", "actual", None, None),
      ("share", 10, "percent", "exact", "actual", None, None)]),
    ("Доля Японии составила 30%.",
     [("share", 30, "percent", "exact", "actual", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), BARE_PERCENTS)
def test_a_bare_percent_is_no_share(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text)], expected)


# an amount after «на» with a comparative after it is a difference between two sums
DIFFERENCES = [
    ("Урожай яблок будет на 15 тысяч тонн меньше, чем в прошлом году.", []),
    ("Экспорт составил 90 тонн, что на 12 тонн больше, чем годом ранее.",
     [("export", 90, "тонна", "exact", "actual", None, None)]),
    ("Импорт оказался на 3 млн долларов ниже прошлогоднего.", []),
    # no comparative: a sum
    ("Область заключила контракты на 3 млн долларов.",
     [("contract_value", 3e6, "USD", "exact", "actual", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DIFFERENCES)
def test_a_difference_is_no_sum(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text)], expected)


# a range of sums told with the multiplier and currency of its upper bound only: both
# bounds, the lower one first
RANGES = [
    ("Объём инвестиций в проект составит 12-15 млрд рублей.",
     [("investment", 1.2e10, "RUB", "exact", "forecast", None, None),
      ("investment", 1.5e10, "RUB", "exact", "forecast", None, None)]),
    ("Экспорт может достичь 2,5–3 млн долларов.",
     [("export", 2.5e6, "USD", "exact", "forecast", None, None),
      ("export", 3e6, "USD", "exact", "forecast", None, None)]),
    ("Экспорт может достичь 1,1-1,7 млн долларов.",
     [("export", 1.1e6, "USD", "exact", "forecast", None, None),
      ("export", 1.7e6, "USD", "exact", "forecast", None, None)]),
    # years before a sum are no range of it
    ("В 2023-2024 годах товарооборот составил 7 млрд рублей.",
     [("trade_turnover", 7e9, "RUB", "exact", "actual", "2023/2024", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_both_bounds_of_a_range(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text)], expected)


def test_a_range_with_currency_signs_reads_without_failing(tools: Toolkit) -> None:
    values = {figure.value for figure in _figures(tools, "Экспорт может достичь $20-$22 млн.")}
    assert {2e7, 2.2e7} <= values


# a list of partners after the sentences that named the Russian sides: those sides, not
# the document's main region alone
LISTED_PARTNERS = [
    ("Из Хабаровского края и Амурской области за год вывезли 50 тысяч тонн сои. Об этом "
     "сообщило ведомство. Экспорт по странам: Китай – 30 тысяч тонн, Япония – 4 тысячи тонн.",
     [{"RU-KHA", "RU-AMU"}, {"RU-KHA", "RU-AMU", "CN"}, {"RU-KHA", "RU-AMU", "JP"}]),
    # a Russian side of the list's own sentence stays
    ("Из Хабаровского края и Амурской области за год вывезли 50 тысяч тонн сои. Из "
     "Приморья в Китай отправили 30 тысяч тонн.",
     [{"RU-KHA", "RU-AMU"}, {"RU-PRI", "CN"}]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_PARTNERS)
def test_a_list_of_partners_takes_the_russian_sides_before(pipeline, text: str,
                                                          expected: list[set[str]]) -> None:
    test_parties(pipeline, text, expected)


# several numbers in one clause: each takes the place named right before it, back to
# the number before; a stretch that names no place keeps the parties of the clause
SHARED_CLAUSE = [
    ("Главные партнёры Омской области по экспорту — Китай (35%), Казахстан (20%) и "
     "Беларусь (10%).", [{"RU-OMS", "CN"}, {"RU-OMS", "KZ"}, {"RU-OMS", "BY"}]),
    ("Экспорт Курганской области в Казахстан 40 млн долларов и в Узбекистан 15 млн "
     "долларов.", [{"RU-KGN", "KZ"}, {"RU-KGN", "UZ"}]),
    ("Товарооборот Пермского края с Китаем вырос на 15% и составил 900 млн долларов.",
     [{"RU-PER", "CN"}]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_CLAUSE)
def test_each_number_of_a_clause_takes_its_own_place(pipeline, text: str,
                                                     expected: list[set[str]]) -> None:
    test_parties(pipeline, text, expected)


# «торгово-экономический оборот» is the trade turnover, in any case
TRADE_PHRASES = [
    ("Торгово-экономический оборот Курской области с Беларусью достиг 4 млрд рублей.",
     [("trade_turnover", 4e9, "RUB", "exact", "actual", None, None)]),
    ("Рост торгово-экономического оборота составил 12%.",
     [("trade_turnover", None, None, "exact", "actual", None, Change(percent=12.0))]),
]


@pytest.mark.parametrize(("text", "expected"), TRADE_PHRASES)
def test_trade_phrases(tools: Toolkit, text: str, expected: list) -> None:
    assert_rows([_row(figure) for figure in _figures(tools, text)], expected)


# the lines of a list that name a partner and a sum each go on with the metric stated
# before them, however long the list
LISTED_METRICS = [
    ("Экспорт Курганской области составил 90 млн долларов.\nКазахстан – 50 млн долларов;\n"
     "Узбекистан – 20 млн долларов;\nКиргизия – 10 млн долларов;\nТаджикистан – 5 млн "
     "долларов.", ["export"] * 5),
    # a line with no place does not carry the metric on
    ("Экспорт Курганской области составил 90 млн долларов. Затем потратили 30 млн "
     "долларов. Ещё 4 млн долларов ушли в бюджет. Ещё 6 млн долларов уйдут на дороги.",
     ["export", "export", "export", "other"]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_METRICS)
def test_a_list_goes_on_with_its_metric(pipeline, text: str, expected: list[str]) -> None:
    assert [f.metric for f in _figures_after_their_stages(pipeline, text)] == expected


# an export or import that names only the Russian side takes the document's main
# partner only when the first sentence names it: a region's own export otherwise
LEAD_PARTNER = [
    ("Тверская область увеличила поставки в Монголию. Экспорт региона вырос на 30%. "
     "Монголия закупает зерно и Монголия закупает масло.", [{"RU-TVE", "MN"}]),
    ("Предприятия Тверской области работают на внешних рынках. Экспорт региона вырос на "
     "30%. Главные покупатели – Монголия и Монголия остаётся первой.", [{"RU-TVE"}]),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_PARTNER)
def test_the_main_partner_of_a_one_sided_export(pipeline, text: str,
                                                expected: list[set[str]]) -> None:
    test_parties(pipeline, text, expected)


# a measured amount under a share is a part of the trade the share governs, never a
# share itself; a share of no metric word («его долю») is of the metric told before
MEASURED_PARTS = [
    ("Основную долю экспорта составили пшеница – 400 тыс. тонн, ячмень – 120 тыс. тонн.",
     ["export", "export"]),
    ("Импорт из Китая составил 200 тыс. тонн. Основную его долю составляют: овощи – 90 "
     "тыс. тонн, фрукты – 40 тыс. тонн.", ["import", "import", "import"]),
    # a percent under a share stays a share
    ("Доля экспорта зерна составила 40%.", ["share"]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURED_PARTS)
def test_a_measured_part_takes_the_trade_of_its_share(pipeline, text: str,
                                                      expected: list[str]) -> None:
    assert [f.metric for f in _figures_after_their_stages(pipeline, text)] == expected


# agreements signed «на» a sum: the sum is their value
AGREEMENT_SUMS = [
    ("Губернатор Курской области подписал 4 соглашения на 300 млн евро с фирмами Ирана.",
     ["count", "contract_value"]),
    ("Стороны заключили соглашение на 2 млрд рублей.", ["contract_value"]),
]


@pytest.mark.parametrize(("text", "expected"), AGREEMENT_SUMS)
def test_agreements_on_a_sum_have_that_value(pipeline, text: str,
                                             expected: list[str]) -> None:
    assert [f.metric for f in _figures_after_their_stages(pipeline, text)] == expected


# a counted noun with the adjective that makes it a kind of its own keeps it
COUNTED_PHRASES = [
    ("Через пункт пропуска прошли 12 тысяч грузовых автомобилей.", "грузовой автомобиль"),
    ("На завод поставили 40 легковых автомобилей.", "автомобиль"),
]


@pytest.mark.parametrize(("text", "unit"), COUNTED_PHRASES)
def test_a_counted_phrase_is_kept_whole(tools: Toolkit, text: str, unit: str) -> None:
    assert [figure.unit for figure in _figures(tools, text)] == [unit]


# money a customs office transfers to the budget is no trade
BUDGET_TRANSFERS = [
    ("Товарооборот края вырос. Таможня перечислила в федеральный бюджет 12 млрд рублей.",
     ["other"]),
    ("Товарооборот края составил 3 млрд долларов, в бюджет перечислено 9 млрд рублей.",
     ["trade_turnover", "other"]),
]


@pytest.mark.parametrize(("text", "expected"), BUDGET_TRANSFERS)
def test_a_transfer_to_the_budget_is_no_trade(pipeline, text: str,
                                             expected: list[str]) -> None:
    assert [f.metric for f in _figures_after_their_stages(pipeline, text)] == expected


def test_the_size_of_an_economy_is_no_investment(tools: Toolkit) -> None:
    """A project named before does not make a region's product an investment."""
    text = ("Стороны обсудили реализацию совместных инвестиционных проектов. Валовый "
            "региональный продукт (ВРП) провинции составляет 224 миллиарда долларов США.")
    assert [figure.metric for figure in _figures(tools, text)] == ["other"]
