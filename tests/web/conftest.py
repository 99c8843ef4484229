"""A small collection written for the web tests: three documents about one arrest, stored directly."""

from __future__ import annotations

import hashlib
import os
import random
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI

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
    Party,
    Request,
    SpeakerGroup,
    Statement,
    Text,
)
from casewatch.store import Store
from casewatch.web.app import create_app

with warnings.catch_warnings():
    # starlette warns, at import, that its httpx-based TestClient is deprecated
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TODAY = date(2022, 6, 1)

LETTER = """UN Special Rapporteur on the rights to freedom of association
REFERENCE: AL PER 2/2022
10 February 2022
Excellency,
We received information that Ms Rosa Quispe, President of the Union of Andean Miners (UAM),
was arrested on 2 February 2022 in Cusco.
We are concerned that her arrest violates ILO Convention No. 87, article 2.
Please release Ms Quispe and provide information on the charges.
We would appreciate a response within 60 days.
"""

PROTEST = """Union of Andean Miners
1 March 2022
Dear Minister,
Our president Rosa Quispe was arrested on 3 February 2022 and fined 5,000 soles <b>unfairly</b>.
We ask the Government to drop all charges against Rosa Quispe.
"""

REPLY = """Permanent Mission of Peru
20 May 2022
Ref.: AL PER 2/2022
The Government informs that the proceedings concern public order & safety, not union activity.
"""


def _span(text: str, quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def _mention(text: str, label: str, quote: str, entity: str | None = None, nth: int = 0) -> Mention:
    start, end = _span(text, quote, nth)
    return Mention(label, quote, start, end, entity)


def _event(text: str, kind: EventType, quote: str, day: PartialDate, targets: tuple[str, ...]) -> Event:
    start, end = _span(text, quote)
    return Event(kind, start, end, quote, date=day, targets=targets, place="Cusco")


def letter() -> Extraction:
    t = LETTER
    quispe = Entity("p1", EntityType.PERSON, "Rosa Quispe", aliases=("Ms Quispe",), roles=("President",))
    union = Entity("o1", EntityType.ORGANIZATION, "Union of Andean Miners", acronyms=("UAM",))
    rapporteur = Entity(
        "o2", EntityType.ORGANIZATION, "UN Special Rapporteur on the rights to freedom of association"
    )
    ask = "Please release Ms Quispe and provide information on the charges."
    return Extraction(
        meta=DocumentMeta(
            Genre.UN_COMMUNICATION,
            PartialDate(2022, 2, 10),
            "AL PER 2/2022",
            "en",
            ("PER",),
            senders=(Party(rapporteur.name, "o2"),),
            addressees=(Party("Government of Peru"),),
            reply_due=PartialDate(2022, 4, 11),
            title="Letter on the arrest of a union president",
        ),
        mentions=(
            _mention(t, "person", "Ms Rosa Quispe", "p1"),
            _mention(t, "organization", "Union of Andean Miners", "o1"),
            _mention(t, "organization", "UAM", "o1"),
            _mention(t, "date", "2 February 2022"),
            _mention(t, "place", "Cusco"),
            _mention(t, "person", "Ms Quispe", "p1"),
        ),
        entities=(quispe, union, rapporteur),
        citations=(Citation("ILO C087", ("art 2",), *_span(t, "ILO Convention No. 87, article 2")),),
        events=(
            _event(
                t,
                EventType.ARREST,
                "Ms Rosa Quispe, President of the Union of Andean Miners (UAM),\nwas arrested "
                "on 2 February 2022 in Cusco",
                PartialDate(2022, 2, 2),
                ("p1",),
            ),
        ),
        requests=(Request(("o2",), ("Government of Peru",), ask, *_span(t, ask)),),
    )


def protest() -> Extraction:
    t = PROTEST
    quispe = Entity("q", EntityType.PERSON, "Rosa Quispe")
    union = Entity("u", EntityType.ORGANIZATION, "Union of Andean Miners")
    ask = "We ask the Government to drop all charges against Rosa Quispe."
    return Extraction(
        meta=DocumentMeta(
            Genre.UNION_LETTER,
            PartialDate(2022, 3, 1),
            None,
            "en",
            ("PER",),
            senders=(Party(union.name, "u"),),
            signatories=(Party("Rosa Quispe", "q"),),
        ),
        mentions=(
            _mention(t, "person", "Rosa Quispe", "q"),
            _mention(t, "organization", "Union of Andean Miners", "u"),
        ),
        entities=(quispe, union),
        events=(
            _event(
                t,
                EventType.ARREST,
                "Rosa Quispe was arrested on 3 February 2022 and fined 5,000 soles",
                PartialDate(2022, 2, 3),
                ("q",),
            ),
        ),
        requests=(Request(("u",), ("Government of Peru",), ask, *_span(t, ask)),),
    )


def reply() -> Extraction:
    return Extraction(
        meta=DocumentMeta(Genre.GOVERNMENT_REPLY, PartialDate(2022, 5, 20), None, "en", ("PER",))
    )


def save(store: Store, name: str, text: str, ext: Extraction) -> int:
    """Store one document as ingest would: original, row, then text and extraction."""
    data = text.encode()
    sha = hashlib.sha256(data).hexdigest()
    store.add_original(sha, data)
    doc_id = store.start_document(sha, name, "text/plain")
    store.save_extraction(doc_id, Text(text, "text/plain", title=ext.meta.title), ext)
    return doc_id


def fill(store: Store) -> dict[str, int]:
    ids = {
        "letter": save(store, "letter-per-2022.txt", LETTER, letter()),
        "protest": save(store, "uam protest.txt", PROTEST, protest()),
        "reply": save(store, "reply.txt", REPLY, reply()),
    }
    prefix = {name: store.document(i).sha256[:16] for name, i in ids.items()}
    store.set_clusters(
        {
            **store.clusters(),  # keep what resolution found for documents ingested before
            f"{prefix['letter']}:p1": "quispe",
            f"{prefix['protest']}:q": "quispe",
            f"{prefix['letter']}:o1": "uam",
            f"{prefix['protest']}:u": "uam",
            f"{prefix['letter']}:o2": "rapporteur",
        }
    )
    refresh_views(store)  # as ingest does after resolution
    return ids


@pytest.fixture(scope="session")
def collection_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, int]]:
    path = str(tmp_path_factory.mktemp("web") / "collection.sqlite")
    with Store.open(path) as store:
        ids = fill(store)
    return path, ids


