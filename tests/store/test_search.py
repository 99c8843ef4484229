"""Full-text search on both backends: ranking, safe snippets, and hostile query strings."""

from __future__ import annotations

import html
import random
import re
import threading
from collections.abc import Iterator
from typing import Any

import pytest
import sqlalchemy as sa

from casewatch.errors import SearchStopped
from casewatch.model import DocumentMeta, Extraction, Genre, PartialDate, Text
from casewatch.store import Store
from casewatch.store.query import MAX_TERMS, parse, to_fts5, to_tsquery
from casewatch.store.search import Stop, bounded

CORPUS = {
    "strike.txt": "The workers' union called a strike after the arrest of its chairperson in the capital.",
    "dissolution.txt": "The Government replies that the union was dissolved by a court decision "
    "under the Law on Trade Unions.",
    "news.txt": "A café owner in Bogotá joined the protest; the union's strike continued for three weeks. "
    "Strike, strike and strike again.",
    "hostile.txt": 'Warning <script>alert(1)</script> & "strike" ends',
    "liquidated.txt": "The court liquidated the federation; its liquidator sold the office.",
    "reunion.fr.txt": "La réunion du syndicat a été interdite; les grévistes ont été licenciés.",
    "huelga.es.txt": "La huelga de los trabajadores terminó con despidos masivos.",
}


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def searched(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, documents_of: Any
) -> Iterator[Store]:
    """One store per backend holding CORPUS, shared by the read-only tests of this module."""
    if request.param == "postgres":
        server = request.getfixturevalue("pg_server")
        target = server.create_schema(request.getfixturevalue("pg_database"), "search")
    else:
        target = str(tmp_path_factory.mktemp("search") / "cases.db")
    with Store.open(target) as store:
        docs = documents_of(store)
        for source, body in CORPUS.items():
            language = source.split(".")[1] if source.count(".") == 2 else None
            docs.add(source, body, Extraction(meta=DocumentMeta(language=language)))
        hidden = docs.add("failed.txt", "A strike by the union that a failed re-ingest hides")
        store.mark_failed(hidden, "the reader process died (timeout)")
        yield store


def _sources(store: Store, query: str) -> set[str]:
    return {hit.source for hit in store.search(query)}


def test_more_occurrences_rank_first(searched: Store) -> None:
    hits = searched.search("strike")
    assert hits[0].source == "news.txt"
    assert {hit.source for hit in hits} == {"strike.txt", "news.txt", "hostile.txt"}
    assert [hit.rank for hit in hits] == sorted((hit.rank for hit in hits), reverse=True)


def test_all_words_must_match(searched: Store) -> None:
    assert _sources(searched, "union strike") == {"strike.txt", "news.txt"}


def test_paging(searched: Store) -> None:
    everything = [hit.source for hit in searched.search("union")]
    assert len(everything) == 3
    assert [hit.source for hit in searched.search("union", limit=1, offset=1)] == everything[1:2]


def test_search_is_case_insensitive_and_unicode_aware(searched: Store) -> None:
    assert _sources(searched, "STRIKE Bogotá") == {"news.txt"}


def test_accents_never_matter(searched: Store) -> None:
    assert _sources(searched, "bogota cafe") == {"news.txt"}
    assert _sources(searched, "REUNION") == {"reunion.fr.txt"}


# The query language, the same on both backends (the module's fixture runs it on each).
LANGUAGE = [
    ("liquidation", {"liquidated.txt"}),  # one stem: liquid
    ("liquid*", {"liquidated.txt"}),  # liquidated, liquidator
    ("liquidator", {"liquidated.txt"}),
    ('"the federation"', {"liquidated.txt"}),
    ('"federation the"', set()),  # a phrase keeps its order
    ('"court liquidated"', {"liquidated.txt"}),
    ('"court liquidation"', set()),  # a phrase keeps its forms
    ("syndicats licenciement", {"reunion.fr.txt"}),  # French stems
    ("despido huelgas", {"huelga.es.txt"}),  # Spanish stems
    ("huelga OR grévistes", {"huelga.es.txt", "reunion.fr.txt"}),
    ("strike OR huelga", {"strike.txt", "news.txt", "hostile.txt", "huelga.es.txt"}),
    ("union -dissolved", {"strike.txt", "news.txt"}),
    ('strike -"the capital"', {"news.txt", "hostile.txt"}),
    ("union -strike", {"dissolution.txt"}),
    ("union -strike -court", set()),
    ("-union", set()),  # leaving out is no search on its own
    ("strikes", {"strike.txt", "news.txt", "hostile.txt"}),
    ("l", set()),
    ("u*", set()),  # a one-letter prefix would be every word
]


