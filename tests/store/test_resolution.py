"""Entity records, judgements and clusters on both backends."""

from __future__ import annotations

from typing import Any

import pytest

from casewatch.errors import NotFound
from casewatch.model import Entity, EntityRecord, EntityType, Extraction, Judgement, Verdict
from casewatch.store import Store

LETTER = Extraction(
    entities=(
        Entity(
            "e1", EntityType.ORGANIZATION, "Confederation of Free Unions", ("the Confederation",), ("CFU",)
        ),
        Entity("e2", EntityType.PERSON, "Dr Amara Okafor", roles=("President",)),
        Entity("e3", EntityType.PERSON, "Board Member Listed", board=True),
    )
)
REPLY = Extraction(entities=(Entity("g1", EntityType.ORGANIZATION, "CFU", acronyms=("CFU",)),))


@pytest.fixture
def refs(store: Store, docs: Any) -> dict[str, str]:
    letter = store.document(docs.add("letter.txt", "Letter of the Confederation", LETTER))
    reply = store.document(docs.add("reply.txt", "Reply of the Government", REPLY))
    failed = docs.add("broken.txt", "Broken", REPLY)
    store.mark_failed(failed, "the file is damaged")
    return {
        "cfu": f"{letter.sha256[:16]}:e1",
        "okafor": f"{letter.sha256[:16]}:e2",
        "g1": f"{reply.sha256[:16]}:g1",
    }


def test_entity_records_skip_board_members_and_failed_documents(store: Store, refs: dict[str, str]) -> None:
    assert store.entity_records() == [
        EntityRecord(
            refs["cfu"],
            "letter.txt",
            EntityType.ORGANIZATION,
            "Confederation of Free Unions",
            ("the Confederation",),
            ("CFU",),
        ),
        EntityRecord(
            refs["okafor"], "letter.txt", EntityType.PERSON, "Dr Amara Okafor", roles=("President",)
        ),
        EntityRecord(refs["g1"], "reply.txt", EntityType.ORGANIZATION, "CFU", acronyms=("CFU",)),
    ]


def test_auto_judgements_are_replaced_and_user_ones_kept(store: Store, refs: dict[str, str]) -> None:
    same = Judgement(refs["cfu"], refs["g1"], Verdict.SAME, 0.93, "acronym CFU defined in letter.txt")
    store.replace_auto_judgements(
        [same, Judgement(refs["cfu"], refs["okafor"], Verdict.DIFFERENT, 0.0, "types")]
    )
    user = Judgement(refs["okafor"], refs["g1"], Verdict.DIFFERENT, 1.0, "user: different", "user")
    store.add_user_judgement(user)
    store.replace_auto_judgements([same])
    assert store.judgements() == [user, same]
    assert store.judgements("auto") == [same]
    assert store.judgements("user") == [user]


def test_a_user_judgement_replaces_the_earlier_one_on_the_pair(store: Store, refs: dict[str, str]) -> None:
    store.add_user_judgement(Judgement(refs["cfu"], refs["g1"], Verdict.SAME, 1.0, "user: same", "user"))
    undo = Judgement(refs["g1"], refs["cfu"], Verdict.DIFFERENT, 1.0, "user: split", "user")
    store.add_user_judgement(undo)
    assert store.judgements() == [undo]


def test_judgements_keep_their_source(store: Store, refs: dict[str, str]) -> None:
    store.add_user_judgement(Judgement(refs["cfu"], refs["g1"], Verdict.UNSURE, 0.5, "user: unsure"))
    assert [j.source for j in store.judgements()] == ["user"]


def test_clusters_are_replaced_as_a_whole(store: Store, refs: dict[str, str]) -> None:
    store.set_clusters({refs["cfu"]: "c1", refs["g1"]: "c1", refs["okafor"]: "c2"})
    store.set_clusters({refs["cfu"]: "c1", refs["g1"]: "c3"})
    assert store.clusters() == {refs["cfu"]: "c1", refs["g1"]: "c3"}
    assert store.counts()["clusters"] == 2


@pytest.mark.parametrize("ref", ["0000000000000000:e1", "no-colon", ""])
def test_clusters_refuse_unknown_refs(store: Store, refs: dict[str, str], ref: str) -> None:
    store.set_clusters({refs["cfu"]: "c1"})
    with pytest.raises(NotFound, match="entity ref"):
        store.set_clusters({refs["g1"]: "c1", ref: "c2"})
    assert store.clusters() == {refs["cfu"]: "c1"}


def test_documents_naming_an_actor_and_their_clusters(store: Store, refs: dict[str, str]) -> None:
    store.set_clusters({refs["cfu"]: "c1", refs["g1"]: "c1"})
    ids = {d.sha256[:16]: d.id for d in store.documents(order="id")}
    letter, reply = (ids[refs[k].split(":")[0]] for k in ("cfu", "g1"))
    assert store.documents_naming("c1") == [letter, reply]
    assert store.documents_naming(refs["okafor"]) == [letter]  # no cluster holds it: its own ref
    assert (store.documents_naming("c9"), store.documents_naming("nobody:x")) == ([], [])
    assert store.clusters_of([reply]) == {refs["g1"]: "c1"}
