"""A name after an instrumental title whose first word ends as no genitive does («-ом»,
«-ем», «-ым») holds the title, whatever case the tagger gives that word (`stage.py`,
_genitive): Vietnamese names decline their first word only.
Sentences written here; entities given by hand, places typed as the gazetteer types them."""

from __future__ import annotations

import pytest
from test_realnews_shapes import _found

from coopwatch.tools import Toolkit

# text, entities (key -> surface forms), positions that must be found
FOUND = [
    ("Сегодня губернатор провел переговоры с руководителем провинции Бариа-Вунгтау Фамом "
     "Ван Тхо и деловыми кругами.",
     {"VN-43": ["провинции Бариа-Вунгтау"], "per:Фам Ван Тхо": ["Фамом Ван Тхо"]},
     {("per:Фам Ван Тхо", "руководитель", "VN-43")}),
    ("Вчера мэр встретился с руководителем провинции Бариа-Вунгтау Фамом Ван Тхо.",
     {"VN-43": ["провинции Бариа-Вунгтау"], "per:Фам Ван Тхо": ["Фамом Ван Тхо"]},
     {("per:Фам Ван Тхо", "руководитель", "VN-43")}),
]

# text, entities, positions that must not be found
NOT_FOUND = [
    # a genitive name after a title in another case is whose the title is
    ("Губернатор встретился с помощником Ивана Петрова.",
     {"per:Иван Петров": ["Ивана Петрова"]},
     {("per:Иван Петров", "помощник", None)}),
]


@pytest.mark.parametrize(("text", "entities", "expected"), FOUND)
def test_instrumental_name_holds_the_title(
    text: str, entities: dict[str, list[str]], expected: set, tools: Toolkit
) -> None:
    assert expected <= _found(text, entities, tools)


@pytest.mark.parametrize(("text", "entities", "wrong"), NOT_FOUND)
def test_genitive_name_is_whose_the_title_is(
    text: str, entities: dict[str, list[str]], wrong: set, tools: Toolkit
) -> None:
    assert not wrong & _found(text, entities, tools)
