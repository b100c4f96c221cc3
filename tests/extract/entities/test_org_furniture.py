"""Page furniture that must not become organizations: hashtags, calls to the reader,
channels, top lists, bullets and slashes around a name, an excerpt cut mid-word."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.furniture import is_org_furniture
from coopwatch.extract.entities.stage import link
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def org_names(text: str, tools: Toolkit) -> set[str]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name for e in doc.entities if e.type == "ORG"}


FURNITURE = [
    # hashtags under an article
    ("Делегация вернулась из Минска.\n#Брянскаяобласть #Команда32 #Партнёрство", set()),
    # calls to the reader
    ("Товарооборот вырос на треть.\nОбсудим новость в Telegram?", set()),
    ("Товарооборот вырос на треть.\nПодписывайтесь на нас в Дзен", set()),
    # a call inside a longer line, the platforms listed after it
    ("Товарооборот вырос на треть.\nВы можете читать наши материалы в соцсетях. "
     "Подписывайтесь, чтобы быть в курсе! ВКонтакте, Telegram, Дзен, Одноклассники", set()),
    # a channel is no organization
    ("Об этом губернатор написал в своём Telegram-канале в пятницу.", set()),
    ("Источник: YouTube-канал областной администрации", set()),
    # a top list's heading
    ("Самое читаемое\nТОП-10 новостей недели", set()),
    # a bullet before a link label
    ("Новости региона\n  • Новость\nЗавод начал выпуск техники.", set()),
    # the excerpt stops in the middle of a word
    ("Встреча прошла в Казани. Об этом сообщил глава Минэконо", set()),
    # ... or in the field after a name's kind noun: the name may go on past the cut
    ("Итоги сотрудничества видны уже сейчас: Томский завод электрических маш", set()),
    ("Гостям показали, как работает Барнаульский завод точных", set()),
    # a slash after an agency's name: the name is kept without it
    ("15 мая, Могилев /Корр. БЕЛТА/. Товарооборот области вырос.", {"БЕЛТА"}),
    # breadcrumbs that open with a menu word
    ("Главная страница > Daily News Digest\nПосол Китая встретился с губернатором Приморья.",
     set()),
    ("Главная \\ Посольство России в Белоруссии \\ Новости\nПосол встретился с губернатором "
     "Ленинградской области.", set()),
    # the site's links to other pages: short lines in a row after the article
    ("Товарооборот области вырос.\n\nЧитайте также\n\nНовости региона\n\nАвтомир\n\n"
     "Menhit\n\nРыбаки.ру", set()),
]


@pytest.mark.parametrize(("text", "names"), FURNITURE)
def test_furniture_is_no_organization(text: str, names: set[str], tools: Toolkit) -> None:
    assert org_names(text, tools) == names


KEPT = [
    # a platform named in the news itself stays
    ("Компания Telegram открыла офис в Дубае.", "Telegram"),
    # a service joined by a hyphen to a kind of organization stays
    ("Об этом сообщает PR-служба выставки.", "PR-служба"),
    # a channel's number makes no top list
    ("Сюжет показал телеканал ТВ-3 в четверг.", "ТВ-3"),
    # a short sentence opening with a preposition is no call to the reader
    ("Туристы прибыли на границу. При досмотре у них нашли икру. 5 кг икры спрятали в "
     "сумке, сообщили в пресс-службе Забайкальской таможни.", "Забайкальская таможня"),
    # a name alone on a line between a date and the text stays
    ("12 мая 2024\nРостсельмаш\nЗавод Ростсельмаш подписал контракт с Казахстаном.",
     "Завод Ростсельмаш"),
    # a list of the news's own names after a line ending in a colon is no list of links
    ("Завод открылся в мае.\nУчастники:\nГазпром\nРоснефть\nЛукойл\n"
     "Все подписали соглашение.", "Роснефть"),
    # a headline run onto a line of breadcrumbs keeps its names
    ("Главная > Новости > Газпром и Казахстан подписали соглашение о поставках газа",
     "Газпром"),
    # a cut excerpt after a link word leaves the name before it whole
    ("Соглашение подписали ООО «Сибирская нива» и партне", "Сибирская нива"),
    ("Контракт получил Омский завод, в рамках кото", "Омский завод"),
    # a firm's pavilion at a fair: the firm stays
    ("Соглашение подписали в павильоне «Росатома» на выставке в Минске.", "Росатом"),
]


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_names_like_furniture_are_kept(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


def org_mentions(text: str, tools: Toolkit) -> dict[str, list[str]]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {e.name: [m.text for m in e.mentions] for e in doc.entities if e.type == "ORG"}


VENUES = [
    # where a post went up: the platform's mention goes, the company's stays
    ("Об этом Кудрин написал в Twitter. Компания Twitter потеряла 5% капитализации.",
     "Twitter", ["Twitter"]),
    ("Министр сообщил на своей странице в Facebook, что завод открыт.", "Facebook", []),
    ("Он рассказал о решении в своём Твиттере во вторник.", "Твиттер", []),
    ("Пресс-служба выложила видео на видеохостинге YouTube.", "YouTube", []),
    # a platform as a company, and its own blog: both stay
    ("Фонд DST купил ещё 5% акций Facebook, а в блоге Facebook об этом ни слова.",
     "Facebook", ["Facebook", "Facebook"]),
]


@pytest.mark.parametrize(("text", "platform", "mentions"), VENUES)
def test_a_platform_where_a_post_went_up_is_no_mention(
        text: str, platform: str, mentions: list[str], tools: Toolkit) -> None:
    assert org_mentions(text, tools).get(platform, []) == mentions


@pytest.mark.parametrize(("line", "span", "furniture"), [
    # a rubric over the story, with its date and time on the same line
    ("Бизнес Материалы 18 марта 2019 19:26 (UTC +04:00)", "Бизнес Материалы", True),
    ("Экономика Регионы 3 мая 2024", "Экономика Регионы", True),
    ("Центр / Новости Подмосковья 13 августа 2022 г. 16:22", "Центр / Новости Подмосковья", True),
    # a firm's name before a date in running text, or a name that is no common word
    ("Ростсельмаш 18 марта 2019 года подписал контракт", "Ростсельмаш", False),
    ("Газпром Нефть 18 марта 2019 19:26", "Газпром Нефть", False),
])
def test_a_rubric_before_its_date_is_furniture(tools: Toolkit, line: str, span: str,
                                               furniture: bool) -> None:
    text = f"Заголовок новости\n\n{line}\n\nТекст новости."
    start = text.index(span)
    assert is_org_furniture(text, tools.morph, start, start + len(span)) is furniture
