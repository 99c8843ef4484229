"""Web latency on a synthetic collection: every page's p50/p95, first request, after a write, RSS.

    .venv/bin/python bench/bench_web.py [--documents 100000] [--db /tmp/casewatch-bench.sqlite]
        [--backend sqlite|postgresql|both] [--pg-url postgresql+psycopg://...] [--pg-dir DIR]
        [--rare-word]  (only the rare-word searches, each call paired with the raw query's)

Documents are bulk-loaded through `Store.bulk_load` with generated Extractions (no reading or
extraction); the full-text index is filled as in real use. The SQLite file (--db) is kept, and
measured again unbuilt by the next run. PostgreSQL: a private server is started the way the
tests start one (tests/pgserver.py), unless --pg-url names a database (one already loaded is
reused); with --pg-dir the server's data folder is kept there, likewise measured again unbuilt.
Each figure is printed with its ratio to a raw baseline run in the same process: the bare
full-text query (and the same behind a one-route app), and one indexed row read behind a
one-route app for the pages.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import itertools
import random
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from web_baseline import raw_app, raw_search

from casewatch.analyse.derived import refresh_views
from casewatch.analyse.replies import read_replies
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
# Every page and its JSON twin; {doc} is a document in the middle of the collection.
PAGES = (
    "/",
    "/api/v1/overview",
    "/documents",
    "/api/v1/documents",
    "/api/v1/documents?country=PER",
    "/documents/{doc}",
    "/api/v1/documents/{doc}",
    "/timeline",
    "/api/v1/timeline",
    "/api/v1/timeline?country=PER",
    "/actors",
    "/api/v1/actors",
    "/requests",
    "/api/v1/requests",
    "/followup",
    "/api/v1/followup",
    "/search?q=Okafor",
)


def _timed(get: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = get()
        times.append((time.perf_counter() - start) * 1000)
        if getattr(response, "status_code", 200) != 200:
            raise SystemExit(f"HTTP {response.status_code}: {response.text[:200]}")
    return times


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def _report(
    name: str, times: list[float], baseline: float | None = None, paired: list[float] | None = None
) -> None:
    ratio = f"   {_p95(times) / baseline:6.1f}x raw" if baseline else ""
    p50, p95 = statistics.median(times), _p95(times)
    if paired:  # the raw figures timed in turn with these, and the p50 ratio
        raw50 = statistics.median(paired)
        ratio += f" (raw p50 {raw50:.1f} p95 {_p95(paired):.1f} ms; p50 {p50 / raw50:.1f}x)"
    print(f"{name:<34} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms{ratio}   (n={len(times)})", flush=True)


def _build(target: str, documents: int) -> None:
    print(f"building {documents:,} documents in {target} ...", flush=True)
    started = time.perf_counter()
    with Store.open(target) as store:
        build(store, documents)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def _search_word(client: Any, word: str) -> Any:
    return client.get("/api/v1/search", params={"q": word})


def _raw_word(raw_client: Any, word: str) -> Any:
    return raw_client.get("/search", params={"q": word})


def _search(client: Any, asked: Iterator[str]) -> Any:
    return client.get("/api/v1/search", params={"q": next(asked)})


def _baselines(store: Store, raw: Any, runs: int) -> tuple[float, float, float]:
    """p95 of the raw rare-word query (store level, then over HTTP) and of a raw row over HTTP."""
    words = itertools.cycle(SEARCHES["rare word"])
    bare = _timed(lambda: raw_search(store, next(words)), runs)
    http = _timed(lambda: raw.get("/search", params={"q": next(words)}), runs)
    row = _timed(lambda: raw.get("/row/1"), runs)
    _report("raw FTS rare word (store)", bare)
    _report("raw FTS rare word (HTTP)", http)
    _report("raw row read (HTTP)", row)
    return _p95(bare), _p95(http), _p95(row)


def _paired(
    ours: Callable[[str], Any], raw: Callable[[str], Any], runs: int
) -> tuple[list[float], list[float]]:
    """Our rare-word search and the raw one timed turn about, on the same words: both see the
    same load of the machine, so their ratio does not swing with what else runs meanwhile."""
    words = itertools.cycle(SEARCHES["rare word"])
    mine: list[float] = []
    bare: list[float] = []
    for _ in range(runs):
        word = next(words)
        bare += _timed(functools.partial(raw, word), 1)
        mine += _timed(functools.partial(ours, word), 1)
    return mine, bare


def _rare_word(store: Store, client: Any, raw_client: Any, runs: int) -> None:
    """The rare word's search (store, then HTTP), each against the raw query timed in turn with
    it (the raw figure of that pairing printed beside)."""
    mine, bare = _paired(store.search, functools.partial(raw_search, store), runs)
    _report("store.search (rare word)", mine, _p95(bare), bare)
    ours = functools.partial(_search_word, client)
    mine, bare = _paired(ours, functools.partial(_raw_word, raw_client), runs)
    _report("search (rare word)", mine, _p95(bare), bare)


def _measure_search(store: Store, client: Any, raw_client: Any, runs: int) -> None:
    """Searches by kind: the rare word's paired with the raw query, the others alone."""
    _rare_word(store, client, raw_client, runs)
    for kind, queries in SEARCHES.items():
        if kind != "rare word":
            asked = itertools.cycle(queries)
            _report(f"search ({kind})", _timed(functools.partial(_search, client, asked), runs))


