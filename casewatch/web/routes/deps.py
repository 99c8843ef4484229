"""What every route needs: the store, today's date, and the collection as (document, extraction) pairs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import Request

from casewatch.analyse.common import Clusters, Pair
from casewatch.store import Store


@dataclass(frozen=True)
class Collection:
    """Every readable document with its extraction, and the entity clusters."""

    pairs: list[Pair]
    clusters: Clusters


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def today_of(request: Request) -> date:
    today: date = request.app.state.today()
    return today


def collection(store: Store) -> Collection:
    pairs: list[Pair] = list(store.extractions())
    return Collection(pairs, store.clusters())
