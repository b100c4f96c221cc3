"""Professions, ranks and clerical titles (the rows of `titles.tsv` taken from the title
heads of person-title pairs in news), and what keeps a profession from being a post:
an honour («заслуженный художник»), a nationality («немецкий режиссёр»), a second
word for the person («певец и общественный деятель»)."""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)


# sentence, entities (key -> surface forms), expected {(person, title, of)}
PROFESSION_CASES = [
    ("Продюсер театра «Сфера» Ольга Дронова открыла сезон.",
     {"org:Сфера": ["театра «Сфера»"], "per:Ольга Дронова": ["Ольга Дронова"]},
     {("per:Ольга Дронова", "продюсер", "org:Сфера")}),
    ("Режиссёр театра «Сфера» Павел Юдин поставил новый спектакль.",
     {"org:Сфера": ["театра «Сфера»"], "per:Павел Юдин": ["Павел Юдин"]},
     {("per:Павел Юдин", "режиссер", "org:Сфера")}),
    ("Актриса МХТ Вера Лапина сыграла главную роль.",
     {"org:МХТ": ["МХТ"], "per:Вера Лапина": ["Вера Лапина"]},
     {("per:Вера Лапина", "актриса", "org:МХТ")}),
    ("Музыкант группы «Берег» Сергей Носов покинул коллектив.",
     {"org:Берег": ["группы «Берег»"], "per:Сергей Носов": ["Сергей Носов"]},
     {("per:Сергей Носов", "музыкант", "org:Берег")}),
    ("Политолог Фонда «Мост» Денис Ершов считает иначе.",
     {"org:Мост": ["Фонда «Мост»"], "per:Денис Ершов": ["Денис Ершов"]},
     {("per:Денис Ершов", "политолог", "org:Мост")}),
    ("Пилот команды «Вихрь» Марк Стоун выиграл гонку.",
     {"org:Вихрь": ["команды «Вихрь»"], "per:Марк Стоун": ["Марк Стоун"]},
     {("per:Марк Стоун", "пилот", "org:Вихрь")}),
    ("Голкипер «Зенита» Игорь Лунин пропустил два мяча.",
     {"org:Зенит": ["«Зенита»"], "per:Игорь Лунин": ["Игорь Лунин"]},
     {("per:Игорь Лунин", "голкипер", "org:Зенит")}),
    # ranks and clerical titles are posts without a body named
    ("Полковник Андрей Зимин возглавил штаб.",
     {"per:Андрей Зимин": ["Андрей Зимин"]},
     {("per:Андрей Зимин", "полковник", None)}),
    ("Муфтий Талгат Ибрагимов выступил с обращением.",
     {"per:Талгат Ибрагимов": ["Талгат Ибрагимов"]},
     {("per:Талгат Ибрагимов", "муфтий", None)}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), PROFESSION_CASES)