@pytest.fixture(scope="session")
def app(collection_db: tuple[str, dict[str, int]]) -> Iterator[FastAPI]:
    app = create_app(collection_db[0], today=lambda: TODAY)
    yield app
    app.state.uploads.close()
    app.state.store.close()


@pytest.fixture(scope="session")
def ids(collection_db: tuple[str, dict[str, int]]) -> dict[str, int]:
    return collection_db[1]


@pytest.fixture
def empty_app(tmp_path: Path) -> Iterator[FastAPI]:
    app = create_app(str(tmp_path / "empty.sqlite"), today=lambda: TODAY)
    yield app
    app.state.uploads.close()
    app.state.store.close()


@pytest.fixture(scope="session")
def client(app: FastAPI) -> TestClient:
    return TestClient(app)


@pytest.fixture
def empty_client(empty_app: FastAPI) -> TestClient:
    return TestClient(empty_app)


# A case followed across three documents of another country: a union's protest, a government
# reply, and a Conference Committee record where the government and the workers disagree.
PROTEST_GEO = """Dockers' Union of Poti

12 January 2021

Dear Prime Minister,

We urge the Government to release our chairman Mr Levan Abashidze and to amend article 18 of the Labour Code.
"""
REPLY_GEO = """Permanent Mission of Georgia

3 March 2021

Mr Levan Abashidze was released on 20 February 2021.

The amendments to article 18 of the Labour Code have not yet been adopted.
"""
RECORD_GEO = """Individual Case (CAS) - Discussion: 2021

Written information provided by the Government

Mr Levan Abashidze is at liberty and no charges remain.

Worker members – Mr Levan Abashidze was released but is still barred from union office.

The Committee requests the Government to amend article 18 of the Labour Code.
"""


def _geo(
    text: str, genre: Genre, day: PartialDate, asks: tuple[str, ...], turns: tuple[Statement, ...] = ()
) -> Extraction:
    name = "Levan Abashidze"
    return Extraction(
        meta=DocumentMeta(genre, day, None, "en", ("GEO",), title=f"Georgia {genre.value} {day.iso}"),
        mentions=tuple(_mention(text, "person", name, "p", nth) for nth in range(text.count(name))),
        entities=(Entity("p", EntityType.PERSON, name),),
        citations=(Citation("GEO Labour Code", ("art 18",), *_span(text, "Labour Code")),),
        requests=tuple(Request((), ("Government of Georgia",), a, *_span(text, a)) for a in asks),
        statements=turns,
    )


