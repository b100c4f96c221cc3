"""The map page over a real SQLite store, without a browser: regions shaded by their
facts, the filters, links to profiles, friendly errors; and the grouped count behind it
against a count made fact by fact."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from builders import kazan_card, spb_card, tatar_card
from coopwatch.settings import Settings
from coopwatch.store import read, repository
from coopwatch.store.models import FactPartyRow, FactRow
from coopwatch.web.map_page import LEVELS, Scale, counted

if TYPE_CHECKING:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

REGION = re.compile(r'<a href="/entities/([^"]+)" class="region" data-key="\1" '
                    r'data-facts="(\d+)">(.*?)</a>')


@pytest.fixture()
def app(tmp_path: Path) -> FastAPI:
    from coopwatch.api import create_app  # the app's imports wait for the first test

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path}/map.sqlite3"))
    with app.state.database.sessions.begin() as session:
        for card in (spb_card(), kazan_card(), tatar_card()):
            repository.save_document(session, doc=card)
    return app


@pytest.fixture()
def client(app: FastAPI) -> Iterator[TestClient]:
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        yield client


def _regions(html: str, panel: str = "RU") -> dict[str, tuple[int, str]]:
    """key -> (facts, level class) of the regions drawn in one panel's SVG."""
    drawing = html.split(f'data-panel="{panel}"')[1].split("</svg>")[0]
    found = {}
    for key, facts, inner in REGION.findall(drawing):
        level = re.search(r'<path d="[^"]+" class="(m\d)"', inner)
        assert level is not None, key
        found[key] = (int(facts), level.group(1))
    return found


def test_the_map_draws_every_federal_subject_as_a_link(app: FastAPI, client: TestClient
                                                       ) -> None:
    response = client.get("/map")
    assert response.status_code == 200
    html = response.text
    assert '<html lang="ru">' in html and "<script>" not in html and "onclick" not in html
    assert '<a href="/map">Карта</a>' in html  # in the navigation
    regions = _regions(html)
    assert len(regions) == 89
    assert "<title>Республика Татарстан (RU-TA): " in html
    assert "<title>Санкт-Петербург (RU-SPE): " in html
    assert regions["RU-MOW"] == (0, "m0")
    shaded = {key for key, (facts, _) in regions.items() if facts}
    assert shaded == {"RU-SPE", "RU-TA", "RU-BRY"}
    top = max(regions, key=lambda key: regions[key][0])
    assert regions[top][1] == f"m{LEVELS}"
    assert regions["RU-BRY"][1] < regions[top][1]
    # Zhejiang, the Chinese partner of Tatarstan, is shaded on China's panel
    assert _regions(html, "CN")["CN-ZJ"][0] > 0
    # Belarus as a whole is a party of Saint Petersburg's facts: its panel says how many
    with app.state.database.sessions() as session:
        belarus = read.region_activity(session, keys=["BY"], filters=read.RegionFilters())
    assert belarus["BY"].facts >= 2
    caption = html.split('data-country="BY">')[1].split("</figcaption>")[0]
    assert caption == (f'<a href="/entities/BY">Беларусь</a>: '
                       f'{counted(belarus["BY"].facts, "факт", "факта", "фактов")} '
                       "у страны в целом")
    assert 'data-country="CN"><a href="/entities/CN">Китай</a>: 0 фактов' in html


def test_the_counts_are_the_facts_each_region_is_a_party_of(app: FastAPI) -> None:
    keys = ["RU-SPE", "RU-TA", "RU-BRY", "CN-ZJ", "BY", "RU-MOW"]
    with app.state.database.sessions.begin() as session:
        every = read.region_activity(session, keys=keys, filters=read.RegionFilters())
        events = read.region_activity(session, keys=keys,
                                      filters=read.RegionFilters(kind="event"))
        parties = session.execute(select(FactPartyRow.entity_key, FactPartyRow.fact_id,
                                         FactRow.kind)
                                  .join(FactRow, FactRow.id == FactPartyRow.fact_id)).all()
    for counted_, kinds in ((every, {"position", "event", "figure", "flow", "cooperation"}),
                            (events, {"event"})):
        by_hand = Counter(key for key, _ in {(key, fact) for key, fact, kind in parties
                                             if kind in kinds and key in keys})
        assert {key: item.facts for key, item in counted_.items()} == dict(by_hand)
    assert "RU-MOW" not in every and every["RU-SPE"].facts > events["RU-SPE"].facts


