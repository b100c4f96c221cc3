"""Document ids: one rule for every way in (files, JSON lines, the API).

An id is 1 to 64 letters, digits, `_`, `.`, `:` or `-` (the column is 64 characters),
and not only dots: `.` and `..` are path steps, so `/api/documents/..` could never
fetch it. Ids made from the text (`documents.text_id`) always pass.
"""

from __future__ import annotations

import re

MAX_ID_CHARS = 64
ID_PATTERN = r"^[\w.:-]+$"
_ID = re.compile(ID_PATTERN)


def id_problem(doc_id: str) -> str | None:
    """Why `doc_id` cannot name a document, or None when it can."""
    if len(doc_id) > MAX_ID_CHARS:
        return f"{len(doc_id)} characters > {MAX_ID_CHARS}"
    if not _ID.fullmatch(doc_id):
        return "only letters, digits, '_', '.', ':' and '-' are allowed"
    if not doc_id.strip("."):
        return "an id of dots only is a path step"
    return None
