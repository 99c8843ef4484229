"""(De)serialising an Extraction to table rows and JSON, driven by the model's type hints.

Values are encoded generically: a PartialDate becomes partial ISO text (plus a
`<field>_precision` column in fact tables), an enum its value, a tuple a JSON list, a
dataclass a JSON object. Decoding walks the same type hints back, so a round trip is exact.
"""

from __future__ import annotations

import dataclasses
import functools
import types
import typing
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from typing import Any

import sqlalchemy as sa

from casewatch.model import DocumentMeta, Extraction, PartialDate
from casewatch.store import schema


@functools.cache
def hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def encode(value: Any) -> Any:
    """A JSON-ready form of a model value."""
    if isinstance(value, PartialDate):
        return value.iso
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [encode(item) for item in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def _same(value: Any) -> Any:
    return value


@functools.cache
def decoder(hint: Any) -> Callable[[Any], Any]:
    """A function turning stored values into model values of type `hint` (made once per type:
    loading a large collection decodes millions of values)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        decode_inner = decoder(inner)
        return lambda value: None if value is None else decode_inner(value)
    if origin is tuple:
        decode_item = decoder(typing.get_args(hint)[0])
        if decode_item is _same:
            return tuple
        return lambda value: tuple(decode_item(item) for item in value)
    if hint is PartialDate:
        return PartialDate.parse
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return functools.partial(decode_dataclass, hint)
    if isinstance(hint, type) and issubclass(hint, Enum | bool | float):
        return hint
    return _same


def decode(value: Any, hint: Any) -> Any:
    """The model value of `value` as type `hint` describes it."""
    return decoder(hint)(value)


@functools.cache
def _fields(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    known = hints(cls)
    return tuple((f.name, decoder(known[f.name])) for f in dataclasses.fields(cls))


def decode_dataclass(cls: type, values: Mapping[str, Any]) -> Any:
    """An instance of `cls` from a mapping; fields missing from it keep their defaults."""
    return cls(**{name: decode(values[name]) for name, decode in _fields(cls) if name in values})


def fact_table_types() -> dict[str, tuple[sa.Table, type]]:
    """Extraction field -> (its table, the dataclass of its items)."""
    fields = hints(Extraction)
    return {name: (table, typing.get_args(fields[name])[0]) for name, table in schema.FACT_TABLES.items()}


def fact_row(fact: Any, table: sa.Table, document_id: int, seq: int) -> dict[str, Any]:
    """A row for one fact; only columns the table has (a new model field needs a migration)."""
    row: dict[str, Any] = {"document_id": document_id, "seq": seq}
    for f in dataclasses.fields(fact):
        value = getattr(fact, f.name)
        row[f.name] = encode(value)
        if isinstance(value, PartialDate) or f"{f.name}_precision" in table.c:
            row[f"{f.name}_precision"] = value.precision if value is not None else None
    return {key: value for key, value in row.items() if key in table.c}


def fact_rows(ext: Extraction, document_id: int) -> Iterable[tuple[sa.Table, list[dict[str, Any]]]]:
    for name, (table, _cls) in fact_table_types().items():
        facts = getattr(ext, name)
        yield table, [fact_row(fact, table, document_id, seq) for seq, fact in enumerate(facts)]


def meta_columns(meta: DocumentMeta) -> dict[str, Any]:
    """The documents columns that repeat metadata for filtering, plus the full meta JSON."""
    return {
        "genre": meta.genre.value,
        "date": meta.date.iso if meta.date else None,
        "date_precision": meta.date.precision if meta.date else None,
        "reference": meta.reference,
        "language": meta.language,
        "countries": list(meta.countries),
        "reply_due": meta.reply_due.iso if meta.reply_due else None,
        "title": meta.title,
        "meta": encode(meta),
    }


def extraction(
    meta: Mapping[str, Any] | None, facts: Mapping[str, Iterable[Mapping[str, Any]]]
) -> Extraction:
    """Rebuild an Extraction from the meta JSON and each fact table's rows (in seq order)."""
    types_by_field = fact_table_types()
    loaded = {
        name: tuple(decode_dataclass(types_by_field[name][1], row) for row in rows)
        for name, rows in facts.items()
    }
    doc_meta = decode_dataclass(DocumentMeta, meta) if meta else DocumentMeta()
    return Extraction(meta=doc_meta, **loaded)
