"""The extraction pipeline: named steps that declare what they need and add, and one short runner.

A step is a pure function of the document text and what earlier steps found. It returns a
mapping of the names it declared in `adds` to values: either an `Extraction` field
(`"entities"`) or a field of the document metadata (`"meta.genre"`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any, TypeVar

from casewatch.errors import PipelineError
from casewatch.model import DocumentMeta, Extraction, Text

StepFn = Callable[[Text, Extraction], Mapping[str, Any]]

_FIELDS = {record: frozenset(f.name for f in fields(record)) for record in (Extraction, DocumentMeta)}
_EXTRACTION_FIELDS = {f.name for f in fields(Extraction)} - {"meta"}
_META_FIELDS = {f"meta.{f.name}" for f in fields(DocumentMeta)}
KNOWN_NAMES = frozenset(_EXTRACTION_FIELDS | _META_FIELDS)


@dataclass(frozen=True)
class Step:
    name: str
    needs: frozenset[str]
    adds: frozenset[str]
    run: StepFn

    def __post_init__(self) -> None:
        unknown = (self.needs | self.adds) - KNOWN_NAMES
        if unknown:
            raise PipelineError(f"step {self.name!r} names unknown fields: {sorted(unknown)}")


def step(name: str, *, needs: Iterable[str] = (), adds: Iterable[str]) -> Callable[[StepFn], Step]:
    """Declare a function as a pipeline step."""

    def wrap(fn: StepFn) -> Step:
        return Step(name, frozenset(needs), frozenset(adds), fn)

    return wrap


def check_order(steps: Iterable[Step]) -> None:
    """Every step's needs must be added by an earlier step."""
    available: set[str] = set()
    for s in steps:
        missing = s.needs - available
        if missing:
            raise PipelineError(f"step {s.name!r} needs {sorted(missing)} which no earlier step adds")
        available |= s.adds


def apply(ext: Extraction, values: Mapping[str, Any]) -> Extraction:
    meta_values = {k.removeprefix("meta."): v for k, v in values.items() if k.startswith("meta.")}
    top_values = {k: v for k, v in values.items() if not k.startswith("meta.")}
    if meta_values:
        top_values["meta"] = _with(ext.meta, meta_values)
    return _with(ext, top_values)


_T = TypeVar("_T", Extraction, DocumentMeta)


def _with(record: _T, values: dict[str, Any]) -> _T:
    """`dataclasses.replace` for the two records a step fills, without calling `__init__` again: both are
    plain frozen dataclasses (no `__post_init__`, every field in `__init__`), so a copy of the fields with
    the new values set is the same record, made in a fraction of the time (ten steps per document)."""
    unknown = values.keys() - _FIELDS[type(record)]
    if unknown:
        raise TypeError(f"{type(record).__name__} has no fields {sorted(unknown)}")
    new = object.__new__(type(record))
    new.__dict__.update(record.__dict__, **values)
    return new


def run_steps(steps: Iterable[Step], text: Text, ext: Extraction | None = None) -> Extraction:
    steps = list(steps)
    check_order(steps)
    ext = ext or Extraction()
    for s in steps:
        values = s.run(text, ext)
        extra = set(values) - s.adds
        if extra:
            raise PipelineError(f"step {s.name!r} returned undeclared fields: {sorted(extra)}")
        ext = apply(ext, values)
    return ext


def default_steps() -> list[Step]:
    """The standard pipeline, in order."""
    from casewatch.extract import steps

    return steps.STEPS


def extract(text: Text) -> Extraction:
    """Run the standard pipeline on one document."""
    return run_steps(default_steps(), text)
