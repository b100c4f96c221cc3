"""Cleaning: cruft lines out, real short lines kept, whitespace normalized."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coopwatch.ingest.clean import clean_text, is_cruft

CRUFT = [
    "Поделиться:",
    "Поделиться",
    "0",
    "12",
    "news_header_top_970_100",
    "autoscroll_news_right_240_400_1",
    "16+",
    "18+",
    "Комментарии",
    "Комментарии (3)",
    "Актуальное",
    "photo",
    "Фото",
    "Фото: пресс-служба правительства Татарстана",
    "Читайте также",
    "Читайте также: В Казани открыли новый мост",
    "Подписывайтесь на наш Telegram-канал",
    "Обсудить новости вы сможете в нашем телеграм-канале",
    "Больше новостей региона — в нашем Telegram-канале и группе ВКонтакте",
    "...",
    "…",
    "   Поделиться:   ",
    "СЕГОДНЯ НА САЙТЕ: Президент посетил выставку 30 Август 2025 г., 11:24Открыт новый мост",
    "Главное за день: губернатор подписал соглашение с Китаем",
    # site controls and widgets (session 35, dev pages)
    "Меню",
    "Оцените материал",
    "Оставить комментарий (0)",
    "Примерное время чтения: меньше минуты",
    "Перейти к основному контенту",
    "Размер шрифта:",
    "Сообщить об опечатке",
    "Фото с сайта:",
    "Фото из архива",
    "Рекламный баннер 990x90px bantop",
    "-",
    "|",
]

REAL = [
    '"Это прививает качественный стиль вождения с юных лет", - отметил Кирилл Поляков.',
    "Рустам Минниханов пригласил Alibaba Group разместить производство в Татарстане",
    "Встреча с представителями Китая",
    "  • Медицина",
    "Заключение",
    "Товарооборот между Санкт-Петербургом и Беларусью демонстрирует уверенный рост.",
    "(Казань, 17 мая, «Татар-информ», Арсений Маврин). Президент РТ Рустам Минниханов",
    "2024 год стал рекордным для товарооборота.",
    "Фотовыставка «Беларусь глазами петербуржцев» откроется в Минске",
    "Смоленская народная газета",
    "16+ лет сотрудничества: итоги",
    "Меню ресторана обновили.",
    "Закрыть границу стороны не планируют.",
    "Сюжет фильма снимали в Казани.",
    "- Мы готовы к поставкам, - сказал он.",
]


@pytest.mark.parametrize("line", CRUFT)
def test_cruft_line_is_cruft(line: str) -> None:
    assert is_cruft(line)


@pytest.mark.parametrize("line", REAL)
def test_real_line_is_not_cruft(line: str) -> None:
    assert not is_cruft(line)


@pytest.mark.parametrize("line", REAL)
def test_real_line_survives_cleaning_among_cruft(line: str) -> None:
    raw = "Поделиться:\n0\n\n" + line + "\n\nnews_header_top_970_100\n16+\n"
    assert clean_text(raw).text == line.strip()


def test_whitespace_is_normalized_and_paragraphs_kept() -> None:
    raw = "Первый\u00a0абзац.   \r\n\r\n\r\n\r\nВторой абзац.\t \nтретья строка\u200b."
    assert clean_text(raw).text == "Первый абзац.\n\nВторой абзац.\nтретья строка."


def test_leading_date_marker_becomes_the_date() -> None:
    cleaned = clean_text(" date 2025-09-29 На выставке в Минске подписано соглашение.")
    assert cleaned.marker_date == "2025-09-29"
    assert cleaned.text == "На выставке в Минске подписано соглашение."


def test_date_marker_under_cruft_lines_is_still_the_date() -> None:
    cleaned = clean_text("Поделиться:\n0\n date 2025-09-29 В Минске подписано соглашение.")
    assert (cleaned.marker_date, cleaned.text) == ("2025-09-29", "В Минске подписано соглашение.")


def test_date_word_inside_text_is_not_a_marker() -> None:
    cleaned = clean_text("Стороны обсудили date 2025-09-29 и другое.")
    assert cleaned.marker_date is None
    assert "date 2025-09-29" in cleaned.text


def test_link_block_under_read_also_is_dropped() -> None:
    raw = (
        "Товарооборот вырос на 7%.\n\nЧитайте также:\nВ Пскове стартовал ремонт моста\n"
        "Погода на выходные: похолодание до минус 20\nКомментарии\n0"
    )
    assert clean_text(raw).text == "Товарооборот вырос на 7%."


@pytest.mark.parametrize("header", [
    "Читать также:", "Также читайте", "Ещё по теме:", "Похожие новости", "Самое читаемое",
    "Популярное",
    # session 35, dev pages
    "Топ 5 читаемых", "Популярные новости за сутки", "Что еще почитать",
    "Также вам может быть интересно", "Самое интересное в регионах",
])
def test_link_block_headers_of_other_sites(header: str) -> None:
    raw = (f"Товарооборот вырос на 7%.\n\n{header}\nТомские учёные представили разработки "
           "на выставке в Китае\nВ Омске открыли новый завод")
    assert clean_text(raw).text == "Товарооборот вырос на 7%."


def test_link_block_ends_at_a_paragraph() -> None:
    raw = "Читайте также:\n\nСтороны договорились о поставках техники."
    assert clean_text(raw).text == "Стороны договорились о поставках техники."


INLINE_LINKS = [
    # (line, what stays of it)
    ("Читать также: Новосибирск и Цзилинь договорились о поставках зерна", ""),
    ("См. также: Омск и Павлодар открыли авиарейс", ""),
    ("Товарооборот вырос на 7%. Читать также: Цзилинь купит омское зерно",
     "Товарооборот вырос на 7%."),
    ("Делегация вернулась из Минска. По теме: Гродно ждёт инвесторов из Омска",
     "Делегация вернулась из Минска."),
    ("«Мы готовы к поставкам». Читайте также: Казань и Ухань подписали меморандум",
     "«Мы готовы к поставкам»."),
]


@pytest.mark.parametrize(("line", "kept"), INLINE_LINKS)
def test_link_header_with_its_headline_on_one_line_is_cut(line: str, kept: str) -> None:
    assert clean_text(f"Первый абзац.\n\n{line}\n\nВторой абзац.").text == (
        "\n\n".join(part for part in ("Первый абзац.", kept, "Второй абзац.") if part))


@pytest.mark.parametrize("line", [
    "Совещание по теме: развитие экспорта прошло в Омске.",      # a sentence, not a header
    "Рекомендуем: обращаться в торгпредство заранее, сказал он.",
    "Губернатор отметил по теме: экспорт зерна в Китай растёт",  # no sentence end before it
])
def test_header_words_inside_article_text_stay(line: str) -> None:
    assert clean_text(line).text == line


def test_headlines_under_an_inline_link_header_go_too() -> None:
    raw = ("Объём поставок удвоился. Читать также: Омск и Павлодар открыли авиарейс\n"
           "В Томске открыли технопарк\n\nСтороны продолжат переговоры.")
    assert clean_text(raw).text == "Объём поставок удвоился.\n\nСтороны продолжат переговоры."


def test_subscribe_call_is_cut_from_the_last_sentence() -> None:
    raw = "Материал подготовлен пресс-службой. Подписывайтесь на наш канал, чтобы знать всё."
    assert clean_text(raw).text == "Материал подготовлен пресс-службой."


def test_repeated_long_line_is_dropped_once_seen() -> None:
    caption = "Визит делегации Республики Татарстан в Китайскую Народную Республику"
    raw = f"{caption}\n\nПервый абзац.\n\n{caption}\n\nВторой абзац."
    assert clean_text(raw).text.count(caption) == 1


LINES = st.sampled_from([
    *CRUFT, *REAL, "", "   ", "\u00a0", "Стороны подписали соглашение о сотрудничестве.",
    "Читайте также:", "В Казани открыли мост", " date 2025-01-01 Текст",
])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(LINES, max_size=12))
def test_cleaning_is_idempotent_and_tidy(lines: list[str]) -> None:
    text = clean_text("\n".join(lines)).text
    assert clean_text(text).text == text
    assert "\n\n\n" not in text
    assert all(line == line.rstrip() for line in text.split("\n"))
    assert not any(is_cruft(line) for line in text.split("\n"))


def test_dashed_headlines_that_end_the_page_are_dropped() -> None:
    text = ("Паромное сообщение между городами возобновится в мае.\n"
            "- Конфликты в регионе являются наследием прошлого - министр\n"
            "- Россия и Япония обсудили отношения Москвы и Сеула - Лавров\n"
            "- Переговоры о поставках газа отложены до осени - источни")
    assert clean_text(text).text == "Паромное сообщение между городами возобновится в мае."


@pytest.mark.parametrize("text", [
    # a list the article introduces
    "Область поставляет в Китай:\n- Пшеницу и ячмень\n- Рапсовое масло",
    # items that end in list punctuation
    "Стороны договорились.\n- Наладить поставки зерна;\n- Открыть торговый дом.",
    # one dashed line alone
    "Стороны договорились.\n- Россия и Китай обсудили поставки - источник",
    # items in lower case
    "Стороны договорились.\n- поставки зерна\n- открытие торгового дома",
])
def test_dashed_lines_of_the_article_stay(text: str) -> None:
    assert clean_text(text).text == text


def test_undashed_headlines_that_end_the_page_are_dropped() -> None:
    text = ("Из Карелии в Мурманскую область отправили 40 тонн молока.\n"
            "![]() |\n"
            "Мост через Сухону откроют после ремонта в следующем году\n"
            "ВОЛОГДА. В области стартовал конкурс «Лучший двор»\n"
            "Где купить квартиру у моря: советы риелторов\n"
            "Как выбрать зимние шины для внедорожника")
    assert clean_text(text).text == "Из Карелии в Мурманскую область отправили 40 тонн молока."


@pytest.mark.parametrize("text", [
    # a list the article introduces with a colon
    "Основные покупатели:\nКитайская Народная Республика\nРеспублика Казахстан\n"
    "Республика Узбекистан и Кыргызстан",
    # two short lines only
    "Стороны договорились.\nМост через Сухону откроют после ремонта\n"
    "Где купить квартиру у моря: советы риелторов",
    # the article's own sentence, cut off where the excerpt ends, has a comma
    "Соглашение подписано.\nВид на городскую набережную вечером\nК работе приступят до "
    "конца года\nКак отметили в правительстве, подписание носит формальный характер, так ка",
])
def test_short_lines_of_the_article_stay(text: str) -> None:
    assert clean_text(text).text == text


@pytest.mark.parametrize(("line", "kept"), [
    ("Президент принял делегацию Астраханской области - ФОТО",
     "Президент принял делегацию Астраханской области"),
    ("Губернатор открыл завод в Китае (ВИДЕО)", "Губернатор открыл завод в Китае"),
    ("Выставка в Харбине + фото", "Выставка в Харбине"),
    ("Делегация посетила Минск — фото и видео", "Делегация посетила Минск"),
    # the word inside a sentence, or alone on its line (a cruft line of its own), stays
    ("Фото с выставки опубликовала пресс-служба.", "Фото с выставки опубликовала пресс-служба."),
    ("Стороны обсудили фото- и видеосъемку форума.", "Стороны обсудили фото- и видеосъемку форума."),
])
def test_a_headlines_media_mark_is_cut(line: str, kept: str) -> None:
    assert clean_text(line).text == kept


@pytest.mark.parametrize(("text", "kept"), [
    # gallery controls glued to a caption (session 35, read dev n022, n562)
    ("Выйти из полноэкранного режима Развернуть на весь экран Иван Петров (слева) и Ли Мин "
     "подписывают соглашение.\nСтороны договорились о поставках.",
     "Иван Петров (слева) и Ли Мин подписывают соглашение.\nСтороны договорились о поставках."),
    ("Выйти из полноэкранного режима Развернуть на весь экран Фото: пресс-служба губернатора\n"
     "Губернатор встретился с послом.", "Губернатор встретился с послом."),
    # the words inside a sentence stay
    ("Губернатор предложил развернуть на весь экран карту региона.",
     "Губернатор предложил развернуть на весь экран карту региона."),
])
def test_gallery_controls_at_a_lines_start_are_cut(text: str, kept: str) -> None:
    assert clean_text(text).text == kept
