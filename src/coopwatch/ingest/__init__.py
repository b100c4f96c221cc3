"""Ingest: files and folders of .txt, .html and .jsonl news -> Documents or Rejections.

SKELETON: `read_inputs` is the contract; the full reader (encodings, HTML, cruft,
publication dates, rejection reasons) is being written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from coopwatch.records import Document, Rejection, Source
from coopwatch.settings import Settings


def read_inputs(paths: Iterable[str | Path], settings: Settings) -> Iterator[Document | Rejection]:
    """Every input file (folders walked) as a Document, or a Rejection with a reason."""
    for path in paths:
        path = Path(path)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            text = file.read_text(encoding="utf-8").strip()
            if not text:
                yield Rejection(path=str(file), reason="empty")
                continue
            doc_id = hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
            yield Document(id=doc_id, text=text, source=Source(path=str(file)))
