"""Organisation names in shapes the seeds lack: numbered meetings, an acronym holding an office, an
acronym set on the line under the name (all invented)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import Entity, EntityType


def orgs(text: str) -> list[Entity]:
    return [e for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Five delegates to the 3rd National Congress of the Federation of Dock Unions of Norvalia (FDUN) "
            "were arrested.",
            "Federation of Dock Unions of Norvalia",
        ),
        ("The 12th Conference of the Union of Port Workers closed on Friday.", "Union of Port Workers"),
    ],
)
def test_a_numbered_meeting_is_not_the_organisation(text: str, name: str) -> None:
    assert [e.name for e in orgs(text)] == [name]


def test_a_numbered_report_names_no_organisation() -> None:
    assert [e.name for e in orgs("Paragraph 12 of the 60th Report reads as follows.")] == []


def test_an_acronym_holding_an_office_names_a_body() -> None:
    text = "UNFM President Jane Okoro has protested to the Embassy of Norvalia."
    assert "UNFM" in [e.name for e in orgs(text)]


def test_an_acronym_on_the_line_under_the_name() -> None:
    found = orgs("Workers' Rights Centre\n(WRC)\n\nThe centre wrote to the minister.")
    assert [(e.name, e.acronyms) for e in found] == [("Workers' Rights Centre", ("WRC",))]


def test_a_person_named_of_an_organisation_is_not_its_name() -> None:
    text = "Four organisers were arrested: Tomas Reyes Lindo of the Regional Council of the Port Workers."
    assert [o.name for o in orgs(text)] == ["Regional Council of the Port Workers"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Dismissals by the company Lacteos Avra Sur, S.A. de C.V. were alleged.",
            "Lacteos Avra Sur, S.A. de C.V.",
            "Lacteos Avra Sur",
        ),
        ("Workers of Kestrel Mining Ltd walked out on Monday.", "Kestrel Mining Ltd", "Kestrel Mining"),
    ],
)
def test_a_company_is_also_named_without_its_legal_form(text: str, name: str, short: str) -> None:
    (company,) = [e for e in orgs(text) if e.name == name]
    assert short in company.aliases


def test_a_company_of_one_word_keeps_its_legal_form_alone() -> None:
    """ "Diana" alone would name a person as well as the company."""
    (company,) = [e for e in orgs("Workers of Diana, S.A. walked out on Monday.") if "Diana" in e.name]
    assert "Diana" not in company.aliases
