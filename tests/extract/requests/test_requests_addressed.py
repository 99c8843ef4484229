"""Whom an ask addresses in the shapes records and news use: "requests it (in its next report) to", several
governments named at once, "the country must", and information requested from a government in news."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)
NEWS = Setting(PartialDate(2022, 3, 1), ("Arden Federation",), ("Minister",), reported=True)


def asked(text: str, setting: Setting = REPORT) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.text, r.addressees) for r in find_requests(text, setting)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee requests it to provide a copy of the decree.", "provide a copy of the decree"),
        (
            "Noting the delay, the Committee urges it to register the Marn Porters Union.",
            "register the Marn Porters Union",
        ),
        (
            "The Committee requests it in its next report to indicate the measures taken to amend section 4.",
            "indicate the measures taken to amend section 4",
        ),
    ],
)
def test_a_record_asking_it_asks_the_government(text: str, expected: str) -> None:
    assert asked(text) == [(expected, ("Government",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It again urges the Government to amend the Act, and requests it in its next report "
            "to indicate the measures taken.",
            ["amend the Act", "indicate the measures taken"],
        ),
        (
            "The Committee urges the Government to register the union, and requests it to report on it.",
            ["register the union", "report on it"],
        ),
        (
            "The Committee requests the Government to repeal Decree 7, and urges it in its next reply "
            "to describe the consultations held.",
            ["repeal Decree 7", "describe the consultations held"],
        ),
    ],
)
def test_a_second_verb_of_asking_after_and_is_the_records_own(text: str, expected: list[str]) -> None:
    assert [t for t, _ in asked(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Committee notes that it intends to amend the Act.",
        "The Committee recalls that it asked the unions to comment.",
        "The union expects it to be difficult to register.",
    ],
)
def test_it_without_an_ask_addressed_is_no_request(text: str) -> None:
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "to"),
    [
        (
            "The ILO urged the Governments of Ruritania, Borduria and Syldavia to protect union rights.",
            "Governments of Ruritania, Borduria and Syldavia",
        ),
        (
            "The experts called on the Governments of Kandoria and Orsk to drop the charges against porters.",
            "Governments of Kandoria and Orsk",
        ),
        (
            "Unions urged the Governments of Arden, Vesk and Talmor to release all detained strikers.",
            "Governments of Arden, Vesk and Talmor",
        ),
    ],
)
def test_several_governments_named_at_once_are_addressed(text: str, to: str) -> None:
    found = asked(text, NEWS)
    assert len(found) == 1 and found[0][1] == (to,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The country must immediately release all union leaders,” the experts said.",
            "release all union leaders",
        ),
        ("The experts said the country must repeal the decree on unions.", "repeal the decree on unions"),
        (
            "“The country must stop harassing union members,” said the rapporteur.",
            "stop harassing union members",
        ),
    ],
)
def test_the_country_must_is_an_ask_of_its_authorities(text: str, expected: str) -> None:
    assert [t for t, _ in asked(text, NEWS)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It requested from the Government of Borduria information on the charges against the leaders.",
            "information on the charges against the leaders",
        ),
        (
            "The Committee requested from the authorities details of the investigation into the attack.",
            "details of the investigation into the attack",
        ),
        (
            "The experts also sought information on the legal basis for the closure of the union.",
            "information on the legal basis for the closure of the union",
        ),
    ],
)
def test_information_requested_in_news_is_a_request(text: str, expected: str) -> None:
    assert [t for t, _ in asked(text, NEWS)] == [expected]


def test_information_requested_before_is_recalled_in_a_record() -> None:
    text = "The Committee requested from the Government information on the charges against the leaders."
    assert asked(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The delegate met the Labour Minister, urging him to release the 23 detained porters.",
            "release the 23 detained porters",
        ),
        (
            "She wrote to the Minister, urging her to drop the charges against the porters.",
            "drop the charges against the porters",
        ),
        (
            "The unions met the governors and pressed them to reinstate the dismissed teachers.",
            "reinstate the dismissed teachers",
        ),
    ],
)
def test_an_authority_urged_by_a_pronoun_to_a_remedy_is_asked(text: str, expected: str) -> None:
    assert [t for t, _ in asked(text, NEWS)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The police asked them to leave the square.",
        "The union urged them to join the strike.",
        "The manager asked her to sign the contract.",
    ],
)
def test_people_asked_by_a_pronoun_to_do_anything_else_are_no_request(text: str) -> None:
    assert asked(text, NEWS) == []


@pytest.mark.parametrize(
    ("text", "ask", "to"),
    [
        ("The experts called for the junta to free all the detained organisers.",
         "free all the detained organisers", "junta"),
        ("The union urged the military junta to release the two teachers.",
         "release the two teachers", "military junta"),
        ("The federation urged the security forces to refrain from violence against strikers.",
         "refrain from violence against strikers", "security forces"),
        ("The rapporteurs called on the armed forces to withdraw from the mine.",
         "withdraw from the mine", "armed forces"),
    ],
)  # fmt: skip
def test_a_ruling_or_armed_body_is_asked_by_its_kind(text: str, ask: str, to: str) -> None:
    assert asked(text, NEWS) == [(ask, (to,))]
