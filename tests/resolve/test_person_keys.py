"""Person-name keys: surname readings, honorifics and gender."""

from __future__ import annotations

import pytest

from casewatch.resolve.person_keys import parse_person


@pytest.mark.parametrize(
    ("name", "first_reading", "gender"),
    [
        ("Mr Tomasz Wierzbicki", ("wierzbicki", ("tomasz",)), "m"),
        ("Ms. R. Okonkwo", ("okonkwo", ("r",)), "f"),
        ("KOVALENKO Oksana", ("kovalenko", ("oksana",)), None),
        ("Bekmuratova Ainur", ("bekmuratova", ("ainur",)), None),
        ("Tursunov Farrukh Ilkhomovich", ("tursunov", ("farrukh",)), None),
        ("Dr Ye. Zhumagaliev", ("zhumagaliev", ("e",)), None),
        ("Deputy Minister Aliyev", ("aliyev", ()), None),
    ],
)
def test_person_readings(name: str, first_reading: tuple[str, tuple[str, ...]], gender: str | None) -> None:
    parsed = parse_person(name)
    assert parsed.parses[0] == first_reading
    assert parsed.gender == gender


def test_unmarked_two_word_name_is_read_both_ways() -> None:
    assert [s for s, _ in parse_person("Nadia Moreau").parses] == ["moreau", "nadia"]
