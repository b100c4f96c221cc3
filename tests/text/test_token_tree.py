"""The dependency tree of a run of tokens: heads, children, ancestors, subtrees."""

from __future__ import annotations

import pytest

from coopwatch.records import Token
from coopwatch.text.token_tree import TokenTree, top_of

# «Губернатор области подписал соглашение с компанией .»: word, relation, head's number
# (0 is the sentence's root, outside the run), as the parser would give them
SIGNED = [
    ("Губернатор", "nsubj", 3),
    ("области", "nmod", 1),
    ("подписал", "root", 0),
    ("соглашение", "obj", 3),
    ("с", "case", 6),
    ("компанией", "nmod", 4),
    (".", "punct", 3),
]


def sentence(rows: list[tuple[str, str, int]], number: int = 1) -> list[Token]:
    tokens, start = [], 0
    for word, (text, rel, head) in enumerate(rows, 1):
        tokens.append(Token(start=start, stop=start + len(text), text=text,
                            id=f"{number}_{word}", head_id=f"{number}_{head}", rel=rel))
        start += len(text) + 1
    return tokens


def texts(tokens: list[Token]) -> list[str]:
    return [token.text for token in tokens]


TREE = TokenTree(sentence(SIGNED))


def word(text: str) -> Token:
    return next(token for token in TREE.tokens if token.text == text)


@pytest.mark.parametrize(("text", "head"), [
    ("Губернатор", "подписал"),
    ("области", "Губернатор"),
    ("компанией", "соглашение"),
    ("с", "компанией"),
    ("подписал", None),  # the root hangs from the sentence, outside the run
])
def test_head(text: str, head: str | None) -> None:
    found = TREE.head(word(text))
    assert (found.text if found else None) == head
    position = TREE.head_position(word(text))
    assert (TREE.tokens[position].text if position is not None else None) == head


@pytest.mark.parametrize(("text", "rels", "children"), [
    ("подписал", None, ["Губернатор", "соглашение", "."]),
    ("подписал", {"obj"}, ["соглашение"]),
    ("подписал", {"nsubj", "punct"}, ["Губернатор", "."]),
    ("соглашение", None, ["компанией"]),
    ("компанией", {"case"}, ["с"]),
    ("компанией", {"obj"}, []),
    ("с", None, []),
])
def test_children(text: str, rels: set[str] | None, children: list[str]) -> None:
    assert texts(TREE.children(word(text), rels)) == children
    index = TREE.tokens.index(word(text))
    assert [TREE.tokens[i].text for i in TREE.children_at(index, rels)] == children


@pytest.mark.parametrize(("text", "ancestors"), [
    ("с", ["компанией", "соглашение", "подписал"]),
    ("области", ["Губернатор", "подписал"]),
    ("подписал", []),
])
def test_ancestors(text: str, ancestors: list[str]) -> None:
    assert texts(list(TREE.ancestors(word(text)))) == ancestors
    index = TREE.tokens.index(word(text))
    assert [TREE.tokens[i].text for i in TREE.ancestors_at(index)] == ancestors


@pytest.mark.parametrize(("text", "subtree"), [
    ("соглашение", ["соглашение", "с", "компанией"]),
    ("Губернатор", ["Губернатор", "области"]),
    ("с", ["с"]),
    ("подписал", [text for text, _, _ in SIGNED]),
])
def test_subtree(text: str, subtree: list[str]) -> None:
    index = TREE.tokens.index(word(text))
    assert [TREE.tokens[i].text for i in TREE.subtree_at(index)] == subtree


@pytest.mark.parametrize(("phrase", "top"), [
    ("Губернатор области", "Губернатор"),
    ("соглашение с компанией", "соглашение"),
    ("с компанией", "компанией"),
    ("области подписал", "области"),  # the first word whose head lies outside
    ("подписал", "подписал"),
])
def test_top(phrase: str, top: str) -> None:
    text = " ".join(texts(list(TREE.tokens)))
    start = text.index(phrase)
    found = TREE.top(start, start + len(phrase))
    assert found is not None and found.text == top
    words = [token for token in TREE.tokens if start <= token.start < start + len(phrase)]
    assert top_of(words) == found


def test_top_of_nothing() -> None:
    assert TREE.top(1000, 1010) is None
    assert top_of([]) is None


def test_by_id() -> None:
    assert TREE.position("1_4") == 3
    assert TREE.token("1_4") == word("соглашение")
    assert TREE.token("2_4") is None
    assert TREE.position("") is None and TREE.position(None) is None


def test_a_passage_cut_from_its_sentence() -> None:
    """A run of the sentence: a head outside it is no head, its words no children."""
    passage = TokenTree(sentence(SIGNED)[3:6])  # «соглашение с компанией»
    agreement = passage.tokens[0]
    assert passage.head(agreement) is None
    assert passage.head_at(0) is None
    assert texts(passage.children(agreement)) == ["компанией"]
    assert passage.subtree_at(0) == [0, 1, 2]


def test_two_sentences_keep_their_ids_apart() -> None:
    tokens = sentence(SIGNED, 1) + sentence([("Встреча", "nsubj", 2), ("прошла", "root", 0)], 2)
    tree = TokenTree(tokens)
    met = tokens[-2]
    head = tree.head(met)
    assert head is not None and head.text == "прошла" and head.id == "2_2"
    assert texts(tree.children(tokens[2])) == ["Губернатор", "соглашение", "."]


def test_a_loop_is_walked_once() -> None:
    """Two words hanging from each other (the analysis cuts such loops; the walk holds
    even if one is left)."""
    tokens = sentence([("Иван", "nsubj", 2), ("Петров", "flat", 1)])
    tree = TokenTree(tokens)
    assert texts(list(tree.ancestors(tokens[0]))) == ["Петров", "Иван"]
    assert tree.ancestors_at(0) == [1, 0]
    assert tree.subtree_at(0) == [0, 1]


def test_tokens_without_a_parse_stand_outside() -> None:
    """Without a parse a token has no id and no head: no head, no children."""
    tokens = [Token(start=0, stop=7, text="Встреча"), Token(start=8, stop=14, text="прошла")]
    tree = TokenTree(tokens)
    assert tree.head(tokens[0]) is None
    assert tree.children(tokens[1]) == []
    assert list(tree.ancestors(tokens[0])) == []
    assert tree.subtree_at(0) == [0]


def test_prepositions_are_the_case_dependents_in_lower_case() -> None:
    tree = TokenTree(sentence([("Вышли", "root", 0), ("На", "case", 3), ("рынок", "obl", 1),
                               ("Китая", "nmod", 3)]))
    assert tree.prepositions_at(2) == frozenset({"на"})
    assert tree.prepositions_at(3) == frozenset()