@pytest.mark.parametrize(("query", "expected"), LANGUAGE)
def test_query_language(searched: Store, query: str, expected: set[str]) -> None:
    assert _sources(searched, query) == expected


def test_the_file_name_is_searchable(searched: Store) -> None:
    assert _sources(searched, "dissolution.txt") == {"dissolution.txt"}


def test_hits_carry_document_metadata(store: Store, docs: Any) -> None:
    meta = DocumentMeta(genre=Genre.ILO_CEACR, date=PartialDate(2022, 3), title="Observation")
    document_id = docs.add("obs.txt", "The Committee notes the lockout", Extraction(meta=meta))
    (hit,) = store.search("lockout")
    assert (hit.document_id, hit.genre, hit.date, hit.title) == (
        document_id,
        Genre.ILO_CEACR,
        PartialDate(2022, 3),
        "Observation",
    )


def test_resaving_reindexes_the_text(store: Store, docs: Any) -> None:
    document_id = docs.add("strike.txt", CORPUS["strike.txt"])
    assert _sources(store, "chairperson") == {"strike.txt"}
    store.save_extraction(document_id, Text("A lockout at the port", "text/plain"), Extraction())
    assert _sources(store, "chairperson") == set()
    assert _sources(store, "lockout") == {"strike.txt"}


def _plain(snippet: str) -> list[str]:
    """The document text pieces a snippet shows, markup and ellipses removed."""
    text = html.unescape(snippet.replace("<mark>", "").replace("</mark>", ""))
    return [piece.strip() for piece in text.split("…") if piece.strip()]


def test_snippets_escape_the_text_and_mark_the_hits(searched: Store) -> None:
    (hit,) = searched.search("warning")
    assert "<script>" not in hit.snippet and "&lt;script&gt;" in hit.snippet and "&amp;" in hit.snippet
    assert re.findall(r"<mark>(.*?)</mark>", hit.snippet) == ["Warning"]
    assert all(piece in CORPUS["hostile.txt"] for piece in _plain(hit.snippet))


def test_snippet_of_a_long_text_is_an_excerpt(store: Store, docs: Any) -> None:
    body = " ".join(["filler"] * 300 + ["ratification"] + ["filler"] * 300)
    docs.add("long.txt", body)
    (hit,) = store.search("ratification")
    assert "<mark>ratification</mark>" in hit.snippet
    assert len(hit.snippet) < 400


