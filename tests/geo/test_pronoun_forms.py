"""A pronoun that shares its lemma with a place name is not that place in running text:
«Ту», «Той», «Те» are forms of «тот», as the country «Того» is."""

from __future__ import annotations

import pytest

from coopwatch.tools import Toolkit

PRONOUNS = [
    "Борцы выступят на турнире, где Ту же команду представит тренер.",
    "Компании вернулись. Всё началось Той осенью, когда открыли склад.",
    "Поставки выросли, и Те же грузовики пошли через границу.",
]


@pytest.mark.parametrize("text", PRONOUNS)
def test_pronoun_is_no_place(text: str, tools: Toolkit) -> None:
    assert not [hit for hit in tools.gazetteer.find(text) if hit.place.key == "TG"]


def test_the_country_as_written_is_found(tools: Toolkit) -> None:
    hits = tools.gazetteer.find("Товарооборот с Того вырос, сообщили в министерстве.")
    assert [(hit.text, hit.place.key) for hit in hits] == [("Того", "TG")]
