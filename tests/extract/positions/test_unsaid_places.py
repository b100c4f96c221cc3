"""Posts whose place the title leaves unsaid or says oddly, from the dev half of session
29's fresh round: a state's foreign minister named by a bare «республики», a Chinese
governor named by a bare title, a mayor with no city, a region called by its number, and
a Chinese name left in the instrumental after English spelling. The pages are written
for this table."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

# page, expected (person, title, of) among the positions, and one that must not be there
CASES: list[tuple[str, tuple[str, str, str | None], tuple[str, str, str | None] | None]] = [
    # a foreign minister of «республики» is of the state abroad, not of the region
    ("Переговоры о сотрудничестве Омской области с Туркменистаном провели глава региона "
     "Иван Петров и министр иностранных дел республики Рашид Мередов, сообщила "
     "пресс-служба.",
     ("per:Рашид Мередов", "министр иностранных дел", "TM"),
     ("per:Рашид Мередов", "министр иностранных дел", "RU-OMS")),
    # near miss: a region's own premier of «республики» stays the region's
    ("Делегация Республики Татарстан посетила Китай. Переговоры провел премьер-министр "
     "республики Алексей Песошин.",
     ("per:Алексей Песошин", "премьер-министр", "RU-TA"), None),
    # a governor with a Chinese family name and no of-phrase is of the province visited
    ("Делегация Башкортостана посетила Китай. В городе Хэфэй провинции Аньхой состоялась "
     "встреча с губернатором Ли Гоином, в ходе которой обсуждались перспективы "
     "сотрудничества с Башкортостаном.",
     ("per:Ли Гоин", "губернатор", "CN-AH"), ("per:Ли Гоин", "губернатор", "RU-BA")),
    # near miss: a Russian governor with no of-phrase stays the region's
    ("Делегация провинции Аньхой посетила Уфу. Гостей встретил губернатор Иван Петров.",
     ("per:Иван Петров", "губернатор", "RU-BA"), None),
    # a mayor with no of-phrase is of the one Russian city the page names
    ("Десятым городом-побратимом Новосибирска станет Шеньян\n\nСледующим "
     "городом-побратимом Новосибирска станет китайский город Шеньян, об этом рассказал "
     "мэр Владимир Городецкий в ходе встречи с журналистами.",
     ("per:Владимир Городецкий", "мэр", "geo:Новосибирск"), None),
    # a region called by its number
    ("Ленинградская область и Китай развивают сотрудничество\n\nСостоялась рабочая "
     "встреча губернатора 47-го региона Александра Дрозденко с Генеральным консулом "
     "Китайской Народной Республики Ло Чжаньхуэем. Стороны обсудили поставки.",
     ("per:Александр Дрозденко", "губернатор", "RU-LEN"), None),
    # a government inside the title stands for its place; «глава МИД» is a state's
    ("Чувашия нарастила агроэкспорт в Китай\n\nОб этом сообщил заместитель Председателя "
     "Кабинета Министров Чувашии Дмитрий Краснов. Экспорт продукции вырос на 10%.",
     ("per:Дмитрий Краснов", "заместитель председателя кабинета министров", "RU-CU"),
     ("per:Дмитрий Краснов", "заместитель председателя кабинета министров",
      "org:Кабинет Министров Чувашии")),
    ("Никарагуа готова поставлять кофе в Россию\n\nОб этом заявил глава МИД страны "
     "Вальдрак Джентске. Никарагуа экспортирует кофе.",
     ("per:Вальдрак Джентске", "глава мид", "NI"), ("per:Вальдрак Джентске", "глава", "org:МИД")),
    # a given name in «-нг» after a family name loses its instrumental ending
    ("Премьер-министр Чувашии встретился с губернатором провинции Сычуань Вей Хонгом "
     "(Wei Hong).",
     ("per:Вей Хонг", "губернатор", "CN-SC"), ("per:Вей Хонгом", "губернатор", "CN-SC")),
]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES)
def test_posts_held_abroad(pipeline: Pipeline, text: str,
                           expected: tuple[str, str, str | None],
                           absent: tuple[str, str, str | None] | None) -> None:
    doc = pipeline(Document(id="page", text=text))
    found = {(position.person, position.title, position.of) for position in doc.positions}
    assert expected in found
    assert absent not in found
