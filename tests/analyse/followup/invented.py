"""Invented documents of a few countries as extraction would have left them, stored a batch at a
time, and everything the stored follow-up keeps of them."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from casewatch.access.roles import VIEW_SCOPES
from casewatch.analyse.derived import refresh_views
from casewatch.model import (
    Citation,
    DocumentMeta,
    Entity,
    EntityType,
    Extraction,
    Genre,
    Mention,
    PartialDate,
    Request,
    SpeakerGroup,
    Statement,
)
from casewatch.store import Store
from casewatch.store.followup import SCOPED
from casewatch.store.schema import scope_key


@dataclass(frozen=True)
class Invented:
    """An invented document as extraction would have left it."""

    source: str
    country: str | None
    genre: Genre
    day: str
    text: str
    asks: tuple[str, ...] = ()
    people: dict[str, str] = field(default_factory=dict)  # name -> the actor it is (a cluster)
    laws: dict[str, str] = field(default_factory=dict)
    turns: tuple[tuple[str, SpeakerGroup], ...] = ()

    def extraction(self) -> Extraction:
        spans = {name: [m.span() for m in re.finditer(re.escape(name), self.text)] for name in self.people}
        laws = {law: [m.span() for m in re.finditer(re.escape(law), self.text)] for law in self.laws}
        starts = [self.text.index(head) for head, _ in self.turns]
        ends = [*starts[1:], len(self.text)] if starts else []
        country = self.country
        return Extraction(
            meta=DocumentMeta(
                self.genre, PartialDate.parse(self.day), countries=(country,) if country else ()
            ),
            mentions=tuple(
                Mention("person", name, s, e, f"p{n}") for n, name in enumerate(spans) for s, e in spans[name]
            ),
            entities=tuple(Entity(f"p{n}", EntityType.PERSON, name) for n, name in enumerate(spans)),
            citations=tuple(Citation(self.laws[law], (), s, e) for law in laws for s, e in laws[law]),
            requests=tuple(
                Request((), (), a, self.text.index(a), self.text.index(a) + len(a)) for a in self.asks
            ),
            statements=tuple(
                Statement(head, group, s, e, country)
                for (head, group), s, e in zip(self.turns, starts, ends, strict=True)
            ),
        )


DOCKERS_LETTER = Invented(
    "dockers-letter.txt",
    "IRL",
    Genre.UNION_LETTER,
    "2021-01-05",
    "Dear Prime Minister,\nWe urge the Government to release the dockers' leader Ms Alma Ferris and to "
    "reinstate the dismissed dockers.\n",
    asks=("release the dockers' leader Ms Alma Ferris", "reinstate the dismissed dockers"),
    people={"Alma Ferris": "ferris"},
)
DOCKERS_REPORT = Invented(
    "dockers-report.txt",
    "IRL",
    Genre.ILO_CFA,
    "2021-06",
    "The Committee notes that Ms Alma Ferris was released on 3 May 2021.\n"
    "The Committee requests the Government to release all detained dockers.\n",
    asks=("release all detained dockers",),
    people={"Alma Ferris": "ferris"},
)
MINERS_LETTER = Invented(
    "miners-letter.txt",
    "MDV",
    Genre.UNION_LETTER,
    "2023-02-10",
    "Excellency,\nWe call on the Government to release Mr Tomas Verel and to amend the Penal Code so that "
    "joining a strike is no longer an offence.\n",
    asks=("release Mr Tomas Verel", "amend the Penal Code"),
    people={"Tomas Verel": "verel"},
    laws={"Penal Code": "MDV Penal Code"},
)
MINERS_RECORD = Invented(
    "miners-record.txt",
    "MDV",
    Genre.ILO_CAS,
    "2024-06",
    "Written information provided by the Government\n\n"
    "The criminal case against Mr Tomas Verel is not related to trade union activities but was initiated "
    "due to tax evasion.\n\nCurrently, Mr Tomas Verel is at liberty.\n\n"
    "Discussion by the Committee\n\n"
    "Worker members – Judicial harassment of union leaders is still going on. The most striking example "
    "is that of Mr Tomas Verel.\n\n"
    "Mr Tomas Verel was released from custody but is still barred from union office for five years.\n",
    people={"Tomas Verel": "verel"},
    turns=(
        ("Written information provided by the Government", SpeakerGroup.GOVERNMENT),
        ("Worker members –", SpeakerGroup.WORKERS),
    ),
)
STATELESS_LETTER = Invented(
    "stateless.txt",
    None,
    Genre.UNION_LETTER,
    "2022-03-01",
    "Dear Director,\nWe ask the authorities to reinstate the dismissed teachers.\n",
    asks=("reinstate the dismissed teachers",),
)
PRINTERS_LETTER = Invented(
    "printers-letter.txt",
    "PER",
    Genre.UNION_LETTER,
    "2019-09-01",
    "Dear Minister,\nWe urge the Government to release Mr Ivo Sandal and to drop the charges against him.\n",
    asks=("release Mr Ivo Sandal", "drop the charges against him"),
    people={"Ivo Sandal": "sandal"},
)
DOCKERS_APPEAL = Invented(  # asks again, naming one more person: the release thread grows
    "dockers-appeal.txt",
    "IRL",
    Genre.UNION_LETTER,
    "2022-02-01",
    "Dear Prime Minister,\nWe urge the Government again to release Ms Alma Ferris and Mr Cian Rook, "
    "and to reinstate the dismissed dockers.\n",
    asks=("release Ms Alma Ferris and Mr Cian Rook", "reinstate the dismissed dockers"),
    people={"Alma Ferris": "ferris", "Cian Rook": "rook"},
)
DOCKERS_REPLY = Invented(  # speaks of Mr Rook only: a finding of the release thread once he is in it
    "dockers-reply.txt",
    "IRL",
    Genre.GOVERNMENT_REPLY,
    "2022-05-10",
    "Excellency,\nThe Government informs that Mr Cian Rook was released on 2 April 2022.\n"
    "The dismissed dockers were reinstated in March 2022.\n",
    people={"Cian Rook": "rook"},
)
ALL = (
    DOCKERS_LETTER,
    DOCKERS_REPORT,
    MINERS_LETTER,
    MINERS_RECORD,
    STATELESS_LETTER,
    PRINTERS_LETTER,
    DOCKERS_REPLY,
    DOCKERS_APPEAL,
)


def add_batch(store, docs, batch) -> None:  # type: ignore[no-untyped-def]
    """Store a batch, resolve its names (one actor per person named) and refresh the views."""
    for invented in batch:
        docs.add(invented.source, invented.text, invented.extraction())
    clusters = {}
    for row in store.documents(order="id"):
        invented = next(i for i in ALL if i.source == row.source)
        clusters.update(
            {f"{row.sha256[:16]}:p{n}": actor for n, actor in enumerate(invented.people.values())}
        )
    store.set_clusters(clusters)
    refresh_views(store)


def held_rows(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Everything the follow-up keeps, in every scope."""
    ids = [row.id for row in store.documents(order="id")]
    found = {}
    for labels in VIEW_SCOPES:
        scope = scope_key(labels)
        marks = {i: sorted(store.followup_marks(i, scope), key=repr) for i in ids}
        found[scope] = (
            store.thread_page(limit=10_000, scope=scope),
            store.disputes(scope=scope),
            marks,
            store.threads_of_requests(ids, scope),
            store.followup_countries(scope),
        )
    return found


def all_rows(store: Store) -> dict[str, list[Any]]:
    """Every row of the follow-up's tables, every column (ids and ranks too), in every scope."""
    with store.engine.connect() as conn:
        return {
            table.name: sorted(
                (tuple(row) for row in conn.execute(sa.select(table))),
                key=lambda row: json.dumps(row, sort_keys=True, default=str),
            )
            for table in SCOPED
        }
