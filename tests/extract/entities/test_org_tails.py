"""Organization names with their tails (a place, «по …», «в …», «и …», «между …»), and
spans that begin with a person's title."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document, Entity
from coopwatch.tools import Toolkit


def orgs(text: str, tools: Toolkit) -> dict[str, Entity]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name: e for e in doc.entities if e.type == "ORG"}


TAILS = [
    # a kind of place and its name after the body
    ("Меморандум заключили Правительство Пензенской области и Народный комитет "
     "провинции Тьензянг.", "Народный комитет провинции Тьензянг"),
    ("Делегацию приняли в Управлении торговли провинции Хэнань на прошлой неделе.",
     "Управление торговли провинции Хэнань"),
    # a place in the genitive right after
    ("Документ подписан с Народным комитетом Дананга в рамках форума.",
     "Народный комитет Дананга"),
    # «по» and the territory or the field
    ("Об этом сообщили в пресс-службе УМВД России по Курской области.",
     "УМВД России по Курской области"),
    ("Заявление опубликовал Комитет по внешним связям Ленинградской области.",
     "Комитет по внешним связям Ленинградской области"),
    # «в» and the host place of a mission
    ("Приём организовало Генеральное консульство Узбекистана в Новосибирске.",
     "Генеральное консульство Узбекистана в Новосибирске"),
    # a second place joined by «и»
    ("Заседание Совета регионов России и Казахстана прошло в Омске.",
     "Совет регионов России и Казахстана"),
    # «между» and the two sides
    ("Сопредседатели Межправительственной комиссии по сотрудничеству между Российской "
     "Федерацией и Азербайджанской Республикой провели встречу.",
     "Межправительственная комиссия по сотрудничеству между Российской Федерацией и "
     "Азербайджанской Республикой"),
    # «при» and the body it is attached to
    ("Заявление сделал представитель Следственного комитета при прокуратуре Иван Орлов.",
     "Следственный комитет при прокуратуре"),
    ("Он вошёл в состав Экспертного совета при главном архитекторе Казани, сообщили нам.",
     "Экспертный совет при главном архитекторе Казани"),
    # «по» and two places joined by «и»
    ("Как сообщила пресс-служба ГУ МЧС России по Республике Татарстан и Чувашской "
     "Республике, пожар потушен.",
     "ГУ МЧС России по Республике Татарстан и Чувашской Республике"),
    # the field in the genitive after a kind noun: an adjective and a noun
    ("Тягачи собирает Курганский завод колёсных тягачей с прошлого года.",
     "Курганский завод колёсных тягачей"),
    # a place's name in apposition after a designator, in any case
    ("Грузы пойдут между портом Оля и Международным морским портом Туркменбаши.",
     "Международный морской порт Туркменбаши"),
    # a unit's word before the body's abbreviation
    ("Вчера в отдел МВД по городу Новомосковску обратился местный житель.",
     "отдел МВД по городу Новомосковску"),
    # the noun after a bilateral body's adjective
    ("Встреча с председателем Российско-Катарского делового совета прошла в Уфе.",
     "Российско-Катарский деловой совет"),
    # a lower-case ministry: two fields joined by «и», then its country
    ("Переговоры прошли в министерстве сельского хозяйства и продовольствия Киргизии.",
     "министерство сельского хозяйства и продовольствия Киргизии"),
]


@pytest.mark.parametrize(("text", "name"), TAILS)
def test_tail_belongs_to_the_name(text: str, name: str, tools: Toolkit) -> None:
    assert name in orgs(text, tools)


NOT_TAILS = [
    # a body named by its region's adjective: the country only says where it is
    ("Соглашение подписано с Гомельским областным исполнительным комитетом Республики "
     "Беларусь в июне.", "Гомельский областной исполнительный комитет"),
    # «по» + a word for the region, which names no place
    ("Как сообщает пресс-служба УМВД России по региону, подозреваемый задержан.",
     "УМВД России"),
    # a bare genitive noun after the kind noun is what the sentence says next
    ("Объём выпуска Брестского мясокомбината продукции вырос.", "Брестский мясокомбинат"),
    # a person's title after the field of «по» ends the name
    ("На заседании Совета при губернаторе по развитию малого бизнеса глава области Иван "
     "Петров выступил с докладом.", "Совет при губернаторе по развитию малого бизнеса"),
    ("В работе Комитета по охране здоровья председатель комиссии Анна Быкова не участвовала.",
     "Комитет по охране здоровья"),
    # two ministries joined by «и» stay two
    ("В обсуждении участвовали представители министерства финансов и министерства "
     "экономики Армении.", "министерство финансов"),
]


@pytest.mark.parametrize(("text", "name"), NOT_TAILS)
def test_what_is_no_tail_stays_out(text: str, name: str, tools: Toolkit) -> None:
    assert name in orgs(text, tools)


TITLES = [
    # a title and a place name a post, not an organization
    ("Губернаторы Брестской и Смоленской областей обсудили поставки техники.", ()),
    ("Министр встретился с Генконсулом Китая в Екатеринбурге.", ()),
    # a title before an organization's name is left out of it
    ("Состоялась встреча с Генеральным Консулом Генконсульства Ирана в Казани.",
     ("Генконсульство Ирана в Казани",)),
]


@pytest.mark.parametrize(("text", "names"), TITLES)
def test_a_title_is_no_organization(text: str, names: tuple[str, ...],
                                    tools: Toolkit) -> None:
    assert set(orgs(text, tools)) == set(names)
