"""People's names fixed on real pages (`person_forms`): a name in «-й» seen in an
oblique case, a woman's surname next to an uninflected first name, a place in Kazakh
letters taken for a person."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.person_forms import fixed_people
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def people(text: str, tools: Toolkit) -> list[Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return [e for e in doc.entities if e.type == "PER"]


NAMES = [
    # a Chinese given name in «-й» in the instrumental
    ("Губернатор провёл переговоры с вице-губернатором провинции Ляонин Лю Вэем.",
     "Лю Вэй"),
    ("Губернатор встретился с председателем народного правительства Ван Хуэем.",
     "Ван Хуэй"),
    # a woman's surname next to an uninflected Central Asian first name
    ("На встрече присутствовала председатель диаспоры Айгуль Жумабаева.",
     "Айгуль Жумабаева"),
    ("В мероприятии приняла участие заместитель министра Гульнур Исмаилова.",
     "Гульнур Исмаилова"),
    # a clipped title the model takes into the name, known only as written
    ("Замгубернатора Архипов рассказал о поставках зерна в Казахстан.", "Архипов"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name_in_the_nominative(text: str, name: str, tools: Toolkit) -> None:
    assert name in {e.name for e in people(text, tools)}


def person(name: str, *written: str) -> Entity:
    """A PER entity the first pass named `name`, seen as `written`."""
    mentions = tuple(Mention(start=10 * i, stop=10 * i + len(w), text=w, type="PER")
                     for i, w in enumerate(written))
    return Entity(key="per:" + name, type="PER", name=name, mentions=mentions)


FIXES = [
    # the «й» of a given name lost with an oblique ending
    (person("Чжу Цзю", "Чжу Цзюем"), "Чжу Цзюй"),
    (person("Ли Хуэ", "Ли Хуэя", "Ли Хуэю"), "Ли Хуэй"),
    # a woman's surname beside an uninflected first name
    (person("Айгуль Жумабаев", "Айгуль Жумабаева"), "Айгуль Жумабаева"),
    (person("Гульнур Исмаилов", "Гульнур Исмаилова"), "Гульнур Исмаилова"),
    # unchanged: a man's name declined as a whole; a surname seen in the masculine too
    (person("Нурлан Жумабаев", "Нурлана Жумабаева"), "Нурлан Жумабаев"),
    (person("Али Асадов", "Али Асадова"), "Али Асадов"),
    (person("Айдар Бекмуратов", "Айдар Бекмуратова", "Айдар Бекмуратов"),
     "Айдар Бекмуратов"),
    # unchanged: a name ending in a vowel seen as written
    (person("Мария Ли", "Мария Ли"), "Мария Ли"),
]


@pytest.mark.parametrize(("entity", "name"), FIXES)
def test_fixed_name(entity: Entity, name: str, tools: Toolkit) -> None:
    fixed = fixed_people("", tools.morph, tools.gazetteer, [entity])
    assert [(e.name, e.key) for e in fixed] == [(name, "per:" + name)]


def test_man_in_the_genitive_keeps_the_masculine(tools: Toolkit) -> None:
    text = "Делегацию принял помощник Нурлана Жумабаева."
    names = {e.name for e in people(text, tools)}
    assert "Нурлан Жумабаев" in names


def test_kazakh_place_is_no_person(tools: Toolkit) -> None:
    assert fixed_people("", tools.morph, tools.gazetteer, [person("Ақтөбе", "Ақтөбе")]) == []
    kept = person("Қасым Әлиев", "Қасым Әлиев")
    assert fixed_people("", tools.morph, tools.gazetteer, [kept]) == [kept]


def test_quoted_name_is_a_title(tools: Toolkit) -> None:
    text = "Стартовала программа «Жить Хорошо» для пенсионеров."
    start = text.index("Жить")
    quoted = Entity(key="per:Жить Хорошо", type="PER", name="Жить Хорошо", mentions=(
        Mention(start=start, stop=start + 11, text="Жить Хорошо", type="PER"),))
    assert fixed_people(text, tools.morph, tools.gazetteer, [quoted]) == []


def test_title_with_its_adjectives_names_no_one(tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer,
                         [person("Чрезвычайного Посол", "Чрезвычайного Посла")])
    assert found == []


def test_place_before_a_full_name(tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer,
                         [person("Харбин Чжан Юнмин", "Харбина Чжан Юнмином")])
    assert [(e.name, [m.text for m in e.mentions]) for e in found] == [
        ("Чжан Юнмин", ["Чжан Юнмином"]), ("Харбин", ["Харбина"])]


# a country, or a Chinese city the dictionary guesses is a name, before a full name
PLACES_BEFORE = [
    ("Мьянма Тит Линн Оун", "Мьянма Тит Линн Оуном", "Тит Линн Оун"),
    ("Хейхе Ху Дуншен", "Хейхе Ху Дуншеном", "Ху Дуншен"),
]


@pytest.mark.parametrize(("name", "written", "expected"), PLACES_BEFORE)
def test_country_or_chinese_city_before_a_full_name(name: str, written: str, expected: str,
                                                     tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer, [person(name, written)])
    assert expected in [e.name for e in found if e.type == "PER"]
    assert name not in [e.name for e in found]


def test_place_before_initials(tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer,
                         [person("П. Лхагважав", "Хувсгел П. Лхагважав")])
    assert [(e.key, [m.text for m in e.mentions]) for e in found] == [
        ("per:П. Лхагважав", ["П. Лхагважав"]), ("MN-041", ["Хувсгел"])]


def test_first_name_alone_joins_the_full_name(tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer, [
        person("Раджеш Кумар", "Раджешем Кумаром"), person("Раджеш", "Раджеш")])
    assert [(e.name, len(e.mentions)) for e in found] == [("Раджеш Кумар", 2)]


def test_first_name_of_two_people_stays(tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer, [
        person("Раджеш Кумар", "Раджеш Кумар"), person("Раджеш Шарма", "Раджеш Шарма"),
        person("Раджеш", "Раджеш")])
    assert len(found) == 3


CAPITAL_SURNAMES = [
    ("В приёме участвовали посол Перу Хосе Луис ПАРЕДЕС, советник-посланник Мария "
     "Елена ТОРРЕС и консул.", {"Хосе Луис Паредес", "Мария Елена Торрес"}),
    ("На встрече присутствовал первый секретарь посольства Эдуард МБАЛАНГА.",
     {"Эдуард Мбаланга"}),
    # a first name in an oblique case puts the whole name in the nominative
    ("По словам акима области Бахыта КУЛЬГИНОВА, торговля растёт.", {"Бахыт Кульгинов"}),
    ("Встреча с министром Маратом КАРИНЫМ прошла в Астане.", {"Марат Карин"}),
    # a place's name as a first name before a surname of a Russian form in capitals
    ("По словам акима области Алтая ЖУНУСОВА, торговля растёт.", {"Алтай Жунусов"}),
]


@pytest.mark.parametrize(("text", "names"), CAPITAL_SURNAMES)
def test_surname_in_capitals(text: str, names: set[str], tools: Toolkit) -> None:
    assert names <= {e.name for e in people(text, tools)}


NOT_CAPITAL_SURNAMES = [
    # an abbreviation after a capitalized word
    "Сотрудники Министерства МВД провели проверку.",
    "Делегация посетила завод Гродно АЗОТ в пятницу.",
]


@pytest.mark.parametrize("text", NOT_CAPITAL_SURNAMES)
def test_abbreviation_is_no_surname(text: str, tools: Toolkit) -> None:
    assert not any(word.isupper() for e in people(text, tools)
                   for m in e.mentions for word in m.text.split())


EAST_ASIAN = [
    # the family name in front declined, the short given names left as written
    (person("Нгуеном Ван Хунг", "Нгуеном Ван Хунг"), "Нгуен Ван Хунг"),
    (person("Фаму Минь Тинь", "Фаму Минь Тинь"), "Фам Минь Тинь"),
    # a given name in «-н» declined after an undeclined family name
    (person("Чжоу Цзяньпина", "Чжоу Цзяньпина"), "Чжоу Цзяньпин"),
    (person("Ван Сюэляну", "Ван Сюэляну"), "Ван Сюэлян"),
    # the last of two given syllables in «-н» declined
    (person("Хо Ван Мина", "Хо Ван Мина"), "Хо Ван Мин"),
    (person("Ле Тхи Лану", "Ле Тхи Лану"), "Ле Тхи Лан"),
    # unchanged: a last syllable ending in a vowel or too short to be declined
    (person("Хо Ван Тхо", "Хо Ван Тхо"), "Хо Ван Тхо"),
    (person("Ле Тхи На", "Ле Тхи На"), "Ле Тхи На"),
    # unchanged: a Russian name, a given name ending in a vowel, a short given name
    (person("Лия Ахмедова", "Лия Ахмедова"), "Лия Ахмедова"),
    (person("Ли Хуа", "Ли Хуа"), "Ли Хуа"),
    (person("Ли На", "Ли На"), "Ли На"),
]


@pytest.mark.parametrize(("entity", "name"), EAST_ASIAN)
def test_east_asian_name_in_the_nominative(entity: Entity, name: str, tools: Toolkit) -> None:
    fixed = fixed_people("", tools.morph, tools.gazetteer, [entity])
    assert [e.name for e in fixed] == [name]


FAMILY_NAME_BEFORE = [
    # a one-syllable family name the NER model leaves out, taken in; a soft given name
    ("Орден вручили мастеру У Биню за вклад в спорт.", {"У Бинь"}),
    ("Встреча с президентом Во Ван Тхыонгом прошла в Ханое.", {"Во Ван Тхыонг"}),
    ("Делегацию возглавил заместитель мэра Е Минем из Харбина.", {"Е Минь"}),
    ("Губернатор переговорил с Нгуен Ван Тханем о поставках.", {"Нгуен Ван Тхань"}),
    ("Прибыл премьер Фам Минь Тьинь. Губернатор встретил Фам Минь Тьиня в аэропорту.",
     {"Фам Минь Тьинь"}),
    # unchanged: a capital «У», «Во» at a sentence start is a preposition
    ("У Ли Хуэя много планов. Во Вьетнаме его ждут.", {"Ли Хуэй"}),
    # unchanged: a given name ending in a vowel, a short one
    ("Министр Лю Сю прибыл в Пекин вместе с Ли Ся.", {"Лю Сю", "Ли Ся"}),
]


@pytest.mark.parametrize(("text", "names"), FAMILY_NAME_BEFORE)
def test_east_asian_family_name_and_soft_given_name(text: str, names: set[str],
                                                    tools: Toolkit) -> None:
    assert {e.name for e in people(text, tools)} == names


SHORT_FORMS = [
    # a long foreign name shortened after: one person, the short form an alias
    ("Посол Мексики Хосе Антонио Гарсия Лопес прибыл в Казань. Хосе Лопес рассказал о "
     "поставках.", {"Хосе Антонио Гарсия Лопес": "Хосе Лопес"}),
    ("Президент Бразилии Луис Инасиу Лула да Силва прибыл в Москву. Лула да Силва "
     "обсудил поставки.", {"Луис Инасиу Лула да Силва": "Лула да Силва"}),
    # unchanged: the name after «бин» is the father's
    ("В Казань прибыл Мухаммед бин Салман Аль Сауд. Ранее Салман Аль Сауд подписал указ.",
     {"Мухаммед бин Салман Аль Сауд": None, "Салман Аль Сауд": None}),
]


@pytest.mark.parametrize(("text", "names"), SHORT_FORMS)
def test_short_form_of_a_long_name(text: str, names: dict[str, str | None],
                                   tools: Toolkit) -> None:
    found = {e.name: e.aliases for e in people(text, tools)}
    assert set(found) == set(names)
    for name, alias in names.items():
        assert alias is None or alias in found[name]


EAST_ASIAN_BOUNDS = [
    # a town in the genitive the gazetteer does not know, before a Chinese name
    ("Прибыл заместитель мэра Народного правительства Ханьданя У Цзиньлян.", {"У Цзиньлян"}),
    ("Мэр встретился с секретарем комитета компартии Фуюаня Чжоу Хуном.", {"Чжоу Хун"}),
    # the family name stays first though the given name reads as a Russian name
    ("Приехал заместитель директора Ли Хай и другие гости.", {"Ли Хай"}),
    # unchanged: a Vietnamese family name outside the list, a first name before it
    ("Делегацию возглавил посол Вьетнама Чыонг Тан Шанг.", {"Чыонг Тан Шанг"}),
    ("С делегацией прибыла Анна Ли Мин.", {"Анна Ли Мин"}),
    # «Шейх» at a sentence start is no part of the name
    ("Шейх Ахмед бен Насер Аль Тани прибыл в Казань.", {"Ахмед бен Насер Аль Тани"}),
]


@pytest.mark.parametrize(("text", "names"), EAST_ASIAN_BOUNDS)
def test_bounds_and_order_of_a_name(text: str, names: set[str], tools: Toolkit) -> None:
    assert {e.name for e in people(text, tools)} == names


NAMESAKES = [
    # a name only after «имени» / «им.» is a place's namesake
    ("Делегация посетила ИТ-парк им. Башира Рамеева и театр имени Галиасгара Камала.",
     set()),
    ("Студенты университета имени Ивана Сидорова приехали в Минск.", set()),
    # named again outside the place's name: a person
    ("Губернатор вручил премию имени Ивана Петрова. Иван Петров был инженером.",
     {"Иван Петров"}),
]


@pytest.mark.parametrize(("text", "names"), NAMESAKES)
def test_namesake_of_a_place(text: str, names: set[str], tools: Toolkit) -> None:
    assert {e.name for e in people(text, tools)} == names



PLACE_LIKE = [
    # a town's name in an oblique case the dictionary reads first as a place
    (person("Ростов", "Ростову"), False),
    (person("Саратов", "Саратове"), False),
    # a lemma ending like a town's name, known to no dictionary
    (person("Нефтеград", "Нефтеграда"), False),
    (person("Кедровск", "Кедровск"), False),
    # kept: surnames, also those the dictionary knows as a town too
    (person("Пушкин", "Пушкина"), True),
    (person("Мустафаев", "Мустафаев"), True),
    (person("Королёв", "Королёва"), True),
    # kept: a full name is never one place word
    (person("Иван Градск", "Иван Градск"), True),
]


@pytest.mark.parametrize(("entity", "kept"), PLACE_LIKE)
def test_one_word_place_is_no_person(entity: Entity, kept: bool, tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer, [entity])
    assert [e.name for e in found if e.type == "PER"] == ([entity.name] if kept else [])


def test_one_word_place_the_gazetteer_knows_is_the_place(tools: Toolkit) -> None:
    (found,) = fixed_people("", tools.morph, tools.gazetteer, [person("Саратов", "Саратове")])
    assert found.type == "GEO"


LEGAL_FORM = [
    # a name ending in a legal form is a company's
    (person("Ланьтянь Co", "Ланьтянь Co"), False),
    (person("Хэбэй Ltd", "Хэбэй Ltd"), False),
    (person("Сибирь ООО", "Сибирь ООО"), False),
    # kept: a person's name, one word that happens to be a legal form too
    (person("Ли Мин", "Ли Мин"), True),
    (person("Анна Ко", "Анна Ко"), True),
]


@pytest.mark.parametrize(("entity", "kept"), LEGAL_FORM)
def test_name_ending_in_a_legal_form_is_no_person(entity: Entity, kept: bool,
                                                  tools: Toolkit) -> None:
    found = fixed_people("", tools.morph, tools.gazetteer, [entity])
    assert [e.name for e in found] == ([entity.name] if kept else [])


# a first name the NER model took alone, and a capitalized common noun after it
@pytest.mark.parametrize(("text", "name"), [
    ("Делегацию возглавил заместитель министра земли Саксония Михаэль Рост.",
     "Михаэль Рост"),
])
def test_a_common_noun_after_a_first_name_is_the_surname(text: str, name: str,
                                                         tools: Toolkit) -> None:
    start = text.index("Михаэль")
    first = Entity(key="per:Михаэль", type="PER", name="Михаэль", mentions=(
        Mention(start=start, stop=start + 7, text="Михаэль", type="PER"),))
    found = fixed_people(text, tools.morph, tools.gazetteer, [first])
    assert [e.name for e in found] == [name]
