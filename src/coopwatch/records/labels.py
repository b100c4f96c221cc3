"""Russian names of the codes of SCHEMA.md (`data/records/labels_ru.tsv`), both ways.

Pages show `label("sector", "automotive")` = «автомобили»; filters accept either form,
`code("sector", "Автомобили")` = "automotive".
"""

from __future__ import annotations

from functools import cache
from importlib import resources

LABELS_FILE = "labels_ru.tsv"


@cache
def labels() -> dict[str, dict[str, str]]:
    """group -> code -> Russian label."""
    text = resources.files("coopwatch.data").joinpath("records").joinpath(LABELS_FILE).read_text(
        encoding="utf-8")
    found: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            group, code_, label_ = line.split("\t")
            found.setdefault(group, {})[code_] = label_
    return found


def label(group: str, code_: str | None) -> str | None:
    """The Russian label of a code; the code itself when the group has none for it."""
    if code_ is None:
        return None
    return labels().get(group, {}).get(code_, code_)


def code(group: str, text: str) -> str:
    """The code a Russian label (any case, ё or е) or a code stands for; `text` unchanged
    when neither matches."""
    wanted = text.strip().lower().replace("ё", "е")
    for code_, label_ in labels().get(group, {}).items():
        if wanted in (code_.lower(), label_.lower().replace("ё", "е")):
            return code_
    return text
