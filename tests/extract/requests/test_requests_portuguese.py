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
        ("Sindicato vai a Lisboa exigir reintegração dos demitidos.", ["reintegração dos demitidos"]),
        (
            "Os mineiros foram em passeata ao tribunal, onde entregaram uma carta pedindo atenção ao caso.",
            ["atenção ao caso"],
        ),
        ("Os grevistas foram à praça exigir a libertação dos presos.", ["libertação dos presos"]),
        (
            "Ativistas de todo o mundo se mobilizam para exigir a imediata libertação de Rita Moura.",
            ["imediata libertação de Rita Moura"],
        ),
        ("Nadie puede reclamar a su empleador sin un abogado.", []),
    ],
)
def test_portuguese_infinitives_and_bare_remedies(text: str, expected: list[str]) -> None:
    assert asked(text) == expected
