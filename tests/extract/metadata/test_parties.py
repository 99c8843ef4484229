"""Senders, signatories and addressees read from the anatomy of short documents."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from casewatch.extract.layout import ilo_anatomy, letter_parts
from casewatch.extract.metadata.addressees import addressees
from casewatch.extract.metadata.parties import signatories
from casewatch.extract.metadata.party_names import person_name
from casewatch.extract.metadata.senders import mandate_titles, senders
from casewatch.model import Genre, Party

BOARD_LETTER = """Centre for Workers' Rights (CWR)

President
Maria Lopez
Lawyer, Chile

General Secretary
Tom Berg

By e-mail: office@president.example

Attn:
Mr Ahmed Karimov
President of the Republic of Uzbekistan
Independence Square 5

cc: Ms Dilnoza Yusupova, Minister of Employment and Labour Relations of the Republic of
Uzbekistan
International Labour Organization
Human Rights Watch

4 April 2022

Dear President,

The Centre for Workers' Rights is concerned about the arrest of union leaders.

Yours faithfully,

A signature in blue ink, appearing to read 'K. Otieno'.

Kofi Otieno, LL.M., barrister
Legal Officer
"""

TITLE_ONLY = """Union Federation of Europe (UFE)

Tom Berg
General Secretary Secrétaire général

Republic of Moldova cc: Prime Minister Rusu

Ms Ana Popescu

Dear President,

The UFE protests.

Yours sincerely,

