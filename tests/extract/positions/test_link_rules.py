"""The link rules of `positions/links.py`, one table per pattern, on the rule itself:
who holds the title the text links to a person by a verb or by «на пост».

Each case names the title word the rule is asked about; the yargy grammar of
`bench/link_grammar.py` (the measured alternative) must answer the same.
"""

from __future__ import annotations

from functools import partial

import pytest

import builders
from coopwatch.extract.positions.links import linked_holder
from coopwatch.extract.positions.stage import _of_phrase_end
from coopwatch.extract.positions.titles import title_lexicon
from coopwatch.tools import Toolkit

document = partial(builders.document, name_from_key=False)

# PERSON [был] назначен/стал/является title-Ins
SUBJECT_LINK = [
    ("Михаил Орлов стал новым директором завода.", "директором", "per:Михаил Орлов"),
    ("Наталья Зуева является председателем комитета.", "председателем", "per:Наталья Зуева"),
    ("В понедельник Пётр Соколов был назначен министром.", "министром", "per:Пётр Соколов"),
    ("Игорь Белов вернулся в Тверь. Он стал мэром города.", "мэром", "per:Игорь Белов"),
    # a verb of another kind ends the search for the subject
    ("Виктор Зайцев сказал, что стал министром.", "министром", None),
]

# назначил PERSON title-Ins
OBJECT_LINK = [
    ("Губернатор назначил Анну Котову вице-губернатором.", "вице-губернатором",
     "per:Анна Котова"),
    ("Совет директоров избрал Олега Лаврова председателем.", "председателем",
     "per:Олег Лавров"),
    # the person after the title is no object between the verb and the title
    ("Президент назначил послом Ержана Казыханова.", "послом", None),
]

# title-Ins [of-phrase] назначен/избран PERSON
HOLDER_AFTER = [
    ("Мэром Норильска избран Дмитрий Карасёв.", "Мэром", "per:Дмитрий Карасёв"),
    ("Губернатором области назначен генерал Алексей Дюмин.", "Губернатором",
     "per:Алексей Дюмин"),
    ("Ирина Лебедева пришла в театр давно. Директором театра она стала в 2006 году.",
     "Директором", "per:Ирина Лебедева"),
    # a comma before the name ends the search
    ("Министром назначен, по словам Марии Котовой, новый человек.", "Министром", None),
]

# PERSON … на пост / в должности title-Gen
ON_POST = [
    ("Указом президента Игорь Руденя назначен на пост губернатора.", "губернатора",
     "per:Игорь Руденя"),
    ("Ольга Ким третий год работает в должности директора.", "директора", "per:Ольга Ким"),
    # a candidate for a post does not hold it
    ("Кандидатуру Сергея Морозова на пост мэра выдвинула партия.", "мэра", None),
]

CASES = [*SUBJECT_LINK, *OBJECT_LINK, *HOLDER_AFTER, *ON_POST]


def _persons(text: str) -> dict[str, list[str]]:
    """The people of the cases, each by the forms it takes in them."""
    people = {
        "per:Михаил Орлов": ["Михаил Орлов"], "per:Наталья Зуева": ["Наталья Зуева"],
        "per:Пётр Соколов": ["Пётр Соколов"], "per:Игорь Белов": ["Игорь Белов"],
        "per:Виктор Зайцев": ["Виктор Зайцев"], "per:Анна Котова": ["Анну Котову"],
        "per:Олег Лавров": ["Олега Лаврова"], "per:Ержан Казыханов": ["Ержана Казыханова"],
        "per:Дмитрий Карасёв": ["Дмитрий Карасёв"], "per:Алексей Дюмин": ["Алексей Дюмин"],
        "per:Ирина Лебедева": ["Ирина Лебедева"], "per:Мария Котова": ["Марии Котовой"],
        "per:Игорь Руденя": ["Игорь Руденя"], "per:Ольга Ким": ["Ольга Ким"],
        "per:Сергей Морозов": ["Сергея Морозова"],
    }
    return {key: forms for key, forms in people.items() if forms[0] in text}


def _holders(text: str, title: str, tools: Toolkit) -> list[str | None]:
    """What the loops and the grammar say holds the title written `title` in `text`."""
    doc = document(text, tools, _persons(text))
    grammar = builders.bench_module("link_grammar")
    answers = []
    for passage in doc.passages:
        tokens = passage.tokens
        matches = title_lexicon(tools.morph).find(tokens)
        titles = {match.first: match for match in matches}
        for match in matches:
            if tokens[match.first].text == title:
                last = _of_phrase_end(tokens, match, titles)
                answers += [linked_holder(doc, tokens, match, last),
                            grammar.grammar_holder(doc, tokens, match, last)]
    return answers


@pytest.mark.parametrize(("text", "title", "holder"), CASES)
def test_link_rule(text: str, title: str, holder: str | None, tools: Toolkit) -> None:
    assert _holders(text, title, tools) == [holder, holder]
