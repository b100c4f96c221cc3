"""bench/realnews/put_text.py: an excerpt copied as its JSON literal is decoded exactly,
written only when its sha256 is the record's; missing texts are dealt into lists."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench_scripts import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "realnews" / "put_text.py"


def _script():
    return load_script(SCRIPT, "realnews_put_text")


# the literal as a search result shows it, and the text it stands for
LITERALS = [
    ('" date 2025-10-22 Товарооборот\\nвырос на 5\\u00a0%."',
     " date 2025-10-22 Товарооборот\nвырос на 5\u00a0%."),
    # copied without its quotes
    (' date 2025-10-22 Экспорт вырос.\\n\\n', " date 2025-10-22 Экспорт вырос.\n\n"),
    # a text that ends in a quote mark of its own
    ('"Он сказал: \\"Подпишем\\""', 'Он сказал: "Подпишем"'),
    ('Он сказал: \\"Подпишем\\"', 'Он сказал: "Подпишем"'),
]


@pytest.mark.parametrize(("literal", "text"), LITERALS)
def test_a_literal_is_decoded_exactly(literal: str, text: str) -> None:
    assert _script().decode_excerpt(literal) == text


def test_raw_text_is_taken_as_it_is() -> None:
    assert _script().decode_excerpt(' "как есть"\n', literal=False) == ' "как есть"\n'


def test_only_a_text_with_the_records_sha256_is_written(tmp_path: Path) -> None:
    script = _script()
    text = " Товарооборот вырос\u00a0на 5%.\n"
    hashes = {"a.txt": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    assert script.put("a.txt", text.replace("\u00a0", " "), tmp_path, hashes) is not None
    assert not (tmp_path / "a.txt").exists()
    assert script.put("b.txt", text, tmp_path, hashes) == "b.txt: no gold record has this path"
    assert script.put("a.txt", text, tmp_path, hashes) is None
    assert (tmp_path / "a.txt").read_bytes() == text.encode("utf-8")


def test_missing_records_are_dealt_test_first() -> None:
    records = {"dev": [{"path": f"d{i}"} for i in range(3)],
               "test": [{"path": f"t{i}"} for i in range(3)]}
    lists = _script().deal(records, 2)
    assert [[r["path"] for r in items] for items in lists] == [
        ["t0", "t2", "d1"], ["t1", "d0", "d2"]]


def test_lists_are_tab_separated_one_record_a_line(tmp_path: Path) -> None:
    record = {"path": "n1.txt", "url": "https://example.org/1", "query": "товарооборот\tрост",
              "sha256": "ab" * 32}
    [written] = _script().write_lists([[record]], tmp_path)
    assert written.read_text(encoding="utf-8") == (
        "n1.txt\thttps://example.org/1\tтоварооборот рост\t" + "ab" * 32 + "\n")
