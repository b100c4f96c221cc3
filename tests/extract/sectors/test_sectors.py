"""Sectors: the lemma lexicon on real phrases, and document-level sectors."""

from __future__ import annotations

import pytest

from builders import analyzed, span_of, with_entities
from coopwatch.extract import sectors
from coopwatch.extract.sectors.stage import (
    compound_label,
    of_other_pairs,
    sector_lexicon,
    sectors_of,
    stem_label,
)
from coopwatch.records import SECTORS, Cooperation, Event, EventType, Flow, Sector, Span
from coopwatch.tools import Toolkit

PHRASES = [
    ("совместный выпуск двигателей для автотранспорта", {"automotive"}),
    ("Татарстан поставляет половину всех грузовых автомобилей", {"automotive"}),
    ("цехи по сборке низкопольных перронных автобусов", {"automotive"}),
    ("выпуск городских и туристических электробусов", {"automotive"}),
    ("производство мотоциклов", {"automotive"}),
    # flax in a list of crops is a crop; its cloth is textiles; goods tested in a
    # laboratory are no research
    ("экспортировали ячмень, горох, лен, овес, рапс", {"agriculture"}),
    ("льняной комбинат выпускает ткани", {"textiles"}),
    ("зерно прошло лабораторные исследования", {"agriculture"}),
    # vehicles as goods are automotive; a transport network stays transport
    ("в край ввозят транспортные средства", {"automotive"}),
    ("развитие транспортной сети", {"transport"}),
    ("петербургские предприятия станкостроения", {"machinery"}),
    ("тракторы и комбайны для аграриев", {"machinery"}),
    # agricultural machinery is both machinery and agriculture
    ("поставки сельскохозяйственной техники", {"machinery", "agriculture"}),
    ("лизинг сельхозтехники для фермеров", {"machinery", "agriculture"}),
    # so are farm products food and agriculture
    ("рост поставок сельхозпродукции", {"food", "agriculture"}),
    ("от автобусов до техники для лесозаготовки", {"automotive", "machinery"}),
    ("выпуск строительной и дорожной специальной техники", {"construction", "machinery"}),
    # road and building machinery is both machinery and construction
    ("закупка дорожной техники для области", {"machinery", "construction"}),
    ("завод выпускает строительную технику", {"machinery", "construction"}),
    ("поставки дорожно-строительной техники", {"machinery", "construction"}),
    ("сотрудничество в судостроении", {"shipbuilding"}),
    ("вопросы сотрудничества в сфере энергетики", {"energy"}),
    ("технологии в нефтегазовой отрасли", {"energy"}),
    ("поставки сжиженного природного газа", {"energy"}),
    ("лаки и краски, моющие средства", {"chemicals"}),
    ("разработка новых лекарственных препаратов", {"pharma"}),
    ("В фармацевтической отрасли развивается сотрудничество", {"pharma"}),
    ("опыт создания бережливых поликлиник для медицинских учреждений", {"healthcare"}),
    ("для нужд белорусского агропромышленного комплекса", {"agriculture"}),
    ("направления как сельское хозяйство", {"agriculture"}),
    ("взаимные поставки продуктов питания и рыбной продукции", {"food"}),
    ("экспорт древесины и пиломатериалов", {"forestry"}),
    ("сушильные машины для предприятий лёгкой промышленности", {"machinery", "textiles"}),
    ("приобретено 11 тыс. видеокамер", {"electronics"}),
    ("развитие цифровой криминалистики", {"electronics"}),
    ("сотрудничество в сфере дорожного строительства", {"construction"}),
    ("реализация инфраструктурных проектов", {"construction"}),
    ("открыть логистический центр", {"transport"}),
    ("развитие розничной торговли", {"trade"}),
    # a trading house or chain sells; a «торговый» partnership names no retail
    ("в Казани откроют торговый дом республики", {"trade"}),
    ("продукция появится в торговых сетях", {"trade"}),
    ("развитие торгового партнёрства", set()),
    ("встреча с руководством банка", {"finance"}),
    # a fund is finance when it invests; a foundation of another kind names no sector
    ("соглашение с Российским фондом прямых инвестиций", {"finance"}),
    ("создан совместный инвестиционный фонд", {"finance"}),
    ("при поддержке благотворительного фонда", set()),
    ("реализация совместных проектов в туризме", {"tourism"}),
    ("подготовка кадров и обучение студентов", {"education"}),
    ("сохранение историко-культурного наследия и культурный обмен", {"culture"}),
    # science is education by SCHEMA.md: compound adjectives of the agreements' lists
    ("сотрудничество в научно-технической сфере", {"education"}),
    ("научно-технологическое партнёрство двух областей", {"education"}),
    ("укрепление культурно-гуманитарных связей", {"culture"}),
    ("в торгово-экономической, научно-технической и культурной сферах",
     {"education", "culture"}),
    # the tagger may call the first conjunct «торгово-экономическом» a noun: the adjectives
    # coordinated with it still qualify «сотрудничестве», which names no sector
    ("соглашение о торгово-экономическом, научно-техническом, гуманитарном и культурном "
     "сотрудничестве", {"education", "culture"}),
    ("программа о торгово-экономическом и научно-техническом сотрудничестве", {"education"}),
    ("один из наших ключевых торговых партнеров", set()),
    ("развитие торгового и экономического сотрудничества", set()),
    ("торговые отношения двух регионов", set()),
    ("развитие оптовой торговли", {"trade"}),
    # building a plant names the plant's sector, not construction
    ("строительство молочного завода в области", {"food"}),
    ("начато строительство комплекса по выпуску пиломатериалов", {"forestry"}),
    ("строительство жилья и дорог", {"construction"}),
    # building or infrastructure of what another sector names is that sector
    ("участие в строительстве газопровода", {"energy"}),
    ("партнёрство в области транспортной инфраструктуры", {"transport"}),
    ("модернизация энергетической инфраструктуры", {"energy"}),
    ("развитие инфраструктуры городов", {"construction"}),
    # the adjective right before the building word names its sector even when the
    # parser hangs it elsewhere in a list
    ("Стороны обсудили вопросы взаимодействия в области торговли, промышленной "
     "кооперации, транспортно-логистической инфраструктуры.", {"trade", "transport"}),
    ("строительство ветроустановок на побережье", {"energy"}),
    # goods of the trade lists and words of the agreements' lists
    ("область вывозит подсолнечное масло, муку и орехи", {"food"}),
    ("ввозят фрукты, овощи и цитрусовые", {"food"}),
    ("поставки комбикормов и картофеля", {"agriculture"}),
    ("опыт в агропромышленности и семеноводстве", {"agriculture"}),
    ("экспорт фанеры, картона и мебели", {"forestry"}),
    ("закупки каучука и резины", {"chemicals"}),
    ("продажа бензина и нефтепродуктов", {"energy"}),
    ("опыт в сфере исламского банкинга", {"finance"}),
    ("обмен в социально-культурной сфере и гастроли театров", {"culture"}),
    ("торги ценными бумагами", {"finance"}),
    ("дни искусства и концерт ансамбля", {"culture"}),
    ("праздник славянского фольклора", {"culture"}),
    ("ввоз телевизоров и бытовой техники", {"electronics"}),
    ("создана транспортно-логистическая компания", {"transport"}),
    ("модернизация портовых терминалов", {"transport"}),
    # a roadmap is a plan of the agreement, not roads
    ("стороны утвердили дорожную карту сотрудничества", set()),
    ("подписана дорожная карта по развитию туризма", {"tourism"}),
    ("товарооборот превысил 50 миллиардов долларов", set()),
    # flights, ferries and the freight of a port are transport
    ("открытие прямого рейса между городами", {"transport"}),
    ("новая авиакомпания начнёт полёты", {"transport"}),
    ("грузооборот порта вырос на треть", {"transport"}),
    ("Летом начнёт работу новый автомобильно-пассажирский паром.", {"transport"}),
    # livestock farming is agriculture; its adjective only with what it qualifies
    ("строительство животноводческого комплекса", {"agriculture"}),
    ("экспорт животноводческой продукции", {"agriculture"}),
    ("животноводческие предприятия закупают корма", {"agriculture"}),
    ("животноводческие предприятия закупают технику", set()),
    ("развитие свиноводства и птицеводства", {"agriculture"}),
    # an adjective the parser joins to a noun of another sector as a conjunct does not
    # qualify it: the second adjective keeps its sector
    ("Нефтегазовое машиностроение и агропромышленное производство станут приоритетами.",
     {"machinery", "agriculture"}),
    # goods of the trade lists: footwear and knitwear, steel and pipes, honey
    ("поставки обуви и трикотажа", {"textiles"}),
    ("продукция обувной фабрики", {"textiles"}),
    ("вывоз стальных труб", {"metallurgy"}),
    ("закупки мёда у пасечников", {"food"}),
    # power plants are energy, spaceflight is aerospace
    ("совместная работа по пуску ГРЭС", {"energy"}),
    ("визит приурочен ко Дню космонавтики", {"aerospace"}),
    # scaffolding is construction, not timber
    ("выпуск строительных лесов и опалубки", {"construction"}),
    # housing and utilities are construction
    ("обмен опытом в сфере ЖКХ", {"construction"}),
    ("модернизация жилищно-коммунального хозяйства", {"construction"}),
    ("завод выпускает кирпич и бетон", {"construction"}),
    # instruments, semiconductors and electrical equipment are electronics
    ("экспорт полупроводниковых приборов", {"electronics"}),
    ("выпуск силового электрооборудования", {"electronics"}),
    ("кооперация в сфере высоких технологий", {"electronics"}),
    # car parts and tyres are automotive
    ("производство автокомплектующих", {"automotive"}),
    ("поставки автомобильных шин", {"automotive"}),
    ("экспорт продтоваров вырос", {"food"}),
    # aid is not a cultural exchange
    ("отправлена партия гуманитарной помощи", set()),
    # goods of the trade lists: crops and livestock, foods, ores, wood, chemicals
    ("вывоз риса, сои и ячменя", {"agriculture"}),
    ("закупки крупного рогатого скота", {"agriculture"}),
    # a crop is no culture
    ("экспорт масличных и зерновых культур", {"agriculture"}),
    ("поставки сыра, творога и колбас", {"food"}),
    ("продажа минтая, крабов и икры", {"food"}),
    ("развитие рыбной отрасли", {"food"}),
    ("поставки руды и кокса", {"metallurgy"}),
    ("вывоз продукции ЛПК и сосны", {"forestry"}),
    ("закупки полиэтилена и мыла", {"chemicals"}),
    ("поставки щебня и гравия", {"construction"}),
    ("продажа меховых изделий", {"textiles"}),
    ("выпуск кузовных деталей", {"automotive"}),
    # wagons carry freight; building them is machine building
    ("поставки вагонов", {"transport"}),
    ("развитие вагоностроения", {"machinery"}),
    # the founding of a region is no education
    ("прошёл вечер к 30-летию образования республики", set()),
    ("поздравил с Днём образования края", set()),
    ("обмен опытом в сфере образования", {"education"}),
    # border crossings and freight through them are transport
    ("открыли новый пункт пропуска на границе", {"transport"}),
    ("строительство мостового перехода через реку", {"construction", "transport"}),
    ("растёт грузопоток через порт", {"transport"}),
    ("фрукты завезены через ЖДПП Забайкальск", {"food", "transport"}),
    ("грузовики прошли через МАПП Кяхта", {"automotive", "transport"}),
    # rolling stock and freight terminals are transport, nuclear power is energy
    ("поставки частей подвижного состава", {"transport"}),
    ("отгрузка через терминал выросла", {"transport"}),
    ("сотрудничество в ядерной энергетике", {"energy"}),
    # resorts and hotels are tourism
    ("отдых на черноморских курортах", {"tourism"}),
    ("создание рекреационной зоны", {"tourism"}),
    ("гостиница на сто номеров", {"tourism"}),
    # communications as a branch are electronics; ties between regions are no sector
    ("операторы в сфере связи", {"electronics"}),
    ("регионы укрепляют экономические связи", set()),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES)