General Secretary
"""

JOINT_UA = (
    "## Mandates of the Special Rapporteur on the independence of judges and lawyers; the Working Group on "
    "Arbitrary Detention and the Special Rapporteur on the situation of human rights defenders\n\n"
    "REFERENCE: JUA EGY 4/2020\n\nExcellency,\n\nText.\n\n"
    "Please accept, Excellency, the assurances of our highest consideration.\n\n"
    "## Ana Ruiz\n\nSpecial Rapporteur on the independence of judges and lawyers\n"
)


def _names(parties: Sequence[Party]) -> list[str]:
    return [p.name for p in parties]


def test_union_letter_with_board_list() -> None:
    parts = letter_parts(BOARD_LETTER)
    assert _names(senders(BOARD_LETTER, parts, Genre.UNION_LETTER, ("UZB",))) == [
        "Centre for Workers' Rights"
    ]
    assert _names(signatories(BOARD_LETTER, parts)) == ["Kofi Otieno"]
    assert _names(addressees(BOARD_LETTER, parts, Genre.UNION_LETTER, ("UZB",))) == [
        "Ahmed Karimov",
        "Dilnoza Yusupova",
        "International Labour Organization",
        "Human Rights Watch",
    ]


def test_signature_with_title_only_takes_the_letterhead_officer() -> None:
    parts = letter_parts(TITLE_ONLY)
    assert _names(signatories(TITLE_ONLY, parts)) == ["Tom Berg"]
    assert _names(addressees(TITLE_ONLY, parts, Genre.UNION_LETTER, ("MDA",))) == ["Rusu", "Ana Popescu"]


def test_joint_urgent_appeal() -> None:
    parts = letter_parts(JOINT_UA)
    assert _names(senders(JOINT_UA, parts, Genre.UN_COMMUNICATION, ("EGY",))) == [
        "Special Rapporteur on the independence of judges and lawyers",
        "Working Group on Arbitrary Detention",
        "Special Rapporteur on the situation of human rights defenders",
    ]
    assert _names(signatories(JOINT_UA, parts)) == ["Ana Ruiz"]
    assert _names(addressees(JOINT_UA, parts, Genre.UN_COMMUNICATION, ("EGY",))) == ["Government of Egypt"]


def test_cas_parties() -> None:
    text = "Individual Case (CAS)\n\nDiscussion by the Committee\n\nWorker members – Text.\n"
    parts, _ = ilo_anatomy(text)
    assert _names(senders(text, parts, Genre.ILO_CAS, ("GTM",))) == [
        "Conference Committee on the Application of Standards"
    ]
    assert _names(addressees(text, parts, Genre.ILO_CAS, ("GTM",))) == ["Government of Guatemala"]
    assert signatories(text, parts) == []


def test_mandate_titles_split_on_and_the() -> None:
    heading = (
        "Mandates of the Special Rapporteur on the rights to freedom of peaceful assembly and of association"
    )
    assert mandate_titles(heading) == [
        "Special Rapporteur on the rights to freedom of peaceful assembly and of association"
    ]


def test_person_name_drops_degrees_and_honorifics() -> None:
    assert person_name("Dr. Jane Doe, MA, barrister") == "Jane Doe"
    assert person_name("Ministry of Labour") is None


HEAD_OF_STATE = "To His Excellency Mr Karl Brandt\nPresident of the Republic of Freedonia\nNorthport\n"
FRENCH_HEAD = "Monsieur Karl Brandt\nPrésident de la République de Freedonie\nNorthport\n"
SPANISH_HEAD = (
    "Señor Karl Brandt\nPresidente de la República de Freedonia\nA la atención de: Ministro de Trabajo\n"
)
RANK_HEAD = "General Karl Brandt\nChairman, National Council for Order\nNorthport\n"


@pytest.mark.parametrize(
    ("head", "greeting", "closing"),
    [
        (HEAD_OF_STATE, "Your Excellency,", "Yours faithfully,"),
        (FRENCH_HEAD, "Monsieur le Président,", "Veuillez agréer, Monsieur le Président, nos salutations."),
        (SPANISH_HEAD, "Señor Presidente:", "Atentamente,"),
        (RANK_HEAD, "Dear General Brandt,", "Yours sincerely,"),
    ],
)
def test_addressee_blocks_in_other_languages_and_by_rank(head: str, greeting: str, closing: str) -> None:
    text = (
        f"Sylvanian Federation of Miners\n\n{head}\n14 March 2019\n\n{greeting}\n\n"
        f"We protest the arrest of Petar Horvath.\n\n{closing}\n\nIlona Varga\nGeneral Secretary\n"
    )
    parts = letter_parts(text)
    assert _names(addressees(text, parts, Genre.UNION_LETTER, ())) == ["Karl Brandt"]
    assert _names(signatories(text, parts)) == ["Ilona Varga"]


def test_a_sender_named_only_in_the_body() -> None:
    text = (
        "14 March 2019\n\nDear President,\n\nI am writing on behalf of the Sylvanian Federation of Miners "
        "to protest the arrest of Petar Horvath.\n\nYours sincerely,\n\nIlona Varga\n"
    )
    parts = letter_parts(text)
    assert _names(senders(text, parts, Genre.UNION_LETTER, ())) == ["Sylvanian Federation of Miners"]


TWO_COLUMN_HEAD = (
    "SYLVANIAN FEDERATION OF MINERS\n"
    "President                                  General Secretary\n"
    "Jana Novak                                 Ilona Varga\n"
    "Vice-President of the Federation: Tomas Berg\n\n"
    "Mr Karl Brandt\nMinister of Labour of Freedonia\nNorthport\n"
)
ATTENTION_HEAD = "SYLVANIAN FEDERATION OF MINERS\n\nA la atención de: Sr. Karl Brandt, Ministro de Trabajo\n"


@pytest.mark.parametrize("head", [TWO_COLUMN_HEAD, ATTENTION_HEAD])
def test_board_columns_and_attention_lines(head: str) -> None:
    text = f"{head}\n14 March 2019\n\nDear Minister,\n\nWe protest.\n\nYours sincerely,\n\nIlona Varga\n"
    parts = letter_parts(text)
    assert _names(addressees(text, parts, Genre.UNION_LETTER, ())) == ["Karl Brandt"]  # not a board member
    assert _names(senders(text, parts, Genre.UNION_LETTER, ())) == ["SYLVANIAN FEDERATION OF MINERS"]


def test_signing_body_without_the_signers_title() -> None:
    text = (
        "Letter to Commissioner Karl Brandt on the arrest of union leaders\n\n14 March 2019\n\n"
        "Dear Commissioner,\n\nWe protest.\n\nYours sincerely,\n\n"
        "Ilona Varga\nGeneral Secretary, Sylvanian Federation of Miners\n"
    )
    parts = letter_parts(text)
    assert _names(senders(text, parts, Genre.UNION_LETTER, ())) == ["Sylvanian Federation of Miners"]
    assert _names(addressees(text, parts, Genre.UNION_LETTER, ())) == ["Karl Brandt"]


def test_an_address_beside_its_date_is_no_board() -> None:
    text = (
        "Sylvanian Federation of Miners\n\n"
        "Mr Karl Brandt                         Geneva, 14 March 2019\n"
        "Minister of Labour of Freedonia        Ref. 12/2019\n\n"
        "Dear Minister,\n\nWe protest.\n\nYours sincerely,\n\nIlona Varga\n"
    )
    parts = letter_parts(text)
    assert "addressee" in {p.kind for p in parts}


def test_a_party_links_to_the_first_entity_naming_it_else_one_holding_its_name() -> None:
    from casewatch.extract.metadata.parties import Linker, link
    from casewatch.model import Entity, EntityType, Party

    org = EntityType.ORGANIZATION
    entities = [
        Entity("org:a", org, "Velmar Dockers Union", aliases=("VDU Velmar",), acronyms=("VDU",)),
        Entity("org:b", org, "Kestrel Teachers Federation", acronyms=("vdu",)),
        Entity("org:c", org, "Board of Port Miran", board=True),
        Entity("org:d", org, "Federation of Port Miran Workers"),
    ]
    linker = Linker(entities)
    assert linker.link(Party("vdu")).entity == "org:a"  # the first of two entities with the acronym
    assert linker.link(Party("Kestrel Teachers")).entity == "org:b"  # a name held in an entity's name
    assert linker.link(Party("Port Miran")).entity == "org:d"  # a board is not linked by a part of its name
    assert linker.link(Party("Orvane Union")).entity is None
    assert all(link(Party(n), entities) == linker.link(Party(n)) for n in ("VDU", "Port Miran", "x"))
