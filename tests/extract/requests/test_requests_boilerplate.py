"""A comment's routine closing words ask for nothing in particular: to go on being kept informed, to reply to
the present comments in a given year."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

REPORT = Setting(PartialDate(2022, 3, 1), ("Committee",), ("Government",), body_only=True)


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, REPORT)]


@pytest.mark.parametrize(
    "text",
    [
        "The Committee requests the Government to continue to keep it informed of any developments.",
        "La commission prie le gouvernement de continuer à la tenir informée de toute évolution à cet égard.",
        "La Comisión pide al Gobierno que siga manteniéndola informada al respecto.",
        "The Committee requests the Government to continue to keep it informed of the progress made.",
    ],
)
def test_going_on_being_kept_informed_is_no_request(text: str) -> None:
    assert texts(text) == []


def test_being_kept_informed_of_a_named_matter_is_a_request() -> None:
    found = texts(
        "The Committee requests the Government to continue to keep it informed of the appeal of Ms Orvik."
    )
    assert found == ["continue to keep it informed of the appeal of Ms Orvik"]


@pytest.mark.parametrize(
    "text",
    [
        "[The Government is requested to reply in full to the present comments in 2026.]",
        "[Se solicita al Gobierno que responda de manera completa a los presentes comentarios en 2026.]",
        "[Le gouvernement est prié de répondre de manière complète aux présents commentaires en 2026.]",
        "The Committee requests the Government to respond in detail to the present comments in 2026.",
    ],
)
def test_the_call_to_reply_to_the_present_comments_is_no_request(text: str) -> None:
    assert texts(text) == []


def test_a_reply_asked_to_named_observations_is_a_request() -> None:
    found = texts(
        "The Committee requests the Government to reply to the observations of the Kandor Federation."
    )
    assert found == ["reply to the observations of the Kandor Federation"]


CAMPAIGN = Setting(PartialDate(2022, 3, 1), ("Arden Union",), (), reported=True)


@pytest.mark.parametrize(
    "text",
    [
        "Please take a moment to send your message of protest and spread the word.",
        "Please sign the petition and share it with your colleagues.",
        "Please share this appeal with your branch.",
        "Please send a message to the minister today.",
        "Veuillez signer la pétition en ligne.",
    ],
)
def test_an_appeal_to_the_reader_to_campaign_is_no_request(text: str) -> None:
    assert find_requests(text, CAMPAIGN) == []


def test_a_message_passed_on_by_the_reader_is_asked_by_the_page() -> None:
    text = "Please send your message to the authorities demanding the release of the leaders."
    assert [(r.issuers, r.text) for r in find_requests(text, CAMPAIGN)] == [
        (("Arden Union",), "the release of the leaders")
    ]
