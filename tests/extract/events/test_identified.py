"""Persons named as the members of a group an act was told of, in a sentence after it: they join
that act, told once. Invented documents."""

from __future__ import annotations

from casewatch.model import Event, PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2019, 5, 20)


def arrests(text: str, names: dict[str, str]) -> list[Event]:
    return [e for e in found_in(text, PAGE_DATE, names) if e.type.value == "arrest"]


def test_who_they_are_said_to_be_right_after_joins_the_act() -> None:
    text = (
        "Enfin, quatre syndicalistes auraient été arrêtés à Varne au retour d'une manifestation du 1er mai. "
        "Selon les premières informations, il s'agirait d'un dirigeant du syndicat agricole, Omar Telli, "
        "et de deux enseignants, Rami Sodo et Nadia Ferk."
    )
    names = {"Omar Telli": "person", "Rami Sodo": "person", "Nadia Ferk": "person"}
    (arrest,) = arrests(text, names)
    assert {"Omar Telli", "Rami Sodo", "Nadia Ferk"} <= set(arrest.targets)


def test_a_counted_part_of_the_group_named_later_joins_the_act() -> None:
    text = (
        "Labour groups have condemned the arrests of three union officials in Ostrava.\n\n"
        "The federation said it had filed a complaint with the ILO to protest the arrests.\n\n"
        "The federation said two of the three trade union officials, Ivo Tarn and Mara Velt, had been held "
        "since March 30.\n\n"
        "The federation said it had reported the arrests to the human rights group Rights Watchers."
    )
    names = {"Ivo Tarn": "person", "Mara Velt": "person", "Rights Watchers": "organization"}
    (arrest,) = arrests(text, names)
    assert {"Ivo Tarn", "Mara Velt"} <= set(arrest.targets)
    assert "Rights Watchers" not in arrest.targets


def test_persons_of_another_group_do_not_join_the_act() -> None:
    text = (
        "Police arrested three union officials on Monday.\n\n"
        "Two of the five journalists, Ivo Tarn and Mara Velt, were also questioned."
    )
    names = {"Ivo Tarn": "person", "Mara Velt": "person"}
    assert all("Ivo Tarn" not in e.targets for e in arrests(text, names))
