"""When two readings of a document name one event.

News tells one event several times: a headline, the lead, a recall later on
(«в завершение встречи», «подписанное соглашение»), a second angle with fewer names
(«программа посещения» of a visit under way). Two readings of one type are one event
when one's participants are among the other's, or when more than half of the smaller
set is shared and no person stands on one side only; a forum also by its name (an
organization both share). A country stands for the one region of it the other reading
names («Мордовия и Сычуань подписали соглашение», then «договоры заключены в Китае»). Done and planned events stay apart (a return visit is not
the visit), as do agreements with two different titles and events with clashing dates;
done readings dated a day apart are one («сегодня» on the page, «вчера» in the text).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from coopwatch.records import Event

APART_STATUSES = frozenset({frozenset({"done", "planned"}), frozenset({"done", "proposed"})})


def same_event(first: Event, second: Event, kind_of: Callable[[str], str | None]) -> bool:
    """Whether two readings of one document name the same event."""
    if first.type != second.type or not _compatible(first, second):
        return False
    ours, theirs = _by_regions(first.participants, second.participants), _by_regions(
        second.participants, first.participants)
    if first.type == "forum" and any(kind_of(key) == "ORG" for key in ours & theirs):
        return True
    smaller, larger = sorted((ours, theirs), key=len)
    if smaller <= larger:
        return True
    if 2 * len(ours & theirs) <= len(smaller):
        return False
    return not (_has_person(ours - theirs, kind_of) and _has_person(theirs - ours, kind_of))


def _by_regions(keys: tuple[str, ...], other: tuple[str, ...]) -> set[str]:
    """The keys with a country named in place of its region the other reading names
    («Мордовия и провинция Сычуань подписали соглашение», then «договоры заключены в
    Китае»): the country stands for that region. A country beside a region of its own
    in one reading («Форум регионов России и Казахстана», then the two regions) adds no
    side: the region speaks for it."""
    own = {key.partition("-")[0] for key in keys if ":" not in key and "-" in key}
    regions = {key.partition("-")[0]: key for key in other
               if ":" not in key and "-" in key and key.partition("-")[0] not in own}
    return {regions.get(key, key) if _a_country(key) else key for key in keys
            if not (_a_country(key) and key in own)}


def _a_country(key: str) -> bool:
    return ":" not in key and "-" not in key


def _compatible(first: Event, second: Event) -> bool:
    if frozenset({first.status, second.status}) in APART_STATUSES:
        return False
    if first.title and second.title and not _prefixed(first.title.lower(), second.title.lower()):
        return False
    return not (first.date and second.date) or _prefixed(first.date, second.date) or (
        first.status == second.status == "done" and _a_day_apart(first.date, second.date))


def _a_day_apart(one: str, other: str) -> bool:
    """Two full dates one day apart: the news of one signing dated by the page
    («сегодня») in one passage and by «вчера» in another."""
    try:
        days = abs((date.fromisoformat(one) - date.fromisoformat(other)).days)
    except ValueError:  # a month, a year or a date with no year
        return False
    return days == 1


def _prefixed(one: str, other: str) -> bool:
    return one.startswith(other) or other.startswith(one)


def _has_person(keys: set[str], kind_of: Callable[[str], str | None]) -> bool:
    return any(kind_of(key) == "PER" for key in keys)
