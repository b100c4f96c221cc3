"""First-level divisions of more partner countries (TJ, AM, TM, GE, MN, VN, IR, TR, IN, JP):
complete ISO 3166-2 lists, names in oblique cases in running text, capitals left to cities."""

from __future__ import annotations

import pycountry
import pytest

from coopwatch.geo.gazetteer import Gazetteer
from coopwatch.tools import Toolkit


@pytest.fixture(scope="session")
def gazetteer(tools: Toolkit) -> Gazetteer:
    return tools.gazetteer


# A sentence and the region key the name in it resolves to (the found mention).
IN_TEXT = [
    # a Mongolian aimag named by its adjective
    ("Делегация Ховдского аймака Монголии прибыла в Горно-Алтайск.", "Ховдского аймака",
     "MN-043"),
    # Serbia's autonomous provinces, Bosnia's entities, Gagauzia
    ("Делегация автономного края Воеводина посетила Нижний Новгород.",
     "Воеводина", "RS-VO"),
    ("Соглашение с Республикой Сербской подписано в Санкт-Петербурге.", "Республикой Сербской",
     "BA-SRP"),
    ("Глава Гагаузии встретился с губернатором.", "Гагаузии", "MD-GA"),
    # Japan's prefectures
    ("Делегация губернаторства Хоккайдо прибыла на Сахалин.", "Хоккайдо", "JP-01"),
    ("Рыбаки префектуры Ниигата заинтересованы в поставках.", "Ниигата", "JP-15"),
    ("Губернатор Тоттори посетил Владивосток.", "Тоттори", "JP-31"),
    # Tajikistan
    ("Прибыла делегация Хатлонской области.", "Хатлонской области", "TJ-KT"),
    ("Завод построят в Согдийской области.", "Согдийской области", "TJ-SU"),
    ("Поставки в Сугдскую область выросли.", "Сугдскую область", "TJ-SU"),
    ("Соглашение с руководством ГБАО подписано.", "ГБАО", "TJ-GB"),
    ("Проект в Горно-Бадахшанской автономной области одобрен.",
     "Горно-Бадахшанской автономной области", "TJ-GB"),
    # Armenia
    ("Фермеры Вайоцдзорской области получили гранты.", "Вайоцдзорской области", "AM-VD"),
    ("Туристы едут в Вайоц-Дзор.", "Вайоц-Дзор", "AM-VD"),
    ("Губернатор встретился с главой Ширакской области.", "Ширакской области", "AM-SH"),
    ("Рудник в Сюникской области расширят.", "Сюникской области", "AM-SU"),
    # Turkmenistan
    ("Хлопок из Лебапского велаята отправлен в порт.", "Лебапского велаята", "TM-L"),
    ("Делегация Ахалского велаята прибыла в Казань.", "Ахалского велаята", "TM-A"),
    ("Газ добывают в Марыйском велаяте.", "Марыйском велаяте", "TM-M"),
    # Georgia
    ("Вино из Кахетии поставят в Москву.", "Кахетии", "GE-KA"),
    ("Сотрудничество с Аджарией обсудили в Батуми.", "Аджарией", "GE-AJ"),
    ("Рейсы в Абхазию возобновят.", "Абхазию", "GE-AB"),
    ("Инвесторы пришли в Имеретию.", "Имеретию", "GE-IM"),
    # Mongolia
    ("Уголь добывают в Умнеговь.", "Умнеговь", "MN-053"),
    ("Туристы посетили Хубсугульский аймак.", "Хубсугульский аймак", "MN-041"),
    ("В Иркутск прибыл губернатор аймака Хубсугул.", "Хубсугул", "MN-041"),
    ("Делегация Южногобийского аймака прибыла в Иркутск.", "Южногобийского аймака", "MN-053"),
    ("Поставки в Дорноговь выросли.", "Дорноговь", "MN-063"),
    # Vietnam
    ("Завод открыт в провинции Бариа-Вунгтау.", "Бариа-Вунгтау", "VN-43"),
    ("Делегация из Кантхо прибыла в Москву.", "Кантхо", "VN-CT"),
    ("Курорты провинции Кханьхоа ждут россиян.", "Кханьхоа", "VN-34"),
    ("Уголь из Куангниня поставят в Китай.", "Куангниня", "VN-13"),
    # Iran
    ("Соглашение с провинцией Гилян подписано.", "Гилян", "IR-01"),
    ("Порт провинции Мазендеран принимает зерно.", "Мазендеран", "IR-02"),
    ("Товары из Гилянской провинции доставят по Каспию.", "Гилянской провинции", "IR-01"),
    ("Губернатор Голестана посетил Астрахань.", "Голестана", "IR-27"),
    ("Делегация Восточного Азербайджана прибыла в Казань.", "Восточного Азербайджана",
     "IR-03"),
    # Turkey
    ("Автозавод в Бурсе нарастил выпуск.", "Бурсе", "TR-16"),
    ("Делегация Коджаэли прибыла в Татарстан.", "Коджаэли", "TR-41"),
    ("Фабрики Газиантепа закупают хлопок.", "Газиантепа", "TR-27"),
    ("Землетрясение в провинции Кахраманмараш.", "Кахраманмараш", "TR-46"),
    # India
    ("Компании Кералы заинтересованы в поставках.", "Кералы", "IN-KL"),
    ("Правительство штата Телангана одобрило проект.", "Телангана", "IN-TS"),
    ("Порты Андхра-Прадеша принимают уголь.", "Андхра-Прадеша", "IN-AP"),
    ("Делегация из Раджастхана прибыла в Москву.", "Раджастхана", "IN-RJ"),
]


