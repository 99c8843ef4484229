"""Where a reported ask ends and who is told asking: a comment clause after the ask ("..., resaltando
...", "..., soulignant ..."), a second predicate of the one asking ("exige X et menace Y"), a clause of
purpose taken for the one asking ("realizarán una vigilia para exigir ..."), and a campaign page's appeal
to its reader ("please read on and sign up")."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2024, 3, 9), ("Harbour Workers Union",), ("Government",), reported=True)


def texts(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los familiares exigieron información sobre el paradero de los detenidos, resaltando una vez "
            "más la represión contra los sindicatos.",
            "información sobre el paradero de los detenidos",
        ),
        (
            "Le syndicat exige la libération de ses délégués, soulignant que la grève était légale.",
            "la libération de ses délégués",
        ),
        (
            "The federation demanded the reinstatement of the dismissed stewards, highlighting the "
            "company's record of union busting.",
            "the reinstatement of the dismissed stewards",
        ),
    ],
)
def test_a_comment_clause_after_the_ask_is_no_part_of_it(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le Syndicat des dockers de Varel exige la libération « sans condition » des grévistes et menace "
            "l’Etat de nouvelles grèves.",
            "la libération « sans condition » des grévistes",
        ),
        (
            "La centrale réclame la réintégration des enseignants et dénonce les pressions de la direction.",
            "la réintégration des enseignants",
        ),
    ],
)
def test_a_second_predicate_of_the_one_asking_ends_the_ask(text: str, expected: str) -> None:
    assert texts(text) == [expected]


def test_a_clause_of_purpose_names_no_one_asking() -> None:
    text = (
        "Mientras tanto, realizarán una vigilia para exigir la liberación de sus compañeros detenidos por "
        "la policía."
    )
    requests = find_requests(text, NEWS)
    assert [r.issuers for r in requests] == [("Harbour Workers Union",)]


def test_a_campaign_page_asking_its_reader_to_read_on_asks_no_authority() -> None:
    text = (
        "If you have not yet sent off your message, please read on and sign up to support the campaign "
        "today.\nThe union is demanding that Ilo Varga be freed."
    )
    assert texts(text) == ["Ilo Varga be freed"]