def test_filters_change_the_shading(client: TestClient) -> None:
    every = {key: facts for key, (facts, _) in _regions(client.get("/map").text).items()}
    filtered = {
        query: {key: facts for key, (facts, _) in _regions(
            client.get("/map?" + query).text).items()}
        for query in ("sector=automotive", "sector=автомобили", "kind=figure", "kind=position",
                      "kind=event&event_type=agreement", "since=2025-06",
                      "min_confidence=0.5")
    }
    for query, counts in filtered.items():
        assert all(counts[key] <= every[key] for key in every), query
    assert filtered["sector=automotive"] == filtered["sector=автомобили"]
    assert filtered["sector=automotive"] != every
    assert filtered["sector=automotive"]["RU-BRY"] == 0
    assert filtered["kind=figure"]["RU-SPE"] >= 1 and filtered["kind=figure"]["RU-TA"] == 0
    # the vice-governor's post is a fact of Saint Petersburg, of no other region
    assert {key for key, facts in filtered["kind=position"].items() if facts} == {"RU-SPE"}
    agreements = {key for key, facts in filtered["kind=event&event_type=agreement"].items()
                  if facts}
    assert agreements == {"RU-SPE"}
    assert filtered["since=2025-06"] != every
    # the builders' cards are version 1: no fact has a confidence to pass the bar
    assert not any(filtered["min_confidence=0.5"].values())
    html = client.get("/map?kind=figure").text
    assert '<option value="figure" selected="selected">' in html


@pytest.mark.parametrize(("query", "says"), [
    ("since=вчера", "непонятная дата"), ("until=2024-13", "непонятная дата"),
    ("kind=zzz", "неизвестное значение"), ("sector=космос", "неизвестное значение"),
    ("event_type=party", "неизвестное значение"), ("min_confidence=2", "от 0 до 1"),
    ("min_confidence=abc", "от 0 до 1"),
])
def test_bad_filters_get_a_russian_page(client: TestClient, query: str, says: str) -> None:
    response = client.get("/map?" + query)
    assert response.status_code == 422
    assert "text/html" in response.headers["content-type"]
    assert says in response.text and "Не удалось понять запрос" in response.text


def test_the_overview_has_a_small_map(client: TestClient) -> None:
    html = client.get("/").text
    assert 'class="map map-small"' in html
    assert len(_regions(html)) == 89
    assert '<a href="/map">' in html


def test_the_scale_gives_the_top_the_darkest_shade() -> None:
    assert Scale(()).level(0) == 0 and Scale(()).level(3) == 0
    for top in (1, 2, 3, 7, 26, 1000):
        scale = Scale.of({"X": read.RegionActivity("X", top)})
        assert scale.level(top) == LEVELS
        assert scale.level(0) == 0 and 1 <= scale.level(1) <= LEVELS
        levels = [scale.level(n) for n in range(1, top + 1)]
        assert levels == sorted(levels)
        assert len(set(levels)) == min(top, LEVELS)
    legend = Scale.of({"X": read.RegionActivity("X", 26)}).legend()
    assert re.findall(r'class="swatch (m\d)">([^<]+)<', legend) == [
        ("m0", "нет фактов"), ("m1", "1–2"), ("m2", "3–4"), ("m3", "5–7"), ("m4", "8–14"),
        ("m5", "15–26")]
    assert re.findall(r'class="swatch (m\d)">([^<]+)<', Scale.of(
        {"X": read.RegionActivity("X", 2)}).legend()) == [
        ("m0", "нет фактов"), ("m4", "1"), ("m5", "2")]


@pytest.mark.parametrize(("number", "text"), [
    (1, "1 факт"), (2, "2 факта"), (5, "5 фактов"), (11, "11 фактов"), (21, "21 факт"),
    (104, "104 факта"), (112, "112 фактов"), (0, "0 фактов"),
])
def test_counts_take_russian_plurals(number: int, text: str) -> None:
    assert counted(number, "факт", "факта", "фактов") == text