@pytest.mark.parametrize(("text", "name", "key"), IN_TEXT)
def test_found_in_text(gazetteer: Gazetteer, text: str, name: str, key: str) -> None:
    mentions = [m for m in gazetteer.find(text) if m.text == name]
    assert [m.place.key for m in mentions] == [key]


RESOLVE = [
    # a Kazakh region by the name it had until 2018, and its initials
    ("Южно-Казахстанской области", "KZ-61"),
    ("ЮКО", "KZ-61"),
    # the hyphenated spelling of Kyzylorda and its region
    ("Кызыл-Орде", "geo:Кызылорда"),
    ("Кызыл-Ординской области", "KZ-43"),
    ("Хатлонской области", "TJ-KT"),
    ("Хатлоне", "TJ-KT"),
    ("Сугдской области", "TJ-SU"),
    ("районах республиканского подчинения", "TJ-RA"),
    ("Котайкской области", "AM-KT"),
    ("Тавушем", "AM-TV"),
    ("Дашогузского велаята", "TM-D"),
    ("Балканском велаяте", "TM-B"),
    ("Самцхе-Джавахети", "GE-SJ"),
    ("Гурии", "GE-GU"),
    ("Сухэбаторского аймака", "MN-051"),
    ("Центральном аймаке", "MN-047"),
    ("Бариа-Вунгтау", "VN-43"),
    ("провинции Тханьхоа", "VN-21"),
    ("провинции Гилян", "IR-01"),
    ("Гилянской провинцией", "IR-01"),
    ("провинции Фарс", "IR-07"),
    ("Хузестана", "IR-06"),
    ("Коджаэли", "TR-41"),
    ("Диярбакыра", "TR-21"),
    ("штата Керала", "IN-KL"),
    ("Западной Бенгалией", "IN-WB"),
    ("Джамму и Кашмире", "IN-JK"),
]


