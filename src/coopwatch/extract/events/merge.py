"""When two readings of a document name one event.

News tells one event several times: a headline, the lead, a recall later on
(«в завершение встречи», «подписанное соглашение»), a second angle with fewer names
(«программа посещения» of a visit under way). Two readings of one type are one event
when one's participants are among the other's, or when more than half of the smaller
set is shared and no person stands on one side only; a forum also by its name (an
organization both share). Done and planned events stay apart (a return visit is not
the visit), as do agreements with two different titles and events with clashing dates.
"""

from __future__ import annotations

from collections.abc import Callable

from coopwatch.records import Event

APART_STATUSES = frozenset({frozenset({"done", "planned"}), frozenset({"done", "proposed"})})


def same_event(first: Event, second: Event, kind_of: Callable[[str], str | None]) -> bool:
    """Whether two readings of one document name the same event."""
    if first.type != second.type or not _compatible(first, second):
        return False
    ours, theirs = set(first.participants), set(second.participants)
    if first.type == "forum" and any(kind_of(key) == "ORG" for key in ours & theirs):
        return True
    smaller, larger = sorted((ours, theirs), key=len)
    if smaller <= larger:
        return True
    if 2 * len(ours & theirs) <= len(smaller):
        return False
    return not (_has_person(ours - theirs, kind_of) and _has_person(theirs - ours, kind_of))


def _compatible(first: Event, second: Event) -> bool:
    if frozenset({first.status, second.status}) in APART_STATUSES:
        return False
    if first.title and second.title and not _prefixed(first.title.lower(), second.title.lower()):
        return False
    return not (first.date and second.date) or _prefixed(first.date, second.date)


def _prefixed(one: str, other: str) -> bool:
    return one.startswith(other) or other.startswith(one)


def _has_person(keys: set[str], kind_of: Callable[[str], str | None]) -> bool:
    return any(kind_of(key) == "PER" for key in keys)
