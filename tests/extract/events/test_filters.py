"""A forum named only as the time of another event («накануне выставки») is no forum."""

from __future__ import annotations

import pytest

import builders
from coopwatch.extract import dates, events
from coopwatch.tools import Toolkit

# text, whether a forum event is read
TIME_MARKS = [
    ("Делегация Гомельской области прибыла в Тамбовскую область накануне "
     "агропромышленной выставки «Тамбов-Агро».", False),
    ("Губернатор Тамбовской области встретился с делегацией Гомельской области перед "
     "форумом регионов.", False),
    ("В преддверии форума регионов делегация Гомельской области посетила Тамбовскую "
     "область.", False),
    # the forum itself told: a forum
    ("Делегация Гомельской области приняла участие в агропромышленной выставке "
     "«Тамбов-Агро» в Тамбовской области.", True),
]


@pytest.mark.parametrize(("text", "forum"), TIME_MARKS)
def test_a_forum_named_as_a_time_mark_is_no_forum(text: str, forum: bool,
                                                   tools: Toolkit) -> None:
    doc = dates.annotate(builders.analyzed(text, tools, "2025-06-10"), tools)
    doc = builders.with_entities(doc, {
        "BY-HO": ["Гомельской области"],
        "RU-TAM": ["Тамбовскую область", "Тамбовской области"]}, name_from_key=False)
    found = [event for event in events.extract(doc, tools).events if event.type == "forum"]
    assert bool(found) == forum, [(event.type, event.participants) for event in found]
