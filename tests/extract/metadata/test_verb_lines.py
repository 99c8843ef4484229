"""A body's own statement searched only around its verbs finds what a scan of the whole page finds."""

from __future__ import annotations

import random

import pytest

from casewatch.extract.metadata.voice import _own_voice

PAGES = [
    "The Orvane Teachers Union strongly condemns the arrest of its leaders.",
    "Brussels: the Velmar Federation (VFU), which represents 3,000 workers, demands their release.",
    "The Kestrel Workers Union\n – a national federation – condemns the raid.",
    "The Kestrel Workers Union\n\n  \n—a federation of dockers— urges the Government to act.",
    "La Fédération des Ouvriers de Tarsis condamne l'arrestation. La CGX exige leur libération.",
    "Desde la Unión de Paler denuncian que nada cambió; la Federación Nacional exigen respuestas.",
    "Профсоюз горняков Ларны требуют освободить лидеров.",
    "No body speaks here: the minister said the workers condemned nothing.",
    "The Union of Moravia\n- strike\nThe Arlen Union has also condemned the dismissals and demands redress.",
]


@pytest.mark.parametrize("page", PAGES)
def test_statements_found_around_their_verbs_are_those_of_a_whole_scan(page: str) -> None:
    voice = _own_voice()
    assert [m.span() for m in voice.finditer(page)] == [m.span() for m in voice.pattern.finditer(page)]


def test_a_name_on_its_own_line_with_its_description_below_is_found() -> None:
    found = _own_voice().finditer("Report\nThe Kestrel Workers Union\n – a federation – condemns it.")
    assert [m.group("who") for m in found] == ["The Kestrel Workers Union"]


def test_invented_strings_give_the_same_statements() -> None:
    voice, rnd = _own_voice(), random.Random(3)
    words = ["The", "Union", "(ABC)", "of", "de", "l'Union", "condemns", "demands", "strongly", "today"]
    words += ["condamne", "has also condemned", " – a federation – ", "—", ", which has 3,000 members,"]
    words += [",", "\n", "\n \n", "\t", "Профсоюз", "требуют", "calls on", "x", "Nationally", "-"]
    for _ in range(3000):
        page = " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 25)))
        assert [m.span() for m in voice.finditer(page)] == [m.span() for m in voice.pattern.finditer(page)]
