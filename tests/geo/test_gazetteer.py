"""Gazetteer: names in any case form, places in running text, adjectives, data integrity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.geo.places import read_place
from coopwatch.lexicon.datafiles import data_rows
from coopwatch.tools import Toolkit


@pytest.fixture(scope="session")
def gazetteer(tools: Toolkit) -> Gazetteer:
    return tools.gazetteer


RESOLVE = [
    # Russian federal subjects: official, short, colloquial names, abbreviations
    ("Смоленщины", "RU-SMO"),
    ("Смоленской области", "RU-SMO"),
    ("Татарстане", "RU-TA"),
    ("Республикой Татарстан", "RU-TA"),
    ("РТ", "RU-TA"),
    ("РС (Я)", "RU-SA"),
    # Chinese partner cities of regional news, by their province
    ("Ичунь", "geo:Ичунь"),
    ("Баоцзи", "geo:Баоцзи"),
    ("РС(Я)", "RU-SA"),
    ("Санкт-Петербургом", "RU-SPE"),
    ("Петербурге", "RU-SPE"),
    ("Питере", "RU-SPE"),
    ("Северной Пальмиры", "RU-SPE"),
    ("Северной столицы", "RU-SPE"),
    ("СПб", "RU-SPE"),
    ("Москве", "RU-MOW"),
    ("Подмосковья", "RU-MOS"),
    ("Кузбассе", "RU-KEM"),
    ("Приангарья", "RU-IRK"),
    ("Башкирии", "RU-BA"),
    ("Югре", "RU-KHM"),
    ("ХМАО", "RU-KHM"),
    ("Ханты-Мансийского автономного округа — Югры", "RU-KHM"),
    ("ЯНАО", "RU-YAN"),
    ("Кабардино-Балкарской Республике", "RU-KB"),
    ("Крыму", "RU-91"),
    ("ДНР", "RU-93"),
    ("Запорожской области", "RU-90"),
    # countries
    ("Поднебесной", "CN"),
    ("КНР", "CN"),
    ("Китайской Народной Республикой", "CN"),
    ("Беларуси", "BY"),
    ("Белоруссии", "BY"),
    ("Республике Беларусь", "BY"),
    ("Российской Федерации", "RU"),
    ("РФ", "RU"),
    ("Узбекистаном", "UZ"),
    ("Кыргызстана", "KG"),
    ("ОАЭ", "AE"),
    ("Соединёнными Штатами", "US"),
    ("Турции", "TR"),
    ("Белой Руси", "BY"),
    ("Страны восходящего солнца", "JP"),
    ("Острове Свободы", "CU"),
    # regions of partner countries
    ("провинции Чжэцзян", "CN-ZJ"),
    ("Фуцзяни", "CN-FJ"),
    ("Хэйлунцзяна", "CN-HL"),
    ("Внутренней Монголии", "CN-NM"),
    ("Синьцзян-Уйгурского автономного района", "CN-XJ"),
    ("Шанхае", "CN-SH"),
    ("Гомельщины", "BY-HO"),
    ("Могилевской области", "BY-MA"),
    ("Ташкентской области", "UZ-TO"),
    ("штата Гуджарат", "IN-GJ"),
    ("Западно-Казахстанской области", "KZ-27"),
    # federal districts and macro-regions
    ("ЦФО", "geo:Центральный федеральный округ"),
    ("Приволжском федеральном округе", "geo:Приволжский федеральный округ"),
    # the other abbreviation of the Far East district, and districts without «федеральный»
    ("ДВФО", "geo:Дальневосточный федеральный округ"),
    ("Дальневосточном округе", "geo:Дальневосточный федеральный округ"),
    ("Уральского округа", "geo:Уральский федеральный округ"),
    ("Сибирским округом", "geo:Сибирский федеральный округ"),
    ("Северо-Западе России", "geo:Северо-Запад"),
    # cities
    ("Ханчжоу", "geo:Ханчжоу"),
    ("Сямыне", "geo:Сямынь"),
    ("Минске", "geo:Минск"),
    ("городе Минске", "geo:Минск"),
    ("Шушарах", "geo:Шушары"),
    ("Ростова-на-Дону", "geo:Ростов-на-Дону"),
    ("Нижнем Новгороде", "geo:Нижний Новгород"),
    ("г. Казань", "geo:Казань"),
    ("Алма-Аты", "geo:Алматы"),
    ("Ташкенте", "geo:Ташкент"),
    # a capital's name as its own country spells it in Russian
    ("Улаанбаатаре", "geo:Улан-Батор"),
    # an indeclinable port name keeps its last letter (session 32, x… dev half)
    ("Туркменбаши", "geo:Туркменбаши"),
    ("Куляба", "geo:Куляб"),
]


@pytest.mark.parametrize(("name", "key"), RESOLVE)
def test_resolve(gazetteer: Gazetteer, name: str, key: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None and place.key == key


@pytest.mark.parametrize("name", [
    "рт", "область", "провинция", "Иванов", "сотрудничество", "",
    "столицы Беларуси",  # Минск, not Беларусь: "столица" is not a designator
    "Королёв",   # the surname first: a city only in a clear context
    "Пушкина",   # the surname Пушкин, not a form of Пушкино
])
def test_resolve_nothing(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.resolve(name) is None


FIND = [
    (
        "Вице-губернатор Санкт-Петербурга Кирилл Поляков прибыл в Минск.",
        [("Санкт-Петербурга", "RU-SPE"), ("Минск", "geo:Минск")],
    ),
    (
        "Президент РТ Рустам Минниханов встретился с делегацией провинции Чжэцзян.",
        [("РТ", "RU-TA"), ("Чжэцзян", "CN-ZJ")],
    ),
    (
        "Товарооборот Смоленщины и Республики Беларусь вырос на 12%.",
        [("Смоленщины", "RU-SMO"), ("Республики Беларусь", "BY")],
    ),
    (
        "Предприятия Северо-Запада России и ХМАО — Югры подписали соглашение.",
        [("Северо-Запада России", "geo:Северо-Запад"), ("ХМАО — Югры", "RU-KHM")],
    ),
    (
        "Завод в Шушарах будет выпускать автомобили для Поднебесной.",
        [("Шушарах", "geo:Шушары"), ("Поднебесной", "CN")],
    ),
    (
        "Выставка «Россия-Китай» прошла в Харбине.",
        [("Россия", "RU"), ("Китай", "CN"), ("Харбине", "geo:Харбин")],
    ),
    ("Губернатор Смоленской области посетил Гомель.",
     [("Смоленской области", "RU-SMO"), ("Гомель", "geo:Гомель")]),
    ("В городе Орле откроют производство.", [("Орле", "geo:Орёл")]),
    # the islands' short name in the genitive plural, which reads as a verb
    ("Японские суда ловят рыбу у Курил и Сахалина.",
     [("Курил", "geo:Курильские острова"), ("Сахалина", "RU-SAK")]),
    ("ТАТАРСТАН И КИТАЙ: новые проекты", [("ТАТАРСТАН", "RU-TA"), ("КИТАЙ", "CN")]),
    # «Ростов» of the news is Rostov-on-Don, the full name still read whole
    ("Мэр Ростова встретил делегацию в Ростове-на-Дону.",
     [("Ростова", "geo:Ростов-на-Дону"), ("Ростове-на-Дону", "geo:Ростов-на-Дону")]),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    mentions = gazetteer.find(text)
    assert [(m.text, m.place.key) for m in mentions] == expected
    for mention in mentions:
        assert text[mention.start:mention.stop] == mention.text


NO_PLACE = [
    "Орёл расправил крылья над полем.",           # sentence-initial ordinary word
    "Того же мнения придерживается министр.",     # pronoun, sentence-initial
    "Сергей Королёв и Владимир Путин.",           # persons, not cities
    "Памятник на улице Пушкина открыли вчера.",   # surname, not Пушкино
    "Контракт на 565 млн долларов США подписан.",  # currency
    "Мотоциклы «Минск» и клуб «Кубань».",         # names in quotes
    "торгово-экономическое сотрудничество области и края",
    "Поделиться: новости и комментарии",
    "Курил он много, но бросил.",                 # the verb opening a sentence
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_find_nothing(gazetteer: Gazetteer, text: str) -> None:
    assert gazetteer.find(text) == []


ADJECTIVES = [
    ("белорусского", ("BY",)),
    ("российско-китайского", ("RU", "CN")),
    ("китайских", ("CN",)),
    ("петербургские", ("RU-SPE",)),
    ("смоленских", ("RU-SMO",)),
    ("узбекистанской", ("UZ",)),
    ("татарстанских", ("RU-TA",)),
    ("Российско-Белорусский", ("RU", "BY")),
    ("казахстанско-узбекским", ("KZ", "UZ")),
    ("могилёвской", ("BY-MA",)),
    ("ханты-мансийского", ("RU-KHM",)),
    ("торгово-экономического", ()),
    ("уральский", ()),
    ("китаец", ()),
    # Russian regions and partner-country regions of regional economic news
    ("вологодских", ("RU-VLG",)),
    ("пермского", ("RU-PER",)),
    ("удмуртской", ("RU-UD",)),
    ("кузбасские", ("RU-KEM",)),
    ("тюменский", ("RU-TYU",)),
    ("красноярского", ("RU-KYA",)),
    ("липецкие", ("RU-LIP",)),
    ("мурманский", ("RU-MUR",)),
    ("чувашская", ("RU-CU",)),
    ("сахалинских", ("RU-SAK",)),
    ("волгоградские", ("RU-VGG",)),
    ("вятских", ("RU-KIR",)),
    ("горно-алтайской", ("RU-AL",)),
    ("самаркандской", ("UZ-SA",)),
    ("наманганского", ("UZ-NG",)),
    ("актюбинские", ("KZ-15",)),
    ("западно-казахстанской", ("KZ-27",)),
    ("карагандинского", ("KZ-35",)),
    ("хубэйской", ("CN-HB",)),
    ("шаньсийские", ("CN-SX",)),
    ("монгольских", ("MN",)),
    ("вьетнамской", ("VN",)),
    ("иранский", ("IR",)),
    ("турецкой", ("TR",)),
    ("астанинские", ("geo:Астана",)),
    ("португальского", ("PT",)),
    ("шри-ланкийской", ("LK",)),
    ("зимбабвийские", ("ZW",)),
    ("никарагуанской", ("NI",)),
    # a compound's first part that is a stem and «о», not an adjective of its own
    ("армяно-российского", ("AM", "RU")),
    ("туркмено-российских", ("TM", "RU")),
    ("татарстано-китайский", ("RU-TA", "CN")),
    ("амуро-китайской", ("RU-AMU", "CN")),
    ("армяно", ()),  # only before a hyphen
]


@pytest.mark.parametrize(("word", "keys"), ADJECTIVES)
def test_adjective(gazetteer: Gazetteer, word: str, keys: tuple[str, ...]) -> None:
    assert tuple(p.key for p in gazetteer.adjective(word)) == keys


# a city's adjective on a page that names the region around it and not the city
PAGE_ADJECTIVES = [
    ({"RU-MOS", "RU-KGN"}, "московской", ("RU-MOS",)),
    ({"RU-MOS", "RU-MOW"}, "московской", ("RU-MOW",)),
    ({"RU-KGN"}, "московской", ("RU-MOW",)),
    ({"RU-MOS"}, "курганской", ("RU-KGN",)),
]


@pytest.mark.parametrize(("named", "word", "keys"), PAGE_ADJECTIVES)
def test_adjective_on_a_page(gazetteer: Gazetteer, named: set[str], word: str,
                             keys: tuple[str, ...]) -> None:
    page = gazetteer.for_page(named)
    assert tuple(p.key for p in page.adjective(word)) == keys
    assert tuple(p.key for p in gazetteer.adjective("московской")) == ("RU-MOW",)


# Regions without an adjective of their own: the adjective is not in use (Коми, Макао),
# names something else too (еврейский; алматинский, минский, ташкентский, ошский — the
# cities; ферганский — the valley; чуйский — the Altai road), or the region is reached
# through its city (keyonly).
NO_ADJECTIVE = frozenset({"RU-KO", "RU-YEV", "CN-MO", "BY-MI", "KZ-19", "UZ-FA", "UZ-TO",
                          "KG-C", "KG-O"})


@pytest.mark.parametrize("country", ["RU", "CN", "BY", "KZ", "UZ", "KG"])
def test_every_region_has_its_adjective(gazetteer: Gazetteer, country: str) -> None:
    from coopwatch.geo.gazetteer import ADJECTIVE_FILE, PLACE_FILES

    with_adjective = {fields[0] for fields in data_rows(ADJECTIVE_FILE)}
    keyonly = {fields[0] for name in PLACE_FILES for fields in data_rows(name)
               if "keyonly" in read_place(fields)[1]}
    missing = [key for key in _regions(gazetteer, country)
               if key not in with_adjective | keyonly | NO_ADJECTIVE]
    assert missing == []


DEMONYMS = [
    ("вологжане", "RU-VLG"),
    ("вологжан", "RU-VLG"),
    ("петербуржцы", "RU-SPE"),
    ("петербуржцам", "RU-SPE"),
    ("москвичей", "RU-MOW"),
    ("татарстанцы", "RU-TA"),
    ("смоляне", "RU-SMO"),
    ("смолянами", "RU-SMO"),
    ("сахалинцев", "RU-SAK"),
    ("Сахалинцы", "RU-SAK"),
    ("казахстанцам", "KZ"),
    ("белорусы", "BY"),
    ("китайцев", "CN"),
    ("минчане", "geo:Минск"),
]


@pytest.mark.parametrize(("word", "key"), DEMONYMS)
def test_demonym(gazetteer: Gazetteer, word: str, key: str) -> None:
    place = gazetteer.demonym(word)
    assert place is not None and place.key == key


@pytest.mark.parametrize("word", ["жители", "специалисты", "китайский", "Белоруссия", "", "татары"])
def test_no_demonym(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.demonym(word) is None


@pytest.mark.parametrize(("name", "context", "key"), [
    ("Алтай", (), "RU-AL"),
    ("Алтая", ("geo:Барнаул",), "RU-ALT"),
    ("Алтае", ("RU-ALT", "CN"), "RU-ALT"),
    ("Алтай", ("RU-AL", "MN"), "RU-AL"),
    ("Алтай", ("geo:Горно-Алтайск",), "RU-AL"),
    ("Республика Алтай", ("RU-ALT",), "RU-AL"),
    ("Смоленщина", ("RU-ALT",), "RU-SMO"),
])
def test_resolve_in_context(gazetteer: Gazetteer, name: str, context: tuple[str, ...],
                            key: str) -> None:
    place = gazetteer.resolve(name, context)
    assert place is not None and place.key == key


@pytest.mark.parametrize(("text", "key"), [
    ("Губернатор прилетел в Барнаул. Делегация из Алтая приехала в Китай.", "RU-ALT"),
    ("Делегация из Алтая приехала в Монголию.", "RU-AL"),
])
def test_find_reads_altai_by_the_rest_of_the_text(gazetteer: Gazetteer, text: str,
                                                 key: str) -> None:
    altai = [m for m in gazetteer.find(text) if m.text == "Алтая"]
    assert [m.place.key for m in altai] == [key]


def test_word_lists_point_to_existing_places(gazetteer: Gazetteer) -> None:
    from coopwatch.geo.gazetteer import ADJECTIVE_FILE, ALTERNATIVES_FILE, DEMONYM_FILE

    keys = [fields[0] for name in (ADJECTIVE_FILE, DEMONYM_FILE) for fields in data_rows(name)]
    keys += [key for fields in data_rows(ALTERNATIVES_FILE) for key in fields[1:3]]
    assert [key for key in keys if key not in gazetteer.places] == []


def _regions(gazetteer: Gazetteer, country: str) -> list[str]:
    return [p.key for p in gazetteer.places.values()
            if p.geo_kind == "region" and p.within == country]


@pytest.mark.parametrize(("country", "count"), [
    ("RU", 89), ("CN", 34), ("BY", 7), ("KZ", 20), ("UZ", 14), ("KG", 9),
])
def test_first_level_divisions(gazetteer: Gazetteer, country: str, count: int) -> None:
    regions = _regions(gazetteer, country)
    assert len(regions) == count
    assert all(key.startswith(f"{country}-") for key in regions)


def test_federal_districts(gazetteer: Gazetteer) -> None:
    districts = [p for p in gazetteer.places.values() if p.geo_kind == "federal_district"]
    assert len(districts) == 8
    assert all(p.key == f"geo:{p.name}" and p.within == "RU" for p in districts)


def test_within_points_to_existing_places(gazetteer: Gazetteer) -> None:
    dangling = [p.key for p in gazetteer.places.values()
                if p.within is not None and p.within not in gazetteer.places]
    assert dangling == []


def test_keys_are_unique_and_well_formed() -> None:
    from coopwatch.geo.gazetteer import PLACE_FILES

    keys = [read_place(fields)[0].key for name in PLACE_FILES for fields in data_rows(name)]
    assert len(keys) == len(set(keys))
    for key in keys:
        assert key.startswith("geo:") or key.replace("-", "").isalnum(), key


def test_geo_keys_carry_the_canonical_name(gazetteer: Gazetteer) -> None:
    wrong = [p.key for p in gazetteer.places.values()
             if p.key.startswith("geo:") and p.key != f"geo:{p.name}"]
    assert wrong == []


def test_no_name_claimed_by_two_places(gazetteer: Gazetteer) -> None:
    assert gazetteer.collisions == []


def test_country_of_a_city(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("geo:Ханчжоу") == "CN"
    assert gazetteer.country("RU-SPE") == "RU"
    assert gazetteer.country("BY") == "BY"


def test_get(gazetteer: Gazetteer) -> None:
    place = gazetteer.get("RU-SPE")
    assert place is not None and place.name == "Санкт-Петербург" and place.within == "RU"
    assert gazetteer.get("XX-NOPE") is None


FRAGMENTS = [
    "Смоленщины", "Республикой Татарстан", "РТ", "рт", "Минске", "«Кубань»", "долларов США",
    "Орёл", "орёл", "Северо-Запада России", "ХМАО — Югры", "Поднебесной", "провинции Чжэцзян",
    "сотрудничество", "вырос на 12%", "Сергей Королёв", "Россия-Китай", ".", ",", "\n", " — ",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12))
def test_find_offsets_are_exact_and_agree_with_resolve(
    gazetteer: Gazetteer, parts: list[str]
) -> None:
    text = " ".join(parts)
    mentions = gazetteer.find(text)
    stops = [0, *(m.stop for m in mentions)]
    for mention, previous_stop in zip(mentions, stops, strict=False):
        assert mention.start >= previous_stop
        assert text[mention.start:mention.stop] == mention.text
        resolved = gazetteer.resolve(mention.text)
        assert resolved is not None and resolved.key == mention.place.key


# Chinese places spelled with «е» for some or all of their «э»; other places are not.
E_SPELLINGS = [
    ("Делегация провинции Хейлунцзян прибыла в Благовещенск.", "Хейлунцзян", "CN-HL"),
    ("Завод откроют в Шеньяне.", "Шеньяне", "geo:Шэньян"),
    ("Поставки в Хенань выросли.", "Хенань", "CN-HA"),
    ("Мост соединил Благовещенск и Хейхэ.", "Хейхэ", "geo:Хэйхэ"),
]


@pytest.mark.parametrize(("text", "name", "key"), E_SPELLINGS)
def test_chinese_names_with_e_for_e(gazetteer: Gazetteer, text: str, name: str,
                                    key: str) -> None:
    assert (name, key) in {(m.text, m.place.key) for m in gazetteer.find(text)}


def test_e_spellings_only_for_china(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Улан-Удэ") is not None
    assert gazetteer.resolve("Улан-Уде") is None  # a Russian city: no variant


# A settlement quoted after a border crossing's word is the place; other quoted names
# stay names of something else.
CHECKPOINTS = [
    ("Грузы прошли через МАПП «Кяхта» без задержек.", "Кяхта", True),
    ("Через ЖДПП «Наушки» завезли овощи.", "Наушки", True),
    ("Пункт пропуска «Забайкальск» работает круглосуточно.", "Забайкальск", True),
    ("Футболисты «Кубани» выиграли.", "Кубани", False),
    ("Завод «Кяхта» выпустил партию.", "Кяхта", False),
]


@pytest.mark.parametrize(("text", "name", "found"), CHECKPOINTS)
def test_settlement_quoted_after_a_checkpoint(gazetteer: Gazetteer, text: str, name: str,
                                              found: bool) -> None:
    assert (name in {m.text for m in gazetteer.find(text)}) is found


def test_mongolian_aimag_centres(gazetteer: Gazetteer) -> None:
    found = {(m.text, m.place.key) for m in gazetteer.find(
        "Рейсы из Кызыла в Улангом и Чойбалсан откроют.")}
    assert {("Улангом", "geo:Улангом"), ("Чойбалсан", "geo:Чойбалсан")} <= found
    city = gazetteer.get("geo:Улангом")
    assert city is not None and city.within == "MN-046"
