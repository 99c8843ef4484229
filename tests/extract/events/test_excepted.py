"""A name right after an exception ("except X", "a excepción de X", "à l'exception de M. X") is left
out of the act told before it; a name merely listed is not."""

from __future__ import annotations

import pytest

from casewatch.extract.events.excepted import excepted


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("released the strikers, except for Ms Lise Armand", "Lise Armand"),
        ("los puso en libertad, a excepción de Ruben Solano", "Ruben Solano"),
        ("ont été libérés, à l'exception de M. Paul Verdier", "Paul Verdier"),
        ("fueron liberados, excepto el Sr. Ruben Solano", "Ruben Solano"),
    ],
)
def test_a_name_after_an_exception_is_left_out(text: str, name: str) -> None:
    assert excepted(text, text.index(" "), text.index(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("released Lise Armand and Paul Verdier", "Paul Verdier"),
        ("liberó a Ruben Solano y a Marta Quiroga", "Marta Quiroga"),
        ("except on Sundays, the police arrested Paul Verdier", "Paul Verdier"),
    ],
)
def test_a_listed_name_is_no_exception(text: str, name: str) -> None:
    assert not excepted(text, text.index(" "), text.index(name))
