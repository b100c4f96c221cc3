"""A region's or city's government stands for its region and is no organization of its
own; a government with a name of its own, a capitalized adjective that is no place's
before the head, is one (`org_mentions.is_government`)."""

from __future__ import annotations

import pytest

from coopwatch.extract.entities.stage import link
from coopwatch.lexicon.folding import fold
from coopwatch.nlp.analyze import analyze
from coopwatch.records import Document
from coopwatch.tools import Toolkit


def org_names(text: str, tools: Toolkit) -> set[str]:
    doc = link(analyze(Document(id="t", text=text), tools), tools)
    return {fold(e.name) for e in doc.entities if e.type == "ORG"}


NAMED_GOVERNMENTS = [
    # a people's government of a Chinese city, a place name after it
    ("Заместитель председателя Народного Правительства Хэйхэ Лю Ян открыл выставку.",
     "народное правительство хэйхэ"),
    # of a province, with the kind word of the place
    ("Делегация Народного правительства провинции Хэйлунцзян прибыла в Хабаровск.",
     "народное правительство провинции хэйлунцзян"),
]


@pytest.mark.parametrize(("text", "name"), NAMED_GOVERNMENTS)
def test_named_government_is_an_organization(text: str, name: str, tools: Toolkit) -> None:
    assert name in org_names(text, tools)


PLACE_GOVERNMENTS = [
    # the region's own government: the region stands for it
    ("Соглашение подписали с Правительством Тверской области.", "правительство"),
    # a place's adjective before the head
    ("Представители Московского правительства приехали в Минск.", "правительство"),
    ("Договор одобрили депутаты и Гродненский облисполком.", "облисполком"),
    # a named government without its place: no name to keep
    ("Заместитель мэра Народного Правительства Ли Вэй открыл выставку.", "правительство"),
]


@pytest.mark.parametrize(("text", "word"), PLACE_GOVERNMENTS)
def test_place_government_is_no_organization(text: str, word: str, tools: Toolkit) -> None:
    assert not any(word in name for name in org_names(text, tools))
