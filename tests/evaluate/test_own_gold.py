"""The project's own gold sets (tests/gold/own.json held out, tests/gold/dev.json for
tuning) are consistent with SCHEMA.md.

The same structural checks run on the shared seeds, so a check that rejects the
shared gold is a wrong check, not a wrong annotation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coopwatch.records import (
    ENTITY_TYPES,
    EVENT_STATUSES,
    EVENT_TYPES,
    FIGURE_APPROX,
    FIGURE_KINDS,
    FIGURE_METRICS,
    SECTORS,
)

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"
OWN_GOLD = GOLD_DIR / "own.json"

KEY = re.compile(r"^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|(?:geo|per|org):\S.*)$")
DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?)$")
PERIOD = re.compile(r"^\d{4}(?:-\d{2})?(?:/\d{4}(?:-\d{2})?)?$")
KEY_PREFIX_TYPE = {"per": "PER", "org": "ORG", "geo": "GEO"}


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The gold documents of one gold file."""
    return json.loads(path.read_text(encoding="utf-8"))


def fact_keys(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every entity key a fact of `doc` refers to, with where it was found."""
    for pos in doc["positions"]:
        yield "position.person", pos["person"]
        if pos["of"] is not None:
            yield "position.of", pos["of"]
    for event in doc["events"]:
        for key in event["participants"]:
            yield "event.participant", key
        if event.get("place"):
            yield "event.place", event["place"]
    for figure in doc["figures"]:
        for key in figure["parties"]:
            yield "figure.party", key
    for flow in doc["flows"]:
        yield "flow.from", flow["from"]
        yield "flow.to", flow["to"]
    for coop in doc["cooperation"]:
        for key in coop["parties"]:
            yield "cooperation.party", key


def all_sectors(doc: dict[str, Any]) -> Iterator[str]:
    """Every sector label used anywhere in `doc`."""
    yield from doc["sectors"]
    for name in ("events", "flows", "cooperation"):
        for fact in doc[name]:
            yield from fact.get("sectors", [])


def structure_problems(doc: dict[str, Any]) -> list[str]:
    """What in one gold document breaks the SCHEMA.md contract (empty when nothing)."""
    problems: list[str] = []
    keys = [e["key"] for e in doc["entities"]]
    problems += [f"duplicate entity key {k}" for k in set(keys) if keys.count(k) > 1]
    for ent in doc["entities"]:
        if ent["type"] not in ENTITY_TYPES or not KEY.match(ent["key"]):
            problems.append(f"bad entity {ent['key']} {ent['type']}")
        prefix = ent["key"].split(":")[0]
        if ent["type"] != KEY_PREFIX_TYPE.get(prefix, "GEO"):
            problems.append(f"key {ent['key']} does not fit type {ent['type']}")
    problems += [f"{where} {k} is not an entity" for where, k in fact_keys(doc) if k not in keys]
    for event in doc["events"]:
        if event["type"] not in EVENT_TYPES or event["status"] not in EVENT_STATUSES:
            problems.append(f"bad event {event['type']} {event['status']}")
        if event.get("date") is not None and not DATE.match(event["date"]):
            problems.append(f"bad event date {event['date']}")
    for figure in doc["figures"]:
        problems += figure_problems(figure)
    problems += [f"unknown sector {s}" for s in all_sectors(doc) if s not in SECTORS]
    if doc["published"] is not None and not DATE.match(doc["published"]):
        problems.append(f"bad published {doc['published']}")
    return problems


def figure_problems(figure: dict[str, Any]) -> list[str]:
    """What in one gold figure breaks the contract."""
    problems = []
    if figure["metric"] not in FIGURE_METRICS or figure["approx"] not in FIGURE_APPROX:
        problems.append(f"bad figure metric/approx {figure['metric']} {figure['approx']}")
    if figure["kind"] not in FIGURE_KINDS:
        problems.append(f"bad figure kind {figure['kind']}")
    if figure.get("period") is not None and not PERIOD.match(figure["period"]):
        problems.append(f"bad figure period {figure['period']}")
    change = figure.get("change")
    if change is not None and set(change) not in ({"percent"}, {"factor"}):
        problems.append(f"bad figure change {change}")
    if figure["value"] is None and (figure["unit"] is not None or change is None):
        problems.append("a figure without a value must be a growth stated alone")
    return problems


def folded(text: str) -> str:
    """Lower case with ё folded, as the scorer compares names."""
    return text.lower().replace("ё", "е")


def attested(entity: dict[str, Any], text: str) -> bool:
    """Whether the entity's name or an alias shows up in `text`, allowing for inflection.

    Each word of at least four letters must appear by its first four letters; that is
    lenient enough for Russian case endings and strict enough to catch a name that the
    text never mentions.
    """
    haystack = folded(text)
    for name in [entity["name"], *entity.get("aliases", [])]:
        words = [w for w in re.findall(r"\w+", folded(name)) if len(w) >= 4] or [folded(name)]
        if all(w[:4] in haystack for w in words):
            return True
    return False


OWN = load_gold(OWN_GOLD) + load_gold(GOLD_DIR / "dev.json")

# gold file, its folder of texts, how many documents it annotates
GOLD_SETS = [("own.json", "texts", 16), ("dev.json", "dev_texts", 10)]


@pytest.mark.parametrize(("name", "folder", "count"), GOLD_SETS)
def test_gold_set_annotates_each_text_once(name: str, folder: str, count: int) -> None:
    annotated = sorted(doc["path"] for doc in load_gold(GOLD_DIR / name))
    on_disk = sorted(f"gold/{folder}/{p.name}" for p in (GOLD_DIR / folder).glob("*.txt"))
    assert len(annotated) == count
    assert annotated == on_disk


@pytest.mark.parametrize("doc", OWN, ids=lambda d: Path(d["path"]).stem)
def test_own_gold_text_exists_and_fits_size(doc: dict[str, Any]) -> None:
    path = GOLD_DIR.parent / doc["path"]
    size = len(path.read_bytes())
    assert 1500 <= size <= 3600, size
    path.read_text(encoding="utf-8")


@pytest.mark.parametrize("doc", OWN, ids=lambda d: Path(d["path"]).stem)
def test_own_gold_follows_schema(doc: dict[str, Any]) -> None:
    assert structure_problems(doc) == []


@pytest.mark.parametrize("doc", OWN, ids=lambda d: Path(d["path"]).stem)
def test_own_gold_entities_are_in_the_text(doc: dict[str, Any]) -> None:
    text = (GOLD_DIR.parent / doc["path"]).read_text(encoding="utf-8")
    assert [e["key"] for e in doc["entities"] if not attested(e, text)] == []


def test_shared_seeds_pass_the_same_structure_checks(shared_dir: Path) -> None:
    seeds = shared_dir / "gold" / "seeds.json"
    if not seeds.exists():
        pytest.skip("shared gold not available")
    assert [structure_problems(doc) for doc in load_gold(seeds)] == [[]] * 5


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ({"entities": [], "positions": [{"person": "per:Иван Крупко", "of": None}]},
         "position.person per:Иван Крупко is not an entity"),
        ({"events": [{"type": "meeting", "status": "held", "participants": []}]},
         "bad event meeting held"),
        ({"sectors": ["mining"]}, "unknown sector mining"),
        ({"published": "15.05.2025"}, "bad published 15.05.2025"),
    ],
)
def test_structure_checks_catch_bad_annotations(doc: dict[str, Any], problem: str) -> None:
    empty = {"entities": [], "positions": [], "events": [], "figures": [], "flows": [],
             "cooperation": [], "sectors": [], "published": None}
    assert problem in structure_problems({**empty, **doc})


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Северо-Казахстанская область", "аким Северо-Казахстанской области", True),
        ("Могилёвская область", "в Могилевскую область", True),
        ("Гомельская область", "председатель Витебского облисполкома", False),
    ],
)
def test_attested_allows_inflection_only(name: str, text: str, expected: bool) -> None:
    assert attested({"name": name}, text) is expected
