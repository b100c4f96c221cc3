"""The card JSON Schema and `coopwatch validate`: valid cards pass, broken ones say why."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, get_args

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from coopwatch.cli import app
from coopwatch.evaluate.gold import gold_as_card, read_gold
from coopwatch.evaluate.validate import card_schema, check_card
from coopwatch.records import (
    Change,
    Cooperation,
    Document,
    Entity,
    Event,
    Figure,
    Flow,
    Mention,
    Position,
    Relevance,
    Source,
    Span,
    values,
)

TEXT = ("Вице-губернатор Петербурга Кирилл Поляков встретился с делегацией Китая. "
        "Товарооборот с КНР вырос на 12,4%.")


def _at(word: str) -> Mention:
    start = TEXT.index(word)
    return Mention(start, start + len(word), word)


def _sentence(number: int) -> tuple[Span, ...]:
    first = TEXT.index(". ") + 1
    return (Span(0, first),) if number == 0 else (Span(first + 1, len(TEXT)),)


def valid_card() -> dict[str, Any]:
    """A complete version-2 card: relevance, and a confidence on every fact."""
    doc = Document(
        id="c1", text=TEXT, source=Source(path="corpus/a.txt", published="2025-06-27"),
        relevance=Relevance(on_topic=True, score=0.93),
        entities=(
            Entity("RU-SPE", "GEO", "Санкт-Петербург", "region", "RU", ("Петербург",),
                   (_at("Петербурга"),)),
            Entity("CN", "GEO", "Китай", "country", None, ("КНР",), (_at("Китая"), _at("КНР"))),
            Entity("per:Кирилл Поляков", "PER", "Кирилл Поляков", mentions=(_at("Кирилл Поляков"),)),
        ),
        positions=(Position("per:Кирилл Поляков", "вице-губернатор", "RU-SPE", _sentence(0),
                            confidence=0.9),),
        events=(Event("meeting", "done", "2025-06-27", ("per:Кирилл Поляков", "CN"),
                      sectors=("automotive",), evidence=_sentence(0), confidence=0.75),),
        figures=(Figure("trade_turnover", None, None, change=Change(percent=12.4),
                        parties=("RU-SPE", "CN"), evidence=_sentence(1), confidence=0.6),),
        flows=(Flow("CN", "RU-SPE", ("автомобили",), ("automotive",), "done", _sentence(1),
                    confidence=0.0),),
        cooperation=(Cooperation(("RU-SPE", "CN"), ("automotive",), _sentence(0),
                                 confidence=1.0),),
        sectors=("automotive",),
    )
    return doc.to_json()


def broken(path: str, value: Any, base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The valid card (or `base`) with the field at a slash path set to `value` (None
    deletes it)."""
    card = copy.deepcopy(base or valid_card())
    *parents, last = path.strip("/").split("/")
    target: Any = card
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    key: Any = int(last) if isinstance(target, list) else last
    if value is None:
        del target[key]
    else:
        target[key] = value
    return card


def test_the_schema_is_valid_draft_2020_12() -> None:
    Draft202012Validator.check_schema(card_schema())
    assert card_schema()["$schema"].endswith("2020-12/schema")


# A Literal type of the records, and where the card schema lists the same values.
ENUMS = [
    (values.EntityType, "entity", "type"),
    (values.GeoKind, "entity", "geo_kind"),
    (values.EventType, "event", "type"),
    (values.Status, "event", "status"),
    (values.Status, "flow", "status"),
    (values.FigureMetric, "figure", "metric"),
    (values.FigureApprox, "figure", "approx"),
    (values.FigureKind, "figure", "kind"),
]


@pytest.mark.parametrize(("allowed", "definition", "name"), ENUMS,
                         ids=[f"{d}.{n}" for _, d, n in ENUMS])
def test_record_values_are_the_schema_enums(allowed: Any, definition: str, name: str) -> None:
    listed = card_schema()["$defs"][definition]["properties"][name]["enum"]
    assert list(get_args(allowed)) == [value for value in listed if value is not None]


