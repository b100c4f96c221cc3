"""People's names left in an oblique case on real pages (`person_cases`): a case ending
shared by the words of a name, a first name in an oblique case, a man's «-ов» surname
in the instrumental, initials beside a surname, a region before a name, a calendar
widget's weekdays."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.person_cases import fixed_person_cases
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity, Mention
from coopwatch.tools import Toolkit


def entities(text: str, tools: Toolkit) -> list[Entity]:
    return list(link(analyze(Document(id="t", text=text), tools), tools).entities)


def person(name: str, *written: str, aliases: tuple[str, ...] = ()) -> Entity:
    """A PER entity the first pass named `name`, seen as `written`."""
    mentions = tuple(Mention(start=10 * i, stop=10 * i + len(w), text=w, type="PER")
                     for i, w in enumerate(written))
    return Entity(key="per:" + name, type="PER", name=name, mentions=mentions,
                  aliases=aliases)


FIXES = [
    # the normalizer took the genitive «а» off the surname only
    (person("Нурбека Аманов", "Нурбека Аманова"), "Нурбек Аманов"),
    # the dative «у» off the first word only, two more words after it
    (person("Раджив Сингху Малхотра", "Радживу Сингху Малхотра"), "Раджив Сингх Малхотра"),
    # a first name the dictionary knows only in an oblique case
    (person("Иреной Петрович", "Иреной Петрович"), "Ирена Петрович"),
    (person("Берика Жаксылыков", "Берика Жаксылыкова"), "Берик Жаксылыков"),
    # a man's «-ов» surname read as the adjectival «-ой»
    (person("Олег Панковой", "Олегом Панковым"), "Олег Панков"),
    # initials: a surname in the instrumental, a stray dot of the sentence's end
    (person("М. К. Ахмедовым", "М.К. Ахмедовым"), "М. К. Ахмедов"),
    (person("И. Т. Соколов", "Соколовым И.Т..", aliases=("И.Т.. Соколов",)), "И. Т. Соколов"),
    # … or a woman's «-ов», «-ин» surname in an oblique case
    (person("Ф. Г. Фахрутдиновой", "Фахрутдиновой Ф.Г."), "Ф. Г. Фахрутдинова"),
    (person("Т. А. Ильиной", "Т.А. Ильиной"), "Т. А. Ильина"),
    # a Chinese given name in «-й» left in the instrumental
    (person("Юэ Юем", "Юэ Юем"), "Юэ Юй"),
    (person("Ли Хуэем", "Ли Хуэем"), "Ли Хуэй"),
    (person("Ли Цзинем", "Ли Цзинем"), "Ли Цзинем"),
    # … or in the genitive or the dative
    (person("Ван Сюэхуэя", "Ван Сюэхуэя"), "Ван Сюэхуэй"),
    (person("Ли Цзюньхуэю", "Ли Цзюньхуэю"), "Ли Цзюньхуэй"),
    (person("Ли Ся", "Ли Ся"), "Ли Ся"),
    # unchanged: a woman's first name in the nominative beside a surname the
    # normalizer made masculine
    (person("Гульнара Исмаилов", "Гульнара Исмаилова"), "Гульнара Исмаилов"),
    # unchanged: a woman's name; a man's name already in the nominative; a name whose
    # first word ends in a vowel
    (person("Марина Петрова", "Марина Петрова"), "Марина Петрова"),
    (person("Александра Смирнова", "Александры Смирновой"), "Александра Смирнова"),
    (person("Игорь Луговой", "Игорь Луговой"), "Игорь Луговой"),
    (person("Нгуен Ван Ха", "Нгуен Ван Ха"), "Нгуен Ван Ха"),
    # unchanged: a Chinese family name in front that the dictionary also reads as a
    # first name's genitive plural («Лян» of «Ляна», «Фань» of «Фаня»)
    (person("Лян Чжимин", "Лян Чжимином"), "Лян Чжимин"),
    (person("Фань Вэйго", "Фань Вэйго"), "Фань Вэйго"),
]


@pytest.mark.parametrize(("entity", "name"), FIXES)
def test_fixed_name(entity: Entity, name: str, tools: Toolkit) -> None:
    fixed = fixed_person_cases("", tools.morph, tools.gazetteer, [entity])
    assert [(e.name, e.key) for e in fixed] == [(name, "per:" + name)]


def test_initials_keep_the_written_forms_as_aliases(tools: Toolkit) -> None:
    fixed = fixed_person_cases("", tools.morph, tools.gazetteer,
                               [person("Т. Батбаяр", "Т.Батбаяр")])
    assert fixed[0].name == "Т. Батбаяр"
    assert {"Т.Батбаяр", "Т. Батбаяр", "Батбаяр Т."} <= {fixed[0].name, *fixed[0].aliases}


SENTENCES = [
    ("Губернатор провёл переговоры с заместителем губернатора провинции Цзилинь Юэ Юем.",
     "Юэ Юй"),
    ("Делегация прибыла под руководством акима Карагандинской области Нурбека Аманова.",
     "Нурбек Аманов"),
    ("Переговоры прошли с руководителем аппарата губернатора М.К. Ахмедовым в Чите.",
     "М. К. Ахмедов"),
    ("Делегация встретилась с председателем комитета Гусевым А.Н.. Стороны обменялись "
     "мнениями о сотрудничестве.", "А. Н. Гусев"),
    ("Делегация Омской области во главе с губернатором Олегом Панковым посетила Павлодар.",
     "Олег Панков"),
    # a man's patronymic in an oblique case gives the case of the whole name
    ("Губернатор поблагодарил акима Туркестанской области Дархана Сатыбалдиевича "
     "Сатыбалды Жумабаева за гостеприимство.", None),
    ("Губернатор поблагодарил акима области Даниала Маратовича Ахметова за работу.",
     "Даниал Ахметов"),
    ("Губернатор вручил награду Нурлану Болатовичу Жумабаеву.", "Нурлан Жумабаев"),
    ("Губернатор пообщался с Ерланом Бакытовичем Карабаевым.", "Ерлан Карабаев"),
    # a foreign first name in «-ы»: the genitive of one in «-а»
    ("Прошла встреча с премьер-министром Индии. Итоги визита премьер-министра Индии "
     "Нарендры Моди обсудили в Сочи.", "Нарендра Моди"),
    # a first name the dictionary knows only as a genitive plural of a woman's name
    ("Аким области Ерик Султанов встретился с послом России.", "Ерик Султанов"),
]


@pytest.mark.parametrize(("text", "name"), SENTENCES)
def test_name_in_the_nominative(text: str, name: str | None, tools: Toolkit) -> None:
    found = {e.name for e in entities(text, tools) if e.type == "PER"}
    if name is None:  # a name of four words: left as it was, but no oblique form
        assert not any(word.endswith("ича") for item in found for word in item.split())
    else:
        assert name in found


def test_region_named_before_a_person(tools: Toolkit) -> None:
    text = "В Семее прошла встреча акима области Абай Берика Жаксылыкова с гостями."
    found = entities(text, tools)
    assert "Берик Жаксылыков" in {e.name for e in found if e.type == "PER"}
    assert "KZ-10" in {e.key for e in found if e.type == "GEO"}
    assert not any("Абай" in e.name for e in found if e.type == "PER")


def test_city_named_before_a_person(tools: Toolkit) -> None:
    text = "На форуме выступил мэр города Цзямусы Ли Пин."
    start = text.index("Цзямусы")
    written = "Цзямусы Ли Пин"
    glued = Entity(key="per:" + written, type="PER", name=written, mentions=(
        Mention(start=start, stop=start + len(written), text=written, type="PER"),))
    found = fixed_person_cases(text, tools.morph, tools.gazetteer, [glued])
    assert [e.name for e in found if e.type == "PER"] == ["Ли Пин"]
    assert [e.type for e in found] == ["GEO", "PER"]


@pytest.mark.parametrize("text", ["Пн Вт Ср Чт Птн Сбт Вск", "Пнд Втр Срд Чтв Птн Сбт Вск"])
def test_calendar_widget_names_no_one(text: str, tools: Toolkit) -> None:
    assert not [e for e in entities(text, tools) if e.type == "PER"]


def test_initial_glued_before_an_organization_word(tools: Toolkit) -> None:
    text = "Серебро завоевала Д.Сарнай (до 57 кг), бронзу взял О.Тэмүүлэн."
    start = text.index("Сарнай")
    org = Entity(key="org:Сарнай", type="ORG", name="Сарнай", mentions=(
        Mention(start=start, stop=start + 6, text="Сарнай", type="ORG"),))
    found = fixed_person_cases(text, tools.morph, tools.gazetteer, [org])
    assert [(e.type, e.name, [m.text for m in e.mentions]) for e in found] == [
        ("PER", "Д. Сарнай", ["Д.Сарнай"])]
    assert "Д.Сарнай" in found[0].aliases


def test_organization_without_a_glued_initial_stays(tools: Toolkit) -> None:
    text = "Контракт получил завод Сарнай в Улан-Баторе. Д. Сарнай тут ни при чём."
    start = text.index("Сарнай")
    org = Entity(key="org:Сарнай", type="ORG", name="Сарнай", mentions=(
        Mention(start=start, stop=start + 6, text="Сарнай", type="ORG"),))
    assert fixed_person_cases(text, tools.morph, tools.gazetteer, [org]) == [org]


def org_at(text: str, written: str) -> Entity:
    start = text.index(written)
    return Entity(key="org:" + written, type="ORG", name=written, mentions=(
        Mention(start=start, stop=start + len(written), text=written, type="ORG"),))


def test_surname_in_an_oblique_case_taken_for_an_organization(tools: Toolkit) -> None:
    text = "Губернатор Олег Шапка провёл встречу. Об этом сообщил канал Шапки."
    start = text.index("Олег")
    per = Entity(key="per:Олег Шапка", type="PER", name="Олег Шапка", mentions=(
        Mention(start=start, stop=start + 10, text="Олег Шапка", type="PER"),))
    found = fixed_person_cases(text, tools.morph, tools.gazetteer, [per, org_at(text, "Шапки")])
    assert [(e.type, e.name, [m.text for m in e.mentions]) for e in found] == [
        ("PER", "Олег Шапка", ["Олег Шапка", "Шапки"])]


@pytest.mark.parametrize(("text", "word"), [
    # quoted: a name of its own
    ("Губернатор Олег Шапка открыл завод «Шапки».", "Шапки"),
    # a word that only starts like the surname
    ("Губернатор Иван Ростов посетил офис Ростеха.", "Ростеха"),
])
def test_organization_that_is_no_surname_form_stays(text: str, word: str,
                                                    tools: Toolkit) -> None:
    name = " ".join(text.split()[1:3])
    start = text.index(name)
    per = Entity(key="per:" + name, type="PER", name=name, mentions=(
        Mention(start=start, stop=start + len(name), text=name, type="PER"),))
    found = fixed_person_cases(text, tools.morph, tools.gazetteer, [per, org_at(text, word)])
    assert {e.type for e in found} == {"PER", "ORG"}


@pytest.mark.parametrize(("written", "kept"), [
    ("John Deere", False),
    ("New Holland", False),
    ("Джон Дир", True),
])
def test_name_in_latin_letters_is_no_person(written: str, kept: bool, tools: Toolkit) -> None:
    found = fixed_person_cases("", tools.morph, tools.gazetteer, [person(written, written)])
    assert bool(found) is kept


def test_place_cut_after_an_initial_stays(tools: Toolkit) -> None:
    text = "Выставка прошла в С.Петербург-Экспо. Гости из Н.Новгород приехали."
    start = text.index("Новгород")
    org = Entity(key="org:Новгород", type="ORG", name="Новгород", mentions=(
        Mention(start=start, stop=start + 8, text="Новгород", type="ORG"),))
    assert fixed_person_cases(text, tools.morph, tools.gazetteer, [org]) == [org]


INSTRUMENTAL_FIRST_NAMES = [
    # a foreign first name in the instrumental beside a surname that shows the case
    ("Губернатор встретился с министром Ивицей Дачичем в Белграде.", {"Ивица Дачич"}),
    ("Переговоры прошли с министром Горицей Маркичем в Загребе.", {"Горица Маркич"}),
    # unchanged: first names the dictionary knows
    ("Губернатор встретился с Никитой Ивановым и Ильей Петровым.",
     {"Никита Иванов", "Илья Петров"}),
]


@pytest.mark.parametrize(("text", "names"), INSTRUMENTAL_FIRST_NAMES)
def test_instrumental_foreign_first_name(text: str, names: set[str], tools: Toolkit) -> None:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    assert {e.name for e in doc.entities if e.type == "PER"} == names


def entity_at(text: str, kind: str, written: str, at: int = 0) -> Entity:
    """An entity of one mention: the `at`-th occurrence of `written` in `text`."""
    start = -1
    for _ in range(at + 1):
        start = text.index(written, start + 1)
    key = ("per:" if kind == "PER" else "geo:") + written
    return Entity(key=key, type=kind, name=written, mentions=(
        Mention(start=start, stop=start + len(written), text=written, type=kind),))


PLACES_TAKEN_FOR_PEOPLE = [
    # an unknown town named after its kind word, then alone as a subject
    ("Делегация города Ульсан прибыла в Находку. Ульсан славится верфями.", "Ульсан", True),
    # a word the dictionary only guesses to be a first name
    ("Мэр города Чханвон посетил порт. Чханвон ждёт гостей.", "Чханвон", True),
    # a surname the dictionary knows stays a person beside a town of that name
    ("Поезд прибыл в город Королёв. Королёв рассказал о планах.", "Королёв", False),
]


@pytest.mark.parametrize(("text", "word", "joined"), PLACES_TAKEN_FOR_PEOPLE)
def test_place_taken_for_a_person(text: str, word: str, joined: bool, tools: Toolkit) -> None:
    found = fixed_person_cases(text, tools.morph, tools.gazetteer, [
        entity_at(text, "GEO", word), entity_at(text, "PER", word, at=1)])
    assert [e.type for e in found] == (["GEO"] if joined else ["GEO", "PER"])
    assert len(found[0].mentions) == (2 if joined else 1)
