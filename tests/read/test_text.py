"""Plain-text and Markdown reading: encodings, paragraphs, headings and list items."""

from __future__ import annotations

import codecs

import pytest

from casewatch.read import read_bytes

LETTER = (
    "# Complaint of the Dockworkers' Union\n\n"
    "To the Minister of Labour,\n"
    "Port Authority Building\n\n\n"
    "We protest against the dismissal of   \n"
    "twelve union delegates on 3 May 2021.\n\n"
    "- reinstate the delegates\n"
    "- open an independent inquiry\n"
)
EXPECTED = (
    "# Complaint of the Dockworkers' Union\n\n"
    "To the Minister of Labour,\nPort Authority Building\n\n"
    "We protest against the dismissal of\ntwelve union delegates on 3 May 2021.\n\n"
    "- reinstate the delegates\n- open an independent inquiry"
)


def test_markdown_letter_blocks() -> None:
    text = read_bytes(LETTER.encode("utf-8"), "complaint.md")
    assert text.text == EXPECTED
    assert text.media_type == "text/markdown"
    assert text.title == "Complaint of the Dockworkers' Union"
    assert [(block.kind, text.text[block.start : block.end]) for block in text.blocks] == [
        ("heading", "# Complaint of the Dockworkers' Union"),
        ("paragraph", "To the Minister of Labour,\nPort Authority Building"),
        ("paragraph", "We protest against the dismissal of\ntwelve union delegates on 3 May 2021."),
        ("list_item", "- reinstate the delegates"),
        ("list_item", "- open an independent inquiry"),
    ]


RUSSIAN = "Уважаемый министр!\n\nПрофсоюз строителей требует восстановить уволенных членов профсоюза.\n"
FRENCH = "Madame la Ministre,\n\nLa fédération a été informée de l'arrestation de trois délégués à Lyon.\n"
GERMAN = "Sehr geehrte Frau Ministerin,\n\nDie Gewerkschaft fordert die Rücknahme der Kündigungen.\n"


@pytest.mark.parametrize(
    ("data", "text", "encodings"),
    [
        (RUSSIAN.encode("utf-8"), RUSSIAN.strip(), {"utf-8"}),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), RUSSIAN.strip(), {"utf-16-le"}),
        (RUSSIAN.encode("cp1251"), RUSSIAN.strip(), {"cp1251"}),
        (RUSSIAN.encode("koi8-r"), RUSSIAN.strip(), {"koi8-r"}),
        (FRENCH.encode("latin-1"), FRENCH.strip(), {"cp1252", "iso8859-1"}),
        (GERMAN.encode("latin-1"), GERMAN.strip(), {"cp1252", "iso8859-1"}),
    ],
)
def test_text_file_in_each_encoding(data: bytes, text: str, encodings: set[str]) -> None:
    result = read_bytes(data, "letter.txt")
    assert result.text == text
    assert result.encoding in encodings
    assert result.media_type == "text/plain"
    assert len(result.blocks) == 2
