"""Persons brought in by a naming word after a noun for a person, and by the Russian 'по имени'."""

from __future__ import annotations

import pytest

from casewatch.extract.names.person_named import named
from casewatch.extract.names.persons import find_persons


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police arrested a dock worker named Verkel on 3 May 2031.", "Verkel"),
        ("Police arrested a worker named Tomas Verkel on 3 May 2031.", "Tomas Verkel"),
        ("La police a interpellé un ouvrier nommé Verkel.", "Verkel"),
        ("La policía detuvo a un trabajador llamado Tomás Verkel.", "Tomás Verkel"),
        ("Полиция задержала рабочего по имени Веркель.", "Веркель"),
        ("Полиция задержала рабочего по имени Томас Веркель 3 мая.", "Томас Веркель"),
    ],
)
def test_a_naming_word_brings_in_a_person(text: str, name: str) -> None:
    assert [found.text for found in named(text)] == [name]
    assert name in [found.text for found in find_persons(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The federation called Ostria Workers Union its partner.",  # after a body's noun: a body
        "The federation called on the Government to free the workers.",
        "A worker named in the report was dismissed.",  # no capitalised name after it
    ],
)
def test_a_naming_word_after_no_noun_for_a_person_names_no_one(text: str) -> None:
    assert list(named(text)) == []
