from __future__ import annotations

import pytest

from casewatch.extract.names.entities import bare_person_name
from casewatch.extract.names.person_base import clean_tokens, is_clean_name


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Mara Velden's", ["Mara", "Velden"]),
        ("Según Ilse Korvan Dray", ["Ilse", "Korvan", "Dray"]),
        ("Tomas Ferrand", ["Tomas", "Ferrand"]),
    ],
)
def test_clean_tokens_kept_once_answer_alike_and_in_a_list_of_the_callers_own(
    name: str, tokens: list[str]
) -> None:
    first = clean_tokens(name)
    assert first == tokens
    first.pop()  # a caller trimming its answer leaves the next caller's whole
    assert clean_tokens(name) == tokens
    assert is_clean_name(name)


@pytest.mark.parametrize(
    ("surface", "bare"),
    [("Dr. Lena Oswin", "Lena Oswin"), ("Mr Paulo Arreda's", "Paulo Arreda"), ("Ana Tirell", "Ana Tirell")],
)
def test_a_person_bared_again_is_bared_alike(surface: str, bare: str) -> None:
    assert bare_person_name(surface) == bare
    assert bare_person_name(surface) == bare
