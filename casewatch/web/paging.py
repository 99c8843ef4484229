"""Pages of long lists: which slice a page number shows, and how many pages there are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Paging:
    """Where a page stands: its number (from 1), how many pages, how many items in all."""

    page: int
    pages: int
    total: int


def paging(total: int, page: int, size: int) -> Paging:
    """The page asked for, kept within 1..pages (an empty list still has one page)."""
    pages = max(1, -(-total // size))
    return Paging(min(max(page, 1), pages), pages, total)


def paged(items: Sequence[T], page: int, size: int) -> tuple[list[T], Paging]:
    """The items the page shows, and its paging."""
    where = paging(len(items), page, size)
    start = (where.page - 1) * size
    return list(items[start : start + size]), where
