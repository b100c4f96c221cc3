"""The map in a real browser (Debian's chromium driven by Playwright), over the example
corpus's cards, under the production Content-Security-Policy: it loads with no console
error and no failed request, shades regions, and a click on a region opens its profile.
Screenshots go to var/screenshots (git-ignored)."""

from __future__ import annotations

from typing import Any

from test_browser_app import Watched, browser, server_url, watched  # noqa: F401


def _shaded(page: Any) -> dict[str, int]:
    """Region key -> facts, for the regions of the Russian map that have some."""
    found: dict[str, int] = page.eval_on_selector_all(
        "svg.map-ru a.region", "links => Object.fromEntries(links"
        ".filter(a => a.dataset.facts !== '0').map(a => [a.dataset.key, +a.dataset.facts]))")
    return found


def test_the_map_loads_cleanly_and_a_region_opens_its_profile(
    server_url: str, watched: Watched  # noqa: F811
) -> None:
    page = watched.page
    answer = page.goto(server_url + "/map")
    page.wait_for_load_state("networkidle")
    watched.shot("map")
    assert answer.status == 200
    assert page.locator("h1").inner_text() == "Карта регионов"
    assert page.locator("nav.site a[href='/map']").count() == 1
    shaded = _shaded(page)
    assert "RU-TA" in shaded and len(shaded) >= 5
    assert page.locator("svg.map-ru a.region").count() == 89
    assert page.locator("svg.map-partner[data-panel=CN]").count() == 1
    # the most active region wears the darkest shade
    top = max(shaded, key=lambda key: shaded[key])
    assert page.locator(f"svg.map-ru a[data-key='{top}'] path.m5").count() == 1
    tatarstan = page.locator("svg.map-ru a.region[data-key='RU-TA']")
    assert "Республика Татарстан" in tatarstan.locator("title").text_content()
    tatarstan.click()
    page.wait_for_url("**/entities/RU-TA")
    assert page.locator("h1").inner_text().startswith("Республика Татарстан")
    assert watched.problems == []


def test_a_filter_changes_the_shading(server_url: str, watched: Watched  # noqa: F811
                                      ) -> None:
    page = watched.page
    page.goto(server_url + "/map")
    before = _shaded(page)
    page.locator("form.filters [name=kind]").select_option("figure")
    page.click("form.filters button")
    page.wait_for_url("**/map?*kind=figure*")
    page.wait_for_load_state("networkidle")
    watched.shot("map_figures")
    after = _shaded(page)
    assert after != before
    assert set(after) <= set(before)
    assert all(after[key] <= before[key] for key in after)
    assert page.locator("form.filters [name=kind]").input_value() == "figure"
    assert watched.problems == []


def test_the_overview_shows_a_small_map(server_url: str, watched: Watched  # noqa: F811
                                        ) -> None:
    page = watched.page
    page.goto(server_url + "/")
    page.wait_for_load_state("networkidle")
    small = page.locator("svg.map-small")
    assert small.count() == 1
    assert small.locator("a.region").count() == 89
    small.scroll_into_view_if_needed()
    page.click("a[href='/map']:has-text('Карта регионов')")
    page.wait_for_url("**/map")
    assert watched.problems == []