def _first_and_warm(client: Any, urls: list[str], runs: int, row: float) -> None:
    for url in urls:
        started = time.perf_counter()
        client.get(url)
        print(f"{url:<34} first request {(time.perf_counter() - started) * 1000:8.0f} ms", flush=True)
    for url in urls:
        _report(url, _timed(lambda url=url: client.get(url), runs), row)


def _touch(store: Store) -> None:
    """A write that changes no data but bumps the revision: re-adding an original the store holds."""
    first = store.documents(order="id", limit=1)[0]
    store.add_original(first.sha256, store.original(first.id))


def _after_write(client: Any, store: Store, urls: list[str], settle: float) -> None:
    """What a write costs the next request of each page, and how long until views are fresh."""
    for url in urls:
        _touch(store)
        started = time.perf_counter()
        response = client.get(url)
        took = (time.perf_counter() - started) * 1000
        stale = "api" in url and isinstance(response.json(), dict) and response.json().get("stale", False)
        started = time.perf_counter()
        client.app.state.views.settle(settle)
        fresh = (time.perf_counter() - started) * 1000
        mark = "  (stale)" if stale else ""
        behind = " (still refreshing)" if fresh >= settle * 1000 else ""
        print(f"{url:<34} after a write {took:8.0f} ms{mark}; fresh {fresh:.0f} ms more{behind}", flush=True)


def _rss() -> str:
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
    return f"RSS {status['VmRSS'].strip()}, peak {status['VmHWM'].strip()}"


def measure(target: str, runs: int, settle: float = 120.0, rare_word: bool = False) -> None:
    """Every figure for the database at `target` (a path or URL), in this (fresh) process; with
    `rare_word`, the paired rare-word searches only (enough runs for a steady p95 in seconds)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    with Store.open(target) as store:
        print(f"{store.count_documents():,} documents ({store.dialect}); {_rss()}", flush=True)
        # a database built before the views were stored, or left behind by a previous run's writes:
        # brought up to date first, so no refresh runs beside the warm figures
        if (store.views_built_from() or -1) < store.revision():
            _refresh(store)
        started = time.perf_counter()
        if read := read_replies(store):  # a database built before replies' marks were kept
            print(f"marks of {read:,} replies read in {time.perf_counter() - started:.1f} s", flush=True)
        middle = store.documents(order="id", limit=1, offset=store.count_documents() // 2)[0].id
    urls = [url.format(doc=middle) for url in PAGES]
    with Store.open(target) as store, TestClient(create_app(target)) as client:
        if rare_word:
            with TestClient(raw_app(store)) as raw:
                _rare_word(store, client, raw, runs)
            return
        with TestClient(raw_app(store)) as raw:
            baseline = _baselines(store, raw, runs)
            _first_and_warm(client, urls, runs, baseline[2])
            _measure_search(store, client, raw, runs)
        print(f"after touching every page: {_rss()}", flush=True)
        _after_write(client, store, urls, settle)


def _loaded(target: str) -> bool:
    with Store.open(target) as store:
        return store.count_documents() > 0


def _run(target: str, args: argparse.Namespace) -> None:
    """Build the collection unless held, then measure in a fresh process (so RSS is the server's)."""
    if not _loaded(target):
        _build(target, args.documents)
    command = [sys.executable, __file__, "--measure", target, "--runs", str(args.runs)]
    command += ["--settle", str(args.settle)] + (["--rare-word"] if args.rare_word else [])
    subprocess.run(command, check=True)


def _postgresql(args: argparse.Namespace) -> None:
    if args.pg_url:
        _run(args.pg_url, args)
        return
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import pgserver  # the tests' private server: initdb + pg_ctl on a free loopback port

    if not args.pg_dir:
        with pgserver.running() as server:
            _run(server.create_database("bench"), args)
        return
    server, url = _kept_server(pgserver, Path(args.pg_dir))
    try:
        _run(url, args)
    finally:
        server.stop()


def _kept_server(pgserver: Any, root: Path) -> tuple[Any, str]:
    """A private server whose data folder stays under `root` between runs (made at the first),
    and its bench database's URL, so a collection built once is measured again unbuilt."""
    bindir = pgserver.find_bindir()
    if bindir is None:
        raise SystemExit("PostgreSQL server binaries (initdb, pg_ctl) not found")
    named = root / "database"
    if named.exists():
        server = pgserver.launch(bindir, root / "data")
        return server, server.url(named.read_text().strip())
    root.mkdir(parents=True)
    root.chmod(0o755)  # the server's own user must reach its data folder
    server = pgserver.start(bindir, root)
    url = server.create_database("bench")
    named.write_text(url.rsplit("/", 1)[1])
    return server, url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--db", default="/tmp/casewatch-bench.sqlite", help="the SQLite file (kept)")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="sqlite")
    parser.add_argument("--pg-url", help="a PostgreSQL database to use (else a private server)")
    parser.add_argument("--pg-dir", help="keep the private server's data here, to measure it again unbuilt")
    parser.add_argument("--runs", type=int, default=20, help="requests per measured URL or query kind")
    parser.add_argument("--settle", type=float, default=120.0, help="longest wait for views to refresh")
    only = "only the rare-word searches, each paired with the raw query"
    parser.add_argument("--rare-word", action="store_true", help=only)
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # the child process measuring a built database
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.runs, args.settle, args.rare_word)
        return
    if args.backend in ("sqlite", "both"):
        _run(args.db, args)
    if args.backend in ("postgresql", "both"):
        _postgresql(args)


if __name__ == "__main__":
    main()
