"""The metadata patterns run behind their necessary words find what their patterns find."""

from __future__ import annotations

import pytest

from casewatch.extract.metadata import document_date, fields, page_titles, references, voice

GATES = [
    (voice, "_FROM_BODY"),
    (references, "_LABELLED_UN_CODE"),
    (references, "_FILED_CODE"),
    (fields, "_RECORD_COUNTRY"),
    (fields, "_STREET_BEFORE"),
    (document_date, "_CFA_REPORT"),
    (document_date, "_SENT_ON"),
    (page_titles, "ON_BEHALF_RU"),
    (page_titles, "SIGNED_RU"),
]
TEXTS = [
    "Desde la Federación de Trabajadores de Velmar exigimos la liberación de los dirigentes.",
    "Reference: AL VLM 3/2031\nDear Minister, the Special Rapporteur sent a letter on 2 May 2031.",
    "2031-Zembla-C087-En\nObservation adopted 2031. Report No. 402, March 2031.",
    "Our office is on Avenue de la Paix. От имени профсоюза Кестрел, председатель Анна Велл.",
    "Nothing here: the port stayed open and the weather was fine all week.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize(("module", "name"), GATES)
def test_a_gated_pattern_finds_what_its_pattern_finds(module: object, name: str, text: str) -> None:
    gate = getattr(module, name)
    found, whole = gate.search(text), gate.compiled.search(text)
    assert (found and found.span()) == (whole and whole.span())


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Dockers detained in Port Miran12 March 2031\n\nThe union said the arrests were unlawful.", 12),
        ("Teachers strike in Velmar3 June 2031\n\nThe strike began at dawn.", 3),
        ("Union leader freed\n14 May 2031\n\nThe leader of the Kestrel union was freed.", 14),
    ],
)
def test_a_day_glued_to_a_heading_dates_the_page(text: str, day: int) -> None:
    found = document_date._page_date(text)
    assert found is not None and found.day == day


def test_a_head_without_a_digit_after_a_letter_is_not_rewritten() -> None:
    head = "Union leader freed on 14 May 2031 after a week in custody."
    assert not document_date._LETTER_THEN_DIGIT.search(head)
    assert document_date._GLUED_DAY.sub(" ", head) == head


HEADS = [
    "ITUC and ITUC-Africa condemn the arrests; the IUF, PSI and EI join them in Velmar.",
    "The CSI-like body, the XCSI and CSI2 are no bodies; la CSI et l'ISP demandent la libération.",
    "Desde Port Miran, la UGTV y la Federación de Kestrel exigimos; el ITUC-AP y BWI apoyan.",
    "Nothing here: the port of Avra stayed open and the weather was fine in Rio de Janeiro.",
]


@pytest.mark.parametrize("head", HEADS)
def test_union_bodies_are_those_of_a_full_scan(head: str) -> None:
    # the names are tried only where one starts: the mentions a scan of every position finds
    pattern = voice._union_body_names().patterns[0]
    assert voice.union_bodies(head) == pattern.findall(head)


@pytest.mark.parametrize("head", HEADS)
def test_acronyms_and_name_runs_read_capital_first_match_as_word_start_first(head: str) -> None:
    import re

    from casewatch.extract.metadata import countries_cities, senders

    acronyms = re.compile(r"\b[A-Z]{3,8}\b")
    assert senders._ACRONYM.findall(head) == acronyms.findall(head)
    capital = "A-ZÀ-ÝА-ЯЁ"
    runs = re.compile(
        rf"(?<![\w'’-])[{capital}][\w'’-]*"
        rf"(?:[ \t]+(?:(?:de|del|da|do|dos|la|el|al)[ \t]+)?[{capital}][\w'’-]*)*"
    )
    assert [m.span() for m in countries_cities._NAME_RUN.finditer(head)] == [
        m.span() for m in runs.finditer(head)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zembla and the United Kingdom of Great Britain and Northern Ireland; Zemblan workers in Peru.",
        "Avenida Brasil 12, Lima. The Peruvian and Chilean unions met; a woman from Omania spoke.",
        "Профсоюзы России и Казахстана; Russian and Kazakh workers; Российская Федерация.",
    ],
)
def test_country_names_are_those_of_a_full_scan(text: str) -> None:
    # the names are tried only where one starts (openings): the matches of a scan of every position
    found = [m.span() for m in fields._country_matches(text)]
    scanned = [m.span() for m in fields._country_pattern(False).finditer(text)]
    if fields._CYRILLIC.search(text):
        scanned += [m.span() for m in fields._country_pattern(True).finditer(text)]
    assert found == scanned and found


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ("Velmar Dockers Union\nPort Miran, 12 May 2031\n\nDear Minister,", 12),
        ("Кестрел\n14 мая 2031 года\nУважаемый министр,", 14),
        ("Federación de Zembla\nmartes, 3 de junio de 2031 à 14h20\n\nSeñor Ministro:", 3),
        ("Velmar Dockers Union\nReport of the meeting held on 12 May 2031 at the port.\n", None),
        ("Velmar Dockers Union\nTel. +41 22 799 1234\nThe strike went on.\n", None),
    ],
)
def test_a_date_alone_on_its_line_is_found_and_a_head_without_one_is_not_read(
    head: str, day: int | None
) -> None:
    found = document_date._date_alone(head)
    assert (found.day if found else None) == day
    if day is not None:  # a head with a date alone has a place where a date can end its line
        assert document_date._DATE_ENDS_LINE.search(head)
