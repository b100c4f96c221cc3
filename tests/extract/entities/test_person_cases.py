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
    # unchanged: a woman's name; a man's name already in the nominative; a name whose
    # first word ends in a vowel
    (person("Марина Петрова", "Марина Петрова"), "Марина Петрова"),
    (person("Александра Смирнова", "Александры Смирновой"), "Александра Смирнова"),
    (person("Игорь Луговой", "Игорь Луговой"), "Игорь Луговой"),
    (person("Нгуен Ван Ха", "Нгуен Ван Ха"), "Нгуен Ван Ха"),
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
    ("Делегация прибыла под руководством акима Карагандинской области Нурбека Аманова.",
     "Нурбек Аманов"),
    ("Переговоры прошли с руководителем аппарата губернатора М.К. Ахмедовым в Чите.",
     "М. К. Ахмедов"),
    ("Делегация встретилась с председателем комитета Гусевым А.Н.. Стороны обменялись "
     "мнениями о сотрудничестве.", "А. Н. Гусев"),
    ("Делегация Омской области во главе с губернатором Олегом Панковым посетила Павлодар.",
     "Олег Панков"),
]


@pytest.mark.parametrize(("text", "name"), SENTENCES)
def test_name_in_the_nominative(text: str, name: str, tools: Toolkit) -> None:
    assert name in {e.name for e in entities(text, tools) if e.type == "PER"}


def test_region_named_before_a_person(tools: Toolkit) -> None:
    text = "В Семее прошла встреча акима области Абай Берика Жаксылыкова с гостями."
    found = entities(text, tools)
    assert "Берик Жаксылыков" in {e.name for e in found if e.type == "PER"}
    assert "KZ-10" in {e.key for e in found if e.type == "GEO"}
    assert not any("Абай" in e.name for e in found if e.type == "PER")


@pytest.mark.parametrize("text", ["Пн Вт Ср Чт Птн Сбт Вск", "Пнд Втр Срд Чтв Птн Сбт Вск"])
def test_calendar_widget_names_no_one(text: str, tools: Toolkit) -> None:
    assert not [e for e in entities(text, tools) if e.type == "PER"]
