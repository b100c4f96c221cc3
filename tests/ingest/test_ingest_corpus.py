"""Real inputs: the five seed texts and the project's example corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopwatch.ingest import read_inputs
from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[2] / "corpus" / "examples"
KEPT_QUOTES = (
    '"Это прививает качественный стиль вождения с юных лет", - отметил Кирилл Поляков.',
    '"Мы обмениваемся узлами и агрегатами, реализуя распределенную кооперацию", '
    "- пояснил Кирилл Поляков.",
)
CRUFT_MARKS = ("news_header_top_970_100", "Поделиться:", "autoscroll_news")
CRUFT_LINES = {"16+", "photo", "...", "Актуальное", "Комментарии", "Читайте также:"}
BAD_REASONS = {
    "empty.txt": "empty",
    "binary_blob.txt": "binary",
    "english_press_release.txt": "not_russian",
    "chinese_news.txt": "not_russian",
}


def cruft_lines(text: str) -> list[str]:
    """Lines of a cleaned text that are still page cruft."""
    lines = [line.strip() for line in text.split("\n")]
    return [line for line in lines if line.isdigit() or line in CRUFT_LINES
            or any(mark in line for mark in CRUFT_MARKS)]


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> dict[str, Document | Rejection]:
    folder = shared_dir / "corpus" / "seeds"
    if not folder.is_dir():
        pytest.skip("shared seed corpus not available")
    return {Path(item.source.path if isinstance(item, Document) else item.path).name[:3]: item
            for item in read_inputs([folder], Settings())}


def test_seeds_read_without_rejection(seeds: dict[str, Document | Rejection]) -> None:
    assert sorted(seeds) == ["000", "001", "002", "003", "004"]
    assert all(isinstance(item, Document) for item in seeds.values())


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_seed_cruft_is_gone(seeds: dict[str, Document], seed: str) -> None:
    assert cruft_lines(seeds[seed].text) == []


def test_seed_quotes_are_kept(seeds: dict[str, Document]) -> None:
    lines = seeds["003"].text.split("\n")
    for quote in KEPT_QUOTES:
        assert quote in lines


@pytest.mark.parametrize(
    ("seed", "published"),
    [("000", None), ("001", None), ("002", "--10-21"), ("003", "2025-09-29"), ("004", "--05-17")],
)
def test_seed_published(seeds: dict[str, Document], seed: str, published: str | None) -> None:
    assert seeds[seed].source.published == published


def test_seed_date_marker_is_out_of_the_text(seeds: dict[str, Document]) -> None:
    assert seeds["003"].text.startswith("На Международной промышленной выставке")


def test_seed_headline_is_the_title(seeds: dict[str, Document]) -> None:
    assert seeds["004"].source.title == (
        "Рустам Минниханов пригласил Alibaba Group разместить производство в Татарстане"
    )
    assert seeds["003"].source.title is None


@pytest.mark.skipif(not EXAMPLES.is_dir(), reason="example corpus not available")
def test_example_corpus_reads_and_bad_inputs_are_rejected() -> None:
    items = list(read_inputs([EXAMPLES], Settings()))
    rejected = {Path(item.path).name: item.reason for item in items if isinstance(item, Rejection)}
    expected = {name: reason for name, reason in BAD_REASONS.items()
                if (EXAMPLES / "bad" / name).exists()}
    assert rejected == expected
    docs = [item for item in items if isinstance(item, Document)]
    assert docs
    assert [line for doc in docs for line in cruft_lines(doc.text)] == []
