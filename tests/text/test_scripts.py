"""Latin look-alikes in Cyrillic words, folded one character for one."""

from __future__ import annotations

import pytest

from coopwatch.text.scripts import cyrillic_twins


@pytest.mark.parametrize(("text", "expected"), [
    ("Пo инфoрмaции Министeрствa (МAРТ)", "По информации Министерства (МАРТ)"),
    ("Coca-Cola и iPhone остались как есть", "Coca-Cola и iPhone остались как есть"),
    ("Ростов-on-Don", "Ростов-on-Don"),
    ("Bалентина Mатвиенко", "Валентина Матвиенко"),
    # a Latin name typed with a Cyrillic «С» («Сadila»): made Latin
    ("Компания \u0421adila и \u0421ibur", "Компания Cadila и Cibur"),
    # Greek look-alikes mixed in against copying, and a Latin «k»
    ("Вчера в Омсκ прибыли гοсти, губернатор Омсκой οбласти их принял.",
     "Вчера в Омск прибыли гости, губернатор Омской области их принял."),
    ("Омсkая область", "Омская область"),
    # unchanged: a Greek word, a word in both scripts on purpose
    ("Формула Ε=mc² и слово λόγος", "Формула Ε=mc² и слово λόγος"),
    ("iPhone-овский дизайн", "iPhone-овский дизайн"),
    ("", ""),
])
def test_cyrillic_twins(text: str, expected: str) -> None:
    folded = cyrillic_twins(text)
    assert folded == expected
    assert len(folded) == len(text)


def test_pipeline_reads_the_folded_text(pipeline) -> None:
    from coopwatch.records import Document, Source

    text = "Губернатор Омскoй oблaсти подписал соглашение с Павлодарской областью."
    doc = pipeline(Document(id="x", text=text, source=Source()))
    assert len(doc.text) == len(text)
    assert {"RU-OMS", "KZ-55"} <= {e.key for e in doc.entities}
