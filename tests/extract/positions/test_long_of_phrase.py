"""A long organization name between a title and its holder («Председатель
Межрегиональной ассоциации … "Северный путь" (МАСП) Иван Петров») still reaches the
holder."""

from __future__ import annotations

import builders
from coopwatch.extract import positions
from coopwatch.tools import Toolkit


def test_holder_after_a_long_named_organization(tools: Toolkit) -> None:
    text = ("Форум открыл Председатель Межрегиональной ассоциации экономического "
            'взаимодействия субъектов Российской Федерации "Северный путь" (МАСП) '
            "Иван Петров.")
    org = ("Межрегиональной ассоциации экономического взаимодействия субъектов "
           'Российской Федерации "Северный путь"')
    doc = positions.extract(builders.document(text, tools, {
        "org:Северный путь": [org], "per:Иван Петров": ["Иван Петров"],
    }, name_from_key=False), tools)
    found = {(p.person, p.title, p.of) for p in doc.positions}
    assert ("per:Иван Петров", "председатель", "org:Северный путь") in found, found
