"""The follow-up pages' JSON types (the HTTP edge): countries, the thread matrix, a thread."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from casewatch.web.schemas import Api, IsoDate


class FollowupCountryOut(Api):
    country: str
    name: str | None = None  # the country's English name, when the code is known
    threads: int
    statuses: dict[str, int] = Field(default_factory=dict)  # latest status -> how many threads stand at it


class FollowupCountriesOut(Api):
    countries: list[FollowupCountryOut]
    stale: bool = False


class MatrixColumnOut(Api):
    document_id: int
    source: str
    date: IsoDate = None


class MatrixCellOut(Api):
    status: str | None = None  # met | partly_met | not_met | asked | None (nothing on this thread)
    href: str | None = None
    quote: str | None = None
    group: str | None = None


class MatrixRowOut(Api):
    thread: str
    about: str
    remedy: str
    latest: str
    asks: int
    cells: list[MatrixCellOut]


class FollowupMatrixOut(Api):
    country: str
    columns: list[MatrixColumnOut]
    rows: list[MatrixRowOut]
    disputes: list[dict[str, Any]]
    total: int
    page: int
    pages: int
    stale: bool = False  # the follow-up is behind the store or being computed: a part may be missing


class ThreadOut(Api):
    thread: str
    country: str
    latest: str
    about: str
    remedy: str
    requests: list[dict[str, Any]]
    status: list[dict[str, Any]]
    evidence: list[dict[str, Any]]
    disputes: list[dict[str, Any]]
    stale: bool = False
