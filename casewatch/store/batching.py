"""Values in batches: IN lists under every engine's parameter limit, inserts of bounded size."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
IN_LIST = 500  # values per IN list (well under every engine's parameter limit)


def batches(values: Iterable[T], size: int = IN_LIST) -> Iterator[list[T]]:
    """The values in lists of `size`, in their order (the last one shorter), read as they come."""
    batch: list[T] = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def sorted_batches(values: Iterable[Any], size: int = IN_LIST) -> Iterator[list[Any]]:
    """The values in order, in lists of `size`: the same statements whatever order they came in."""
    return batches(sorted(values), size)
