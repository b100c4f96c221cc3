"""read_inputs: files, folders, jsonl and HTML -> Documents, or Rejections with a reason."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from coopwatch.ingest import read_inputs
from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
NEWS = (
    "Губернатор Смоленской области встретился с генеральным директором Минского "
    "автомобильного завода. Стороны обсудили сборку автобусов в регионе."
)


def read_all(paths: list[Path], settings: Settings | None = None) -> list[Document | Rejection]:
    return list(read_inputs(paths, settings or Settings()))


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


REJECTED = [
    ("empty.txt", "", "empty"),
    ("cruft_only.txt", "Поделиться:\n0\n0\nnews_header_top_970_100\n16+\nКомментарии\n", "empty"),
    ("blob.txt", b"\x00\x01\x02binary\x00" * 100, "binary"),
    ("controls.txt", bytes(range(1, 9)) * 50 + "Текст".encode(), "binary"),
    ("short.txt", "Встреча прошла.", "too_short"),
    ("english.txt", "The governor met the delegation from Minsk to discuss trade. " * 3, "not_russian"),
    ("chinese.txt", "浙江省与鞑靼斯坦共和国签署了经济合作协议，双方同意扩大贸易与投资。" * 3, "not_russian"),
    ("notes.docx", NEWS, "unsupported_type"),
    ("README", NEWS, "unsupported_type"),
]


@pytest.mark.parametrize(("name", "content", "reason"), REJECTED)
def test_rejection_reason(tmp_path: Path, name: str, content: str | bytes, reason: str) -> None:
    path = write(tmp_path / name, content)
    (item,) = read_all([path])
    assert isinstance(item, Rejection)
    assert (item.path, item.reason) == (str(path), reason)


def test_not_found(tmp_path: Path) -> None:
    (item,) = read_all([tmp_path / "missing.txt"])
    assert isinstance(item, Rejection)
    assert item.reason == "not_found"


def test_too_large_is_checked_before_reading(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", NEWS * 10)
    (item,) = read_all([path], Settings(max_document_bytes=100))
    assert isinstance(item, Rejection)
    assert item.reason == "too_large"


def test_thresholds_come_from_settings(tmp_path: Path) -> None:
    path = write(tmp_path / "news.txt", NEWS)
    assert isinstance(read_all([path])[0], Document)
    (item,) = read_all([path], Settings(min_text_chars=len(NEWS) + 1))
    assert isinstance(item, Rejection)
    assert item.reason == "too_short"


def test_document_id_path_and_text(tmp_path: Path) -> None:
    path = write(tmp_path / "news.txt", "Поделиться:\n\n" + NEWS + "\n\n0\n")
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert doc.text == NEWS
    assert doc.id == hashlib.sha1(NEWS.encode("utf-8")).hexdigest()[:16]
    assert doc.source.path == str(path)


def test_folder_is_walked_sorted_recursively_without_hidden_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", NEWS)
    write(tmp_path / "a" / "z.txt", NEWS + " Второй.")
    write(tmp_path / ".hidden.txt", NEWS)
    write(tmp_path / ".git" / "c.txt", NEWS)
    items = read_all([tmp_path])
    assert [Path(item.source.path).relative_to(tmp_path).as_posix() for item in items
            if isinstance(item, Document)] == ["a/z.txt", "b.txt"]


def test_output_keeps_input_order(tmp_path: Path) -> None:
    first = write(tmp_path / "z.txt", NEWS)
    second = write(tmp_path / "a.txt", "")
    third = write(tmp_path / "m.txt", NEWS + " Ещё.")
    items = read_all([first, second, tmp_path / "nope.txt", third])
    assert [getattr(item, "reason", "doc") for item in items] == ["doc", "empty", "not_found", "doc"]


def test_jsonl_bad_lines_do_not_stop_the_others() -> None:
    path = FIXTURES / "feed.jsonl"
    items = read_all([path])
    rejected = {item.path: item.reason for item in items if isinstance(item, Rejection)}
    docs = [item for item in items if isinstance(item, Document)]
    assert rejected == {f"{path}:2": "bad_json", f"{path}:4": "bad_json", f"{path}:5": "bad_json"}
    assert [doc.id for doc in docs[:2]] == ["feed-1", "3"]
    assert all(doc.source.path == str(path) for doc in docs)


def test_jsonl_record_fields() -> None:
    docs = [item for item in read_all([FIXTURES / "feed.jsonl"]) if isinstance(item, Document)]
    first, _, from_html = docs
    assert first.source.url == "https://example.org/a"
    assert first.source.title == "Татарстан и Цзянсу подписали соглашение"
    assert first.source.published == "2025-05-19"
    assert not first.text.startswith("Поделиться")
    assert from_html.text.startswith("Приморье и Вьетнам расширят")
    assert from_html.source.title == "Приморье и Вьетнам"


def test_jsonl_oversized_line_is_too_large(tmp_path: Path) -> None:
    line = '{"id": "x", "text": "%s"}\n' % ("Текст новости. " * 50)
    path = write(tmp_path / "feed.jsonl", line + line.replace('"x"', '"y"')[:60] + "\n" + line)
    items = read_all([path], Settings(max_document_bytes=len(line.encode()) + 1))
    assert [getattr(item, "reason", "doc") for item in items] == ["doc", "bad_json", "doc"]
    items = read_all([path], Settings(max_document_bytes=100))
    assert [getattr(item, "reason", "doc") for item in items] == ["too_large", "bad_json", "too_large"]


def test_html_page_main_text_title_and_date() -> None:
    (doc,) = read_all([FIXTURES / "page.html"])
    assert isinstance(doc, Document)
    assert doc.source.title == "Калужская и Брестская области договорились о кооперации"
    assert doc.source.published == "2025-04-16"
    assert "Стороны обсудили совместное производство кормов" in doc.text
    assert "\n\n«Мы видим большой потенциал" in doc.text
    for cruft in ("Главная", "Все права защищены", "news_header_top_970_100", "новый парк"):
        assert cruft not in doc.text


def test_html_without_article_falls_back_to_page_text(tmp_path: Path) -> None:
    path = write(tmp_path / "bare.htm", f"<div>{NEWS}</div><script>var a = 1;</script>")
    (doc,) = read_all([path])
    assert isinstance(doc, Document)
    assert doc.text == NEWS


def test_unexpected_error_becomes_a_rejection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import coopwatch.ingest.documents as documents

    def explode(text: str) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(documents, "find_published", explode)
    bad = write(tmp_path / "a.txt", NEWS)
    good = write(tmp_path / "b.txt", " date 2025-01-02 " + NEWS)
    items = read_all([bad, good])
    assert isinstance(items[0], Rejection)
    assert (items[0].reason, items[0].detail) == ("error", "RuntimeError: boom")
    assert isinstance(items[1], Document)
    assert items[1].source.published == "2025-01-02"


def test_title_is_a_headline_first_line_or_none(tmp_path: Path) -> None:
    headline = "Смоленская область и Минский автозавод обсудили сборку автобусов"
    titled = write(tmp_path / "a.txt", f"{headline}\n\n{NEWS}")
    untitled = write(tmp_path / "b.txt", NEWS)
    first, second = read_all([titled, untitled])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.source.title == headline
    assert second.source.title is None
