"""Genre classification on short documents of every genre."""

from __future__ import annotations

from pathlib import Path

import pytest

from casewatch.extract.layout import ilo_anatomy, is_ilo_record, letter_parts
from casewatch.extract.metadata.genre import classify
from casewatch.model import Genre

LETTER = "{head}\n\n10 May 2020\n\nDear Minister,\n\n{body}\n\nYours faithfully,\n\nJ. Doe\n{sign}\n"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        ("Individual Case (CAS) - Discussion: 2019\n\nConvention No. 98 - Peru", Genre.ILO_CAS),
        ("Observation (CEACR) - adopted 2020, published 109th ILC session (2021)", Genre.ILO_CEACR),
        ("Case No. 3203 (Bangladesh) - Complaint date: 29-MAY-16 - Closed", Genre.ILO_CFA),
        (
            "## Mandates of the Working Group on Arbitrary Detention\n\nREFERENCE: UA BLR 2/2021",
            Genre.UN_COMMUNICATION,
        ),
        (
            "The Permanent Mission of Ruritania to the United Nations presents its compliments to OHCHR",
            Genre.GOVERNMENT_REPLY,
        ),
        ("Bulawayo (Reuters) - Police detained union leaders on Monday.", Genre.NEWS),
        ("A shopping list\n\nbread, milk", Genre.OTHER),
    ],
)
def test_marks(text: str, genre: Genre) -> None:
    assert classify(text) is genre


@pytest.mark.parametrize(
    ("head", "sign", "genre"),
    [
        ("National Federation of Teachers' Unions", "General Secretary", Genre.UNION_LETTER),
        ("Rights Watch for Justice (an NGO)", "Executive Director, human rights group", Genre.NGO_REPORT),
    ],
)
def test_letters_by_sender(head: str, sign: str, genre: Genre) -> None:
    text = LETTER.format(head=head, body="We are concerned about the arrests.", sign=sign)
    assert classify(text, tuple(letter_parts(text))) is genre


@pytest.mark.parametrize(
    ("name", "genre"),
    [("000", Genre.UN_COMMUNICATION), ("001", Genre.UNION_LETTER), ("004", Genre.ILO_CAS)],
)
def test_seed_genres(seeds_dir: Path, name: str, genre: Genre) -> None:
    text = next(seeds_dir.glob(f"{name}_*.txt")).read_text(encoding="utf-8")
    parts = tuple(ilo_anatomy(text)[0]) if is_ilo_record(text) else tuple(letter_parts(text))
    assert classify(text, parts) is genre


def test_a_reply_citing_the_un_reference_is_a_government_reply() -> None:
    text = (
        "Permanent Mission of the Republic of Chile to the United Nations Office at Geneva\n\n"
        "The Permanent Mission of the Republic of Chile to the United Nations Office and other international "
        "organizations in Geneva presents its compliments to the Office of the High Commissioner and, with "
        "reference to the communication AL CHL 2/2022, has the honour to transmit the following.\n"
    )
    assert classify(text) is Genre.GOVERNMENT_REPLY


# A report's page cut from its middle: footnote calls glued to its sentences, the NGO naming itself
REPORT_PAGE = (
    "publications\n\n{heading}\n\n"
    "Labor rights encompass the right to work as well as the enjoyment of rights at work.{a} International "
    "law recognizes four core labor rights, freedom of association among them.{b} Arden Watch has "
    "extensively documented abuses of workers' rights in many contexts:\n"
    "  - Employers have used children in dangerous work in Ruritania and Freedonia.{c}\n"
    "  - Employers in Ruritania have impeded organizing drives through subcontracting.\n"
)


@pytest.mark.parametrize(
    ("heading", "a", "b", "c"),
    [("Labor Rights", "69", "70", "71"), ("Workers", "4", "", "5"), ("Part III", "12", "13", "")],
)
def test_a_report_page_with_footnote_calls_is_the_ngo_s(heading: str, a: str, b: str, c: str) -> None:
    text = REPORT_PAGE.format(heading=heading, a=a, b=b, c=c)
    assert classify(text) is Genre.NGO_REPORT


def test_numbers_after_a_sentence_are_no_footnote_calls_in_a_story() -> None:
    story = "The vote was 12 to 3. Police said 2 were held.\n"
    text = REPORT_PAGE.format(heading="News", a="", b="", c="") + story
    assert classify(text) is not Genre.NGO_REPORT
