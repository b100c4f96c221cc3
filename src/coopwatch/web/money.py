"""US-dollar equivalents of amounts in other currencies, from the annual average rates
shipped in `data/web/usd_rates.tsv` (its header names the source)."""

from __future__ import annotations

from functools import cache
from importlib import resources

RATES_FILE = "usd_rates.tsv"


@cache
def rates() -> dict[str, dict[int, float]]:
    """currency -> year -> units per US dollar."""
    text = resources.files("coopwatch.data").joinpath("web").joinpath(RATES_FILE).read_text(
        encoding="utf-8")
    found: dict[str, dict[int, float]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            currency, year, per_usd = line.split("\t")
            found.setdefault(currency, {})[int(year)] = float(per_usd)
    return found


def in_usd(value: float, currency: str | None, year: int | None) -> float | None:
    """The amount in US dollars at the year's average rate (the nearest listed year);
    None for a unit that is not a listed currency."""
    by_year = rates().get(currency or "")
    if not by_year:
        return None
    if currency == "USD":
        return value
    wanted = year if year is not None else max(by_year)
    nearest = min(by_year, key=lambda listed: (abs(listed - wanted), -listed))
    return value / by_year[nearest]
