"""Requests are grouped by body and topic; overdue means past the deadline with no later reply."""

from __future__ import annotations

from datetime import date

import pytest

from casewatch.analyse.replies import evidence_of
from casewatch.analyse.requests import body_of, request_items, topics_of
from casewatch.model import Entity, EntityType, Extraction, Genre, PartialDate, Request

TODAY = date(2024, 6, 1)
COMMITTEE = Entity(key="o1", type=EntityType.ORGANIZATION, name="Committee on Freedom of Association")


def _ask(text: str, deadline: str | None = None) -> Request:
    return Request(
        issuers=("o1",),
        addressees=("Government of Guatemala",),
        text=text,
        start=0,
        end=len(text),
        deadline=PartialDate.parse(deadline) if deadline else None,
    )


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("reinstate the registration of the union", ("registration",)),
        ("release the detained leaders immediately", ("release",)),
        ("amend the Labour Code", ("legislation",)),
        ("carry out an independent investigation", ("investigation",)),
        ("provide information on the outcome", ("information",)),
        ("take note of the situation", ("other",)),
    ],
)
def test_topics_come_from_the_vocabulary(text, topics):
    assert topics_of(text) == topics


def test_overdue_unless_a_government_reply_names_the_letter(row, doc_meta):
    letter = Extraction(
        meta=doc_meta(Genre.ILO_CFA, "2023-01-10", reply_due="2023-03"),
        entities=(COMMITTEE,),
        requests=(_ask("amend the Labour Code"), _ask("release the leaders", "2030-01-01")),
    )
    items = request_items([(row(1), letter)], {}, TODAY)
    assert [r.overdue for r in items] == [True, False]  # the second is due in 2030
    assert {body_of(r) for r in items} == {"Committee on Freedom of Association"}
    assert items[0].addressees[0].name == "Government of Guatemala"
    assert items[0].addressees[0].cluster_id is None

    reply = Extraction(meta=doc_meta(Genre.GOVERNMENT_REPLY, "2023-02-20"))
    silent = evidence_of([(row(2), reply.meta, "The Government has taken note of the complaint.")])
    assert sum(r.overdue for r in request_items([(row(1), letter), (row(2), reply)], {}, TODAY, silent)) == 1
    naming = evidence_of([(row(2), reply.meta, "In reply to your letter dated 10 January 2023, ...")])
    answered = request_items([(row(1), letter), (row(2), reply)], {}, TODAY, naming)
    assert not any(r.overdue for r in answered)
    assert answered[0].reply is not None
    assert answered[0].reply.document_id == 2


def test_reply_about_another_country_does_not_count(row, doc_meta):
    letter = Extraction(
        meta=doc_meta(Genre.UN_COMMUNICATION, "2023-01-10", reply_due="2023-03-10"),
        requests=(_ask("provide information"),),
    )
    reply = Extraction(meta=doc_meta(Genre.GOVERNMENT_REPLY, "2023-02-20", countries=("PER",)))
    items = request_items([(row(1), letter), (row(2), reply)], {}, TODAY)
    assert [r.overdue for r in items] == [True]
    assert body_of(items[0]) == "o1"  # not a key of this document's entities: kept as written


def test_a_joint_ask_is_listed_once_under_its_co_signers(row, doc_meta):
    rapporteurs = (
        Entity(key="o1", type=EntityType.ORGANIZATION, name="Special Rapporteur on assembly"),
        Entity(key="o2", type=EntityType.ORGANIZATION, name="Special Rapporteur on defenders"),
    )
    joint = Request(
        issuers=("o1", "o2"), addressees=("Government",), text="release the leader", start=0, end=18
    )
    letter = Extraction(
        meta=doc_meta(Genre.UN_COMMUNICATION, "2024-01-10"), entities=rapporteurs, requests=(joint,)
    )
    items = request_items([(row(1), letter)], {}, TODAY)
    assert [body_of(r) for r in items] == ["Special Rapporteur on assembly · Special Rapporteur on defenders"]
