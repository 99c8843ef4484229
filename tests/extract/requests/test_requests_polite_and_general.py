"""A letter's polite wish to receive information on a matter, and a duty of States in general (no ask)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

LETTER = Setting(PartialDate(2025, 4, 2), ("Special Rapporteur",), ("Government",), reported=True)
NEWS = Setting(PartialDate(2025, 4, 2), ("Harbour Workers Union",), ("Government",), reported=True)


def texts(text: str, setting: Setting = LETTER) -> list[str]:
    return [r.text for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We would appreciate a response on the initial steps taken by your Excellency's Government "
            "to release the detained leaders of the Tarn Dockers Union.",
            "a response on the initial steps taken by your Excellency's Government to release the "
            "detained leaders of the Tarn Dockers Union",
        ),
        (
            "We would be grateful to receive information on the measures taken to protect the members "
            "of the Vell Miners Federation.",
            "information on the measures taken to protect the members of the Vell Miners Federation",
        ),
        (
            "In this connection, we would appreciate receiving further details about the charges "
            "brought against Ms. Ora Castel.",
            "details about the charges brought against Ms. Ora Castel",
        ),
        (
            "We would be most grateful to receive updated information regarding the investigation "
            "into the attack on the union office.",
            "updated information regarding the investigation into the attack on the union office",
        ),
    ],
)
def test_a_polite_wish_to_receive_information_on_a_matter_is_an_ask(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "We would appreciate receiving a response within 60 days.",
        "We would be grateful to receive your observations on the following matters:",
        "We would welcome a visit to the country at a convenient time.",
    ],
)
def test_a_reply_wished_for_by_a_date_or_announcing_questions_is_no_ask(text: str) -> None:
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fundamental: los gobiernos de todas partes deben respetar la libertad de reunión de las personas.",
        "Les États doivent garantir la liberté syndicale de tous les travailleurs.",
        "Tous les gouvernements doivent respecter le droit de grève.",
        "Todos los Estados deben garantizar el derecho a organizarse.",
        "Governments everywhere must respect the freedom of association of workers.",
        "All States must guarantee the right to organise.",
    ],
)
def test_a_duty_of_governments_in_general_asks_no_one(text: str) -> None:
    assert texts(text, NEWS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Les autorités doivent libérer les dirigeants du syndicat.",
        "Las autoridades deben liberar a los dirigentes sindicales.",
        "The authorities must release the leaders of the union.",
    ],
)
def test_a_duty_of_the_authorities_is_still_an_ask(text: str) -> None:
    assert len(texts(text, NEWS)) == 1


DUE = PartialDate(2025, 6, 1)
LETTER_DUE = Setting(
    PartialDate(2025, 4, 2), ("Special Rapporteur",), ("Government",), reply_due=DUE, reported=True
)
QUESTIONS = (
    "\n\n1. Please provide any information on the charges against the leaders.\n\n"
    "2. Please indicate the measures taken to protect the members of the union.\n"
)


@pytest.mark.parametrize(
    "wish",
    [
        "In view of the urgency, we would appreciate a response on the initial steps taken by your "
        "Excellency's Government to safeguard the rights of the Tarn dockers.",
        "We would be grateful to receive information on the measures taken to free the Vell miners.",
        "We would welcome a reply regarding the steps taken to reopen the offices of the Orla Teachers "
        "Union.",
    ],
)
def test_a_wish_for_information_before_the_questions_leads_no_list_and_falls_due_with_the_reply(
    wish: str,
) -> None:
    text = wish + " We would be grateful for your observations on the following matters:" + QUESTIONS
    found = find_requests(text, LETTER_DUE)
    assert [r.text.split()[0] for r in found][1:] == ["provide", "indicate"]  # questions, not bullets
    assert {r.deadline for r in found} == {DUE}
