"""Resolution only grows: documents ingested one by one, in any order, never split an actor.

Invented letters name invented people in several romanisations (with and without given names,
bare "Ms X") and invented unions under translated names and stated acronyms. Each document goes
through the real reader, extraction, store and `resolve_collection`; the worker processes of
`ingest_paths` are left out only to keep a hundred small ingests fast.
"""

from __future__ import annotations

import hashlib
import random
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casewatch.ingest import resolve_collection
from casewatch.model import Judgement, Verdict
from casewatch.read import Limits
from casewatch.store import Store
from casewatch.worker import Processed, process


@dataclass(frozen=True)
class Form:
    """One way a letter writes an actor: the words in the sentence and the name extraction keeps."""

    actor: str
    written: str
    name: str


def _forms(actor: str, *written: str) -> list[Form]:
    out = []
    for text in written:
        name = text.removeprefix("the ").split(" (")[0]
        for honorific in ("Mr ", "Ms "):
            name = name.removeprefix(honorific)
        out.append(Form(actor, text, name))
    return out


PERSONS = [
    *_forms(
        "aliona",
        "Ms Aliona Petrushevskaya",
        "Ms Alena Petrushevskaia",
        "Ms Alyona Petrushevskaya",
        "Ms Petrushevskaya",
        "Ms A. Petrushevskaya",
        "Ms Petrushevskaya Aliona",
        "Ms Aliona Viktorovna Petrushevskaya",
    ),
    *_forms(
        "yevgeny",
        "Mr Yevgeny Khodzhaev",
        "Mr Evgenii Hodjaev",
        "Mr Evgeniy Khodzhayev",
        "Mr Khodzhaev",
        "Mr Hodjaev",
        "Mr Khodzhaev Yevgeny Petrovich",
    ),
    *_forms("timur", "Mr Timur Ostrovskii", "Mr Timur Ostrovsky", "Mr Ostrovskiy"),
    *_forms("zhanna", "Ms Zhanna Kassymova", "Ms Janna Kasymova", "Ms Kassymova"),
    *_forms("aibek", "Mr Aibek Tokhtabai", "Mr Aibek Tokhtabay", "Mr Tokhtabay"),
]
# The confederation's forms are tied only through the one that states both acronyms.
CONFEDERATION = _forms(
    "confederation",
    "the Confederation of Free Trade Unions of Moldova (CFTUM/KSPM)",
    "the Confederation of Free Trade Unions (KSPM)",
    "the Confederation (CFTUM)",
)
ORGANISATIONS = [
    *CONFEDERATION,
    *_forms("teachers", "the Union of Teachers of Moldova", "the Union of Teachers of Moldova (UTM)"),
    *_forms("health", "the Union of Health Workers of Moldova (UHWM)", "the Union of Health Workers"),
    *_forms(
        "miners",
        "the Mining and Metallurgy Workers' Union (MMWU)",
        "the Industrial Union of Employees of the Mining and Metallurgy Sector",
        "the Sectoral Trade Union of Mining and Metallurgy Complex Employees",
    ),
    *_forms("local", "the Trade Union of Workers in the Mining and Metallurgy Complex of Karvel"),
]


def letter(forms: Sequence[Form]) -> str:
    lines = [
        f"We protest the arrest of {f.written} on {3 + i} May 2019."
        if f in PERSONS
        else f"We protest the dissolution of {f.written} on {3 + i} June 2019."
        for i, f in enumerate(forms)
    ]
    return "Dear Minister,\n\n" + "\n\n".join(lines) + "\n\nYours sincerely,\n"


@cache
def _extracted(text: str) -> Processed:
    outcome = process(text.encode("utf-8"), "letter.txt", Limits())
    assert isinstance(outcome, Processed)
    return outcome


def add(store: Store, text: str) -> None:
    """Store one letter as ingest does (original, document row, extraction), then resolve."""
    data = text.encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    store.add_original(sha, data)
    outcome = _extracted(text)
    store.save_extraction(store.start_document(sha, f"{sha[:8]}.txt", None), outcome.text, outcome.extraction)
    resolve_collection(store)


Grouping = set[frozenset[str]]


def grouping(store: Store) -> Grouping:
    found: dict[str, set[str]] = {}
    for ref, cid in store.clusters().items():
        found.setdefault(cid, set()).add(ref)
    return {frozenset(refs) for refs in found.values()}


