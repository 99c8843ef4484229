"""Full-text search on both backends: ranking, safe snippets, and hostile query strings."""

from __future__ import annotations

import html
import random
import re
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from casewatch.errors import SearchStopped
from casewatch.model import DocumentMeta, Extraction, Genre, PartialDate, Text
from casewatch.store import Store
from casewatch.store.search import MAX_TERMS, Stop, fts5_query, search_terms, snippet_html

CORPUS = {
    "strike.txt": "The workers' union called a strike after the arrest of its chairperson in the capital.",
    "dissolution.txt": "The Government replies that the union was dissolved by a court decision "
    "under the Law on Trade Unions.",
    "news.txt": "A café owner in Bogotá joined the protest; the union's strike continued for three weeks. "
    "Strike, strike and strike again.",
    "hostile.txt": 'Warning <script>alert(1)</script> & "strike" ends',
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
            docs.add(source, body)
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


def test_sqlite_folds_diacritics(searched: Store) -> None:
    if searched.dialect != "sqlite":
        pytest.skip("the PostgreSQL 'simple' configuration keeps accents")
    assert _sources(searched, "bogota cafe") == {"news.txt"}


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
    ("-union", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("union)", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("((union", {"strike.txt", "dissolution.txt", "news.txt"}),
    ("union AND OR NOT", set()),
    ("", set()),
    ("   \t\n ", set()),
    ("'; DROP TABLE documents; --", set()),
    ("1' OR '1'='1", set()),
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
    ("query", "expected"),
    [
        ("strike union", '"strike" AND "union"'),
        ('say "hi" NEAR(x', '"say" AND """hi""" AND "NEAR(x"'),
        ("col:* ^a -b", '"col:*" AND "^a" AND "-b"'),
        ('( ) * - ^ "', None),
        ("", None),
    ],
)
def test_fts5_query_quotes_every_word(query: str, expected: str | None) -> None:
    assert fts5_query(query) == expected


def test_snippet_html_escapes_before_marking() -> None:
    assert snippet_html('<b> & "\x02x\x03"') == "&lt;b&gt; &amp; &quot;<mark>x</mark>&quot;"


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


def test_search_terms_are_distinct_words_in_order() -> None:
    assert search_terms("Strike strike STRIKE union -- union's court,union") == (
        ["Strike", "union", "union's", "court,union"],
        4,
    )


def test_search_terms_stop_at_the_bound_however_the_words_are_joined() -> None:
    joined = ",".join(f"w{n}" for n in range(400))  # one string, 400 words
    assert search_terms(joined) == ([f"w{n}" for n in range(MAX_TERMS)], 400)
    terms, count = search_terms("a.b.c " * 3 + " ".join(f"x{n}.y{n}" for n in range(20)))
    assert sum(len(re.findall(r"\w+", term)) for term in terms) <= MAX_TERMS < count


def test_a_long_query_searches_its_first_words(searched: Store) -> None:
    many = "union strike " + " ".join(f"unmatched{n}" for n in range(400))
    assert _sources(searched, many) == set()  # the first words are still ANDed with the next ones
    assert search_terms(many)[1] == 402
    assert _sources(searched, "union strike " * 200) == {"strike.txt", "news.txt"}


def test_a_search_over_its_time_limit_is_stopped(long_records: Store) -> None:
    query = " ".join(VOCABULARY[:MAX_TERMS])
    with pytest.raises(SearchStopped, match="longer than"):
        long_records.search(query, limit=100, seconds=0.001)
    assert len(long_records.search(query, limit=5, seconds=120)) == 5  # the connection is still usable


def test_a_search_is_stopped_from_another_thread(long_records: Store) -> None:
    stop = Stop()
    query = " ".join(VOCABULARY[:MAX_TERMS])
    threading.Timer(0.05, stop.set).start()
    with pytest.raises(SearchStopped, match="stopped before it finished"):
        long_records.search(query, limit=100, seconds=120, stop=stop)
    assert stop.is_set()


def test_a_search_stopped_before_it_starts_finds_nothing(searched: Store) -> None:
    stop = Stop()
    stop.set()
    with pytest.raises(SearchStopped):
        searched.search("union", stop=stop)