HOSTILE = [
    ('"', set()),
    ('""', set()),
    ('strike"', {"strike.txt", "news.txt", "hostile.txt"}),
    ('"strike" "union"', {"strike.txt", "news.txt"}),
    ("NEAR(", set()),
    ("NEAR(union strike", set()),
    ("text:union", set()),
    ("source:*", set()),
    ("*", set()),
    ("union*", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("^union", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("-union", set()),
    ("union)", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("((union", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("union AND OR NOT", {"news.txt"}),  # ordinary words: union, and (and or not)
    ("", set()),
    ("   \t\n ", set()),
    ("'; DROP TABLE documents; --", set()),
    ("1' OR '1'='1", {"hostile.txt"}),  # the number 1, in alert(1)
    ("union\x00strike", {"strike.txt", "news.txt"}),
    ("{union} [strike]", {"strike.txt", "news.txt"}),
    ("a" * 5000, set()),
]


@pytest.mark.parametrize(("query", "expected"), HOSTILE)
def test_any_user_string_is_safe(searched: Store, query: str, expected: set[str]) -> None:
    before = searched.counts()
    assert _sources(searched, query) == expected
    assert searched.counts() == before


@pytest.mark.parametrize(
    ("query", "fts5", "tsquery"),
    [
        ("Strike*", 'words : "strike" *', "'strike':*A"),
        ('"Trade Unions"', 'words : "trade unions"', "'trade':A <-> 'unions':A"),
        ('say "hi" NEAR(x', '"say"', "'say':B"),
        ("col:* ^a -b", 'words : "col" *', "'col':*A"),
        ('( ) * - ^ "', None, None),
        ("", None, None),
    ],
)
def test_queries_reach_the_engines_as_folded_words_only(
    query: str, fts5: str | None, tsquery: str | None
) -> None:
    parsed = parse(query)
    assert (to_fts5(parsed) is None) == (fts5 is None) == (to_tsquery(parsed) is None)
    if fts5 is not None and tsquery is not None:
        assert fts5 in (to_fts5(parsed) or "") and tsquery in (to_tsquery(parsed) or "")
        assert re.fullmatch(r'[^\W_]+|[\w\s"():*]+', to_fts5(parsed) or "")
        assert "NEAR" not in (to_fts5(parsed) or "") and "^" not in (to_tsquery(parsed) or "")


def test_long_queries_are_cut_and_say_so() -> None:
    parsed = parse(" ".join(f"word{i}" for i in range(MAX_TERMS + 5)))
    assert len(parsed.terms) == MAX_TERMS and parsed.dropped == 5


def test_snippet_marks_the_stemmed_form_found(searched: Store) -> None:
    (hit,) = searched.search("liquidation")
    assert "<mark>liquidated</mark>" in hit.snippet and "<mark>liquidator</mark>" in hit.snippet


# ---- bounds: number of words, time, and a stop from another thread ----------------------------

VOCABULARY = [f"word{n}" for n in range(40)]


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def long_records(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, documents_of: Any
) -> Iterator[Store]:
    """Long records where every word of the vocabulary occurs hundreds of times: snippets of
    many-word queries are costly there (the cost grows with the square of the words)."""
    if request.param == "postgres":
        server = request.getfixturevalue("pg_server")
        target = server.create_schema(request.getfixturevalue("pg_database"), "long")
    else:
        target = str(tmp_path_factory.mktemp("long") / "cases.db")
    rng = random.Random(7)
    with Store.open(target) as store:
        docs = documents_of(store)
        for n in range(12):
            docs.add(f"record-{n}.txt", " ".join(rng.choice(VOCABULARY) for _ in range(12_000)))
        yield store


def test_a_long_query_searches_its_first_words(searched: Store) -> None:
    many = "union strike " + " ".join(f"unmatched{n}" for n in range(400))
    assert _sources(searched, many) == set()  # the first words are still ANDed with the next ones
    assert parse(many).dropped == 402 - MAX_TERMS
    assert _sources(searched, "union strike " * 200) == {"strike.txt", "news.txt"}


# A statement that runs for seconds on either engine: the bound must end it, not its own end.
SLOW = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT max(i) FROM n",
    "postgresql": "SELECT pg_sleep(30)",
}


def test_a_statement_over_the_time_limit_is_stopped(long_records: Store) -> None:
    refused = pytest.raises(SearchStopped, match="longer than")
    with long_records.engine.connect() as conn, refused, bounded(conn, 0.2, Stop()):
        conn.execute(sa.text(SLOW[conn.dialect.name]))
    assert long_records.search("word1", limit=1)  # the store still answers


def test_a_statement_is_stopped_from_another_thread(long_records: Store) -> None:
    stop = Stop()
    threading.Timer(0.2, stop.set).start()
    refused = pytest.raises(SearchStopped, match="stopped before it finished")
    with long_records.engine.connect() as conn, refused, bounded(conn, 120, stop):
        conn.execute(sa.text(SLOW[conn.dialect.name]))
    assert stop.is_set()


def test_a_long_query_is_bounded_in_time_too(long_records: Store) -> None:
    query = " OR ".join(VOCABULARY[:MAX_TERMS])
    assert len(long_records.search(query, limit=5, seconds=120)) == 5


def test_a_search_stopped_before_it_starts_finds_nothing(searched: Store) -> None:
    stop = Stop()
    stop.set()
    with pytest.raises(SearchStopped):
        searched.search("union", stop=stop)