@pytest.mark.parametrize(("name", "key"), RESOLVE)
def test_resolve(gazetteer: Gazetteer, name: str, key: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None and place.key == key


# Capitals and provinces named like a city of cities.tsv are reached by key only: the
# name stays the city («в Душанбе» is geo:Душанбе, as «в Минске» is geo:Минск).
@pytest.mark.parametrize(("name", "key", "city"), [
    ("Душанбе", "TJ-DU", "geo:Душанбе"),
    ("Ереване", "AM-ER", "geo:Ереван"),
    ("Ашхабада", "TM-S", "geo:Ашхабад"),
    ("Тбилиси", "GE-TB", "geo:Тбилиси"),
    ("Улан-Баторе", "MN-1", "geo:Улан-Батор"),
    ("Ханое", "VN-HN", "geo:Ханой"),
    ("Хайфоне", "VN-HP", "geo:Хайфон"),
    ("Тегерана", "IR-23", "geo:Тегеран"),
    ("Стамбуле", "TR-34", "geo:Стамбул"),
    ("Анталье", "TR-07", "geo:Анталья"),
    ("Дели", "IN-DL", "geo:Нью-Дели"),
])
def test_city_name_stays_the_city(gazetteer: Gazetteer, name: str, key: str,
                                  city: str) -> None:
    place = gazetteer.resolve(name)
    assert place is not None and place.key == city
    assert gazetteer.get(key) is not None


# Names that are ordinary words, surnames or other places are not found in running text.
@pytest.mark.parametrize("text", [
    "Это был настоящий фарс, заявил депутат.",
    "Нигде больше такого нет.",
    "Курдистан провёл референдум.",
    "В Туве выросли надои.",
])
def test_no_region_in(gazetteer: Gazetteer, text: str) -> None:
    found = [m.place.key for m in gazetteer.find(text)]
    assert not any(key.split("-")[0] in {"IR", "TR", "MN"} for key in found)


COUNTRIES = ["TJ", "AM", "TM", "GE", "MN", "VN", "IR", "TR", "IN"]


@pytest.mark.parametrize("country", COUNTRIES)
def test_complete_iso_lists(gazetteer: Gazetteer, country: str) -> None:
    regions = {p.key for p in gazetteer.places.values()
               if p.geo_kind == "region" and p.within == country}
    iso = {s.code for s in pycountry.subdivisions.get(country_code=country)}
    assert regions == iso


# Ukraine's oblasts; the Russian subjects keep their own names.
UKRAINE = [
    ("Соглашение с Луганской областью подписали в Ростове.", "Луганской областью", "UA-09"),
    ("Поставки в Донецкую область выросли.", "Донецкую область", "UA-14"),
    ("Делегация Харьковской области прибыла в Белгород.", "Харьковской области", "UA-63"),
    ("Гости из Черниговщины посетили Брянск.", "Черниговщины", "UA-74"),
    ("Глава ЛНР встретился с губернатором.", "ЛНР", "RU-94"),
    ("Делегация Донецкой Народной Республики прибыла в Москву.",
     "Донецкой Народной Республики", "RU-93"),
]


@pytest.mark.parametrize(("text", "name", "key"), UKRAINE)
def test_ukrainian_oblasts(gazetteer: Gazetteer, text: str, name: str, key: str) -> None:
    assert (name, key) in {(m.text, m.place.key) for m in gazetteer.find(text)}


# German Länder, Khujand in Sughd, autonomous okrugs named without «автономный», Sukhum.
MORE_PLACES = [
    ("Делегация земли Бавария посетила Казань.", "Бавария", "DE-BY"),
    ("Завод в Нижней Саксонии закупит сырьё.", "Нижней Саксонии", "DE-NI"),
    ("Поставки в Саксонию-Анхальт выросли.", "Саксонию-Анхальт", "DE-ST"),
    ("Гости из Худжанда прибыли в Самару.", "Худжанда", "geo:Худжанд"),
    ("Соглашение с Ямало-Ненецким округом подписано.", "Ямало-Ненецким округом", "RU-YAN"),
    ("Чукотский округ наращивает добычу.", "Чукотский округ", "RU-CHU"),
    # Sukhum in Abkhazia, in the dative and in the Georgian spelling
    ("Помощь Сухуму выделена из бюджета.", "Сухуму", "geo:Сухум"),
    ("В Сухуми открылся форум.", "Сухуми", "geo:Сухум"),
    ("Делегация Республики Абхазия прибыла в Сочи.", "Республики Абхазия", "GE-AB"),
]


@pytest.mark.parametrize(("text", "name", "key"), MORE_PLACES)
def test_more_places(gazetteer: Gazetteer, text: str, name: str, key: str) -> None:
    assert (name, key) in {(m.text, m.place.key) for m in gazetteer.find(text)}


def test_khujand_lies_in_sughd(gazetteer: Gazetteer) -> None:
    city = gazetteer.get("geo:Худжанд")
    assert city is not None and city.within == "TJ-SU"
