"""What a letter asks for is no act done, in any language it asks in; an act the request takes as
done ("the release of the workers arrested on 3 May") still is one."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import PartialDate

LETTER_DATE = PartialDate(2021, 6, 2)


def told(text: str) -> list[tuple[str, str | None]]:
    return [(e.type.value, e.date.iso if e.date else None) for e in find_events(text, LETTER_DATE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We want the president of the federation released immediately.",
        "Nous exigeons la libération immédiate de M. Paul Kana.",
        "Exigimos la liberación inmediata de los dirigentes.",
        "Мы требуем освободить председателя профсоюза.",
        "We demand that the workers be released.",
        "We urge you to ensure the immediate release of the arrested trade unionists.",
    ],
)
def test_an_asked_act_is_no_event(sentence: str) -> None:
    assert told(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We demand the release of the workers arrested on 3 May 2021.",
        "Exigimos la liberación de los compañeros detenidos el 3 de mayo de 2021.",
        "Nous réclamons la libération des militants arrêtés le 3 mai 2021.",
    ],
)
def test_an_act_the_request_takes_as_done_is_an_event(sentence: str) -> None:
    assert told(sentence) == [("arrest", "2021-05-03")]
