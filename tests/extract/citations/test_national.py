"""National law titles with words in brackets, and bills (invented texts)."""

from __future__ import annotations

import pytest

from tests.extract.citations.conftest import cited


@pytest.mark.parametrize(
    ("text", "key", "provisions"),
    [
        (
            "Amend sections 4(2) and 4(5) of the Labour Disputes (Conciliation and Award) Act.",
            "RUT Labour Disputes (Conciliation and Award) Act",
            {"s 4(2)", "s 4(5)"},
        ),
        (
            "Section 9 of the Public Meetings (Control of Processions) Act was applied to the march.",
            "RUT Public Meetings (Control of Processions) Act",
            {"s 9"},
        ),
        (
            "The strike was unlawful under section 31 of the Essential Services (Maintenance) Ordinance.",
            "RUT Essential Services (Maintenance) Ordinance",
            {"s 31"},
        ),
    ],
)
def test_a_bracketed_part_joined_by_a_small_word(text: str, key: str, provisions: set[str]) -> None:
    assert cited(text) == {key: provisions}


@pytest.mark.parametrize(
    ("text", "key", "provisions"),
    [
        (
            "It notes that section 14(2) of the Trade Unions (Amendment) Bill, 2019 allows appeals.",
            "RUT Trade Unions (Amendment) Bill",
            {"s 14(2)"},
        ),
        ("Section 22 of the Port Labour Bill bans strikes.", "RUT Port Labour Bill", {"s 22"}),
        ("The union opposed the Industrial Relations Bill in March.", "RUT Industrial Relations Bill", set()),
    ],
)
def test_a_bill_cited_by_its_title_is_an_instrument(text: str, key: str, provisions: set[str]) -> None:
    assert cited(text) == {key: provisions}


def test_a_bill_of_rights_is_no_bill() -> None:
    assert cited("The Bill of Rights guarantees the freedom of association.") == {}


@pytest.mark.parametrize(
    "title",
    [
        "Dock Recognition of Trade Unions and Prevention of Unfair Labour Practices Act",
        "Prevention of Victimisation of Workers and Protection of Union Officers Act",
        "Registration of Societies and Associations and Supervision of Their Funds Act",
    ],
)
def test_a_long_title_is_read_whole(title: str) -> None:
    assert cited(f"It is an unfair practice under section 24 (1) of the {title}, 1971.") == {
        f"RUT {title}": {"s 24(1)"}
    }


@pytest.mark.parametrize("section", ["S. 27", "S.27", "S. 27(1)"])
def test_a_section_abbreviated_to_its_capital(section: str) -> None:
    provision = "s " + section.removeprefix("S.").strip()
    assert cited(f"They were convicted under {section} of the Port Disputes Act, 1947.") == {
        "RUT Port Disputes Act": {provision}
    }


def test_an_initial_before_a_number_is_no_section() -> None:
    assert cited("Dear Mr. S. Kumar, 27 dockers were dismissed under the Port Labour Act.") == {
        "RUT Port Labour Act": set()
    }


@pytest.mark.parametrize(
    "line",
    [
        "Under the Zembla Labour Code and the Trade Unions (Registration) Act, 2031, strikes are lawful.",
        "NoTitleAct here, but the Port Miran Dock Workers Ordinance applies; xLabour Code does not.",
        "the Kestrel Employment Rules and Velmar's Public Order (Maintenance) Act",
    ],
)
def test_head_last_titles_read_capital_first_match_as_word_start_first(line: str) -> None:
    import re

    from casewatch.extract.citations import national

    word_start_first = re.compile(
        national._HEAD_LAST.pattern.replace("(?P<body>[A-Z](?<!\\w.)", "\\b(?P<body>[A-Z]")
    )
    assert word_start_first.pattern != national._HEAD_LAST.pattern
    assert [m.span() for m in national._HEAD_LAST.finditer(line)] == [
        m.span() for m in word_start_first.finditer(line)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The parties promised a new constitution before the vote.",
        "Les partis ont promis une nouvelle Constitution avant les élections.",
        "Los partidos prometieron una nueva Constitución para el país.",
        "The assembly was elected to write a constitution.",
    ],
)
def test_a_constitution_to_come_is_not_cited(text: str) -> None:
    assert "RUT Constitution" not in cited(text)


@pytest.mark.parametrize(
    "text",
    [
        "Article 12 of the Constitution guarantees the right to strike.",
        "La nouvelle Constitution garantit le droit de grève.",
        "Under the new Constitution unions may federate.",
    ],
)
def test_the_constitution_in_force_is_cited(text: str) -> None:
    assert "RUT Constitution" in cited(text)