def test_sectors_are_the_schema_enum() -> None:
    assert list(get_args(values.Sector)) == card_schema()["$defs"]["sectors"]["items"]["enum"]


def test_a_valid_card_has_no_problem() -> None:
    assert check_card(valid_card()) == []


def test_every_shared_gold_document_as_a_card_fits_the_schema(shared_dir: Path) -> None:
    for gold in read_gold(shared_dir / "gold" / "seeds.json"):
        doc = gold_as_card(gold)
        evidence = (Span(0, 10),)
        dressed = doc.replace(text="x" * 20, **{
            name: tuple(replace(item, evidence=evidence) for item in getattr(doc, name))
            for name in ("positions", "events", "figures", "flows", "cooperation")
        })
        errors = [p for p in check_card(dressed.to_json()) if p.severity == "error"]
        assert errors == [], gold.path


@pytest.mark.parametrize(("path", "value", "where", "words"), [
    ("/events/0/evidence", [], "/events/0/evidence", "non-empty"),
    ("/positions/0/evidence", None, "/positions/0", "'evidence' is a required property"),
    ("/events/0/type", "conference", "/events/0/type", "is not one of"),
    ("/events/0/status", "finished", "/events/0/status", "is not one of"),
    ("/events/0/date", "27.06.2025", "/events/0/date", "27.06.2025"),
    ("/sectors", ["cars"], "/sectors/0", "is not one of"),
    ("/figures/0/metric", "turnover", "/figures/0/metric", "is not one of"),
    ("/figures/0/change", {}, "/figures/0/change", ""),
    ("/figures/0/approx", "around", "/figures/0/approx", "is not one of"),
    ("/entities/2/key", "RU-SPB", "/entities/2/key", "does not match"),
    ("/entities/0/key", "Санкт-Петербург", "/entities/0/key", "does not match"),
    ("/entities/2/type", "PERSON", "/entities/2/type", "is not one of"),
    ("/cooperation/0/parties", ["RU-SPE"], "/cooperation/0/parties", "too short"),
    ("/schema", 3, "/schema", "is not one of"),
    ("/source/published", "вчера", "/source/published", "вчера"),
    ("/extra", 1, "/", "Additional properties"),
])
def test_schema_violations_name_the_field(path: str, value: Any, where: str, words: str) -> None:
    problems = check_card(broken(path, value))
    assert problems, "the broken card passed"
    assert any(p.where == where and words in p.message for p in problems), problems


@pytest.mark.parametrize(("path", "value", "words"), [
    ("/entities/0/mentions/0/text", "Петербург", "'Петербург' but the text has 'Петербурга'"),
    ("/entities/1/mentions/0/stop", len(TEXT) + 5, "not within the text"),
    ("/events/0/evidence/0/start", TEXT.index(". ") + 1, "not within the text"),  # empty
    ("/positions/0/evidence/0/start", 9999, "not within the text"),
    ("/entities/2/key", "RU-SPE", "duplicate entity key"),
])
def test_offsets_and_keys_beyond_the_schema(path: str, value: Any, words: str) -> None:
    card = broken(path, value)
    if path == "/entities/2/key":
        card["entities"][2]["type"] = "GEO"
        card["entities"][2].update(geo_kind="region", within=None)
    problems = check_card(card)
    assert any(words in p.message and p.severity == "error" for p in problems), problems


def test_a_fact_key_without_its_entity_is_a_warning() -> None:
    problems = check_card(broken("/flows/0/from", "BY"))
    assert [(p.where, p.severity) for p in problems] == [("/flows/0/from", "warning")]


def version_1_card() -> dict[str, Any]:
    """The valid card as schema version 1 wrote it: no relevance, no confidence."""
    card = copy.deepcopy(valid_card())
    card["schema"] = 1
    del card["relevance"]
    for section in ("positions", "events", "figures", "flows", "cooperation"):
        for fact in card[section]:
            del fact["confidence"]
    return card


def test_a_version_1_card_has_no_problem() -> None:
    assert check_card(version_1_card()) == []


