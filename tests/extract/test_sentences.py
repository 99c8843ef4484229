"""Sentence splitting with offsets: abbreviations, list items, page-break gaps."""

from __future__ import annotations

import pytest

from casewatch.extract.sentences import split_sentences, strip_bullet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Ortiz was arrested. He was released.", ["Mr. Ortiz was arrested.", "He was released."]),
        ("See Convention No. 87 here. Next one.", ["See Convention No. 87 here.", "Next one."]),
        (
            "Questions:\n- 1. Please provide data.\n- 2. Please explain.",
            ["Questions:", "- 1. Please provide data.", "- 2. Please explain."],
        ),
        (
            "We call on the authorities to act,\n\nand to stop the raids.",
            ["We call on the authorities to act,\n\nand to stop the raids."],
        ),
        ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


def test_offsets_slice_the_document() -> None:
    text = "Intro.  The union in Lima was closed. Done."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text


def test_strip_bullet() -> None:
    [sentence] = split_sentences("  • bring the law into line;")
    assert strip_bullet(sentence).text == "bring the law into line;"


@pytest.mark.parametrize(
    "text",
    [
        "Les plaignants citent MM. Jean Brun et Marc Cole, arrêtés le 30 août.",
        "La queja se refiere al Sr. Pablo Ruiz y a la Sra. Ana Gil, detenidos en mayo.",
        "It names two officials of the dockers' union, Messrs. Arvo Lind and Omar Belka, as detained.",
    ],
)
def test_plural_and_foreign_honorifics_end_no_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]
