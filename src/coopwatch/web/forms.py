"""Filter forms of the pages: drop-down lists and text fields that keep the request's
values, with the labels of coded values in Russian."""

from __future__ import annotations

from collections.abc import Sequence

from coopwatch.records.labels import label
from coopwatch.web.errors import QueryArgs
from coopwatch.web.layout import esc, tag


def select(args: QueryArgs, name: str, title: str, options: Sequence[tuple[str, str]]) -> str:
    """A labelled drop-down list of (value, text) with the request's value selected."""
    current = args.text(name) or ""
    items = "".join(tag("option", esc(text), value=value,
                        selected="selected" if value == current else None)
                    for value, text in options)
    return tag("label", esc(title) + tag("select", items, name_=name))


def field(args: QueryArgs, name: str, title: str, placeholder: str) -> str:
    """A labelled text field holding the request's value."""
    return tag("label", esc(title) + tag("input", "", name_=name, value=args.text(name) or "",
                                         placeholder=placeholder))


def coded(group: str, codes: Sequence[str]) -> list[tuple[str, str]]:
    """Options for coded values: «все», then each code with its Russian label."""
    return [("", "все")] + [(code, label(group, code) or code) for code in codes]
