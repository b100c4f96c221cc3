"""Stage `events`: meetings, visits, agreements, localization, joint projects,
investments and forums, each with status, date, participants, place and sectors.

One event per event type named in a passage (a sentence cut at line breaks); events of
the same type with the same participants are merged over the document.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from coopwatch.extract.event_parts import (
    Earlier,
    agreement_title,
    dateline,
    event_date,
    participants,
    place,
    status,
)
from coopwatch.extract.passages import Passage, passages
from coopwatch.extract.sectors import sectors_of
from coopwatch.extract.triggers import Trigger, triggers
from coopwatch.records import Document, Event
from coopwatch.tools import Toolkit


@dataclass(frozen=True)
class Reading:
    """An event as read in one passage, with whether the passage is a headline."""

    event: Event
    headline: bool


def extract(doc: Document, tools: Toolkit) -> Document:
    """Fill `doc.events`."""
    return doc.replace(events=tuple(_merge(list(_read(doc, tools)))))


def _read(doc: Document, tools: Toolkit) -> Iterator[Reading]:
    reference = dateline(doc)
    earlier: Earlier | None = None  # the time of the events of the passage before
    last: Passage | None = None
    for passage in passages(doc):
        found = triggers(passage)
        if earlier and last and "\n" in doc.text[last.stop:passage.start]:
            earlier = replace(earlier, paragraph=False)
        events = [
            _event(doc, passage, [item for item in found if item.type == type_], tools,
                   reference, earlier)
            for type_ in dict.fromkeys(item.type for item in found)
        ]
        headline = _is_headline(passage)
        yield from (Reading(event, headline) for event in events)
        dated = next((event for event in events if event.date), None)
        if dated is not None:
            earlier = Earlier(dated.date, dated.status == "done", paragraph=True)
        elif events:
            earlier = None
        last = passage


def _event(
    doc: Document, passage: Passage, found: list[Trigger], tools: Toolkit,
    reference: str | None, earlier: Earlier | None,
) -> Event:
    """The event the triggers of one type name in this passage."""
    first = found[0]
    event_status = status(passage, first)
    return Event(
        type=first.type,
        status=event_status,
        date=event_date(doc, passage, earlier, reference, event_status, first.type),
        participants=participants(doc, passage, tools),
        place=place(doc, passage),
        title=agreement_title(passage, found) if first.type == "agreement" else None,
        sectors=sectors_of(passage.tokens),
        evidence=(passage.span,),
    )


def _is_headline(passage: Passage) -> bool:
    """A line with no closing punctuation: a headline or a subheading."""
    return passage.tokens[-1].text not in {".", "!", "?", "»", '"', "…", ":"}


def _merge(readings: list[Reading]) -> list[Event]:
    """Fold the readings into events: a headline into the next body event of its type,
    an event with no participants («на встрече обсуждались…») into the one before,
    and events of one type with the same participants into one."""
    merged: list[Reading] = []
    for position, reading in enumerate(readings):
        if reading.headline and _next_body(readings, position, reading.event.type):
            continue
        index = _same(merged, reading.event)
        if index is None and not reading.event.participants:
            index = _last_of_type(merged, reading.event.type)
        if index is None:
            merged.append(_absorb_headlines(readings, position))
        else:
            merged[index] = _union(merged[index], _absorb_headlines(readings, position))
    return [reading.event for reading in merged if reading.event.participants]


def _next_body(readings: list[Reading], position: int, type_: str) -> Reading | None:
    return next(
        (item for item in readings[position + 1:] if item.event.type == type_ and not item.headline),
        None,
    )


def _absorb_headlines(readings: list[Reading], position: int) -> Reading:
    """The reading with the headlines it is the next body event for folded in."""
    reading = readings[position]
    for earlier in range(position):
        other = readings[earlier]
        if other.headline and other.event.type == reading.event.type and (
            _next_body(readings, earlier, other.event.type) is reading
        ):
            reading = _union(reading, other)
    return reading


def _same(merged: list[Reading], event: Event) -> int | None:
    for index, reading in enumerate(merged):
        other = reading.event
        if other.type == event.type and set(other.participants) == set(event.participants):
            return index
    return None


def _last_of_type(merged: list[Reading], type_: str) -> int | None:
    found = [index for index, reading in enumerate(merged) if reading.event.type == type_]
    return found[-1] if found else None


def _union(kept: Reading, new: Reading) -> Reading:
    base, extra = (new, kept) if kept.headline and not new.headline else (kept, new)
    evidence = sorted({*kept.event.evidence, *new.event.evidence}, key=lambda span: span.start)
    event = replace(
        base.event,
        date=base.event.date or extra.event.date,
        place=base.event.place or extra.event.place,
        title=base.event.title or extra.event.title,
        participants=tuple(dict.fromkeys((*kept.event.participants, *new.event.participants))),
        sectors=tuple(dict.fromkeys((*kept.event.sectors, *new.event.sectors))),
        evidence=tuple(evidence),
    )
    return Reading(event, kept.headline and new.headline)
