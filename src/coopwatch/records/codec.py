"""One JSON writer and reader for every card record, driven by its dataclass fields.

A record's JSON object has one key per field, in field order: a nested record becomes
an object, a tuple a list, anything else is written as it is. Field metadata made by
`card_field` says where a field departs from that:

- `key`: the JSON key, when it is not the field name (`Flow.source` is "from");
- `working`: pipeline data that stays out of the card (a mention's NER type);
- `when`: write the field only while another field has a given value (`geo_kind` only
  for a GEO entity);
- `omit_none`: leave the key out when the value is None;
- `read`: how to convert the JSON value when the field's type does not say it.

Reading is the reverse. A field with no default whose type does not admit None must be
in the object; any other falls back to its default when its key is missing, and so does
a tuple or a nested record given as null (or an empty object). `int` fields are read
with `int()`. Keys the record does not know, such as the card's "schema", are ignored,
so older and newer cards load alike.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Mapping
from dataclasses import MISSING, Field, dataclass, fields
from typing import Any, ClassVar, Self, TypeGuard, Union, get_args, get_origin

_METADATA_KEY = "coopwatch.card"

Reader = Callable[[Any], Any]
Writer = Callable[[Any], Any]


@dataclass(frozen=True)
class CardField:
    """How one field is written to and read from the card (see the module docstring)."""

    key: str | None = None
    working: bool = False
    when: tuple[str, object] | None = None
    omit_none: bool = False
    read: Reader | None = None


def card_field(
    *,
    key: str | None = None,
    working: bool = False,
    when: tuple[str, object] | None = None,
    omit_none: bool = False,
    read: Reader | None = None,
) -> dict[str, CardField]:
    """Field metadata for `dataclasses.field(metadata=...)`."""
    return {_METADATA_KEY: CardField(key, working, when, omit_none, read)}


WORKING = card_field(working=True)


class JsonRecord:
    """Base of the card records: `to_json` and `from_json` come from the fields."""

    __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def to_json(self) -> dict[str, Any]:
        """The record as a JSON object, as the card writes it."""
        data: dict[str, Any] = {}
        for slot in _card_slots(type(self)):
            value = getattr(self, slot.name)
            if slot.when is not None and getattr(self, slot.when[0]) != slot.when[1]:
                continue
            if value is not None or not slot.omit_none:
                data[slot.key] = value if slot.write is None else slot.write(value)
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Self:
        """The record from a JSON object written by `to_json` (or by hand, as gold)."""
        return cls(**{slot.name: slot.value(data) for slot in _card_slots(cls)})


@dataclass(frozen=True)
class _Slot:
    """A field that the card holds, with what the codec needs to know about it."""

    name: str
    key: str
    when: tuple[str, object] | None
    omit_none: bool
    required: bool
    nested: bool
    default: Callable[[], Any]
    read: Reader
    write: Writer | None  # None: the value is written as it is

    def value(self, data: Mapping[str, Any]) -> Any:
        """The field's value read from a JSON object."""
        if self.required:
            return self.read(data[self.key])
        if self.key not in data or (self.nested and not data[self.key]):
            return self.default()
        return self.read(data[self.key])


# The card fields of each record class, worked out on first use. (A dict rather than
# functools.cache, which mypy will not let take a class as its key.)
_SLOTS: dict[type[JsonRecord], tuple[_Slot, ...]] = {}


def _card_slots(record: type[JsonRecord]) -> tuple[_Slot, ...]:
    if record not in _SLOTS:
        _SLOTS[record] = tuple(
            _slot(item, _rules(item), _hint(record, item)) for item in fields(record)
            if not _rules(item).working
        )
    return _SLOTS[record]


def _hint(record: type[JsonRecord], item: Field[Any]) -> Any:
    """A card field's type. Hints are resolved field by field, not with get_type_hints on
    the class: working fields may name types imported only for type checking."""
    if not isinstance(item.type, str):
        return item.type
    # what get_type_hints does for each annotation: evaluate it in the class's module
    return eval(item.type, vars(sys.modules[record.__module__]))


def _rules(item: Field[Any]) -> CardField:
    rules: CardField = item.metadata.get(_METADATA_KEY, CardField())
    return rules


def _slot(item: Field[Any], rules: CardField, hint: Any) -> _Slot:
    inner, optional = _without_none(hint)
    has_default = item.default is not MISSING or item.default_factory is not MISSING
    read = rules.read or _reader(inner)
    write = _writer(inner)
    return _Slot(
        name=item.name,
        key=rules.key or item.name,
        when=rules.when,
        omit_none=rules.omit_none,
        required=not (has_default or optional),
        nested=_is_record(inner),
        default=_default(item),
        read=_or_none(read) if optional else read,
        write=_or_none(write) if optional and write is not None else write,
    )


def _default(item: Field[Any]) -> Callable[[], Any]:
    if item.default_factory is not MISSING:
        return item.default_factory
    default = None if item.default is MISSING else item.default
    return lambda: default


def _without_none(hint: Any) -> tuple[Any, bool]:
    """`X | None` as (X, True); any other type as (type, False)."""
    if get_origin(hint) in (Union, types.UnionType):
        args = tuple(arg for arg in get_args(hint) if arg is not type(None))
        if len(args) < len(get_args(hint)):
            return (args[0] if len(args) == 1 else Union[args]), True  # noqa: UP007
    return hint, False


def _reader(hint: Any) -> Reader:
    """How a JSON value becomes a value of the type `hint`."""
    if _is_record(hint):
        return hint.from_json
    if get_origin(hint) is tuple:
        return _tuple_reader(get_args(hint))
    if hint is int:
        return int
    return _as_is


def _writer(hint: Any) -> Writer | None:
    """How a value of the type `hint` becomes JSON (None: as it is)."""
    if _is_record(hint):
        return _record_json
    if get_origin(hint) is tuple:
        items = get_args(hint)
        if len(items) == 2 and items[1] is Ellipsis and _is_record(items[0]):
            return lambda value: [_record_json(item) for item in value]
        return list
    return None


def _record_json(record: JsonRecord) -> dict[str, Any]:
    return record.to_json()


def _is_record(hint: Any) -> TypeGuard[type[JsonRecord]]:
    return isinstance(hint, type) and issubclass(hint, JsonRecord)


def _tuple_reader(args: tuple[Any, ...]) -> Reader:
    if len(args) == 2 and args[1] is Ellipsis:
        item = _reader(args[0])
        return lambda value: tuple(item(part) for part in value or ())
    readers = tuple(_reader(arg) for arg in args)

    def read(value: Any) -> tuple[Any, ...]:
        parts = tuple(value)
        if len(parts) != len(readers):
            raise ValueError(f"expected {len(readers)} items, got {len(parts)}")
        return tuple(part_reader(part) for part_reader, part in zip(readers, parts, strict=True))

    return read


def _or_none(read: Reader) -> Reader:
    return lambda value: None if value is None else read(value)


def _as_is(value: Any) -> Any:
    return value
