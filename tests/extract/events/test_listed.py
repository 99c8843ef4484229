"""A list naming who underwent the act just told joins that act (events/listed.py). Invented
sentences only."""

from __future__ import annotations

import pytest

from casewatch.model import PartialDate

from .conftest import found_in

PAGE_DATE = PartialDate(2031, 6, 20)
NAMES = {"Ivo Brant": "person", "Olek Sarn": "person", "Mira Quell": "person"}


@pytest.mark.parametrize(
    "text",
    [
        "The police arrested six union members on 3 May 2031. Those arrested are: Ivo Brant, "
        "Olek Sarn and Mira Quell.",
        "La police a arrêté six syndicalistes le 3 mai 2031. Les personnes arrêtées sont : Ivo Brant, "
        "Olek Sarn et Mira Quell.",
        "La policía detuvo a seis sindicalistas el 3 de mayo de 2031. Los detenidos son: Ivo Brant, "
        "Olek Sarn y Mira Quell.",
        "La policía detuvo a seis sindicalistas el 3 de mayo de 2031. Las personas detenidas son: "
        "Ivo Brant, Olek Sarn y Mira Quell.",
    ],
)
def test_the_list_names_the_targets_of_the_act_just_told(text: str) -> None:
    arrests = [e for e in found_in(text, PAGE_DATE, NAMES) if e.type.value == "arrest"]
    assert len(arrests) == 1
    assert {"Ivo Brant", "Olek Sarn", "Mira Quell"} <= set(arrests[0].targets)
    assert arrests[0].date == PartialDate(2031, 5, 3)


@pytest.mark.parametrize(
    "text",
    [
        # the list's word is of another act: the release's persons are not the arrest's
        "The police arrested six union members on 3 May 2031. Those released are: Ivo Brant and Olek Sarn.",
        "La police a arrêté six syndicalistes le 3 mai 2031. Les personnes libérées sont : Ivo Brant.",
        "La policía detuvo a seis sindicalistas el 3 de mayo de 2031. Los liberados son: Ivo Brant.",
    ],
)
def test_a_list_of_another_act_s_persons_does_not_join_it(text: str) -> None:
    arrests = [e for e in found_in(text, PAGE_DATE, NAMES) if e.type.value == "arrest"]
    assert arrests and "Ivo Brant" not in arrests[0].targets
