"""Encodings: the same Russian paragraph in any supported encoding reads the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopwatch.ingest import read_inputs
from coopwatch.ingest.encoding import decode
from coopwatch.records import Document
from coopwatch.settings import Settings

PARAGRAPH = (
    "Смоленская область поддерживает инициативы единой промышленной политики Союзного "
    "государства. Губернатор встретился с генеральным директором Минского автомобильного "
    "завода, стороны обсудили сборку автобусов и поставки комплектующих."
)
SHORT_LINES = [
    "Встреча с представителями Китая",
    "ТОВАРООБОРОТ ВЫРОС НА 12%",
    "Смоленская область",
]
ENCODINGS = ["cp1251", "koi8_r", "utf-8", "utf-8-sig", "utf-16"]


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_file_in_any_encoding_reads_the_same(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "news.txt"
    path.write_bytes(PARAGRAPH.encode(encoding))
    (doc,) = read_inputs([path], Settings())
    assert isinstance(doc, Document)
    assert doc.text == PARAGRAPH


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("line", SHORT_LINES)
def test_short_lines_decode_right(line: str, encoding: str) -> None:
    assert decode(line.encode(encoding)) == line


def test_broken_bytes_are_bad_encoding(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 20)
    (rejection,) = read_inputs([path], Settings())
    assert rejection.reason == "bad_encoding"


def test_cp1251_html_page(tmp_path: Path) -> None:
    html = f"<html><body><article><p>{PARAGRAPH}</p></article></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1251"))
    (doc,) = read_inputs([path], Settings())
    assert isinstance(doc, Document)
    assert doc.text == PARAGRAPH