def actors(store: Store, letters: dict[str, list[Form]]) -> dict[str, str]:
    """ref -> invented actor, matched by the name extraction kept."""
    by_sha = {hashlib.sha256(t.encode("utf-8")).hexdigest()[:16]: forms for t, forms in letters.items()}
    out = {}
    for rec in store.entity_records():
        forms = by_sha[rec.ref.split(":")[0]]
        out[rec.ref] = next(f.actor for f in forms if f.name == rec.name)
    return out


@contextmanager
def fresh_store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(str(Path(tmp) / "c.sqlite"))
        try:
            yield store
        finally:
            store.close()


def refines(before: Grouping, after: Grouping) -> bool:
    """Every cluster of `before` lies inside one cluster of `after`."""
    home = {ref: cluster for cluster in after for ref in cluster}
    return all(len({home[ref] for ref in cluster}) == 1 for cluster in before)


mention = st.sampled_from([*PERSONS, *ORGANISATIONS])
collections = st.lists(st.lists(mention, min_size=1, max_size=3, unique=True), min_size=2, max_size=5)


def _linked(forms: set[Form]) -> set[str]:
    """Actors whose every mention the collection's own words tie together."""
    tied = {f.actor for f in PERSONS + ORGANISATIONS} - {"confederation"}
    if CONFEDERATION[0] in forms or len(forms & set(CONFEDERATION)) <= 1:
        tied.add("confederation")
    return tied


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(collections, st.randoms(use_true_random=False))
def test_documents_in_any_order_only_grow_the_actors(docs: list[list[Form]], rng: random.Random) -> None:
    letters = {letter(forms): forms for forms in docs}
    order = list(letters)
    rng.shuffle(order)
    with fresh_store() as store:
        steps = []
        for text in order:
            add(store, text)
            steps.append(grouping(store))
        truth = actors(store, letters)
    with fresh_store() as store:
        for text in sorted(letters):
            add(store, text)
        in_name_order = grouping(store)
    assert all(refines(a, b) for a, b in pairwise(steps)), "a new document split an actor"
    assert steps[-1] == in_name_order, "the order of the documents changed the actors"
    assert all(len({truth[ref] for ref in cluster}) == 1 for cluster in steps[-1]), "two actors merged"
    tied = _linked({f for forms in docs for f in forms})
    for actor in tied & set(truth.values()):
        assert len({c for c in steps[-1] for ref in c if truth[ref] == actor}) == 1, f"{actor} split"


NAMESAKES = [
    letter(_forms("anna", "Ms Anna Veselova")),
    letter(_forms("bare", "Ms Veselova")),
    letter(_forms("maria", "Ms Maria Veselova")),
]


def _cluster_of(store: Store, name: str) -> set[str]:
    records = store.entity_records()
    clusters = store.clusters()
    ref = next(r.ref for r in records if r.name == name)
    return {r.name for r in records if clusters[r.ref] == clusters[ref]}


def test_a_later_namesake_leaves_a_bare_surname_where_it_was() -> None:
    with fresh_store() as store:
        for text in NAMESAKES:
            add(store, text)
        assert _cluster_of(store, "Veselova") == {"Anna Veselova", "Veselova"}
        kept = [j for j in store.judgements(source="auto") if j.evidence.startswith("kept from")]
        assert [j.verdict for j in kept] == [Verdict.SAME]


def test_a_bare_surname_of_two_namesakes_stays_apart_when_read_together() -> None:
    with fresh_store() as store:
        for text in reversed(NAMESAKES):
            add(store, text)
        assert _cluster_of(store, "Veselova") == {"Veselova", "Maria Veselova"}
    with fresh_store() as store:
        for text in (NAMESAKES[0], NAMESAKES[2], NAMESAKES[1]):
            add(store, text)
        assert _cluster_of(store, "Veselova") == {"Veselova"}


def test_a_user_split_wins_over_a_kept_link() -> None:
    with fresh_store() as store:
        add(store, NAMESAKES[0])
        add(store, NAMESAKES[1])
        refs = {r.name: r.ref for r in store.entity_records()}
        split = Judgement(refs["Anna Veselova"], refs["Veselova"], Verdict.DIFFERENT, 1.0, "x", "user")
        store.add_user_judgement(split)
        add(store, NAMESAKES[2])
        assert _cluster_of(store, "Veselova") == {"Veselova"}
