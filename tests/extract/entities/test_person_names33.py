"""People's names of the y… dev half (session 33): a woman's first name in «-я» beside a
surname in «-ова» (no man's genitive), surnames in «-ых»/«-их» that never decline, and
adjectival surnames in «-щей», «-чей», «-цкой» and «-чим»."""

from __future__ import annotations

import pytest

from coopwatch.pipeline import Pipeline
from coopwatch.records import Document

NAMES = [
    ("Во встрече принимали участие вице-премьер - министр культуры Татарстана Зиля "
     "Галеева и мэр города.", "Зиля Галеева"),
    ("Гости посетили выставку фотографов Светланы Ивановой и Альбины Черных.",
     "Альбина Черных"),
    ("Делегацию принял Иван Долгих, министр сельского хозяйства.", "Иван Долгих"),
    ("Доклад подготовлен при участии Ирины Молодцовой и Натальи Горячей.", "Наталья Горячая"),
    ("Губернатор встретился с Сергеем Горячим.", "Сергей Горячий"),
    ("Выставку открыли при участии Елены Непомнящей.", "Елена Непомнящая"),
    # a man's name in the genitive, though the dictionary lists «Рустэма» as a woman's
    ("Делегацию возглавил заместитель премьер-министра республики Рустэма Гайнуллина.",
     "Рустэм Гайнуллин"),
]


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_name(pipeline: Pipeline, text: str, name: str) -> None:
    doc = pipeline(Document(id="page", text=text))
    assert name in {entity.name for entity in doc.entities if entity.type == "PER"}
