"""Places read from their NER spans and the gazetteer (`places`): regions listed by
their adjectives after the plural kind word they share, places named after a word for
their kind or by a word no dictionary knows."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def places(text: str, tools: Toolkit) -> dict[str, Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.key: e for e in doc.entities if e.type == "GEO"}


LISTS_AFTER_KIND = [
    # a colon opens the list
    ("Самара подписала соглашения с двумя областями: Андижанской и Ферганской.",
     {"UZ-AN", "UZ-FA"}, {"geo:Андижанской", "geo:Ферганский"}),
    # a dash, three items
    ("Делегации приехали из трёх областей — Брестской, Гомельской и Гродненской.",
     {"BY-BR", "BY-HO", "BY-HR"}, set()),
    # Russian regions after «краями:»
    ("Омск дружит с краями: Алтайским и Красноярским.", {"RU-ALT", "RU-KYA"}, set()),
]


@pytest.mark.parametrize(("text", "keys", "absent"), LISTS_AFTER_KIND)
def test_regions_listed_after_their_kind_word(text: str, keys: set[str], absent: set[str],
                                              tools: Toolkit) -> None:
    found = places(text, tools)
    assert keys <= found.keys()
    assert not absent & found.keys()


NOT_LISTS = [
    # an adjective after the colon that names no region of that kind
    ("Работа идёт по всем направлениям: Северным и Южным.", {"RU-SE"}),
]


@pytest.mark.parametrize(("text", "absent"), NOT_LISTS)
def test_no_region_without_a_kind_word_before_the_list(text: str, absent: set[str],
                                                        tools: Toolkit) -> None:
    assert not absent & places(text, tools).keys()


ADJECTIVES_OF_NOUNS = [
    # an adjective agreeing with the next adjective and noun, not «с Омском»
    ("На прошлом Омском инвестиционном форуме подписали пять соглашений.", "geo:Омск"),
    # an adjective of a district
    ("Новый склад открылся в Дзержинском районе.", "geo:Дзержинск"),
    # an adjective of a sea basin
    ("Суда работают в Каспийском регионе круглый год.", "geo:Каспийск"),
]


@pytest.mark.parametrize(("text", "key"), ADJECTIVES_OF_NOUNS)
def test_adjective_agreeing_with_its_noun_is_no_city(text: str, key: str,
                                                     tools: Toolkit) -> None:
    assert key not in places(text, tools)


CITIES_IN_INSTRUMENTAL = [
    ("Делегация встретилась с Красноярском и Омском.", {"geo:Красноярск", "geo:Омск"}),
    ("Минск связан с Брестом новым поездом.", {"geo:Минск", "geo:Брест"}),
]


@pytest.mark.parametrize(("text", "keys"), CITIES_IN_INSTRUMENTAL)
def test_city_in_the_instrumental_stays_a_city(text: str, keys: set[str],
                                               tools: Toolkit) -> None:
    assert keys <= places(text, tools).keys()


OTHER_READINGS = [
    # the NER's «Алтаем» on a page on Altai Krai
    ("Алтайский край развивает торговлю с Омской областью. Омск торгует с Алтаем давно.",
     "RU-ALT", "RU-AL"),
    # «Алтай» as a sentence's subject, Barnaul named before it
    ("В Барнауле прошла ярмарка. Алтай поставляет в Казахстан зерно.", "RU-ALT", "RU-AL"),
]


@pytest.mark.parametrize(("text", "key", "absent"), OTHER_READINGS)
def test_name_with_two_readings_follows_the_page(text: str, key: str, absent: str,
                                                 tools: Toolkit) -> None:
    found = places(text, tools)
    assert key in found
    assert absent not in found


def test_name_with_two_readings_keeps_its_first_reading_alone(tools: Toolkit) -> None:
    found = places("Республика Алтай приняла туристов. Алтай ждёт гостей летом.", tools)
    assert "RU-AL" in found
    assert "RU-ALT" not in found


FOREIGN_OBLIQUE = [
    # a Chinese city in the locative and the genitive
    ("Делегация Томска побывала в Цзинане.", "geo:Цзинан", "geo:Цзинана"),
    ("Делегация из Цзинана приехала в Томск.", "geo:Цзинан", "geo:Цзинана"),
    ("Выставка откроется в Хуньчуне летом.", "geo:Хуньчун", "geo:Хуньчуня"),
    # a soft stem in the genitive
    ("Контейнеры прибыли из Цзинмэня в Омск.", "geo:Цзинмэнь", "geo:Цзинмэнить"),
    # the instrumental
    ("Омск свяжут прямым рейсом с Хуньчуном.", "geo:Хуньчун", "geo:Хуньчуна"),
    # a feminine name in the genitive
    ("Делегация из Ташанты приехала в Бийск.", "geo:Ташанта", "geo:Ташант"),
]


@pytest.mark.parametrize(("text", "key", "absent"), FOREIGN_OBLIQUE)
def test_unknown_foreign_place_in_an_oblique_case(text: str, key: str, absent: str,
                                                  tools: Toolkit) -> None:
    found = places(text, tools)
    assert key in found
    assert absent not in found


def test_indeclinable_foreign_place_stays_as_written(tools: Toolkit) -> None:
    assert "geo:Ганьчжоу" in places("Завод построят в Ганьчжоу.", tools)


def test_unresolved_initials_stay_as_written(tools: Toolkit) -> None:
    found = places("Делегация РБ прибыла в Казань.", tools)
    assert "geo:РБ" in found
    assert "geo:РБы" not in found


SHARED_DISTRICT_WORD = [
    ("Товары везут в Уральский и Сибирский округа.",
     {"geo:Уральский федеральный округ", "geo:Сибирский федеральный округ"}),
    ("Вузы Приволжского и Дальневосточного округов создали консорциум.",
     {"geo:Приволжский федеральный округ", "geo:Дальневосточный федеральный округ"}),
]


@pytest.mark.parametrize(("text", "keys"), SHARED_DISTRICT_WORD)
def test_federal_districts_sharing_their_kind_word(text: str, keys: set[str],
                                                  tools: Toolkit) -> None:
    assert keys <= places(text, tools).keys()


ADJECTIVE_BEFORE_KIND = [
    # adjectives sharing a plural kind word, read alone by the NER model
    ("Министр провёл встречу с губернаторами Хубсугульского и Дорногобийского аймаков.",
     {"MN-041", "MN-063"}),
    # an adjective the NER model read alone, inside a name the gazetteer knows
    ("На форум приехала делегация Говь-Сумбэрского аймака и Булганского аймака.",
     {"MN-064", "MN-067"}),
]


@pytest.mark.parametrize(("text", "keys"), ADJECTIVE_BEFORE_KIND)
def test_region_adjective_before_its_kind_word(text: str, keys: set[str],
                                               tools: Toolkit) -> None:
    found = places(text, tools)
    assert keys <= found.keys()
    assert not any(key.startswith("geo:") for key in found)


AMBIGUOUS_PLURAL_KIND = [
    # «края» and «области» are also singular genitives
    ("Продукция идёт в Алтайский, Приморский, Хабаровский, Забайкальский края, Омскую, "
     "Томскую области.", {"RU-ALT", "RU-PRI", "RU-KHA", "RU-ZAB"}),
    ("Продажи растут в Урал, Алтайский, Приморский, Ставропольский, Забайкальский края.",
     {"RU-ALT", "RU-PRI", "RU-STA", "RU-ZAB"}),
]


@pytest.mark.parametrize(("text", "keys"), AMBIGUOUS_PLURAL_KIND)
def test_adjectives_share_a_kind_word_that_may_be_plural(text: str, keys: set[str],
                                                         tools: Toolkit) -> None:
    assert keys <= places(text, tools).keys()


SHARED_KIND_UNKNOWN = [
    # an adjective and a plural kind word the gazetteer does not know
    ("Договоры заключены между Свердловской и Пловдивской областями.",
     "geo:Пловдивская область", "geo:Пловдивская области"),
    ("Паводок затронул дома в Оймяконском и Момском районах.",
     "geo:Момский район", "geo:Момский районы"),
]


@pytest.mark.parametrize(("text", "key", "absent"), SHARED_KIND_UNKNOWN)
def test_unknown_place_before_a_shared_kind_word_in_the_singular(
        text: str, key: str, absent: str, tools: Toolkit) -> None:
    found = places(text, tools)
    assert key in found
    assert absent not in found


COORDINATED_UNKNOWN = [
    # adjectives before an unknown place's shared kind word name places of that kind
    ("Договоры заключены между Тюменской, Пловдивской и Варненской областями.",
     {"RU-TYU", "geo:Пловдивская область", "geo:Варненская область"}),
    ("Паводок затронул дома в Оймяконском и Момском районах.",
     {"geo:Оймяконский район", "geo:Момский район"}),
]


@pytest.mark.parametrize(("text", "keys"), COORDINATED_UNKNOWN)
def test_adjectives_share_the_kind_word_of_an_unknown_place(text: str, keys: set[str],
                                                            tools: Toolkit) -> None:
    assert keys <= places(text, tools).keys()


def test_no_place_of_adjectives_that_name_none(tools: Toolkit) -> None:
    found = places("Встреча прошла в Новом и Старом районах.", tools)
    assert not {"geo:Новый район", "geo:Старый район"} & found.keys()


AFTER_KIND_WORDS = [
    # a river the dictionary reads as a common noun, named alone later on the page
    ("Рыба погибла в реке Славянка, а экологи снова проверили Славянку.", "geo:Славянка",
     ["Славянка", "Славянку"]),
    # a port and a district whose names read as adjectives
    ("Нефть пошла в порт Козьмино по новой трубе.", "geo:Козьмино", ["Козьмино"]),
    ("Депутат района Отрадное выступил на собрании.", "geo:Отрадное", ["Отрадное"]),
    # a city named like a common noun
    ("Суд прошёл в городе Феникс в штате Аризона.", "geo:Феникс", ["Феникс"]),
    # a district named like a football club the dictionary knows
    ("Две бомбы взорвались в лондонском районе Челси.", "geo:Челси", ["Челси"]),
    # names no dictionary knows, whatever part of speech the tagger guessed
    ("Танкер прибыл в Бургас утром.", "geo:Бургас", ["Бургас"]),
    ("Штурм в Уэйко обсуждали годами.", "geo:Уэйко", ["Уэйко"]),
]


@pytest.mark.parametrize(("text", "key", "mentions"), AFTER_KIND_WORDS)
def test_place_after_its_kind_word_or_unknown_to_the_dictionary(
        text: str, key: str, mentions: list[str], tools: Toolkit) -> None:
    found = places(text, tools)
    assert key in found
    assert [m.text for m in found[key].mentions] == mentions


NO_KIND_WORD = [
    # the club, with no kind word before it
    ("Челси обыграл Арсенал со счётом 2:0.", "geo:Челси"),
    # a dictionary noun with no kind word for it anywhere on the page
    ("В Славянке нашли пятна нефти.", "geo:Славянка"),
    # an adverb opening a sentence
    ("Наиболее интересным назначением стал новый министр.", "geo:Наиболее"),
]


@pytest.mark.parametrize(("text", "absent"), NO_KIND_WORD)
def test_dictionary_word_without_a_kind_word_is_no_place(text: str, absent: str,
                                                        tools: Toolkit) -> None:
    assert absent not in places(text, tools)


def test_unknown_adjective_of_a_place_is_no_place(tools: Toolkit) -> None:
    found = places("Комбинат берёт сырьё с Карачаганакского месторождения в Казахстане.",
                   tools)
    assert "KZ" in found
    assert not any(key.startswith("geo:Карачаганак") for key in found)


# a place's adjective before a common noun names the place's people or firms, no place of
# its own; before «земля» it names the region
PEOPLE_OF_A_PLACE = [
    ("Белгородские свиноводы отправили в Китай первую партию свинины.", set()),
    ("Ивановские текстильщики откроют производство в Узбекистане.", {"UZ"}),
    ("Делегация побывала на Псковской земле.", {"RU-PSK"}),
]

# unchanged: a state named by its adjective and «государство» is a place
STATES = [
    ("Палестинцы связывают надежды с созданием Палестинского государства.", "Палестин"),
    ("Учения прошли в Южно-Китайском море.", "Южно-Китайск"),
]


@pytest.mark.parametrize(("text", "name"), STATES)
def test_a_place_named_by_its_adjective_and_kind_stays_a_place(text: str, name: str,
                                                                tools: Toolkit) -> None:
    assert any(key.startswith(f"geo:{name}") or len(key) == 2 for key in places(text, tools))


@pytest.mark.parametrize(("text", "keys"), PEOPLE_OF_A_PLACE)
def test_people_of_a_place_are_no_place(text: str, keys: set[str], tools: Toolkit) -> None:
    found = places(text, tools)
    assert not any(key.startswith("geo:") for key in found)
    assert keys <= found.keys()


# a place the gazetteer does not know, named by an adjective and a kind noun in an
# oblique case: both words in the nominative; an adjective the dictionary knows keeps
# the form the dictionary gives it
ADJECTIVE_AND_KIND = [
    ("Помощь доставлена в школы Скадовского округа.", "geo:Скадовский округ"),
    ("Город Хэган установил побратимские отношения с Вилюйским улусом.",
     "geo:Вилюйский улус"),
    ("Делегация посетила предприятия Артёмовского городского округа.",
     "geo:Артёмовский городской округ"),
]


@pytest.mark.parametrize(("text", "key"), ADJECTIVE_AND_KIND)
def test_adjective_and_kind_in_the_nominative(text: str, key: str, tools: Toolkit) -> None:
    assert key in places(text, tools)
