"""A builder for the follow-up's input: invented documents with their asks, turns, names and laws
marked by the phrases that carry them (offsets are found in the text, as extraction would give)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from casewatch.analyse.followup.model import Anchor, FollowupDoc
from casewatch.model import Citation, DocumentMeta, Genre, PartialDate, Request, SpeakerGroup, Statement

DocFactory = Callable[..., FollowupDoc]


def _pattern(phrase: str) -> re.Pattern[str]:
    """The phrase wherever the text's line wrapping puts a line break between its words."""
    return re.compile(r"\s+".join(re.escape(word) for word in phrase.split()))


def _all(text: str, phrase: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _pattern(phrase).finditer(text)]


def _request(text: str, ask: str) -> Request:
    found = _pattern(ask).search(text)
    assert found is not None, ask
    return Request((), (), ask, found.start(), found.end())


def _turns(text: str, turns: Sequence[tuple[str, SpeakerGroup, str | None]], country: str) -> list[Statement]:
    starts = [_all(text, head)[0][0] for head, _, _ in turns]
    ends = [*starts[1:], len(text)] if starts else []
    return [
        Statement(head, group, start, end, country if member is None else member)
        for (head, group, member), start, end in zip(turns, starts, ends, strict=True)
    ]


def make_doc(
    doc_id: int,
    genre: Genre,
    date: str,
    country: str,
    text: str,
    *,
    asks: Sequence[str] = (),
    turns: Sequence[tuple[str, SpeakerGroup, str | None]] = (),
    names: dict[str, str] | None = None,
    laws: dict[str, str] | None = None,
) -> FollowupDoc:
    """`turns`: (heading, group, country of a member or None for the government concerned)."""
    requests = tuple(_request(text, ask) for ask in asks)
    anchors = tuple(Anchor(s, e, key) for phrase, key in (names or {}).items() for s, e in _all(text, phrase))
    citations = tuple(
        Citation(key, (), s, e) for phrase, key in (laws or {}).items() for s, e in _all(text, phrase)
    )
    return FollowupDoc(
        document_id=doc_id,
        source=f"doc{doc_id}.txt",
        ref=f"{doc_id:016x}",
        meta=DocumentMeta(genre, PartialDate.parse(date), countries=(country,)),
        text=text,
        requests=requests,
        statements=tuple(_turns(text, turns, country)),
        citations=citations,
        anchors=anchors,
    )


@pytest.fixture
def doc() -> Callable[..., Any]:
    return make_doc
