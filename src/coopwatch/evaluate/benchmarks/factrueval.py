"""Reader of the FactRuEval-2016 devset layout (.txt, .tokens, .spans, .objects, .facts).

Every record keeps character offsets into the document's `.txt`; a span's tokens are
found by offsets, not by the token ids of the files (a span id may repeat in `.spans`
with two types, e.g. a surname that is also a nickname).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

FACTRUEVAL_DIR = "factrueval2016/devset"
REFERENCE = re.compile(r"^(obj|span)(\d+)$")


@dataclass(frozen=True)
class GoldToken:
    start: int
    stop: int
    text: str


@dataclass(frozen=True)
class GoldSpan:
    """A first-layer span: `name`, `surname`, `org_name`, `org_descr`, `job`, …"""

    id: str
    type: str
    start: int
    stop: int


@dataclass(frozen=True)
class GoldObject:
    """A mention of a Person, Org, Location, LocOrg or Project: a set of spans."""

    id: str
    type: str
    spans: tuple[GoldSpan, ...]


@dataclass(frozen=True)
class FactArgument:
    """One line of a fact: `Who obj48 Лужков Юрий` -> role Who, ref obj48, text."""

    role: str
    ref: str | None
    text: str


@dataclass(frozen=True)
class GoldFact:
    id: str
    type: str
    arguments: tuple[FactArgument, ...]

    def values(self, role: str) -> tuple[str, ...]:
        return tuple(item.text for item in self.arguments if item.role == role)


@dataclass(frozen=True)
class FactRuDoc:
    id: str
    text: str
    tokens: tuple[GoldToken, ...]
    objects: tuple[GoldObject, ...]
    facts: tuple[GoldFact, ...]


def read_factrueval(data_dir: Path | str, limit: int | None = None) -> list[FactRuDoc]:
    """The documents of `<data_dir>/factrueval2016/devset`, in the order of their number."""
    folder = Path(data_dir) / FACTRUEVAL_DIR
    stems = sorted((path.with_suffix("") for path in folder.glob("*.txt")), key=_number)
    return [read_document(stem) for stem in stems[:limit]]


def _number(stem: Path) -> tuple[int, str]:
    digits = re.sub(r"\D", "", stem.name)
    return (int(digits) if digits else 0, stem.name)


def read_document(stem: Path) -> FactRuDoc:
    """One document from the files `<stem>.txt`, `.tokens`, `.spans`, `.objects`, `.facts`."""
    spans = read_spans(_lines(stem, ".spans"))
    return FactRuDoc(
        id=stem.name,
        text=stem.with_suffix(".txt").read_text(encoding="utf-8"),
        tokens=read_tokens(_lines(stem, ".tokens")),
        objects=read_objects(_lines(stem, ".objects"), spans),
        facts=read_facts(_lines(stem, ".facts")),
    )


def _lines(stem: Path, suffix: str) -> list[str]:
    path = stem.with_suffix(suffix)
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def read_tokens(lines: list[str]) -> tuple[GoldToken, ...]:
    """`id start length text` lines; blank lines between sentences are skipped."""
    tokens = []
    for line in lines:
        parts = line.split(" ", 3)
        if len(parts) == 4:
            start = int(parts[1])
            tokens.append(GoldToken(start=start, stop=start + int(parts[2]), text=parts[3]))
    return tuple(tokens)


def read_spans(lines: list[str]) -> dict[str, tuple[GoldSpan, ...]]:
    """`id type start length first_token n_tokens  # text` lines, grouped by id."""
    spans: dict[str, tuple[GoldSpan, ...]] = {}
    for line in lines:
        parts = line.split("#", 1)[0].split()
        if len(parts) >= 4:
            start = int(parts[2])
            span = GoldSpan(id=parts[0], type=parts[1], start=start, stop=start + int(parts[3]))
            spans[span.id] = (*spans.get(span.id, ()), span)
    return spans


def read_objects(lines: list[str], spans: dict[str, tuple[GoldSpan, ...]]) -> tuple[GoldObject, ...]:
    """`id Type span_ids…  # text` lines; unknown span ids are left out."""
    objects = []
    for line in lines:
        parts = line.split("#", 1)[0].split()
        if len(parts) >= 3:
            members = tuple(span for key in parts[2:] for span in spans.get(key, ()))
            objects.append(GoldObject(id=parts[0], type=parts[1], spans=members))
    return tuple(objects)


def read_facts(lines: list[str]) -> tuple[GoldFact, ...]:
    """Blocks `<id> <Type>` followed by `Role [objN|spanN] text` lines."""
    facts: list[GoldFact] = []
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if re.fullmatch(r"\d+-\d+", parts[0]) and len(parts) == 2:
            facts.append(GoldFact(id=parts[0], type=parts[1], arguments=()))
        elif facts:
            last = facts[-1]
            facts[-1] = GoldFact(last.id, last.type, (*last.arguments, _argument(parts)))
    return tuple(facts)


def _argument(parts: list[str]) -> FactArgument:
    if len(parts) > 1 and REFERENCE.match(parts[1]):
        return FactArgument(role=parts[0], ref=parts[1], text=" ".join(parts[2:]))
    return FactArgument(role=parts[0], ref=None, text=" ".join(parts[1:]))
