"""Web latency on a synthetic collection: search p50/p95, overview, timeline, actors and requests.

    .venv/bin/python bench/bench_web.py [--documents 100000] [--db /tmp/casewatch-bench.sqlite]

Documents are bulk-loaded through `Store.bulk_load` with generated Extractions (no reading or
extraction); the full-text index is filled by the same triggers as in real use.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import random
import statistics
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from casewatch.analyse.derived import refresh_views
from casewatch.model import (
    Citation,
    DocumentMeta,
    Entity,
    EntityType,
    Event,
    EventType,
    Extraction,
    Genre,
    Mention,
    PartialDate,
    Request,
    Text,
)
from casewatch.store import Store
from casewatch.store.bulk import BulkDocument
from casewatch.web.app import create_app

COUNTRIES = ("PER", "GTM", "PHL", "BLR", "TUR", "KHM", "ZWE", "COL")
WORDS = (
    "union",
    "strike",
    "court",
    "registration",
    "arrest",
    "minister",
    "labour",
    "federation",
    "leader",
    "dissolution",
    "protest",
    "convention",
    "freedom",
    "association",
    "bargaining",
    "dismissal",
)
SURNAMES = (
    *("Quispe", "Mamani", "Reyes", "Santos", "Okafor", "Demir", "Sok", "Moyo", "Ivanova", "Lopez"),
    *("Chavez", "Banda", "Yilmaz", "Nguyen", "Perera", "Kovacs", "Mensah", "Rojas", "Tran", "Diallo"),
)
FIRST_NAMES = (
    "Ana",
    "Luis",
    "Mara",
    "Tendai",
    "Ayse",
    "Kofi",
    "Lina",
    "Omar",
    "Rosa",
    "Ivan",
    "Nia",
    "Tomas",
)
INSTRUMENTS = ("ILO C087", "ILO C098", "ILO C135", "UN ICCPR", "UN ICESCR")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September")


def _document(n: int, rng: random.Random) -> tuple[str, Extraction]:
    person = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    body = " ".join(rng.choice(WORDS) for _ in range(280))
    day = PartialDate(rng.randint(2015, 2024), rng.randint(1, 9), rng.randint(2, 28))
    arrest = PartialDate(day.year, day.month, (day.day or 2) - 1)
    said = f"{arrest.day} {MONTH_NAMES[(arrest.month or 1) - 1]} {arrest.year}"
    instrument = rng.choice(INSTRUMENTS)
    text = (
        f"Letter {n}\n{person} was arrested on {said}.\n{body}\n"
        f"This violates {instrument}.\nPlease release {person}.\n"
    )
    start, cited = text.index(person), text.index(instrument)
    ask = f"Please release {person}."
    ext = Extraction(
        meta=DocumentMeta(
            rng.choice(list(Genre)),
            day,
            f"REF {n}",
            "en",
            (rng.choice(COUNTRIES),),
            reply_due=PartialDate(day.year, day.month) if n % 5 == 0 else None,
        ),
        mentions=(Mention("person", person, start, start + len(person), "p"),),
        entities=(Entity("p", EntityType.PERSON, person),),
        events=(
            Event(
                EventType.ARREST,
                start,
                start + len(person) + 30,
                text[start : start + len(person) + 30],
                date=arrest,
                targets=("p",),
            ),
        ),
        citations=(Citation(instrument, (), cited, cited + len(instrument)),),
        requests=(Request(("UN",), ("Government",), ask, text.index(ask), text.index(ask) + len(ask)),),
    )
    return text, ext


def _generated(documents: int, seed: int, clusters: dict[str, str]) -> Iterator[BulkDocument]:
    rng = random.Random(seed)
    for n in range(documents):
        text, ext = _document(n, rng)
        data = text.encode()
        clusters[f"{hashlib.sha256(data).hexdigest()[:16]}:p"] = "person:" + ext.entities[0].name
        yield BulkDocument(data, f"doc-{n}.txt", Text(text, "text/plain"), ext, "text/plain")
        if n % 10_000 == 9_999:
            print(f"  {n + 1:,} documents generated", flush=True)


def build(store: Store, documents: int, seed: int = 7) -> None:
    """Bulk-load the synthetic documents (full-text index included), then cluster their people
    and compute the stored timeline, as ingest does after resolution."""
    clusters: dict[str, str] = {}
    store.bulk_load(_generated(documents, seed, clusters), ingested_by="bench")
    store.set_clusters(clusters)
    _refresh(store)


def _refresh(store: Store) -> None:
    started = time.perf_counter()
    entries = refresh_views(store)
    print(f"timeline of {entries:,} events computed and stored in {time.perf_counter() - started:.1f} s")


# Search queries by kind: the same words ingest would meet, a phrase, and strings meant to break
# a naive query builder (FTS syntax, quotes, markup).
SEARCHES = {
    "common word": ["union", "strike", "court", "freedom", "protest"],
    "rare word": ["Okafor", "Diallo", "Kovacs", "Perera", "Yilmaz"],
    "phrase": ["freedom of association", "arrested release", "union court leader", "labour federation"],
    "hostile": ['"union', "NEAR(a b)", "col:x -y *", "<script>alert(1)</script>", "' OR 1=1 --"],
}
PAGES = (
    "/",
    "/api/v1/overview",
    "/timeline",
    "/api/v1/timeline",
    "/api/v1/timeline?country=PER",
    "/api/v1/actors",
    "/api/v1/requests",
)


def _timed(get: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = get()
        times.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"HTTP {response.status_code}: {response.text[:200]}")
    return times


def _report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<34} p50 {statistics.median(ordered):8.1f} ms   p95 {p95:8.1f} ms   (n={len(ordered)})")


def _build(path: Path, documents: int) -> None:
    print(f"building {documents:,} documents in {path} ...", flush=True)
    started = time.perf_counter()
    with Store.open(str(path)) as store:
        build(store, documents)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def _search(client: Any, asked: Iterator[str]) -> Any:
    return client.get("/api/v1/search", params={"q": next(asked)})


def _measure(client: Any, runs: int) -> None:
    for kind, queries in SEARCHES.items():
        asked = itertools.cycle(queries)
        search = functools.partial(_search, client, asked)
        _report(f"search ({kind})", _timed(search, runs))
    for url in PAGES:
        started = time.perf_counter()
        client.get(url)  # warm-up: the first request after a change computes the cached view
        print(f"{url:<34} first request {(time.perf_counter() - started) * 1000:8.0f} ms")
        _report(url, _timed(lambda url=url: client.get(url), runs))


def _touch(store: Store) -> None:
    """A write that changes no data but bumps the revision: re-adding an original the store holds."""
    first = store.documents(order="id", limit=1)[0]
    store.add_original(first.sha256, store.original(first.id))


def _after_write(client: Any, store: Store) -> None:
    """What a write costs the next request of each page, and how long until views are fresh."""
    for url in PAGES:
        _touch(store)
        started = time.perf_counter()
        response = client.get(url)
        took = (time.perf_counter() - started) * 1000
        stale = "api" in url and response.json().get("stale", False)
        print(f"{url:<34} after a write   {took:8.0f} ms{'   (stale)' if stale else ''}")
        started = time.perf_counter()
        client.app.state.views.settle()
        print(f"{'':<34} fresh after    {(time.perf_counter() - started) * 1000:8.0f} ms more")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/casewatch-bench.sqlite")
    parser.add_argument("--runs", type=int, default=20, help="requests per measured URL or query kind")
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        _build(path, args.documents)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with Store.open(str(path)) as store:
        print(f"{store.count_documents():,} documents in {path}")
        if store.views_built_from() is None:  # a database built before the timeline was stored
            _refresh(store)
    with Store.open(str(path)) as store, TestClient(create_app(str(path))) as client:
        _measure(client, args.runs)
        _after_write(client, store)


if __name__ == "__main__":
    main()
