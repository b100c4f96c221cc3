"""Two organizations sharing the words after their first («Донецкий и Торезский
электротехнические заводы»): each in the singular. Sentences written here after a dev
page (ze18)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.org_shared import with_shared_heads
from coopwatch.records import Entity, Mention
from coopwatch.tools import Toolkit


def _org(text: str, written: str) -> Entity:
    start = text.index(written)
    mention = Mention(start=start, stop=start + len(written), text=written, type="ORG")
    return Entity(key="org:" + written, type="ORG", name=written, mentions=(mention,))


SHARED = [
    ("Донецкий и Торезский электротехнические заводы войдут в кластер.",
     "Торезский электротехнические заводы",
     ["Донецкий электротехнический завод", "Торезский электротехнический завод"]),
    ("Договор подписали Новолипецкий и Магнитогорский металлургические комбинаты.",
     "Магнитогорский металлургические комбинаты",
     ["Новолипецкий металлургический комбинат", "Магнитогорский металлургический комбинат"]),
    # no «X и» before: one plant, left as it is
    ("Магнитогорский металлургические комбинаты увеличили выпуск.",
     "Магнитогорский металлургические комбинаты",
     ["Магнитогорский металлургические комбинаты"]),
    # the shared words name no kind of organization: left as it is
    ("Курский и Белгородский регионы обсудили поставки.", "Белгородский регионы",
     ["Белгородский регионы"]),
]


@pytest.mark.parametrize(("text", "written", "names"), SHARED)
def test_shared_words_make_two_organizations(tools: Toolkit, text: str, written: str,
                                             names: list[str]) -> None:
    found = with_shared_heads(text, tools.morph, [_org(text, written)])
    assert [entity.name for entity in found] == names
    first = found[0].mentions[0]
    assert text[first.start:first.stop] == first.text


def test_the_first_organization_points_at_its_adjective(tools: Toolkit) -> None:
    text = "Донецкий и Торезский электротехнические заводы войдут в кластер."
    donetsk, torez = with_shared_heads(
        text, tools.morph, [_org(text, "Торезский электротехнические заводы")])
    assert donetsk.mentions[0].text == "Донецкий"
    assert torez.aliases == ("Торезский электротехнические заводы",)