# (a change to the valid version-2 card, where the problem is, its severity)
VERSION_2_PROBLEMS = [
    ("/relevance", None, "/relevance", "warning"),
    ("/events/0/confidence", None, "/events/0", "warning"),
    ("/cooperation/0/confidence", None, "/cooperation/0", "warning"),
    ("/relevance/score", 1.2, "/relevance/score", "error"),
    ("/relevance/score", -0.1, "/relevance/score", "error"),
    ("/relevance/score", float("nan"), "/relevance/score", "error"),
    ("/relevance/on_topic", "yes", "/relevance/on_topic", "error"),
    ("/positions/0/confidence", 1.01, "/positions/0/confidence", "error"),
    ("/figures/0/confidence", -0.5, "/figures/0/confidence", "error"),
    ("/flows/0/confidence", float("inf"), "/flows/0/confidence", "error"),
    ("/flows/0/confidence", float("nan"), "/flows/0/confidence", "error"),
    ("/events/0/confidence", "0.8", "/events/0/confidence", "error"),
]


@pytest.mark.parametrize(("path", "value", "where", "severity"), VERSION_2_PROBLEMS)
def test_version_2_fields(path: str, value: Any, where: str, severity: str) -> None:
    problems = check_card(broken(path, value))
    assert [(p.where, p.severity) for p in problems] == [(where, severity)], problems


@pytest.mark.parametrize(("path", "value", "severity"), [
    ("/relevance", {"on_topic": False, "score": 0.2}, None),  # version 1 may not say; if so,
    ("/events/0/confidence", 0.4, None),                      # it is checked all the same
    ("/events/0/confidence", 2, "error"),
    ("/relevance", {"on_topic": True, "score": float("nan")}, "error"),
])
def test_version_1_cards_need_no_version_2_fields(
    path: str, value: Any, severity: str | None
) -> None:
    card = broken(path, value, version_1_card())
    assert [p.severity for p in check_card(card)] == ([severity] if severity else [])


def test_geo_fields_only_on_places() -> None:
    card = valid_card()
    card["entities"][2]["geo_kind"] = "city"
    assert check_card(card)
    del card["entities"][2]["geo_kind"]
    del card["entities"][0]["within"]
    assert any(p.where == "/entities/0" for p in check_card(card))


def _cards_file(tmp_path: Path, *cards: dict[str, Any] | str) -> Path:
    path = tmp_path / "cards.jsonl"
    lines = [item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)
             for item in cards]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _validate(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["validate", *args])
    return result.exit_code, result.output


def test_validate_cli_passes_valid_cards(tmp_path: Path) -> None:
    code, output = _validate(str(_cards_file(tmp_path, valid_card(), valid_card())))
    assert code == 0, output
    assert "2 cards: 2 valid, 0 invalid" in output


def test_validate_cli_reports_the_line_and_exits_1(tmp_path: Path) -> None:
    path = _cards_file(tmp_path, valid_card(), broken("/events/0/evidence", []), "{not json")
    code, output = _validate(str(path))
    assert code == 1
    assert "line 2" in output and "/events/0/evidence" in output
    assert "line 3" in output and "not JSON" in output
    assert "3 cards: 1 valid, 2 invalid" in output


def test_validate_cli_strict_fails_on_warnings(tmp_path: Path) -> None:
    path = _cards_file(tmp_path, broken("/flows/0/from", "BY"))
    assert _validate(str(path))[0] == 0
    assert _validate(str(path), "--strict")[0] == 1


@pytest.mark.parametrize(("card", "plain", "strict"), [
    (valid_card(), 0, 0),
    (version_1_card(), 0, 0),
    (broken("/relevance", None), 0, 1),
    (broken("/figures/0/confidence", None), 0, 1),
    (broken("/figures/0/confidence", 1.5), 1, 1),
])
def test_validate_cli_on_both_versions(
    tmp_path: Path, card: dict[str, Any], plain: int, strict: int
) -> None:
    path = _cards_file(tmp_path, card)
    assert _validate(str(path))[0] == plain
    assert _validate(str(path), "--strict")[0] == strict

