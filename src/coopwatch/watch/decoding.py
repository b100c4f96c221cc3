"""Bytes of a web page -> text: the charset of the Content-Type header, else that of a
`<meta>` tag, else the detection ingest uses for files (UTF-8, UTF-16, cp1251, koi8-r)."""

from __future__ import annotations

import codecs
import re

from coopwatch.ingest.encoding import decode

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
META_WINDOW = 4096  # a <meta charset> belongs in the first bytes of the head


def page_text(body: bytes, content_type: str | None) -> str | None:
    """The text of the page, or None when no charset named or detected decodes it."""
    for name in (header_charset(content_type), meta_charset(body)):
        text = _decoded(body, name)
        if text is not None:
            return text
    return decode(body)


def header_charset(content_type: str | None) -> str | None:
    found = HEADER_CHARSET.search(content_type or "")
    return found.group(1) if found else None


def meta_charset(body: bytes) -> str | None:
    found = META_CHARSET.search(body[:META_WINDOW])
    return found.group(1).decode("ascii", "replace") if found else None


def _decoded(body: bytes, name: str | None) -> str | None:
    """The body in the named charset; None when unnamed, unknown or wrong for these bytes."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name)
        return body.decode(codec.name).lstrip("\ufeff")
    except (LookupError, UnicodeDecodeError):
        return None
