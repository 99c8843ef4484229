"""Reference, countries concerned, reply window and language of short documents."""

from __future__ import annotations

import pytest

from casewatch.extract.layout import ilo_anatomy, letter_parts
from casewatch.extract.metadata.fields import (
    countries_concerned,
    country_code,
    language,
    reference,
    reply_due,
)
from casewatch.model import PartialDate

UA = (
    "## Mandates of the Special Rapporteur on the situation of human rights defenders\n\n"
    "REFERENCE: UA TUR 5/2019\n\n12 March 2019\n\nExcellency,\n\n"
    "Turkish police detained union members in Istanbul. We would appreciate a response within sixty days.\n\n"
    "Please accept, Excellency, the assurances of our highest consideration.\n\n"
    "## Jane Roe\n\nSpecial Rapporteur\n"
)
NO_REF = (
    "Federation of Metal Workers\nGeneva, Switzerland\n\nAttn:\nMr Omar Haddad\nMinister of Labour\n"
    "Government of Jordan\n\nMay 2018\n\nDear Minister,\n\nThe Jordanian authorities dismissed union "
    "leaders in Amman. Our affiliates in Germany and Brazil are concerned.\n\nYours sincerely,\n\nEva Braun\n"
)
CAS = (
    "Individual Case (CAS) - Discussion: 2021\n\nConvention No. 87 - Myanmar (Ratification: 1955)\n\n"
    "2021-MMR-C087-En\n\nDiscussion by the Committee\n\nGovernment member, Japan – Japan welcomes.\n\n"
    "Worker member, Japan – Japan and Japan again.\n"
)


def test_un_appeal() -> None:
    parts = letter_parts(UA)
    assert reference(UA, parts) == "UA TUR 5/2019"
    assert countries_concerned(UA, parts) == ("TUR",)
    assert reply_due(UA, PartialDate(2019, 3, 12)) == PartialDate(2019, 5, 11)


def test_letter_without_reference() -> None:
    parts = letter_parts(NO_REF)
    assert reference(NO_REF, parts) is None
    assert countries_concerned(NO_REF, parts) == ("JOR",)
    assert reply_due(NO_REF, PartialDate(2018, 5)) is None


def test_cas_record_country_is_the_header_not_the_speakers() -> None:
    parts, _ = ilo_anatomy(CAS)
    assert reference(CAS, parts) == "2021-MMR-C087-En"
    assert countries_concerned(CAS, parts) == ("MMR",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our ref: ABC/DEF/12\n\nDear Sir,\n\nText.\n", "ABC/DEF/12"),
        ("ITF/SG/ab\n\nLondon, 3 June 2020\n\nDear Minister,\n\nText.\n", "ITF/SG/ab"),
        ("Case No. 3187 (Kiribati) - Complaint date: 10-DEC-15\n\nText.", "Case No. 3187"),
    ],
)
def test_sender_references(text: str, expected: str) -> None:
    assert reference(text, letter_parts(text)) == expected


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Merci de répondre dans un délai de 60 jours.", PartialDate(2020, 3, 1)),
        ("Responder en un plazo de 30 días.", PartialDate(2020, 1, 31)),
    ],
)
def test_reply_window_in_other_languages(text: str, due: PartialDate) -> None:
    assert reply_due(text, PartialDate(2020, 1, 1)) == due


@pytest.mark.parametrize(
    ("name", "code"),
    [("Russian Federation", "RUS"), ("Belarusian", "BLR"), ("Republic of Korea", "KOR"), ("Atlantis", None)],
)
def test_country_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_language() -> None:
    assert (
        language("Le syndicat et la fédération des travailleurs ont demandé que le gouvernement ...") == "fr"
    )


def test_a_cited_un_code_is_not_the_documents_own_reference() -> None:
    text = "The Mission, with reference to the communication AL CHL 2/2022, transmits the following.\n"
    assert reference(text, []) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PERMANENT MISSION OF NEPAL\n\nNo. 02-11/245\n\nThe Permanent Mission presents its compliments.",
            "02-11/245",
        ),
        ("Nota No. 7-1-SG/245\n\nLa Misión Permanente saluda atentamente.", "7-1-SG/245"),
        ("MISSION\n\n12/05/2021\n\nThe Permanent Mission presents its compliments.", None),
        ("La Misión, en relación con la comunicación conjunta AL PER 2/2020, remite la respuesta.", None),
    ],
)
def test_a_notes_own_number_not_a_date_or_a_cited_code(text: str, expected: str | None) -> None:
    assert reference(text, []) == expected
