"""The analysis hands the fact stages a tree: a cycle the parser made is cut."""

from __future__ import annotations

import pytest

from coopwatch.nlp.analyze import acyclic_heads

CASES = [
    # a tree stays as it is
    ({"1_1": "1_2", "1_2": "1_0", "1_3": "1_2"}, {"1_1": "1_2", "1_2": "1_0", "1_3": "1_2"}),
    # two words hanging from each other: the first of them goes to the root
    ({"1_1": "1_2", "1_2": "1_3", "1_3": "1_2", "1_4": "1_3"},
     {"1_1": "1_2", "1_2": "1_0", "1_3": "1_2", "1_4": "1_3"}),
    # a word hanging from itself
    ({"2_1": "2_1", "2_2": "2_1"}, {"2_1": "2_0", "2_2": "2_1"}),
    # a longer loop, entered from outside it
    ({"1_1": "1_4", "1_2": "1_3", "1_3": "1_4", "1_4": "1_2", "1_5": "1_0"},
     {"1_1": "1_4", "1_2": "1_0", "1_3": "1_4", "1_4": "1_2", "1_5": "1_0"}),
]


@pytest.mark.parametrize(("heads", "expected"), CASES)
def test_cycles_are_cut_at_their_first_word(heads: dict[str, str],
                                            expected: dict[str, str]) -> None:
    assert acyclic_heads(heads) == expected


def test_every_walk_up_ends() -> None:
    heads = acyclic_heads({"1_1": "1_3", "1_2": "1_1", "1_3": "1_2", "1_4": "1_4"})
    for start in heads:
        seen = []
        at = start
        while at in heads:
            assert at not in seen
            seen.append(at)
            at = heads[at]