def test_professions_ranks_and_clerical_titles(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected


@pytest.mark.parametrize(("text", "entities"), [
    # a bare profession
    ("Актёр Павел Юдин приехал на фестиваль.", {"per:Павел Юдин": ["Павел Юдин"]}),
    # an honour, not a post
    ("В делегацию вошёл заслуженный художник России Иван Белов.",
     {"RU": ["России"], "per:Иван Белов": ["Иван Белов"]}),
    ("Выступил народный артист СССР Олег Рябов.",
     {"per:Олег Рябов": ["Олег Рябов"]}),
    # a nationality before a profession places no post
    ("Фильм снял Ганс Мюллер, немецкий режиссёр и сценарист.",
     {"DE": ["немецкий"], "per:Ганс Мюллер": ["Ганс Мюллер"]}),
    # a second word for the person after «и» says of nothing
    ("Олег Рябов, известный певец, актёр и общественный деятель, написал письмо.",
     {"per:Олег Рябов": ["Олег Рябов"]}),
])
def test_professions_that_name_no_post(
    text: str, entities: dict[str, list[str]], tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert doc.positions == ()


def test_honour_words_leave_posts_alone(tools: Toolkit) -> None:
    text = "Народный депутат Украины Иван Белов выступил в Раде."
    doc = positions.extract(document(text, tools, {
        "UA": ["Украины"], "per:Иван Белов": ["Иван Белов"]}), tools)
    assert {(p.title, p.of) for p in doc.positions} == {("народный депутат", "UA")}


# shapes of person-title pairs that NEREL train shows in several documents
SHAPE_CASES = [
    # a participle noun as title, whichever lemma the tagger gives it
    ("Нападающий «Торпедо» Олег Рябов забил гол.",
     {"org:Торпедо": ["«Торпедо»"], "per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "нападающий", "org:Торпедо")}),
    # a «зам-» word has no case of its own: the nominative name after it holds it
    ("Зампредседателя Совета ветеранов Анна Котова выступила на собрании.",
     {"org:Совет ветеранов": ["Совета ветеранов"], "per:Анна Котова": ["Анна Котова"]},
     {("per:Анна Котова", "зампредседателя", "org:Совет ветеранов")}),
    # «зам» as a word of its own, joined to the title after it
    ("В совещании участвовал первый зам министра финансов Олег Рябов.",
     {"per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "первый зам министра финансов", None)}),
    # an adverb of time between the apposition mark and the title
    ("Слово взял Иван Белов, ныне министр финансов Монголии.",
     {"MN": ["Монголии"], "per:Иван Белов": ["Иван Белов"]},
     {("per:Иван Белов", "министр финансов", "MN")}),
    ("Собрание открыл Олег Рябов, некогда секретарь парткома завода.",
     {"per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "секретарь парткома", None)}),
    # «и» after a quoted body joins a second body to the of-phrase
    ("Защитник «Торпедо» и сборной Беларуси Олег Рябов получил травму.",
     {"org:Торпедо": ["«Торпедо»"], "BY": ["Беларуси"], "per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "защитник", "org:Торпедо")}),
    # the number of a school or a hospital stays in the of-phrase
    ("Директор школы № 12 Анна Котова встретила гостей.",
     {"per:Анна Котова": ["Анна Котова"]},
     {("per:Анна Котова", "директор", None)}),
    # «с» inside a «по …» phrase stays in the of-phrase; a name after «с» does not
    ("Директор по связям с общественностью компании «Вега» Анна Котова отказалась "
     "от комментариев.",
     {"org:Вега": ["компании «Вега»"], "per:Анна Котова": ["Анна Котова"]},
     {("per:Анна Котова", "директор", "org:Вега")}),
    ("Министр по работе с молодёжью Олег Рябов и вице-губернатор с Иваном Беловым "
     "осмотрели стадион.",
     {"per:Олег Рябов": ["Олег Рябов"], "per:Иван Белов": ["Иваном Беловым"]},
     {("per:Олег Рябов", "министр", None)}),
    # a name in quotes may hold commas
    ("Лидер движения «Север, Юг и Запад», Олег Рябов, выступил на митинге.",
     {"org:Север, Юг и Запад": ["«Север, Юг и Запад»"], "per:Олег Рябов": ["Олег Рябов"]},
     {("per:Олег Рябов", "лидер", "org:Север, Юг и Запад")}),
    # feminine forms of professions
    ("Солистка группы «Пламя» Анна Котова покинула коллектив.",
     {"org:Пламя": ["группы «Пламя»"], "per:Анна Котова": ["Анна Котова"]},
     {("per:Анна Котова", "солистка", "org:Пламя")}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), SHAPE_CASES)
def test_title_shapes_from_news(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected


def test_a_genitive_deputy_title_before_a_nominative_name_is_still_whose(
    tools: Toolkit,
) -> None:
    text = "Биограф заместителя министра Джордж Бейкер написал книгу."
    doc = positions.extract(document(text, tools, {
        "per:Джордж Бейкер": ["Джордж Бейкер"]}), tools)
    assert doc.positions == ()


@pytest.mark.parametrize(("text", "entities", "expected"), [
    # «который» after the comma stands for the name before it, in whatever case
    ("Иван Белов, который возглавляет компанию «Вега», выступил на форуме.",
     {"org:Вега": ["«Вега»"], "per:Иван Белов": ["Иван Белов"]},
     {("per:Иван Белов", "глава", "org:Вега")}),
    ("Губернатор уволил Олега Рябова, который возглавлял фонд «Север».",
     {"org:Север": ["«Север»"], "per:Олег Рябов": ["Олега Рябова"]},
     {("per:Олег Рябов", "глава", "org:Север")}),
    # «руководить» says heading as «возглавлять» does
    ("Анна Котова успешно руководит банком «Вега».",
     {"org:Вега": ["«Вега»"], "per:Анна Котова": ["Анна Котова"]},
     {("per:Анна Котова", "глава", "org:Вега")}),
    # a «которого» is the object of the verb, not who heads
    ("Иван Белов хвалил Олега Рябова, которого возглавляет фонд «Север».",
     {"org:Север": ["«Север»"], "per:Иван Белов": ["Иван Белов"],
      "per:Олег Рябов": ["Олега Рябова"]},
     set()),
])
def test_heading_verbs_after_a_relative_pronoun(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    doc = positions.extract(document(text, tools, entities), tools)
    assert {(item.person, item.title, item.of) for item in doc.positions} == expected