def test_sectors_of_phrase(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


FESTIVALS = [
    # days of a place, in the plural with its name after them, are a festival of culture
    ("Дни Казани пройдут в Минске в октябре.", {"culture"}),
    ("В Гомеле открылись дни Тульской области.", {"culture"}),
    ("Делегация прибыла в Баку накануне Дней Татарстана.", {"culture"}),
    # a date, a span of days or a holiday is none
    ("В эти дни губернатор посетил Минск.", set()),
    ("Делегация провела в Казани три дня.", set()),
    ("В Туле отметили День города.", set()),
]


@pytest.mark.parametrize(("text", "expected"), FESTIVALS)
def test_days_of_a_place_are_a_festival(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


MENUS = [
    # a line of a site's menu or tags names no sector
    ("Главная Новости Экономика Строительство Транспорт Туризм Спорт Контакты", set()),
    ("Афиша Пенза ДТП Нацпроекты Здоровье Образование Рейтинги", set()),
    # a sentence with a few names keeps its sectors
    ("Казань и Минск развивают Туризм и Транспорт в рамках соглашения.",
     {"tourism", "transport"}),
]


@pytest.mark.parametrize(("text", "expected"), MENUS)
def test_a_page_menu_is_no_sector(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


MEMBERS = [
    # who makes up a delegation, by posts and firms, is not what it talks about
    ("В состав делегации вошли руководители предприятий сельского хозяйства.", set()),
    ("В её состав входят представители банков и строительных компаний.", set()),
    # a delegation that comes to talk of a field keeps it
    ("Делегация обсудила развитие сельского хозяйства.", {"agriculture"}),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members_of_a_delegation_are_no_sector(text: str, expected: set[str],
                                               tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


TOURS = [
    # the sites a delegation tours are the programme of its visit, not a field
    ("Губернатор посетит автомобильный завод и химический комбинат.", set()),
    ("Программа включает посещение учебных заведений и музеев.", set()),
    ("Гости побывали на молочной ферме.", set()),
    ("Делегация ознакомилась с работой текстильной фабрики.", set()),
    # what the sides talk about or do together keeps its sector
    ("Стороны обсудили сотрудничество в автомобилестроении.", {"automotive"}),
    ("Область построит молочную ферму.", {"food"}),
]


@pytest.mark.parametrize(("text", "expected"), TOURS)
def test_toured_sites_are_no_sector(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


SHARED_HEADS = [
    # an adjective coordinated with another before one noun makes the lexicon's phrase
    # with that noun, as if it stood right before it
    ("поставки бытовой и офисной техники", {"electronics"}),
    ("Завод выпускает сельскохозяйственную и дорожно-строительную технику.",
     {"machinery", "agriculture", "construction"}),
    ("развитие транспортной и портовой инфраструктуры", {"transport"}),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_HEADS)
def test_adjectives_share_their_noun(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


BODIES = [
    # the branch a ministry or a department is named for is no field of cooperation
    ("Министерство промышленности и торговли направило письмо губернатору.", set()),
    ("Письмо подготовил департамент сельского хозяйства провинции.", set()),
    ("Министерство экономического развития и торговли одобрило проект.", set()),
    # a minister's post stays: he speaks for the branch at the talks
    ("Министр сельского хозяйства рассказал о поставках.", {"agriculture"}),
    ("Стороны обсудили развитие торговли и сельского хозяйства.", {"trade", "agriculture"}),
]


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_branch_of_a_body_is_no_sector(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


COMPOUNDS = [
    # a hyphenated adjective the lexicon does not list is read by its parts
    ("подписано соглашение о гуманитарно-культурном сотрудничестве", {"culture"}),
    ("завод выпускает мясо-молочную продукцию", {"food"}),
    ("предприятия топливно-энергетического комплекса", {"energy"}),
    ("подрядчики дорожно-коммунальной отрасли", {"construction"}),
    ("создан туристско-рекреационный кластер", {"tourism"}),
    ("открыт химико-технологический колледж", {"chemicals"}),
    ("площадка торгово-логистического комплекса", {"transport"}),
    # a first part left hanging before a conjunction is read alone
    ("Стороны развивают научно- и культурно-гуманитарное сотрудничество.",
     {"education", "culture"}),
    ("Обсудили нефте- и газохимические проекты.", {"energy", "chemicals"}),
    ("Подписано соглашение о торгово- и научно-техническом сотрудничестве.", {"education"}),
    # a hyphenated noun whose first part is a word of the lexicon
    ("компании из IT-сферы", {"electronics"}),
    ("прибыла бизнес-миссия", set()),
    # parts that name no sector give none
    ("прошёл торгово-инвестиционный форум", set()),
    ("начался военно-политический диалог", set()),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUNDS)
def test_sectors_of_hyphenated_compound(text: str, expected: set[str], tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


COMPOUND_LEMMAS = [
    ("гуманитарно-культурный", "culture"),
    ("историко-культурный", "culture"),
    ("образовательно-туристический", "education,tourism"),
    ("мясо-молочный", "food"),
    ("торгово-логистический", "transport"),
    ("торгово-экономический-новый", None),
    ("научно-", "education"),
    ("лесо-", "forestry"),
    ("торгово-", None),
    ("военно-", None),
    ("регион-лес", None),  # a name, not an adjective
]


@pytest.mark.parametrize(("lemma", "expected"), COMPOUND_LEMMAS)
def test_compound_label(lemma: str, expected: str | None) -> None:
    assert compound_label(lemma) == expected


STEMS = [
    # a word opening with a combining form: the form's sector and those of the rest
    ("строительство нефтеперерабатывающего завода", {"energy"}),
    ("в районе работает крупный агрохолдинг", {"agriculture"}),
    ("продукция лесохимической отрасли", {"forestry", "chemicals"}),
    ("рыбохозяйственный комплекс края", {"food"}),
    ("заказы для энергомашиностроения", {"energy", "machinery"}),
    # metalworking is machinery: the lexicon lists it before the form is tried
    ("станки для металлообработки", {"machinery"}),
    # a rest too short to be a word, and a proper name, name no sector
    ("встреча с агрономами", set()),
    ("делегация из Нефтеюганска", set()),
]


@pytest.mark.parametrize(("text", "expected"), STEMS)
def test_sectors_of_word_with_combining_form(text: str, expected: set[str],
                                             tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


STEM_WORDS = [
    ("нефтегазохимический", "energy,chemicals"),
    ("сельхозпроизводитель", "agriculture"),
    ("металлоконструкция", "metallurgy"),
    ("агроном", None),
    ("газета", None),
    ("энергия", None),
]


@pytest.mark.parametrize(("word", "expected"), STEM_WORDS)
def test_stem_label(word: str, expected: str | None) -> None:
    assert stem_label(word) == expected


AMOUNTS = [
    # trade under a noun of amount is the size of an exchange, not the sector
    ("объём торговли между областями вырос вдвое", set()),
    ("отмечен рост взаимной торговли на 12 процентов", set()),
    ("доля торговли с Китаем превысила треть", set()),
    # trade with a party after «с» or «между» is the exchange a figure counts
    ("Торговля с соседними странами заметно выросла.", set()),
    ("Торговля между провинцией и областью оживилась.", set()),
    # trade as an activity, and other sectors under the same nouns, stay
    ("обмен опытом в сфере торговли", {"trade"}),
    ("сотрудничество в сфере торговли и туризма", {"trade", "tourism"}),
    ("развитие розничной торговли в городе", {"trade"}),
    ("в регионе отмечен рост туризма", {"tourism"}),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_sectors_of_trade_under_a_noun_of_amount(text: str, expected: set[str],
                                                 tools: Toolkit) -> None:
    doc = analyzed(text, tools)
    tokens = [token for sentence in doc.sentences for token in sentence.tokens]
    assert set(sectors_of(tokens)) == expected


def test_sectors_of_lemmas_keeps_order_of_first_mention() -> None:
    assert sectors_of(["судно", "и", "автобус", "и", "судостроение"]) == (
        "shipbuilding", "automotive",
    )


def test_lexicon_is_rich_and_uses_schema_codes() -> None:
    lexicon = sector_lexicon()
    labels = {code for label in lexicon.entries.values() for code in label.split(",")}
    assert len(lexicon.entries) >= 200
    assert labels - {"-"} <= set(SECTORS)
    assert set(SECTORS) - labels <= {"other"}


def test_document_sectors_come_from_cooperation_passages(tools: Toolkit) -> None:
    text = (
        "Город известен своими музеями и банками.\n\n"
        "Стороны проявляют интерес к совместным проектам в различных сферах, таких как:\n"
        "• Медицина\n"
        "• Судостроение\n\n"
        "Погода в регионе была тёплой, туристы гуляли по набережной."
    )
    doc = sectors.extract(analyzed(text, tools), tools)
    assert doc.sectors == ("healthcare", "shipbuilding")


def test_document_sectors_fall_back_on_the_text_when_its_facts_name_none(
        tools: Toolkit) -> None:
    """Cooperation found, but the sentences it stands on name no sector: the sectors
    come from the words of the whole text, not from nothing."""
    text = ("Курская область и Гомельская область подписали соглашение о сотрудничестве.\n\n"
            "Гомельские предприятия выпускают сельскохозяйственную технику и молочную "
            "продукцию.")
    doc = analyzed(text, tools)
    without = sectors.extract(doc, tools)
    assert without.sectors == ()
    facts = (Cooperation(parties=("RU-KRS", "BY-HO"), evidence=(Span(0, 75),)),)
    found = sectors.extract(doc.replace(cooperation=facts), tools)
    assert set(found.sectors) == {"machinery", "agriculture", "food"}


GAPS = [
    # up to three sentences between two on cooperation go on about it
    (["Томск и Ташкент обсудили сотрудничество.", "Речь шла о тканях и одежде.",
      "Стороны продолжат сотрудничество."], {"textiles"}),
    (["Томск и Ташкент обсудили сотрудничество.", "Речь шла о тканях.",
      "Упомянули и сельское хозяйство.", "Стороны продолжат сотрудничество."],
     {"textiles", "agriculture"}),
    (["Томск и Ташкент обсудили сотрудничество.", "Речь шла о тканях.",
      "Упомянули и сельское хозяйство.", "Говорили и о туризме.",
      "Стороны продолжат сотрудничество."], {"textiles", "agriculture", "tourism"}),
    # four are another topic
    (["Томск и Ташкент обсудили сотрудничество.", "В городе открыли музей.",
      "Рядом строят больницу.", "Вечером шёл дождь.", "Утром было солнечно.",
      "Стороны продолжат сотрудничество."], set()),
    # the one sentence after the last on cooperation still goes on about it, the next no more
    (["Томск и Ташкент обсудили сотрудничество.", "Говорили и о туризме."], {"tourism"}),
    (["Томск и Ташкент обсудили сотрудничество.", "Вечером шёл дождь.",
      "В городе открыли музей."], set()),
]


@pytest.mark.parametrize(("sentences", "expected"), GAPS)
def test_document_sectors_take_the_few_sentences_between_and_after_cooperation_passages(
        sentences: list[str], expected: set[str], tools: Toolkit) -> None:
    doc = sectors.extract(analyzed("\n".join(sentences), tools), tools)
    assert set(doc.sectors) == expected


NEIGHBOURS = [
    # the sentence after a signing says what the document covers
    ("Курск и Гомель подписали соглашение.\nДокумент охватывает туризм и культуру.",
     "agreement", "подписали соглашение", {"tourism", "culture"}),
    # «соответствующее соглашение»: the sentence before names its sectors
    ("Регионы будут сотрудничать в сфере образования.\nСоответствующее соглашение подписали "
     "губернаторы.", "agreement", "Соответствующее соглашение", {"education"}),
    # a sentence cut at line breaks goes on past the two lines after its first
    ("Губернаторы подписали соглашение между\nобластями о\nсотрудничестве в\nобласти\n"
     "здравоохранения.", "agreement", "подписали соглашение", {"healthcare"}),
    # a visit is a journey: its sectors are those of the talks it brings
    ("Делегация Омска прибыла в Казань.\nГости осмотрят молочный завод.", "visit",
     "прибыла в Казань", set()),
    # past the sentence right after it, an event's report goes on only in those that
    # still speak of cooperation: others tell of other things
    ("Стороны подписали соглашение.\nОно рамочное.\nПогода была тёплой и туристы гуляли.",
     "agreement", "подписали соглашение", set()),
    ("Губернатор встретился с послом Вьетнама.\nВстреча прошла в Ростове.\nОбласть славится "
     "своими заводами сельхозтехники.", "meeting", "встретился с послом", set()),
    ("Губернатор встретился с послом Вьетнама.\nГоворили о поставках удобрений.",
     "meeting", "встретился с послом", {"chemicals"}),
    ("Делегации обсудили планы.\nВ центре внимания была медицина.\nВечером гости "
     "посетили театр.", "meeting", "обсудили планы", {"healthcare"}),
    ("В Казани прошёл форум регионов.\nФорум посвящён энергетике.", "forum",
     "прошёл форум", {"energy"}),
    ("Стороны подписали соглашение.\nОно рамочное.\nРегионы будут развивать "
     "сотрудничество в сфере туризма.", "agreement", "подписали соглашение", {"tourism"}),
    ("Губернатор встретился с послом Индии.\nВстреча прошла в Самаре.\nСтороны обсудили "
     "взаимодействие в области образования.", "meeting", "встретился с послом",
     {"education"}),
]


@pytest.mark.parametrize(("text", "kind", "fragment", "expected"), NEIGHBOURS)
def test_an_event_with_no_sector_of_its_own_takes_its_neighbours(
        text: str, kind: EventType, fragment: str, expected: set[str], tools: Toolkit) -> None:
    event = Event(type=kind, status="done", evidence=(span_of(text, fragment),))
    doc = sectors.extract(analyzed(text, tools).replace(events=(event,)), tools)
    assert set(doc.events[0].sectors) == expected


def test_a_neighbour_that_carries_another_event_is_not_taken(tools: Toolkit) -> None:
    text = ("Области подписали соглашение.\nЗатем прошла встреча в банке.\n"
            "Говорили и о туризме.")
    signed = Event(type="agreement", status="done",
                   evidence=(span_of(text, "подписали соглашение"),))
    met = Event(type="meeting", status="done", evidence=(span_of(text, "прошла встреча"),))
    doc = sectors.extract(analyzed(text, tools).replace(events=(signed, met)), tools)
    assert [set(event.sectors) for event in doc.events] == [set(), {"finance", "tourism"}]


SIDES = [
    # another event of the same sides goes on about the same talks: the walk goes past it
    (("RU-ROS", "VN-43"), {"tourism"}),
    (("RU-ROS",), {"tourism"}),
    # an organization it adds among the same places is a body or a firm of those talks
    (("RU-ROS", "VN-43", "org:Народный комитет провинции"), {"tourism"}),
    # one with a side of its own is another story: the walk stops at it
    (("RU-ROS", "BY"), set()),
    (("org:Народный комитет провинции",), set()),
    # one with no sides known stops it too
    ((), set()),
]


@pytest.mark.parametrize(("sides", "expected"), SIDES)
def test_an_event_of_the_same_sides_does_not_stop_the_walk(
        sides: tuple[str, ...], expected: set[str], tools: Toolkit) -> None:
    text = ("Губернатор провёл переговоры с гостями.\nСтороны договорились о новой встрече, "
            "речь шла о туризме.")
    talks = Event(type="meeting", status="done", participants=("RU-ROS", "per:Иван Орлов",
                                                               "VN-43"),
                  evidence=(span_of(text, "провёл переговоры"),))
    again = Event(type="meeting", status="planned", participants=sides,
                  evidence=(span_of(text, "договорились о новой встрече"),))
    doc = sectors.extract(analyzed(text, tools).replace(events=(talks, again)), tools)
    assert set(doc.events[0].sectors) == expected


def test_an_event_that_names_its_sector_keeps_it(tools: Toolkit) -> None:
    text = "Стороны обсудили поставки газа.\nОбсуждали и туризм."
    talks = Event(type="meeting", status="done", sectors=("energy",),
                  evidence=(span_of(text, "обсудили поставки"),))
    doc = sectors.extract(analyzed(text, tools).replace(events=(talks,)), tools)
    assert doc.events[0].sectors == ("energy",)


FLOWS = [
    # the goods of an export are named in the sentence after it
    ("Край вывозит товары в Китай и Японию.\nОснову экспорта составляет рыбная продукция.",
     "вывозит товары", {"food"}),
    # or in the lines its sentence runs on
    ("Область поставила в Казахстан\nзерно и\nмуку.", "поставила в Казахстан",
     {"agriculture", "food"}),
    # nothing around it names a sector
    ("Край вывозит товары в Китай.\nРост составил треть.", "вывозит товары", set()),
    # a flow's goods may come up to three sentences after it, farther than an event's
    ("Край вывозит товары в Китай.\nРост составил треть.\nСпрос держится.\nБольше всего "
     "вывозят древесины.", "вывозит товары", {"forestry"}),
]


@pytest.mark.parametrize(("text", "fragment", "expected"), FLOWS)
def test_a_flow_with_no_sector_of_its_own_takes_its_neighbours(
        text: str, fragment: str, expected: set[str], tools: Toolkit) -> None:
    flow = Flow(source="RU-KAM", target="CN", evidence=(span_of(text, fragment),))
    doc = sectors.extract(analyzed(text, tools).replace(flows=(flow,)), tools)
    assert set(doc.flows[0].sectors) == expected


def test_the_sentence_after_the_last_on_cooperation_is_not_taken_across_a_paragraph(
        tools: Toolkit) -> None:
    text = "Томск и Ташкент обсудили сотрудничество.\n\nГоворили и о туризме."
    assert sectors.extract(analyzed(text, tools), tools).sectors == ()


# (the pair's own sectors, what it has after its event took «туризм» from around it)
EVENT_GAINS = [
    ((), ("tourism",)),
    # a pair whose own passages name its fields keeps them, not its event's guess
    (("energy",), ("energy",)),
    (("culture", "education"), ("culture", "education")),
]


@pytest.mark.parametrize(("own", "expected"), EVENT_GAINS)
def test_a_pair_takes_the_sectors_its_event_found_around_it(
        own: tuple[Sector, ...], expected: tuple[Sector, ...], tools: Toolkit) -> None:
    text = ("Орёл и Минск обсудили планы.\n\n"
            "Курск и Гомель подписали соглашение.\nДокумент охватывает туризм.")
    signed = Event(type="agreement", status="done",
                   evidence=(span_of(text, "Курск и Гомель подписали соглашение."),))
    talks = Event(type="meeting", status="done",
                  evidence=(span_of(text, "Орёл и Минск обсудили планы."),))
    pairs = (Cooperation(parties=("RU-KRS", "BY-HO"), sectors=own, evidence=signed.evidence),
             Cooperation(parties=("RU-ORL", "BY"), evidence=talks.evidence))
    doc = analyzed(text, tools).replace(events=(signed, talks), cooperation=pairs)
    found = sectors.extract(doc, tools)
    assert [fact.sectors for fact in found.cooperation] == [expected, ()]


# (text, each pair's first sentence and own sectors, each pair's sectors after the stage)
PAIR_NEIGHBOURS = [
    # a pair whose passages name no sector takes those of the sentence after them
    ("Курск и Гомель договорились о партнёрстве.\nРечь идёт прежде всего о туризме.",
     [("Курск и Гомель", ())], [("tourism",)]),
    # and of the one before
    ("В центре внимания была медицина.\nКурск и Гомель договорились о партнёрстве.",
     [("Курск и Гомель", ())], [("healthcare",)]),
    # one with sectors of its own keeps them
    ("Курск и Гомель договорились о партнёрстве.\nРечь идёт прежде всего о туризме.",
     [("Курск и Гомель", ("energy",))], [("energy",)]),
    # another pair's passage is that pair's: the walk stops at it
    ("Курск и Гомель договорились о партнёрстве.\nОрёл и Минск развивают туризм.",
     [("Курск и Гомель", ()), ("Орёл и Минск", ())], [(), ("tourism",)]),
    # further on, only a sentence that still speaks of cooperation
    ("Курск и Гомель договорились о партнёрстве.\nВстреча прошла в мэрии.\n"
     "В городе много банков.", [("Курск и Гомель", ())], [()]),
    ("Курск и Гомель договорились о партнёрстве.\nВстреча прошла в мэрии.\n"
     "Сотрудничество коснётся и медицины.", [("Курск и Гомель", ())], [("healthcare",)]),
]
PARTIES = {"Курск и Гомель": ("RU-KRS", "BY-HO"), "Орёл и Минск": ("RU-ORL", "BY")}


@pytest.mark.parametrize(("text", "pairs", "expected"), PAIR_NEIGHBOURS)
def test_a_pair_with_no_sector_takes_its_neighbours(
        text: str, pairs: list[tuple[str, tuple[Sector, ...]]],
        expected: list[tuple[Sector, ...]], tools: Toolkit) -> None:
    facts = tuple(Cooperation(parties=PARTIES[opening], sectors=own,
                              evidence=(span_of(text, text[text.index(opening):].split("\n")[0]),))
                  for opening, own in pairs)
    doc = sectors.extract(analyzed(text, tools).replace(cooperation=facts), tools)
    assert [fact.sectors for fact in doc.cooperation] == expected


OTHER_PAIRS = [
    # a passage that carries only another pair's fact is that pair's, not the main one's
    (("RU-KRS", "org:Порт Курск"), True),
    (("BY", "org:МАЗ"), True),
    # the same pair, or the same pair a level up or down, is still the main pair's
    (("BY-HO", "RU-KRS"), False),
    (("RU-KRS", "BY"), False),
    (("RU", "BY-HO"), False),
]


@pytest.mark.parametrize(("parties", "expected"), OTHER_PAIRS)
def test_a_passage_of_other_pairs_only_is_not_the_main_pairs(
        parties: tuple[str, str], expected: bool, tools: Toolkit) -> None:
    text = ("Курск и Гомель подписали соглашение.\nЗавод договорился с партнёром о поставках.\n"
            "Речь шла о туризме.")
    doc = analyzed(text, tools)
    main = Cooperation(parties=("RU-KRS", "BY-HO"),
                       evidence=(span_of(text, "Курск и Гомель подписали соглашение."),))
    other = Cooperation(parties=parties, evidence=(span_of(text, "Завод договорился"),))
    facts = (main, other)
    assert [of_other_pairs(passage, facts, 0) for passage in doc.passages] == [
        False, expected, False]


NAMES = [
    # a sector named only inside an organization's name is the body's, not the deal's
    ("Банк «Север» и завод договорились о выпуске мебели.",
     {"org:Север": ["Банк «Север»"]}, {"forestry"}),
    # the same words outside a name stay
    ("Банк и завод договорились о выпуске мебели.", {}, {"finance", "forestry"}),
    # a name's sector stays when nothing outside names one
    ("Банк «Север» провёл встречу с гостями.",
     {"org:Север": ["Банк «Север»"]}, {"finance"}),
]


@pytest.mark.parametrize(("text", "names", "expected"), NAMES)
def test_an_event_drops_the_sectors_named_only_in_an_organizations_name(
        text: str, names: dict[str, list[str]], expected: set[str], tools: Toolkit) -> None:
    doc = with_entities(analyzed(text, tools), names)
    tokens = [token for passage in doc.passages for token in passage.tokens]
    event = Event(type="meeting", status="done", sectors=sectors_of(tokens),
                  evidence=(Span(0, len(text)),))
    found = sectors.extract(doc.replace(events=(event,)), tools)
    assert set(found.events[0].sectors) == expected
