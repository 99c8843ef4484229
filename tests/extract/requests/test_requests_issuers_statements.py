"""Who asks, told after the medium of the statement ("In a statement, the federation ...", "Dans un
communiqué, le Cadre ...", "В своем заявлении комитет ..."), by a long name or one closed by its acronym,
or inside a German quotation („...“); and whom a Russian demand addresses, past a noun in "-ости"."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.extract.requests.issuers import named_asker
from casewatch.model import PartialDate


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("In a statement, the Federation of Varel Dockers", "Federation of Varel Dockers"),
        ("In a statement issued on Monday, the Ostrel Teachers Union", "Ostrel Teachers Union"),
        ("Dans un communiqué, le Syndicat des dockers de Varel", "Syndicat des dockers de Varel"),
        ("En un comunicado, la Central de Trabajadores de Ostrel", "Central de Trabajadores de Ostrel"),
        ("В своем заявлении Исполнительный комитет КПВ", "Исполнительный комитет КПВ"),
    ],
)
def test_the_medium_of_the_statement_is_no_part_of_who_asks(subject: str, expected: str) -> None:
    assert named_asker(subject) == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (
            "le Cadre unitaire syndical des enseignants du moyen et du secondaire de Varel",
            "Cadre unitaire syndical des enseignants du moyen et du secondaire de Varel",
        ),
        (
            "Le Conseil national syndical de l'union des syndicats du Varel (USV) a donné ce 18 mai un "
            "ultimatum de six jours au gouvernement",
            "Conseil national syndical de l'union des syndicats du Varel (USV)",
        ),
    ],
)
def test_a_long_name_of_a_body_asks(subject: str, expected: str) -> None:
    assert named_asker(subject) == expected


def test_a_german_quotation_mark_is_no_part_of_who_asks() -> None:
    assert named_asker("„Amnesty International") == "Amnesty International"


@pytest.mark.parametrize(
    "subject",
    ["Mientras tanto, realizarán una vigilia para", "If you have not yet sent off your message, please"],
)
def test_a_clause_is_still_no_one(subject: str) -> None:
    assert named_asker(subject) is None


def test_a_russian_addressee_goes_on_past_a_noun_that_looks_like_an_infinitive() -> None:
    news = Setting(PartialDate(2024, 3, 9), ("Harbour Workers Union",), ("Government",), reported=True)
    text = (
        "Комитет потребовал от властей всех уровней, от администраций предприятий и их служб безопасности "
        "прекратить любое давление на бастующих."
    )
    assert [r.text for r in find_requests(text, news)] == ["прекратить любое давление на бастующих"]
