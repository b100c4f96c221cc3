"""Readers: input paths -> files (folders walked) -> raw documents, before any cleaning."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from coopwatch.ingest.characters import printable, printable_name
from coopwatch.ingest.checks import looks_binary, size_problem
from coopwatch.ingest.encoding import decode
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
    """Each given file; the files of each folder, recursively, sorted, hidden ones skipped.

    Whatever is not a readable regular file becomes a rejection rather than vanishing: a
    symlink loop, a dangling link, a FIFO or device, a folder that cannot be listed.
    """
    for given in paths:
        yield from _entry(Path(given), set())


def _entry(path: Path, seen: set[tuple[int, int]]) -> Iterator[Path | Rejection]:
    try:
        status = path.stat()
    except OSError as error:
        yield _unreachable(path, error)
        return
    if stat.S_ISDIR(status.st_mode):
        yield from _folder(path, (status.st_dev, status.st_ino), seen)
    elif stat.S_ISREG(status.st_mode):
        yield path
    else:
        yield Rejection(printable_name(path), "not_a_file", _file_kind(status.st_mode))


def _folder(
    folder: Path, identity: tuple[int, int], seen: set[tuple[int, int]]
) -> Iterator[Path | Rejection]:
    if identity in seen:  # a link back to a folder being walked
        yield Rejection(printable_name(folder), "symlink_loop", "a link to a folder above it")
        return
    try:
        names = sorted(entry.name for entry in os.scandir(folder))
    except OSError as error:
        yield Rejection(printable_name(folder), "unreadable", _os_detail(error))
        return
    inside = seen | {identity}
    for name in names:
        if not name.startswith("."):
            yield from _entry(folder / name, inside)


def _unreachable(path: Path, error: OSError) -> Rejection:
    name = printable_name(path)
    if error.errno == errno.ELOOP:
        return Rejection(name, "symlink_loop", "the link leads back to itself")
    if error.errno == errno.ENOENT and path.is_symlink():
        return Rejection(name, "dangling_link", f"the link target {_target(path)} does not exist")
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return Rejection(name, "not_found", "no such file or folder")
    return Rejection(name, "unreadable", _os_detail(error))


def _target(path: Path) -> str:
    try:
        return printable_name(os.readlink(path))
    except OSError:
        return "?"


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _os_detail(error: OSError) -> str:
    return printable(f"{type(error).__name__}: {error.strerror or error}")


def kind_of(path: Path) -> str | None:
    """`text`, `html` or `jsonl` by the file extension; None for anything else."""
    return KINDS.get(path.suffix.lower())


def read_document_file(path: Path, settings: Settings, kind: str) -> RawDocument | Rejection:
    """A .txt or .html file: size, binary and encoding checks, then its decoded text."""
    name = printable_name(path)
    try:
        problem = size_problem(path.stat().st_size, settings)
        data = b"" if problem else path.read_bytes()
    except OSError as error:
        return Rejection(name, "unreadable", _os_detail(error))
    if problem:
        return Rejection(name, *problem)
    text = decode(data)
    if text is None and looks_binary(data):
        return Rejection(name, "binary", "NUL bytes or control characters")
    if text is None:
        return Rejection(name, "bad_encoding", "not UTF-8, UTF-16, UTF-32, cp1251 or koi8-r")
    return RawDocument(name=name, path=name, body=text, html=kind == "html")
