"""Reader of NEREL in brat standoff (`.txt` + `.ann`): entity lines (`T…`) and relation
lines (`R…`, `WORKS_AS Arg1:T5 Arg2:T6`); attributes, notes and links are not kept.

A line that does not parse (one stray line in train) is skipped. A discontinuous entity
(`ORGANIZATION 1647 1658;1674 1704`) keeps its fragments.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NEREL_DIR = "nerel"


@dataclass(frozen=True)
class BratEntity:
    id: str
    type: str
    fragments: tuple[tuple[int, int], ...]
    text: str

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def stop(self) -> int:
        return self.fragments[-1][1]

    @property
    def continuous(self) -> bool:
        return len(self.fragments) == 1


@dataclass(frozen=True)
class BratRelation:
    id: str
    type: str
    source: str  # the id of the entity of Arg1
    target: str  # the id of the entity of Arg2


@dataclass(frozen=True)
class NerelDoc:
    id: str
    text: str
    entities: tuple[BratEntity, ...]
    relations: tuple[BratRelation, ...] = ()

    def entity(self, entity_id: str) -> BratEntity | None:
        return next((entity for entity in self.entities if entity.id == entity_id), None)


def read_nerel(data_dir: Path | str, split: str = "dev", limit: int | None = None) -> list[NerelDoc]:
    """The documents of `<data_dir>/nerel/<split>`, sorted by file name."""
    folder = Path(data_dir) / NEREL_DIR / split
    stems = sorted(path.with_suffix("") for path in folder.glob("*.txt"))
    return [read_document(stem) for stem in stems[:limit]]


def read_document(stem: Path) -> NerelDoc:
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    ann = stem.with_suffix(".ann")
    lines = ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []
    entities = tuple(entity for line in lines if (entity := parse_entity(line)) is not None)
    relations = tuple(item for line in lines if (item := parse_relation(line)) is not None)
    return NerelDoc(id=stem.name, text=text, entities=entities, relations=relations)


def parse_entity(line: str) -> BratEntity | None:
    """`T4<TAB>CITY 28 38<TAB>Вашингтоне` -> BratEntity, anything else -> None."""
    parts = line.split("\t")
    if len(parts) < 2 or not parts[0].startswith("T"):
        return None
    kind, _, ranges = parts[1].partition(" ")
    try:
        fragments = tuple(_fragment(piece) for piece in ranges.split(";"))
    except ValueError:
        return None
    if not kind or not fragments:
        return None
    return BratEntity(id=parts[0], type=kind, fragments=fragments,
                      text=parts[2] if len(parts) > 2 else "")


def parse_relation(line: str) -> BratRelation | None:
    """`R1<TAB>WORKS_AS Arg1:T5 Arg2:T6` -> BratRelation, anything else -> None."""
    parts = line.split("\t")
    if len(parts) < 2 or not parts[0].startswith("R"):
        return None
    kind, *arguments = parts[1].split()
    roles = dict(argument.partition(":")[::2] for argument in arguments)
    if "Arg1" not in roles or "Arg2" not in roles:
        return None
    return BratRelation(id=parts[0], type=kind, source=roles["Arg1"], target=roles["Arg2"])


def _fragment(piece: str) -> tuple[int, int]:
    start, stop = piece.split()
    return int(start), int(stop)


NEREL_TYPES = {
    "PERSON": "PER", "ORGANIZATION": "ORG",
    "COUNTRY": "GEO", "STATE_OR_PROVINCE": "GEO", "CITY": "GEO", "LOCATION": "GEO",
    "DISTRICT": "GEO",
    "MONEY": "MONEY", "DATE": "DATE", "PERCENT": "PERCENT",
}
NEREL_SCORED = ("PER", "ORG", "GEO", "MONEY", "DATE", "PERCENT")


def mapped_spans(doc: NerelDoc) -> list[tuple[str, int, int]]:
    """Continuous entities of the mapped types, outermost of each mapped type only.

    «Правительство Москвы» keeps ORG and its inner GEO (two mapped types); «Москвы» inside
    «Московской области» would be dropped (same mapped type GEO, nested). Discontinuous
    entities are left out.
    """
    spans = {(NEREL_TYPES[e.type], e.start, e.stop) for e in doc.entities
             if e.type in NEREL_TYPES and e.continuous}
    return sorted(span for span in spans if not _nested(span, spans))


def _nested(span: tuple[str, int, int], spans: set[tuple[str, int, int]]) -> bool:
    kind, start, stop = span
    return any(other != span and other[0] == kind and other[1] <= start and stop <= other[2]
               for other in spans)
