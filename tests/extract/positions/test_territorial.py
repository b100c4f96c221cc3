"""A title held in a body that governs a territory is a title of the territory."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit

# sentence, entities (key -> surface forms), expected (person, title, of)
CASES = [
    ("Губернатор провёл встречу с председателем Народного комитета провинции Лаокай "
     "Нгуеном Ван Линем.",
     {"org:Народный комитет провинции Лаокай": ["Народного комитета провинции Лаокай"],
      "VN-02": ["провинции Лаокай"], "per:Нгуен Ван Линь": ["Нгуеном Ван Линем"]},
     ("per:Нгуен Ван Линь", "председатель народного комитета", "VN-02")),
    ("Соглашение подписал председатель Витебского областного исполнительного комитета "
     "Игорь Рядов.",
     {"org:Витебский областной исполнительный комитет": [
         "Витебского областного исполнительного комитета"],
      "per:Игорь Рядов": ["Игорь Рядов"]},
     ("per:Игорь Рядов", "председатель областного исполнительного комитета", "BY-VI")),
    ("В переговорах участвовал глава Законодательного Собрания Омской области Сергей Маров.",
     {"org:Законодательное Собрание Омской области": [
         "Законодательного Собрания Омской области"],
      "RU-OMS": ["Омской области"], "per:Сергей Маров": ["Сергей Маров"]},
     ("per:Сергей Маров", "глава законодательного собрания", "RU-OMS")),
    # a legislature named by its territory's adjective
    ("В заседании участвовал председатель Курского областного Совета народных депутатов "
     "Пётр Иванов.",
     {"org:Курский областной Совет народных депутатов": [
         "Курского областного Совета народных депутатов"],
      "per:Пётр Иванов": ["Пётр Иванов"]},
     ("per:Пётр Иванов", "председатель областного совета народных депутатов", "RU-KRS")),
    # a title that already ends with the body's words does not take them twice
    ("Встречу провёл заместитель председателя Законодательного собрания Омской области "
     "Иван Петров.",
     {"org:Законодательное собрание Омской области": [
         "Законодательного собрания Омской области"],
      "RU-OMS": ["Омской области"], "per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "заместитель председателя законодательного собрания", "RU-OMS")),
    # a district's executive committee, a province's consultative council
    ("Подписями обменялись руководитель Исполкома Заинского района Иван Петров и мэр "
     "города-побратима.",
     {"org:Исполком Заинского района": ["Исполкома Заинского района"],
      "geo:Заинский район": ["Заинского района"], "per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "руководитель исполкома", "geo:Заинский район")),
    ("Делегацию принял председатель Народного политического консультативного совета "
     "провинции Хунань Ли Мин.",
     {"org:Народный политический консультативный совет провинции Хунань": [
         "Народного политического консультативного совета провинции Хунань"],
      "CN-HN": ["провинции Хунань"], "per:Ли Мин": ["Ли Мин"]},
     ("per:Ли Мин", "председатель народного политического консультативного совета",
      "CN-HN")),
    # a national chamber named with its country
    ("В Минске прошла встреча с председателем Совета Республики Беларусь Анной Ивановой.",
     {"org:Совет Республики Беларусь": ["Совета Республики Беларусь"],
      "BY": ["Беларусь"], "geo:Минск": ["Минске"], "per:Анна Иванова": ["Анной Ивановой"]},
     ("per:Анна Иванова", "председатель совета республики", "BY")),
    ("Завод открыл заместитель председателя Государственной Думы Российской Федерации "
     "Иван Сидоров.",
     {"org:Государственная Дума Российской Федерации": [
         "Государственной Думы Российской Федерации"],
      "RU": ["Российской Федерации"], "per:Иван Сидоров": ["Иван Сидоров"]},
     ("per:Иван Сидоров", "заместитель председателя государственной думы", "RU")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), CASES)
def test_title_of_a_governing_body_is_of_its_territory(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    doc = positions.extract(builders.document(text, tools, entities, name_from_key=False),
                            tools)
    found = {(p.person, p.title, p.of) for p in doc.positions}
    assert expected in found, found


def test_a_company_board_stays_the_company(tools: Toolkit) -> None:
    text = "Договор подписал председатель совета директоров компании «Сибмаш» Олег Грач."
    doc = positions.extract(builders.document(text, tools, {
        "org:Сибмаш": ["Сибмаш"], "per:Олег Грач": ["Олег Грач"],
    }, name_from_key=False), tools)
    assert all(not (p.of or "").startswith(("RU", "geo:")) for p in doc.positions)


# sentence, entities, (person, title, of) as the text gives it, kept beside the territory's
IN_ASSEMBLY = [
    ("В заседании участвовал председатель Курского областного Совета народных депутатов "
     "Пётр Иванов.",
     {"org:Курский областной Совет народных депутатов": [
         "Курского областного Совета народных депутатов"],
      "per:Пётр Иванов": ["Пётр Иванов"]},
     ("per:Пётр Иванов", "председатель", "org:Курский областной Совет народных депутатов")),
    ("Встречу провёл заместитель председателя Законодательного собрания Омской области "
     "Иван Петров.",
     {"org:Законодательное собрание Омской области": [
         "Законодательного собрания Омской области"],
      "RU-OMS": ["Омской области"], "per:Иван Петров": ["Иван Петров"]},
     ("per:Иван Петров", "заместитель председателя законодательного собрания",
      "org:Законодательное собрание Омской области")),
    ("На форуме выступил председатель Тверской областной Думы Олег Петров.",
     {"org:Тверская областная Дума": ["Тверской областной Думы"],
      "per:Олег Петров": ["Олег Петров"]},
     ("per:Олег Петров", "председатель", "org:Тверская областная Дума")),
]

# an executive body is only the territory's
NOT_IN_ASSEMBLY = [
    ("Соглашение подписал председатель Витебского областного исполнительного комитета "
     "Игорь Рядов.",
     {"org:Витебский областной исполнительный комитет": [
         "Витебского областного исполнительного комитета"],
      "per:Игорь Рядов": ["Игорь Рядов"]},
     ("per:Игорь Рядов", "председатель", "org:Витебский областной исполнительный комитет")),
]


@pytest.mark.parametrize(("text", "entities", "expected"), IN_ASSEMBLY)
def test_a_post_in_an_assembly_is_also_of_the_assembly(
    text: str, entities: dict[str, list[str]], expected: tuple, tools: Toolkit
) -> None:
    doc = positions.extract(builders.document(text, tools, entities, name_from_key=False),
                            tools)
    found = {(p.person, p.title, p.of) for p in doc.positions}
    assert expected in found, found
    assert any(p.person == expected[0] and not (p.of or "").startswith("org:")
               for p in doc.positions), found


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_IN_ASSEMBLY)
def test_a_post_in_an_executive_body_is_the_territorys_only(
    text: str, entities: dict[str, list[str]], wrong: tuple, tools: Toolkit
) -> None:
    doc = positions.extract(builders.document(text, tools, entities, name_from_key=False),
                            tools)
    assert wrong not in {(p.person, p.title, p.of) for p in doc.positions}
