"""Cleaning of plain text: scraped-page cruft out, whitespace normalized, paragraphs kept.

Cruft lines (share buttons, counters, ad slots, navigation words) are whole-line patterns
in `data/ingest/cruft.txt`; a line is dropped only when a pattern matches all of it, so
real short lines (a quote, a headline) stay. Gallery controls glued to the start of a
line (`data/ingest/cruft_heads.txt`) are cut from it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from coopwatch.ingest.resources import data_lines

SPACES = str.maketrans({
    "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
})
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
DATE_MARKER = re.compile(r"\Adate\s+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)")  # after cruft, at the top
BLANK_RUN = re.compile(r"\n{3,}")
MAX_LINK_CHARS = 160    # a linked headline under `Читайте также:` is no longer than this
MIN_REPEAT_CHARS = 30  # a longer line seen before (a photo caption, the headline) is dropped


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text, and the publication date taken from a leading ` date YYYY-MM-DD` marker."""

    text: str
    marker_date: str | None = None


MAX_PASSES = 3  # cleaning again after a pass changed the text, at most this many times


def clean_text(raw: str) -> Cleaned:
    """The text without cruft lines, repeated long lines and odd whitespace. A cruft line
    dropped can bring together lines that only then read as the page's tail of teasers,
    so the cleaning runs again until the text no longer changes."""
    body = _clean_once(raw)
    marker = DATE_MARKER.match(body)
    if marker:
        body = body[marker.end():].lstrip()
    for _ in range(MAX_PASSES - 1):
        again = _clean_once(body)
        if again == body:
            break
        body = again
    return Cleaned(text=body, marker_date=marker.group(1) if marker else None)


def _clean_once(raw: str) -> str:
    unlinked = _drop_link_blocks(_drop_headline_tail(normalize_spaces(raw).split("\n")))
    kept = _drop_teaser_tail(_drop_repeats(cut_tail(line) for line in map(cut_head, unlinked)
                                           if not is_cruft(line)))
    return BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()


def normalize_spaces(text: str) -> str:
    """Unix newlines, special spaces -> space, invisible characters out, no trailing spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(SPACES)
    text = INVISIBLE.sub("", text)
    return "\n".join(line.rstrip() for line in text.split("\n"))


def is_cruft(line: str) -> bool:
    """Whether the whole line is page furniture rather than article text."""
    stripped = line.strip()
    return bool(stripped) and cruft_pattern().fullmatch(stripped) is not None


def is_link_header(line: str) -> bool:
    """Whether the line heads a block of links to other articles (`Читайте также:`)."""
    return _patterns("ingest/link_headers.txt").fullmatch(line.strip()) is not None


# a headline's mark of its media: «… губернатором Астраханской области - ФОТО»,
# «… (ВИДЕО)», «… + фото»
MEDIA_MARK = re.compile(
    r"\s*(?:[-–—|+]\s*|\()(?:фото|видео|фоторепортаж|инфографика|аудио)"
    r"(?:\s*(?:и|\+)\s*(?:фото|видео))?\)?\s*$", re.IGNORECASE)


def cut_head(line: str) -> str:
    """The line without the gallery or player controls glued to its start («Выйти из
    полноэкранного режима Развернуть на весь экран Фото: …»); a line of nothing else
    becomes blank."""
    pattern = _head_pattern()
    cut = line
    while match := pattern.match(cut):
        cut = cut[match.end():]
    return cut if cut is line else cut.strip()


def cut_tail(line: str) -> str:
    """The line without a trailing call to subscribe (`Подписывайтесь на наш канал…`) or
    a headline's mark of its media (`… - ФОТО`)."""
    match = _tail_pattern().search(line)
    line = line[:match.start()].rstrip() if match else line
    mark = MEDIA_MARK.search(line)
    return line[:mark.start()].rstrip() if mark and mark.start() > 0 else line


def cruft_pattern() -> re.Pattern[str]:
    """All cruft-line patterns of the data file as one case-insensitive pattern."""
    return _patterns("ingest/cruft.txt")


@cache
def _patterns(name: str) -> re.Pattern[str]:
    """The regular expressions of a data file, one a line, as one alternation."""
    patterns = data_lines(name)
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)


@cache
def _inline_link_pattern() -> re.Pattern[str]:
    headers = _patterns("ingest/link_headers.txt").pattern
    return re.compile(rf"(?:^\s*|(?<=[.!?…»\"])\s+)(?:{headers}):\s*(?P<headline>\S.*)\Z",
                      re.IGNORECASE)


@cache
def _head_pattern() -> re.Pattern[str]:
    heads = _patterns("ingest/cruft_heads.txt").pattern
    return re.compile(rf"\s*(?:{heads})(?:\s+|\Z)", re.IGNORECASE)


