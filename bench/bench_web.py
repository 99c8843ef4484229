"""Web latency on a synthetic collection: search p50/p95, overview and timeline pages.

    .venv/bin/python bench/bench_web.py [--documents 100000] [--db /tmp/casewatch-bench.sqlite]

Documents are inserted straight through the Store API with generated Extractions (no reading
or extraction), so building is bounded by the store's write speed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import time
import warnings
from pathlib import Path

from casewatch.model import (
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
SURNAMES = ("Quispe", "Mamani", "Reyes", "Santos", "Okafor", "Demir", "Sok", "Moyo", "Ivanova", "Lopez")


def _document(n: int, rng: random.Random) -> tuple[str, Extraction]:
    person = f"{rng.choice(('Ana', 'Luis', 'Mara', 'Tendai'))} {rng.choice(SURNAMES)}"
    body = " ".join(rng.choice(WORDS) for _ in range(280))
    text = f"Letter {n}\n{person} was arrested on 2 March 2021.\n{body}\nPlease release {person}.\n"
    start = text.index(person)
    day = PartialDate(rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28))
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
                date=PartialDate(2021, 3, 2),
                targets=("p",),
            ),
        ),
        requests=(Request(("UN",), ("Government",), ask, text.index(ask), text.index(ask) + len(ask)),),
    )
    return text, ext


def build(store: Store, documents: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    clusters: dict[str, str] = {}
    for n in range(documents):
        text, ext = _document(n, rng)
        data = text.encode()
        sha = hashlib.sha256(data).hexdigest()
        store.add_original(sha, data)
        doc_id = store.start_document(sha, f"doc-{n}.txt", "text/plain")
        store.save_extraction(doc_id, Text(text, "text/plain"), ext)
        clusters[f"{sha[:16]}:p"] = "person:" + ext.entities[0].name
        if n % 10_000 == 9_999:
            print(f"  {n + 1:,} documents stored", flush=True)
    store.set_clusters(clusters)


def _timed(call: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()  # type: ignore[operator]
        times.append((time.perf_counter() - start) * 1000)
    return times


def _report(name: str, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    print(f"{name:<28} p50 {statistics.median(ordered):8.1f} ms   p95 {p95:8.1f} ms   (n={len(ordered)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/casewatch-bench.sqlite")
    parser.add_argument("--runs", type=int, default=5, help="runs of each whole-collection page")
    args = parser.parse_args()
    path = Path(args.db)
    if not path.exists():
        print(f"building {args.documents:,} documents in {path} ...")
        started = time.perf_counter()
        with Store.open(str(path)) as store:
            build(store, args.documents)
        print(f"built in {time.perf_counter() - started:.0f} s")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    client = TestClient(create_app(str(path)))
    queries = [*WORDS, *SURNAMES, "union court", "arrested release", "freedom of association", "zzz"]
    _report(
        "search /api/v1/search",
        _timed(
            lambda q=iter(queries * 3): client.get("/api/v1/search", params={"q": next(q)}),
            len(queries) * 3,
        ),
    )
    for url in ("/", "/timeline", "/api/v1/overview", "/api/v1/timeline?country=PER"):
        _report(url, _timed(lambda url=url: client.get(url), args.runs))


if __name__ == "__main__":
    main()
