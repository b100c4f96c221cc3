"""Gold files (shared/gold/README.md) as records: each item with its `optional` flag.

A gold file is a JSON list of documents in the card format, without offsets, mentions
or evidence, whose items may carry `"optional": true`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from coopwatch.records import (
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Position,
    Sector,
    Source,
)

T = TypeVar("T")


@dataclass(frozen=True)
class Gold(Generic[T]):
    """A gold item; an optional one may be found or missed at no cost."""

    item: T
    optional: bool = False


@dataclass(frozen=True)
class GoldDocument:
    path: str
    published: str | None = None
    entities: tuple[Gold[Entity], ...] = ()
    positions: tuple[Gold[Position], ...] = ()
    events: tuple[Gold[Event], ...] = ()
    figures: tuple[Gold[Figure], ...] = ()
    flows: tuple[Gold[Flow], ...] = ()
    cooperation: tuple[Gold[Cooperation], ...] = ()
    sectors: tuple[Sector, ...] = ()


def _items(
    data: Iterable[dict[str, Any]] | None, parse: Callable[[dict[str, Any]], T]
) -> tuple[Gold[T], ...]:
    return tuple(Gold(parse(item), bool(item.get("optional"))) for item in data or ())


def parse_gold_document(data: dict[str, Any]) -> GoldDocument:
    """One gold document from its JSON form."""
    return GoldDocument(
        path=data["path"],
        published=data.get("published"),
        entities=_items(data.get("entities"), Entity.from_json),
        positions=_items(data.get("positions"), Position.from_json),
        events=_items(data.get("events"), Event.from_json),
        figures=_items(data.get("figures"), Figure.from_json),
        flows=_items(data.get("flows"), Flow.from_json),
        cooperation=_items(data.get("cooperation"), Cooperation.from_json),
        sectors=tuple(data.get("sectors") or ()),
    )


def read_gold(path: Path) -> list[GoldDocument]:
    """All documents of a gold file."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return [parse_gold_document(item) for item in data]


def _plain(items: tuple[Gold[T], ...], keep_optional: bool) -> tuple[T, ...]:
    return tuple(gold.item for gold in items if keep_optional or not gold.optional)


def gold_as_card(gold: GoldDocument, *, keep_optional: bool = True) -> Document:
    """The gold annotation as a card (no text, no evidence): a perfect prediction."""
    return Document(
        id=gold.path,
        text="",
        source=Source(path=gold.path, published=gold.published),
        entities=_plain(gold.entities, keep_optional),
        positions=_plain(gold.positions, keep_optional),
        events=_plain(gold.events, keep_optional),
        figures=_plain(gold.figures, keep_optional),
        flows=_plain(gold.flows, keep_optional),
        cooperation=_plain(gold.cooperation, keep_optional),
        sectors=gold.sectors,
    )
