"""Participants of acts as pages of many sources word them: a group keeps the participle that says
which group it is ("striking workers"), and a verb before a group names none. Invented documents."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2022, 3, 9)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, PAGE_DATE, names)


def participants(event: Event) -> set[str]:
    return {*event.actors, *event.targets}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Police in Varnel province detained over 200 striking workers on Monday.", "striking workers"),
        ("Officers arrested dozens of protesting teachers outside the ministry.", "protesting teachers"),
        ("Five dismissed employees were detained by the police at the gate.", "dismissed employees"),
    ],
)
def test_a_group_keeps_the_participle_naming_it(text: str, group: str) -> None:
    (arrest,) = [e for e in events(text) if e.type.value == "arrest"]
    assert group in arrest.targets


def test_a_verb_before_a_group_is_no_part_of_its_name() -> None:
    (arrest,) = [e for e in events("The guards watched as police arrested workers at the depot.")]
    assert "workers" in arrest.targets
