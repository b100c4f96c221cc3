"""Card validation: the JSON Schema (schema/card.schema.json), then what it cannot say.

Cards of schema version 1 and 2 are accepted. Errors make a card invalid: schema
violations (a relevance score or a confidence outside 0..1 among them), a score or
confidence that is not a finite number, offsets outside the text, mention text that is
not the slice it points at, duplicate entity keys. Warnings do not: a fact key that
names no entity of the card (a party known only from an adjective such as
"российско-китайский" may have no entity of its own), and in a version-2 card a missing
`relevance` or a fact without `confidence`.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

MESSAGE_CHARS = 200
FACT_SECTIONS = ("positions", "events", "figures", "flows", "cooperation")
KEY_FIELDS = {
    "positions": ("person", "of"), "events": ("participants", "place"),
    "figures": ("parties",), "flows": ("from", "to"), "cooperation": ("parties",),
}


@dataclass(frozen=True)
class Problem:
    where: str      # a JSON pointer-like path inside the card
    message: str
    severity: str = "error"


@cache
def card_schema() -> dict[str, Any]:
    """The card JSON Schema shipped with the package."""
    text = (resources.files("coopwatch") / "schema" / "card.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(card_schema())


def check_card(card: Any) -> list[Problem]:
    """Every problem of one card: schema errors first; the rest only for a well-formed card."""
    problems = [_schema_problem(error) for error in _schema_errors(card)]
    if problems:
        return problems
    return [*_duplicate_keys(card), *_offset_problems(card), *_dangling_keys(card),
            *_version_2_problems(card)]


def _schema_errors(card: Any) -> list[ValidationError]:
    return sorted(_validator().iter_errors(card), key=lambda error: list(map(str, error.path)))


def _schema_problem(error: ValidationError) -> Problem:
    where = "/" + "/".join(map(str, error.absolute_path))
    message = error.message
    if len(message) > MESSAGE_CHARS:
        message = message[:MESSAGE_CHARS] + "…"
    return Problem(where, message)


def _duplicate_keys(card: dict[str, Any]) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, entity in enumerate(card["entities"]):
        if entity["key"] in seen:
            yield Problem(f"/entities/{index}/key", f"duplicate entity key {entity['key']!r}")
        seen.add(entity["key"])


def _offset_problems(card: dict[str, Any]) -> Iterator[Problem]:
    text = card["text"]
    for index, entity in enumerate(card["entities"]):
        for number, mention in enumerate(entity["mentions"]):
            where = f"/entities/{index}/mentions/{number}"
            yield from _span_problems(where, mention, text)
            found = text[mention["start"]:mention["stop"]]
            if _inside(mention, text) and found != mention["text"]:
                yield Problem(where, f"mention text {mention['text']!r} but the text has {found!r}")
    for section in FACT_SECTIONS:
        for index, fact in enumerate(card[section]):
            for number, span in enumerate(fact["evidence"]):
                yield from _span_problems(f"/{section}/{index}/evidence/{number}", span, text)


def _inside(span: dict[str, int], text: str) -> bool:
    return 0 <= span["start"] < span["stop"] <= len(text)


def _span_problems(where: str, span: dict[str, int], text: str) -> Iterator[Problem]:
    if not _inside(span, text):
        yield Problem(
            where, f"span {span['start']}:{span['stop']} is not within the text "
            f"(0 ≤ start < stop ≤ {len(text)})",
        )


def _dangling_keys(card: dict[str, Any]) -> Iterator[Problem]:
    known = {entity["key"] for entity in card["entities"]}
    for section, names in KEY_FIELDS.items():
        for index, fact in enumerate(card[section]):
            for name in names:
                for key in _keys(fact[name]):
                    if key not in known:
                        yield Problem(f"/{section}/{index}/{name}",
                                      f"key {key!r} names no entity of the card", "warning")


def _version_2_problems(card: dict[str, Any]) -> Iterator[Problem]:
    """Scores and confidences that are not finite numbers (JSON Schema lets NaN through
    its bounds); in a version-2 card, a missing relevance or confidence."""
    version_2 = card["schema"] == 2
    relevance = card.get("relevance")
    if relevance is None and version_2:
        yield Problem("/relevance", "a version-2 card has no relevance", "warning")
    elif relevance is not None and not math.isfinite(relevance["score"]):
        yield Problem("/relevance/score", "the score is not a number in 0..1")
    for section in FACT_SECTIONS:
        for index, fact in enumerate(card[section]):
            confidence = fact.get("confidence")
            if confidence is None and version_2:
                yield Problem(f"/{section}/{index}", "a fact of a version-2 card has no "
                              "confidence", "warning")
            elif confidence is not None and not math.isfinite(confidence):
                yield Problem(f"/{section}/{index}/confidence",
                              "the confidence is not a number in 0..1")


def _keys(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


@dataclass(frozen=True)
class LineReport:
    """The problems of one line of a cards file (1-based line number)."""

    line: int
    card_id: str | None
    problems: tuple[Problem, ...]

    @property
    def valid(self) -> bool:
        return not any(problem.severity == "error" for problem in self.problems)


def check_lines(lines: Iterable[str]) -> Iterator[LineReport]:
    """Check each non-blank line of a JSON lines cards file."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            card = json.loads(line)
        except json.JSONDecodeError as error:
            yield LineReport(number, None, (Problem("", f"not JSON: {error}"),))
            continue
        card_id = card.get("id") if isinstance(card, dict) else None
        yield LineReport(number, card_id, tuple(check_card(card)))
