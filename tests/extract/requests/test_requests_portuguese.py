"""Portuguese asks with the infinitive after a verb of going or a purpose ("vai a Brasília exigir
reintegração dos demitidos"), and a remedy asked with no article ("pedindo atenção ao caso"); a Spanish
infinitive of the same spelling before "a su ..." is no Portuguese ask (invented names throughout)."""

from __future__ import annotations

import pytest

from casewatch.extract.requests.find import Setting, find_requests
from casewatch.model import PartialDate

NEWS = Setting(PartialDate(2019, 7, 1), ("Folha do Vale",), (), reported=True)


def asked(text: str) -> list[str]:
    return [r.text for r in find_requests(text, NEWS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A federação segue a Lisboa para exigir reintegração dos estivadores.",
            ["reintegração dos estivadores"],
        ),
        (
            "Os estivadores enviaram ao prefeito um abaixo-assinado pedindo atenção às demissões.",
            ["atenção às demissões"],
        ),
        (
            "Centenas de pessoas se reuniram para exigir a libertação dos três grevistas.",
            ["libertação dos três grevistas"],
        ),
        (
            "Ativistas de todo o mundo se mobilizam para exigir a imediata libertação de Rita Moura.",
            ["imediata libertação de Rita Moura"],
        ),
        ("Nadie puede reclamar a su empleador sin un abogado.", []),
    ],
)
def test_portuguese_infinitives_and_bare_remedies(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