def fill_followup(store: Store) -> dict[str, int]:
    record_turns = (
        Statement(
            "Government",
            SpeakerGroup.GOVERNMENT,
            *_span(RECORD_GEO, "Mr Levan Abashidze is at liberty and no charges remain."),
            "GEO",
        ),
        Statement(
            "Worker members",
            SpeakerGroup.WORKERS,
            RECORD_GEO.index("Worker members"),
            RECORD_GEO.index("The Committee"),
        ),
        Statement(
            "The Committee", SpeakerGroup.COMMITTEE, RECORD_GEO.index("The Committee"), len(RECORD_GEO)
        ),
    )
    ids = {
        "protest": save(
            store,
            "poti-protest.txt",
            PROTEST_GEO,
            _geo(
                PROTEST_GEO,
                Genre.UNION_LETTER,
                PartialDate(2021, 1, 12),
                ("release our chairman Mr Levan Abashidze", "amend article 18 of the Labour Code"),
            ),
        ),
        "reply": save(
            store,
            "georgia-reply.txt",
            REPLY_GEO,
            _geo(REPLY_GEO, Genre.GOVERNMENT_REPLY, PartialDate(2021, 3, 3), ()),
        ),
        "record": save(
            store,
            "cas-georgia.txt",
            RECORD_GEO,
            _geo(
                RECORD_GEO,
                Genre.ILO_CAS,
                PartialDate(2021, 6),
                ("amend article 18 of the Labour Code",),
                record_turns,
            ),
        ),
    }
    refs = [f"{store.document(i).sha256[:16]}:p" for i in ids.values()]
    store.set_clusters({**store.clusters(), **dict.fromkeys(refs, "abashidze")})
    refresh_views(store)
    return ids


@pytest.fixture(scope="session")
def writers() -> dict[str, object]:
    """The collection writers for tests that build their own store (importlib mode: no conftest import)."""
    return {"fill": fill, "save": save, "today": TODAY, "fill_followup": fill_followup}


# ---- a real server on loopback, and a collection where searches are slow ----------------------

LONG_RECORD_WORDS = [f"word{n}" for n in range(40)]


def _fill_long_records(target: str, count: int = 30) -> str:
    rng = random.Random(7)
    with Store.open(target) as store:
        for n in range(count):
            text = " ".join(rng.choice(LONG_RECORD_WORDS) for _ in range(12_000))
            save(store, f"record-{n}.txt", text, Extraction())
    return target


@pytest.fixture(scope="session")
def long_records_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Thirty long records (SQLite) in which a search for a dozen of their words takes seconds:
    every word occurs hundreds of times in each, so snippets are costly."""
    return _fill_long_records(str(tmp_path_factory.mktemp("long") / "long.sqlite"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def long_records_target(request: pytest.FixtureRequest, long_records_db: str) -> str:
    """long_records_db, and the same records (fewer) on PostgreSQL."""
    if request.param == "sqlite":
        return long_records_db
    return _fill_long_records(str(request.getfixturevalue("pg_url")), count=6)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """A uvicorn server on 127.0.0.1 in a thread, for tests that need real connections."""

    def __init__(self, app: FastAPI) -> None:
        import uvicorn

        self.app = app
        self.url = f"http://127.0.0.1:{_free_port()}"
        port = int(self.url.rsplit(":", 1)[1])
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        return self

    def stop(self, timeout: float = 30) -> None:
        """Ask the server to exit and wait for it (its lifespan shutdown included)."""
        self.server.should_exit = True
        self.thread.join(timeout)


def _servers() -> Iterator[Callable[[FastAPI], LiveServer]]:
    """Starts servers and stops them (then closes their stores) when the fixture ends."""
    started: list[LiveServer] = []

    def start(app: FastAPI) -> LiveServer:
        started.append(LiveServer(app).start())
        return started[-1]

    yield start
    for server in started:
        server.stop()
        server.app.state.store.close()


live_server = pytest.fixture(_servers, name="live_server")
module_live_server = pytest.fixture(_servers, scope="module", name="module_live_server")


# ---- Chromium, for the browser tests ---------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    *("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking"),
    *("--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"),
]


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """A headless Chromium for the whole run; missing, the browser tests skip (or fail under
    CASEWATCH_REQUIRE_BROWSER=1, as in CI)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CASEWATCH_REQUIRE_BROWSER") == "1":
            raise RuntimeError(
                f"Chromium is required (CASEWATCH_REQUIRE_BROWSER=1) but {CHROMIUM} is missing"
            )
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
