"""Ingest: files and folders of .txt, .html and .jsonl news -> Documents or Rejections.

The stages, in order: `readers` (walk folders, every entry a file or a rejection, size /
binary checks, `encoding`), `characters` (NULs, controls, lone surrogates out; printable
file names), `ids` (the one rule for document ids),
`jsonl` (one raw document a line), `webpage` (HTML main text, title, date), `clean`
(cruft lines, whitespace), `checks` (empty, too short, not Russian), `published` and
`title` (what the source or the head of the text says), `documents` (id, Source).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

from coopwatch.ingest.characters import printable, printable_name
from coopwatch.ingest.documents import build_document
from coopwatch.ingest.jsonl import read_jsonl
from coopwatch.ingest.readers import RawDocument, kind_of, read_document_file, walk
from coopwatch.records import Document, Rejection
from coopwatch.settings import Settings

Item = TypeVar("Item")

__all__ = ["read_inputs"]


def read_inputs(paths: Iterable[str | Path], settings: Settings) -> Iterator[Document | Rejection]:
    """Every input file (folders walked) as a Document, or a Rejection with a reason."""
    for item in walk(paths):
        if isinstance(item, Rejection):
            yield item
            continue
        for raw in guarded(printable_name(item), partial(_raw_documents, item, settings)):
            if isinstance(raw, Rejection):
                yield raw
                continue
            yield from guarded(raw.name, partial(_one_document, raw, settings))


def _raw_documents(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    kind = kind_of(path)
    if kind is None:
        yield Rejection(printable_name(path), "unsupported_type",
                        printable_name(path.suffix) or "no extension")
    elif kind == "jsonl":
        yield from read_jsonl(path, settings)
    else:
        yield read_document_file(path, settings, kind)


def _one_document(raw: RawDocument, settings: Settings) -> Iterator[Document | Rejection]:
    return iter([build_document(raw, settings)])


def guarded(name: str, produce: Callable[[], Iterator[Item]]) -> Iterator[Item | Rejection]:
    """What `produce` yields; an unexpected exception ends it as a Rejection `error`."""
    try:
        yield from produce()
    except Exception as error:
        yield Rejection(name, "error", printable(f"{type(error).__name__}: {error}"))
