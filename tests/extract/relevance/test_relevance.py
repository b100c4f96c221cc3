"""Relevance: news of economic cooperation is on topic; sport, weather, crime and culture
are not, and lose their facts while keeping their entities."""

from __future__ import annotations

import pytest

from coopwatch.extract.relevance.stage import TopicCounts, relevance_of
from coopwatch.pipeline import Pipeline
from coopwatch.records import Document, Source

ON_TOPIC = [
    "Губернатор Омской области провёл переговоры с делегацией Павлодарской области. Стороны "
    "подписали соглашение о сотрудничестве в сфере промышленности и торговли.",
    "Товарооборот Курской области с Белоруссией в 2024 году вырос на 12% и составил "
    "420 млн долларов. Основу экспорта составляет продукция машиностроения.",
    # trade told in verbs: shipments counted by inspectors, machinery bought abroad
    "С начала года из Алтайского края в Китай экспортировали 12 тысяч тонн льна. Партии "
    "отгрузили через погранпереход Забайкальск, сообщили в управлении Россельхознадзора.",
    "Тамбовская область закупит в Белоруссии 40 тракторов и 15 комбайнов. Закупка пройдёт "
    "в рамках договорённостей, достигнутых с Минским тракторным заводом.",
    # an acting governor on a business trip: one word of personnel, the trade outweighs it
    ("Врио губернатора Липецкой области Олег Белов провёл переговоры с делегацией "
     "Гродненской области. Стороны подписали соглашение о сотрудничестве: товарооборот "
     "регионов вырос на 15%, поставки сельхозтехники будут расширены."),
    # health cooperation: «борьба с инфекциями» is neither sport nor an outbreak
    "Минздрав Хабаровского края и комиссия по здравоохранению провинции Хэйлунцзян "
    "подписали меморандум о сотрудничестве в борьбе с инфекциями: клиники двух регионов "
    "будут обмениваться данными об инфекциях и вместе готовить врачей к лечению инфекций.",
]
OFF_TOPIC = [
    # sport
    "Омский «Авангард» обыграл минское «Динамо» в матче чемпионата КХЛ. Вратарь хозяев "
    "отразил 30 бросков, победную шайбу забросил нападающий в овертайме.",
    # weather
    "Синоптики предупредили о приближении циклона: в Хабаровском крае ожидаются ливень, "
    "гроза и порывы ветра до 25 метров в секунду. Температура воздуха опустится до нуля.",
    # a forecast in plain words, with a region's trade nearby in the page furniture
    "Прогноз погоды на выходные: в Минской и Могилевской областях днём до плюс 5 градусов, "
    "ночью мороз до минус 8, местами снег и гололёд, туман. Гидрометцентр Белоруссии "
    "предупреждает о сильном ветре.\nЧитать также: Экспорт молока в Россию вырос.",
    # crime
    "В Брянской области полиция задержала подозреваемого в краже: мужчина пытался вывезти "
    "в Белоруссию похищенный товар. Возбуждено уголовное дело, задержанный признал вину.",
    # smuggling found at the border, told without «полиция» or «кража»
    "На таможенном посту при досмотре фуры, следовавшей из Монголии в Бурятию, обнаружили "
    "200 килограммов незаконно добытой рыбы. Груз изъят, водитель дожидается решения "
    "следственно-оперативной группы.",
    # a seizure at the border told as a case, without «контрабанда» or «уголовное»
    ("Пограничники остановили фуру, следовавшую из Казахстана в Оренбургскую область: в "
     "тайнике перевозили 300 килограммов незаконно добытой осетрины, которую собирались "
     "продать торговой компании. Возбуждено дело, нарушителю грозит штраф."),
    # a bribe taken at a plant that ships its goods abroad
    ("Заместитель директора завода в Курганской области задержан по подозрению в получении "
     "взятки. По версии следствия, он получил более 2 млн рублей от фирмы из Казахстана за "
     "вывоз металлолома с предприятия."),
    # combat sports with foreign guests
    "Борцы из Монголии завоевали три медали на турнире в Красноярске. В финале поединок "
    "чемпиона мира продлился всю схватку, призёром первенства стал гость из Казахстана.",
    # a concert of a diaspora
    "В Ульяновске прошёл новогодний концерт вьетнамской диаспоры: ансамбль исполнил "
    "народные песни, на сцене выступили певица и артисты из Ханоя.",
    # a road accident
    ("В Бурятии грузовик из Китая попал в ДТП: в аварии пострадали двое, водителя "
     "госпитализировали после столкновения с легковым автомобилем."),
    # a bus of tourists in a ditch, told with the firm that ran the tour
    ("Автобус китайской транспортной компании с туристами из Хабаровского края съехал в "
     "кювет. Водитель и пятеро пассажиров доставлены в районную больницу, двое в тяжёлом "
     "состоянии. Поездки шли по соглашению о безвизовых турах."),
    # joint military exercises of two allies
    ("Российские и белорусские военнослужащие проведут совместные учения на полигоне под "
     "Брестом. В манёврах примут участие десантники и около 50 единиц техники, сообщили "
     "в Минобороны."),
    # a church leader's visit, met at the airport by officials
    ("Патриарх прибыл в Гомель, где возглавит богослужение в кафедральном храме. В аэропорту "
     "его встретили митрополит, духовенство епархии и вице-премьер Белоруссии."),
    # election observers sent by a region
    ("Делегация Псковской области вошла в миссию наблюдателей на выборах в Белоруссии. "
     "Наблюдатели побывали на избирательных участках в Витебске и следили за голосованием."),
    # an art show with a consul at the opening
    ("В художественном музее Томска открылась выставка живописи из Монголии: художники "
     "привезли 40 работ, экспонаты представил генеральный консул Монголии."),
    # a fire at a market of foreign traders
    ("На торговом рынке в Благовещенске, где работают китайские предприниматели, произошёл "
     "пожар. Возгорание на складе тушили три пожарных расчёта МЧС, пламя охватило 500 "
     "квадратных метров."),
    # a flu outbreak abroad and checks at the border
    ("Из-за вспышки гриппа в провинции Хэйлунцзян Роспотребнадзор в рамках федерального "
     "проекта усилил контроль на границе Амурской области с Китаем: у пассажиров измеряют "
     "температуру, больных с признаками инфекции направляют к врачу."),
    # days of a country's culture in a Russian region
    ("В Калуге открылись Дни культуры Белоруссии. Калужскую область посетила делегация "
     "Минской области во главе с заместителем председателя облисполкома Иваном Петровым: "
     "гостям покажут кинофильмы белорусской киностудии, вечером пройдёт концертная программа."),
    # a pair of animals lent to a zoo as a token of friendship
    ("Китай передал Новосибирскому зоопарку двух панд в знак дружбы между странами. Для "
     "животных построили вольер, детёныша ждут через три года, сообщил департамент "
     "внешнеэкономических связей области."),
    # children's holiday camp abroad
    ("Сто школьников из Курской области отправились в оздоровительный лагерь в Минской "
     "области. Оздоровление детей продлится три недели, смену оплатила белорусская сторона."),
    # a governor resigns and an acting head is appointed
    ("Президент подписал указ о досрочном прекращении полномочий губернатора Тверской "
     "области Ивана Сидорова, который подал в отставку. Временно исполняющим обязанности "
     "губернатора назначен Пётр Ковалёв."),
    # an akim relieved of the post, the assembly asked to agree on a successor
    ("Указом президента Казахстана Серик Абенов освобождён от должности акима "
     "Павлодарской области. Депутатам маслихата представят кандидатуру нового акима."),
    # a blast at a plant that took in a batch of old shells under a contract
    ("На заводе в Самарской области прогремел взрыв: двое рабочих погибли, один пропал без "
     "вести. Предприятие по контракту получило партию из 5 тысяч снарядов для утилизации. "
     "На разборе завалов работают сапёры, детонация произошла в цехе завода."),
    # a gala concert of a foreign country's performers, with a delegation
    ("В Пензе пройдёт гала-концерт артистов из Китая в рамках проекта обмена: на "
     "сценических площадках выступят солисты филармонии провинции Хэнань, артистическую "
     "делегацию встретит министр культуры области."),
    # a youth art festival of two countries, run with a partner
    ("В Благовещенске прошёл российско-китайский фестиваль детского искусства, партнёром "
     "которого стал город Хэйхэ: школьники двух стран рисовали на пленэре, 200 рисунков "
     "покажут в краеведческом музее."),
    # a fire at a plant told in its course, without «возгорание» or «МЧС»: the shop caught
    # fire, burning was put out, firemen and a fire investigator at work
    ("На машиностроительном предприятии в Челябинске загорелся цех предприятия. Открытое "
     "горение потушили за час, пожарные заканчивают проливку, причину выяснит дознаватель. "
     "Предприятие продолжает работу, 40 рабочих вывели из цеха."),
    # a head of state's trip at home: meetings and a visit found, no word of the economy
    ("Президент Казахстана прибыл в Караганду. Сегодня он проведёт совещание в акимате и "
     "встретится с активом Карагандинской области. Накануне глава государства провёл такую "
     "же встречу в Костанае."),
    # a leader opens new buildings at home, met with bread and salt and flowers
    ("Президент Узбекистана в ходе рабочей поездки в Хорезмскую область принял участие в "
     "открытии новой библиотеки и объектов промышленного назначения. Главу государства "
     "встретили старейшины с хлебом-солью, девушки в национальных нарядах вручили ему "
     "букеты цветов."),
    # crime statistics
    "Суд арестовал двух граждан Китая: следователь прокуратуры сообщил о росте "
    "преступности среди иностранцев в приграничном районе.",
    # border guards of two countries sign a plan of cooperation
    ("Губернатор Читинской области встретился с делегацией пограничного отряда провинции "
     "Хэйлунцзян. По итогам встречи пограничное управление ФСБ и китайский пограничный "
     "отряд подписали план сотрудничества на следующий год."),
    # deputies of a foreign parliament visit a region
    ("Депутаты бундестага и Европарламента посетят Севастополь, чтобы увидеть, как живёт "
     "город после воссоединения с Россией. Делегацию примет губернатор."),
    # the death of a businessman
    ("В Москве скончался известный предприниматель, основатель крупной торговой "
     "компании. Похороны пройдут в пятницу, сообщили родственники."),
]


# pages that name no place in Russia: business and politics abroad (the genre of the
# NEREL news, none of which is on this topic), written here
ABROAD = [
    "Американская компания купила израильский стартап за миллиард долларов. Сделка "
    "станет крупнейшей для компании в этом году, сообщил её финансовый директор.",
    "Парламент Перу утвердил нового премьер-министра. Он пообещал снизить налоги для "
    "малого бизнеса и привлечь иностранных инвесторов в экономику страны.",
]
# a page that names a Russian city only, not its region: still a Russian side
RUSSIAN_CITY_ONLY = [
    "Делегация провинции Цзянсу посетила Казань. Стороны обсудили поставки "
    "оборудования и создание совместного предприятия.",
]


@pytest.mark.parametrize("text", ABROAD)
def test_a_page_naming_no_place_in_russia_is_off_topic(text: str, pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and not card.relevance.on_topic
    assert (card.events, card.figures, card.flows, card.cooperation) == ((), (), (), ())


@pytest.mark.parametrize("text", RUSSIAN_CITY_ONLY)
def test_a_russian_city_is_a_place_in_russia(text: str, pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and card.relevance.on_topic


@pytest.mark.parametrize("text", ON_TOPIC)
def test_cooperation_news_is_on_topic(text: str, pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and card.relevance.on_topic
    assert card.relevance.score > 0.5


@pytest.mark.parametrize("text", OFF_TOPIC)
def test_off_topic_news_keeps_entities_and_has_no_facts(text: str, pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and not card.relevance.on_topic
    assert card.entities
    assert (card.positions, card.events, card.figures, card.flows, card.cooperation) == (
        (), (), (), (), ())
    assert card.sectors == ()  # read from the facts' passages, gone with them


@pytest.mark.parametrize(("counts", "on_topic"), [
    (TopicCounts(economy=0, off_topic=0, facts=0), False),   # nothing either way
    (TopicCounts(economy=1, off_topic=0, facts=1), True),
    (TopicCounts(economy=1, off_topic=0, facts=0), False),   # a tie leans off
    (TopicCounts(economy=3, off_topic=2, facts=0), False),
    (TopicCounts(economy=0, off_topic=3, facts=9), False),   # facts count up to two only
    (TopicCounts(economy=6, off_topic=2, facts=2), True),
    # with no word of the economy, events (a leader's meetings at home) do not count,
    # figures and flows still do
    (TopicCounts(economy=0, off_topic=0, facts=3, events=3), False),
    (TopicCounts(economy=0, off_topic=0, facts=3, events=1), True),
    (TopicCounts(economy=1, off_topic=0, facts=1, events=1), True),
    # no place in Russia named: a foreign firm's deal, however much of the economy
    (TopicCounts(economy=3, off_topic=0, facts=1, russian_place=False), False),
    (TopicCounts(economy=8, off_topic=0, facts=2, russian_place=False), True),
])
def test_relevance_from_counts(counts: TopicCounts, on_topic: bool) -> None:
    relevance = relevance_of(counts)
    assert relevance.on_topic is on_topic
    assert 0.0 <= relevance.score <= 1.0


SIDE_STORIES = [
    # a visit promised to a poetry festival, and medals handed out at the meeting: the
    # visit read only from the festival's sentence goes, the talks and the agreement stay
    ("Губернатор Курской области Иван Петров провёл переговоры с делегацией Витебской "
     "области. Стороны подписали соглашение о сотрудничестве в сфере торговли и "
     "промышленности.\nВ рамках встречи прошло награждение руководителей СМИ России и "
     "Белоруссии памятными медалями.\nГости посетят в субботу наш праздник поэзии, добавил "
     "Иван Петров.", {"meeting", "agreement"}),
    # flowers laid at a memorial, told in the same visit as the talks on trade: the visit
    # was also read from the trade sentence and stays
    ("Делегация провинции Хэйлунцзян прибыла в Амурскую область для переговоров о торговле "
     "и инвестициях. В рамках визита делегация провинции Хэйлунцзян почтила память героев "
     "войны и возложила цветы к Вечному огню в Благовещенске.", {"visit", "meeting"}),
]


@pytest.mark.parametrize(("text", "types"), SIDE_STORIES)
def test_events_of_a_side_story_are_left_out(text: str, types: set[str],
                                             pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and card.relevance.on_topic
    assert {event.type for event in card.events} == types


SIDE_STORY_FIGURES = [
    # the works artists bring to a festival of poetry
    ("Товарооборот Омской области с Казахстаном в 2024 году составил 900 млн долларов. "
     "Стороны договорились о сотрудничестве в промышленности.\nОмские художники "
     "представят на празднике поэзии в Алматы более 40 работ 5 мая."),
    # how many of a nation live in the region
    ("Товарооборот Астраханской области с Туркменистаном в 2024 году составил 300 млн "
     "долларов. Стороны договорились о сотрудничестве в промышленности.\nГубернатор "
     "отметил, что в регионе проживает около 20 тысяч туркмен."),
]


@pytest.mark.parametrize("text", SIDE_STORY_FIGURES)
def test_figures_of_a_side_story_are_left_out(text: str, pipeline: Pipeline) -> None:
    """A festival's works or a diaspora's size are no figures of the region's trade."""
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert [figure.metric for figure in card.figures] == ["trade_turnover"]


# words of fires, festivals and awards in news of trade and visits: the facts stay
KEPT_FACTS = [
    # fire engines sold abroad
    ("Завод «Спецавто» из Миасса поставит в Монголию 20 пожарных машин. Пожарные "
     "автомобили передадут аймакам, монгольские пожарные пройдут обучение в Челябинске.",
     "flows"),
    # talks held at a festival
    ("Губернатор Амурской области Иван Петров встретился с послом Китая на фестивале "
     "«Амурская осень». Стороны обсудили поставки сои.", "events"),
    # an award handed out at a meeting
    ("Губернатор Амурской области Иван Петров встретился с генеральным консулом Китая и "
     "наградил его орденом Дружбы. Стороны обсудили поставки сои.", "events"),
]


@pytest.mark.parametrize(("text", "kind"), KEPT_FACTS)
def test_facts_beside_words_of_other_topics_stay(text: str, kind: str,
                                                 pipeline: Pipeline) -> None:
    card = pipeline(Document(id="t", text=text, source=Source(published="2025-03-01")))
    assert card.relevance is not None and card.relevance.on_topic
    assert getattr(card, kind)
