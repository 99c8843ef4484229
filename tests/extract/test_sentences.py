"""Sentence splitting with offsets: abbreviations, list items, page-break gaps."""

from __future__ import annotations

import pytest

from casewatch.extract.sentences import LONGEST, split_sentences, strip_bullet


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


@pytest.mark.parametrize(
    ("heading", "allegations"),
    [
        (
            "Informe en el que el Comité pide que se le mantenga informado - Informe núm. 300, Junio 2010",
            "Allegations: Arrest of union leaders and closure of the union premises",
        ),
        (
            "Report in which the committee requests to be kept informed - Report No 300, June 2010",
            "Alegatos: detención de dirigentes sindicales y cierre del local sindical",
        ),
        (
            "Rapport où le comité demande à être tenu informé - Rapport No 300, Juin 2010",
            "Allégations : arrestation de dirigeants syndicaux et fermeture du local syndical",
        ),
    ],
)
def test_a_records_allegations_line_starts_a_sentence_after_its_unpunctuated_heading(
    heading: str, allegations: str
) -> None:
    text = f"{heading}\nCase No 9001 (Ruritania) - Complaint date: 10-JUL-07 - Closed\n{allegations}"
    assert split_sentences(text)[-1].text == allegations


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Brant, leader of the Velm Teachers Assn. Branch, was arrested on 3 May 2031.",
        "Olek Sarn, secretario del Sind. Nac. de Estibadores, fue detenido.",
        "Les dockers de la Cie. Velm ont été arrêtés le 3 mai 2031.",
        "Mira Quell of the Nat. Dockers Fed. Velm Branch was detained.",
    ],
)
def test_a_shortened_word_of_an_organisation_s_name_ends_no_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_lower_case_word_of_the_same_letters_still_ends_one() -> None:
    text = "The detainees were not fed. The union protested."
    assert [s.text for s in split_sentences(text)] == ["The detainees were not fed.", "The union protested."]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. President met the union leaders in Avra.",
        "Federation chair A.K. Doran was detained on Monday.",
        "The U.N. experts called on Ostria to release him.",
    ],
)
def test_dotted_capitals_end_no_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text]


def test_french_quotation_marks_close_and_open_sentences() -> None:
    text = (
        "Le délégué a dit : « Nous avons gagné. »\nLes grévistes ont repris le travail. "
        "« Rien n'est fini. » Il part."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Le délégué a dit : « Nous avons gagné.",
        "Les grévistes ont repris le travail.",
        "« Rien n'est fini.",
        "Il part.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "First heading   \n\n  Second paragraph  \t\n \n- a listed item",
            ["First heading", "Second paragraph", "- a listed item"],
        ),
        (
            "A line ending in spaces  \r\n\r\nThe next one,  \n\n and its tail.",
            ["A line ending in spaces", "The next one,  \n\n and its tail."],
        ),
        ("Closing words. \n\nOpening words", ["Closing words.", "Opening words"]),
    ],
)
def test_spaces_before_a_paragraph_gap_belong_to_no_sentence(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_run_on_text_is_cut_into_bounded_pieces_at_its_spaces() -> None:
    doc = "Title\n\n" + " ".join(f"cell{i} value{i}" for i in range(2000))
    sentences = split_sentences(doc)
    assert len(sentences) > 5
    assert all(len(s.text) <= LONGEST for s in sentences)
    assert all(doc[s.start : s.end] == s.text for s in sentences)
    assert " ".join(s.text for s in sentences[1:]) == doc[7:]  # no word cut or lost


def test_a_run_on_text_with_lines_is_cut_at_a_line_break() -> None:
    lines = [f"row {i} of the register of unions and their officers" for i in range(100)]
    doc = "\n".join(lines)
    sentences = split_sentences(doc)
    assert len(sentences) > 1
    assert all(s.text.split("\n")[-1] in lines for s in sentences)
    assert all(doc[s.start : s.end] == s.text for s in sentences)


def test_a_long_written_sentence_is_left_whole() -> None:
    sentence = "The union, " + ", ".join(f"its branch number {i}" for i in range(60)) + ", went on strike."
    assert len(sentence) < LONGEST
    assert [s.text for s in split_sentences(sentence)] == [sentence]


def test_a_line_opening_with_a_straight_single_quote_starts_a_sentence() -> None:
    said = "Mr Tarn was accused of breaching the Rally Act, the Velm Post said."
    text = f"{said}\n'A blow to unions'\nIn a post, Ms Oda Pell spoke."
    assert split_sentences(text)[0].text == said
