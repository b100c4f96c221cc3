"""Readers: input paths -> files (folders walked) -> raw documents, before any cleaning."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from coopwatch.ingest.checks import looks_binary, size_problem
from coopwatch.ingest.encoding import decode, is_utf16
from coopwatch.records import Rejection
from coopwatch.settings import Settings

KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}


@dataclass(frozen=True)
class RawDocument:
    """One input's text or HTML, with what its source says about it."""

    name: str                 # how a rejection names it: the path, or `path:LINE` in a jsonl
    path: str                 # the input file, as given
    body: str
    html: bool = False
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


def walk(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    """Each given file; the files of each folder, recursively, sorted, hidden ones skipped."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _folder_or_rejection(path)
        elif path.is_file():
            yield path
        else:
            yield Rejection(path=str(path), reason="not_found", detail="no such file or folder")


def _folder_or_rejection(folder: Path) -> list[Path] | list[Rejection]:
    try:
        return folder_files(folder)
    except OSError as error:
        return [Rejection(path=str(folder), reason="error", detail=f"{type(error).__name__}: {error}")]


def folder_files(folder: Path) -> list[Path]:
    """Visible files under a folder, sorted; a hidden file or folder is one starting with '.'."""
    found = (path for path in folder.rglob("*") if path.is_file())
    return sorted(path for path in found if not _hidden(path.relative_to(folder)))


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def kind_of(path: Path) -> str | None:
    """`text`, `html` or `jsonl` by the file extension; None for anything else."""
    return KINDS.get(path.suffix.lower())


def read_document_file(path: Path, settings: Settings, kind: str) -> RawDocument | Rejection:
    """A .txt or .html file: size, binary and encoding checks, then its decoded text."""
    name = str(path)
    problem = size_problem(path.stat().st_size, settings)
    if problem:
        return Rejection(name, *problem)
    data = path.read_bytes()
    if looks_binary(data) and not is_utf16(data):
        return Rejection(name, "binary", "NUL bytes or control characters")
    text = decode(data)
    if text is None:
        return Rejection(name, "bad_encoding", "not UTF-8, UTF-16, cp1251 or koi8-r")
    return RawDocument(name=name, path=name, body=text, html=kind == "html")
