"""Shared normalisation and assembly of pieces into text with block offsets."""

from __future__ import annotations

import pytest

from casewatch.errors import LimitExceeded
from casewatch.model import Block
from casewatch.read.normalise import Piece, assemble, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("line one\r\nline two\rline three", "line one\nline two\nline three"),
        ("5\u00a0March\u202f2019", "5 March 2019"),
        ("trailing   \nspaces\t\n", "trailing\nspaces"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("bell\x07 and nul\x00 gone\tkept", "bell and nul gone\tkept"),
        ("\n\n  indented first line\n", "  indented first line"),
        ("Cafe\u0301 composed", "Café composed"),
        ("soft\u00adhyphen and zero\u200bwidth", "softhyphen and zerowidth"),
        # a listing's date run into the next title is set on a line of its own
        ("3 May, 2014Kestrel dockers strike", "3 May, 2014\nKestrel dockers strike"),
        ("Posted March 9, 2011ARDU affiliates meet", "Posted March 9, 2011\nARDU affiliates meet"),
        ("the Vanta 2012X model, in 1999Both", "the Vanta 2012X model, in 1999Both"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_assemble_offsets_point_at_each_paragraph() -> None:
    pieces = [
        Piece("heading", "Reply of the Government "),
        Piece("paragraph", "   "),
        Piece("paragraph", "The Ministry of Labour\r\nreceived the complaint."),
        Piece("list_item", "First request"),
    ]
    text, blocks = assemble(pieces, max_chars=1000)
    assert text == (
        "Reply of the Government\n\nThe Ministry of Labour\nreceived the complaint.\n\nFirst request"
    )
    assert [(block.kind, text[block.start : block.end]) for block in blocks] == [
        ("heading", "Reply of the Government"),
        ("paragraph", "The Ministry of Labour\nreceived the complaint."),
        ("list_item", "First request"),
    ]


def test_assemble_adds_a_block_per_page_spanning_its_paragraphs() -> None:
    pieces = [Piece("paragraph", "alpha", 1), Piece("paragraph", "beta", 1), Piece("paragraph", "gamma", 2)]
    text, blocks = assemble(pieces, max_chars=1000)
    assert text == "alpha\n\nbeta\n\ngamma"
    assert blocks == (
        Block("page", 0, 11, 1),
        Block("paragraph", 0, 5, 1),
        Block("paragraph", 7, 11, 1),
        Block("page", 13, 18, 2),
        Block("paragraph", 13, 18, 2),
    )


def test_assemble_stops_at_the_character_limit() -> None:
    with pytest.raises(LimitExceeded, match="more than 10 characters"):
        assemble([Piece("paragraph", "a" * 6), Piece("paragraph", "b" * 6)], max_chars=10)