@cache
def _tail_pattern() -> re.Pattern[str]:
    tails = _patterns("ingest/cruft_tails.txt").pattern
    return re.compile(rf"(?:^|(?<=[.!?…»\"])\s+)(?:{tails})", re.IGNORECASE)


def _drop_link_blocks(lines: Iterable[str]) -> Iterator[str]:
    """Lines without link blocks: a header and the headline-like lines right under it.

    A header may carry its first headline on its own line (`Читать также: В Омске…`), at
    the start of the line or after the line's last sentence; the header and headline go,
    the sentences before them stay.
    """
    in_block = False
    for line in lines:
        if is_link_header(line):
            in_block = True
            continue
        kept = cut_link(line)
        if kept != line:
            in_block = True
            if kept:
                yield kept
            continue
        in_block = in_block and bool(line.strip()) and looks_like_link(line)
        if not in_block:
            yield line


# a linked headline in a dashed list: «- Россия и США обсудили … - Лавров»
DASHED_HEADLINE = re.compile(r"\s*[-–—•]\s+[«\"]?[A-ZА-ЯЁ0-9]")
SENTENCE_ENDS = (".", "!", "?", "…", "»", "\"")


def _drop_headline_tail(lines: list[str]) -> list[str]:
    """Lines without a list of other articles' headlines that ends the page with no
    header: two or more dashed lines, each opening with a capital and reading like a
    link, after a line that ends a sentence (a list of goods after «:» stays)."""
    found = _tail_run(lines, _dashed_headline, _blank, MIN_DASHED)
    return lines if found is None else lines[:found[1]]


MIN_DASHED = 2
LIST_ENDS = (";", ",", ":")


def _dashed_headline(line: str) -> bool:
    return bool(DASHED_HEADLINE.match(line)) and looks_like_link(line) and not (
        line.rstrip().endswith(LIST_ENDS))


def _blank(line: str) -> bool:
    return not line.strip()


def _tail_run(lines: list[str], item: Callable[[str], bool], gap: Callable[[str], bool],
              least: int) -> tuple[int, int] | None:
    """Where a run of at least `least` lines that `item` accepts ends the page after a
    line that ends a sentence, `gap` lines skipped after the run and before it: the end
    of that line and the run's first line; None when there is no such run."""
    end = len(lines)
    while end and gap(lines[end - 1]):
        end -= 1
    start = end
    while start and item(lines[start - 1]):
        start -= 1
    before = start
    while before and gap(lines[before - 1]):
        before -= 1
    if end - start < least or not before or not lines[before - 1].rstrip().endswith(
            SENTENCE_ENDS):
        return None
    return before, start


# a line of other articles' headlines under the article: a capital, no comma (a clause
# cut off at the excerpt's end has one), 25 to 100 characters, no end of a sentence
TEASER = re.compile(r"\s*[«\"]?[A-ZА-ЯЁ0-9][^,]{24,99}")
# an image or a table's residue between the article and the headlines: «![]() |»
IMAGE_LINE = re.compile(r"\s*(?:!\[[^\]]*\]\([^)]*\))?\s*\|?\s*")
MIN_TEASERS = 3
OPEN_ENDS = (";", ",", ":", "-", "–", "—")


def _drop_teaser_tail(lines: list[str]) -> list[str]:
    """Lines without a run of other articles' headlines that ends the page with no
    header and no dashes: three or more short lines, each opening with a capital and
    reading like a link (`TEASER`), after a line that ends a sentence (blank and image
    lines between are skipped). A list the article itself opens with a colon stays."""
    found = _tail_run(lines, _teaser, _image_or_blank, MIN_TEASERS)
    return lines if found is None else lines[:found[0]]


def _teaser(line: str) -> bool:
    return bool(TEASER.fullmatch(line.rstrip())) and looks_like_link(line) and not (
        line.rstrip().endswith(OPEN_ENDS))


def _image_or_blank(line: str) -> bool:
    return bool(IMAGE_LINE.fullmatch(line))


def cut_link(line: str) -> str:
    """The line without a link header and the headline after it (`Читать также: …`) at its
    start or after a sentence end; the line itself when it has none."""
    for match in _inline_link_pattern().finditer(line):
        if looks_like_link(match.group("headline")):
            return line[:match.start()].rstrip()
    return line


def looks_like_link(line: str) -> bool:
    """A line that reads like the headline of another article: short, no final period."""
    stripped = line.strip()
    return len(stripped) <= MAX_LINK_CHARS and not stripped.endswith((".", "…", "!", "?"))


def _drop_repeats(lines: Iterable[str]) -> list[str]:
    """Lines without second copies of long lines (repeated photo captions, headline)."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in lines:
        key = line.strip()
        if len(key) >= MIN_REPEAT_CHARS and key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept
