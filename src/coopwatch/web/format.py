"""Cells the pages share: entities as linked names, codes in Russian, numbers, dates,
evidence links, and an event's title when its card has none.

`Names` maps keys to names; a key without a stored name is shown as itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coopwatch.records.labels import label
from coopwatch.store.read import EventItem, Evidence, FigureItem
from coopwatch.web.layout import esc, tag
from coopwatch.web.money import in_usd

Names = Mapping[str, str]

SCALES = ((1e12, "трлн"), (1e9, "млрд"), (1e6, "млн"), (1e3, "тыс."))
CURRENCIES = {"USD": "$", "RUB": "₽", "EUR": "€", "CNY": "юаней", "BYN": "бел. руб.",
              "KZT": "тенге", "UZS": "сумов", "percent": "%"}


def entity(key: str | None, names: Names) -> str:
    """The entity's name linked to its profile, the key beside it as secondary text."""
    if key is None:
        return esc(None)
    name = names.get(key, key)
    plain = name == key or key.split(":", 1)[-1] == name  # org:/per:/geo: keys say no more
    return (tag("a", esc(name), href=f"/entities/{key}", class_="entity", title=key)
            + ("" if plain else " " + tag("small", esc(key), class_="key")))


def entities(keys: Iterable[str], names: Names) -> str:
    return ", ".join(entity(key, names) for key in keys) or esc(None)


def coded(group: str, value: str | None) -> str:
    """A code of SCHEMA.md in Russian."""
    return esc(label(group, value))


def codes(group: str, values: Iterable[str]) -> str:
    return esc(", ".join(label(group, value) or value for value in values) or None)


def number(value: float | None) -> str:
    """5e10 -> «50 млрд»; 1234.5 -> «1 234,5»; plain digits for what is below a thousand."""
    if value is None:
        return "—"
    for scale, word in SCALES:
        if abs(value) >= scale and (abs(value) >= 1e6 or value % 1):
            return f"{_digits(value / scale)} {word}"
    return _digits(value)


def _digits(value: float) -> str:
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


def amount(figure: FigureItem) -> str:
    """A figure's value with its qualifier and unit, in Russian."""
    approx = "" if figure.approx == "exact" else (label("approx", figure.approx) or "") + " "
    unit = CURRENCIES.get(figure.unit or "", figure.unit or "")
    shown = esc(f"{approx}{number(figure.value)} {unit}".strip())
    year = (figure.period or figure.source.published or "")[:4]
    usd = (None if figure.value is None or figure.unit == "USD"
           else in_usd(figure.value, figure.unit, int(year) if year.isdigit() else None))
    if usd is not None:
        shown += " " + tag("small", esc(f"≈ ${number(usd)}"), class_="usd",
                           title="по среднегодовому курсу (data/web/usd_rates.tsv)")
    return shown


def date(value: str | None, published: str | None = None) -> str:
    """A partial ISO date; a year-less one (`--04-15`) takes the publication year; none
    is «дата неизвестна», with the publication date when there is one."""
    if not value:
        known = f" (опубл. {published})" if published else ""
        return tag("span", esc("дата неизвестна" + known), class_="undated")
    if value.startswith("--") and published:
        return esc(published[:4] + value[1:])
    return esc(value)


def event_title(event: EventItem, names: Names) -> str:
    """The card's title, or one made of the type and the participants' names."""
    if event.title:
        return esc(event.title)
    who = " — ".join(names.get(key, key) for key in event.participants[:3])
    kind = label("event_type", event.type) or event.type
    return esc(f"{kind.capitalize()}: {who}" if who else kind.capitalize())


def evidence(document_id: str, kind: str, ordinal: int | None, spans: Iterable[Evidence]) -> str:
    """A link to the document with this fact's whole evidence highlighted, quoting it."""
    quote = " … ".join(item.text for item in spans)
    short = quote if len(quote) <= 160 else quote[:157] + "…"
    anchor = f"#fact-{kind}-{ordinal}" if ordinal is not None else ""
    return tag("a", esc(short or "в документе"), href=f"/documents/{document_id}{anchor}",
               class_=f"evidence k-{kind}")


def confidence(value: float | None) -> str:
    return esc(None if value is None else f"{value:.2f}")


def keys_of(items: Iterable[EventItem | FigureItem]) -> set[str]:
    """Every entity key the facts name, to look up their names at once."""
    found: set[str] = set()
    for item in items:
        if isinstance(item, EventItem):
            found.update(item.participants)
            if item.place:
                found.add(item.place)
        else:
            found.update(item.parties)
    return found
