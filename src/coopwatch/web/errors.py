"""Bad input on an HTML page: a Russian message on a page, never a raw JSON error.

The pages read their query parameters themselves (`QueryArgs`), so that a bad page
number or date becomes `PageError`; `friendly` turns it, or the store's `BadQuery`,
into a page with the message, the status (422, 404) and links to go on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from fastapi.responses import HTMLResponse

from coopwatch.store.read import BadQuery
from coopwatch.web.layout import esc, link, page, tag

# English phrases of the store's BadQuery messages -> Russian, for the pages.
MESSAGES = (
    ("unknown entity", "неизвестная сущность"),
    ("no key, name or alias matches", "нет такого ключа, имени или другого имени"),
    ("maybe:", "возможно:"),
    ("bad period", "непонятная дата"),
    ("expected a year (2024), a month (2024-05), a day (2024-05-17) or a range of them "
     "(2024-01/2024-09)", "нужен год (2024), месяц (2024-05), день (2024-05-17) или "
                         "промежуток (2024-01/2024-09)"),
    ("it ends before it starts", "конец раньше начала"),
    ("unknown", "неизвестное значение:"),
    ("expected one of", "допустимо"),
    ("the search query must contain at least one word", "в запросе нет ни одного слова"),
)


class PageError(Exception):
    """A request a page cannot answer: a Russian message and the status to answer with."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def russian(message: str) -> str:
    for english, translated in MESSAGES:
        message = message.replace(english, translated)
    return message


def error_page(message: str, status: int, extra: str = "") -> HTMLResponse:
    title = "Не найдено" if status == 404 else "Не удалось понять запрос"
    body = (tag("h1", esc(title)) + tag("p", esc(message), class_="problem") + extra
            + tag("p", link("/", "← на главную") + " · " + link("/facts", "все факты")))
    return HTMLResponse(page(title, body), status_code=status)


def friendly(render: Callable[[], HTMLResponse | str]) -> HTMLResponse:
    """The page `render` builds, or a friendly error page for bad input."""
    try:
        answer = render()
    except PageError as error:
        return error_page(str(error), error.status)
    except BadQuery as error:
        return error_page(russian(str(error)), 422)
    return answer if isinstance(answer, HTMLResponse) else HTMLResponse(answer)


class QueryArgs:
    """A page's query parameters, read with Russian messages for bad values."""

    def __init__(self, params: Mapping[str, str], lists: Mapping[str, list[str]]) -> None:
        self.params = params
        self.lists = lists

    def text(self, name: str) -> str | None:
        value = (self.params.get(name) or "").strip()
        return value or None

    def many(self, name: str) -> list[str]:
        return [value.strip() for value in self.lists.get(name, []) if value.strip()]

    def number(self, name: str, default: int, low: int = 1, high: int = 10**6) -> int:
        raw = self.text(name)
        if raw is None:
            return default
        if not raw.lstrip("-").isdigit() or not low <= int(raw) <= high:
            raise PageError(f"Параметр «{name}» должен быть целым числом от {low} до {high}, "
                            f"а не «{raw}».")
        return int(raw)

    def fraction(self, name: str) -> float | None:
        raw = self.text(name)
        if raw is None:
            return None
        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            value = -1.0
        if not 0 <= value <= 1:
            raise PageError(f"Параметр «{name}» должен быть числом от 0 до 1, а не «{raw}».")
        return value

    def flag(self, name: str) -> bool | None:
        raw = self.text(name)
        if raw is None:
            return None
        if raw.lower() not in ("true", "false", "1", "0"):
            raise PageError(f"Параметр «{name}» должен быть true или false, а не «{raw}».")
        return raw.lower() in ("true", "1")
