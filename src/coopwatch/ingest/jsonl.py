"""JSON lines: one `{"id","url","title","published","text"|"html"}` object a line.

Each line becomes a raw document or a rejection named `path:LINE`; a bad line never
stops the others, whatever it holds (bad JSON, too deep a nesting, a wrong encoding).
Lines are read with a size limit, so an oversized one is not loaded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from coopwatch.ingest.characters import printable, printable_name
from coopwatch.ingest.encoding import decode
from coopwatch.ingest.readers import RawDocument
from coopwatch.records import Rejection
from coopwatch.settings import Settings

SKIP_CHUNK = 1 << 20


def read_jsonl(path: Path, settings: Settings) -> Iterator[RawDocument | Rejection]:
    """Every non-blank line of a jsonl file as a raw document or a rejection."""
    limit = settings.max_document_bytes
    shown = printable_name(path)
    with path.open("rb") as handle:
        for number, line in enumerate(_lines(handle, limit), start=1):
            name = f"{shown}:{number}"
            if line is None:
                yield Rejection(name, "too_large", f"line over {limit} bytes")
            elif line.strip():
                yield _guarded_line(line, name, shown)


def _guarded_line(line: bytes, name: str, path: str) -> RawDocument | Rejection:
    """`parse_line`, with anything it raises as this line's rejection only."""
    try:
        return parse_line(line, name, path)
    except RecursionError:
        return Rejection(name, "bad_json", "nested too deeply to parse")
    except Exception as error:
        return Rejection(name, "error", printable(f"{type(error).__name__}: {error}"))


def _lines(handle: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of at most `limit` bytes; None in place of a longer line (which is skipped)."""
    while line := handle.readline(limit + 1):
        if len(line.rstrip(b"\r\n")) <= limit:
            yield line
            continue
        while not line.endswith(b"\n") and (line := handle.readline(SKIP_CHUNK)):
            pass
        yield None


def parse_line(line: bytes, name: str, path: str) -> RawDocument | Rejection:
    """One line: a JSON object with a `text` or an `html` string."""
    text = decode(line)
    if text is None:
        return Rejection(name, "bad_encoding", "line is not UTF-8, cp1251 or koi8-r")
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return Rejection(name, "bad_json", str(error))
    if not isinstance(record, dict):
        return Rejection(name, "bad_json", "a line must be a JSON object")
    return _raw_document(record, name, path)


def _raw_document(record: dict[str, Any], name: str, path: str) -> RawDocument | Rejection:
    body, html = _body(record)
    if body is None:
        return Rejection(name, "bad_json", 'no "text" or "html" string')
    return RawDocument(
        name=name, path=path, body=body, html=html, id=_optional(record.get("id")),
        url=_optional(record.get("url")), title=_optional(record.get("title")),
        published=_optional(record.get("published")),
    )


def _body(record: dict[str, Any]) -> tuple[str | None, bool]:
    if isinstance(record.get("text"), str):
        return record["text"], False
    if isinstance(record.get("html"), str):
        return record["html"], True
    return None, False


def _optional(value: object) -> str | None:
    """A scalar field as text; None, empty strings and containers as None."""
    if value is None or isinstance(value, dict | list | bool):
        return None
    text = str(value).strip()
    return text or None
