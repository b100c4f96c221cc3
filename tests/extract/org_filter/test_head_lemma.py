"""The ORG filter's head-lemma feature (`lemma=…`), and the committed model reading it:
a bare word for a kind of body heading a name counts against it, a legal form or a
customs office for it."""

from __future__ import annotations

import pytest

from coopwatch.extract.org_filter.signals import CardContext, head_lemma, org_features
from coopwatch.extract.org_filter.stage import sift_orgs, trained_filter
from coopwatch.pipeline import analyze_into_passages
from coopwatch.records import Document, Entity, Mention, Relevance
from coopwatch.text.token_index import TokenIndex
from coopwatch.tools import Toolkit


def _mention(text: str, part: str) -> Mention:
    start = text.index(part)
    return Mention(start, start + len(part), part)


@pytest.mark.parametrize(("text", "part", "lemma"), [
    ("Совет директоров одобрил сделку в среду.", "Совет директоров", "совет"),
    ("ООО «Липа» открыло новый цех в Калуге.", "ООО «Липа»", "ооо"),
    ("Делегация побывала в Министерстве торговли Чувашии.", "Министерстве торговли Чувашии",
     "министерство"),
    ("Груз оформила Псковская таможня за два часа.", "Псковская таможня", "таможня"),
    ("Он выступил в Доме дружбы народов.", "Доме дружбы народов", "дом"),
])
def test_the_head_lemma_is_the_first_noun(tools: Toolkit, text: str, part: str,
                                          lemma: str) -> None:
    doc = analyze_into_passages(Document(id="t", text=text), tools)
    assert head_lemma(TokenIndex.of(doc), _mention(text, part)) == lemma


def test_no_word_no_lemma(tools: Toolkit) -> None:
    text = "Цены выросли на 5 %."
    doc = analyze_into_passages(Document(id="t", text=text), tools)
    assert head_lemma(TokenIndex.of(doc), _mention(text, "5")) is None


# Two bodies named alike once each in the body of a text: a hall the rules kept and a
# customs office.
TEXT = (
    "Новости региона\n"
    "Во вторник делегация из Монголии посетила Дом правительства области. "
    "Позже гости осмотрели пункт пропуска, где работает Кяхтинская таможня. "
    "Стороны обсудили поставки зерна и строительство склада.\n"
)


def _card(tools: Toolkit) -> Document:
    entities = (
        Entity("org:Дом правительства", "ORG", "Дом правительства",
               mentions=(_mention(TEXT, "Дом правительства"),)),
        Entity("org:Кяхтинская таможня", "ORG", "Кяхтинская таможня",
               mentions=(_mention(TEXT, "Кяхтинская таможня"),)),
    )
    doc = analyze_into_passages(Document(id="t", text=TEXT), tools)
    return doc.replace(entities=entities, relevance=Relevance(True, 0.9))


def test_the_feature_is_read_off_the_first_mention(tools: Toolkit) -> None:
    doc = _card(tools)
    context = CardContext.of(doc)
    house, customs = (org_features(doc, context, tools, e) for e in doc.entities)
    assert house["lemma=дом"] == 1.0 and "lemma=таможня" not in house
    assert customs["lemma=таможня"] == 1.0


def test_the_committed_model_weighs_the_head_lemma(tools: Toolkit) -> None:
    model = trained_filter()
    doc = _card(tools)
    values = org_features(doc, CardContext.of(doc), tools, doc.entities[1])
    as_house = {**{k: v for k, v in values.items() if not k.startswith("lemma=")},
                "lemma=дом": 1.0}
    assert model.probability(as_house) < model.probability(values)


def test_the_committed_model_drops_the_hall_and_keeps_the_customs(tools: Toolkit) -> None:
    card = sift_orgs(_card(tools), tools)
    assert [e.name for e in card.entities] == ["Кяхтинская таможня"]
