"""Text hygiene at the door: characters no stored text may hold, and printable file names.

A NUL or another control character (tabs, newlines and form feeds aside) and a lone
UTF-16 surrogate (which JSON's `\\ud800` escape can produce) cannot be encoded in UTF-8
or stored by PostgreSQL; a code point without a name in this Python's Unicode
database (unassigned, private use, or too new for it) makes the morphology raise. All
of them are removed from every text, title, URL and id before anything else reads them. A file name that is not valid UTF-8 reaches Python with its
bad bytes as surrogates; `printable_name` shows them as `\\xff` escapes instead.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff]")
KEPT_WITHOUT_NAME = frozenset("\t\n\r\f\v\x85")  # whitespace: `clean` normalizes it


def strip_unsafe(text: str) -> str:
    """The text without NULs, other control characters, lone surrogates and code points
    that have no Unicode name."""
    text = UNSAFE.sub("", text)
    if text.isascii():
        return text
    unnamed = {char for char in set(text)
               if char not in KEPT_WITHOUT_NAME and unicodedata.name(char, None) is None}
    return text.translate(dict.fromkeys(map(ord, unnamed))) if unnamed else text


def printable_name(path: str | Path) -> str:
    """The path as text that encodes to UTF-8: undecodable bytes as `\\xNN` escapes."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def printable(text: str) -> str:
    """Any text (an error message, a detail) with lone surrogates as `\\udXXX` escapes."""
    return text.encode("utf-8", errors="backslashreplace").decode("utf-8").replace("\x00", "")
