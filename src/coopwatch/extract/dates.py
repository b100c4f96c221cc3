"""Stage `dates`: not yet implemented (passes the document through)."""

from __future__ import annotations

from coopwatch.records import Document
from coopwatch.tools import Toolkit


def annotate(doc: Document, tools: Toolkit) -> Document:
    return doc
