"""Foreign law titles and resolutions tried only where their heads start match as a full scan does."""

from __future__ import annotations

import pytest

from casewatch.extract.citations import foreign_laws, instruments

TEXTS = [
    "La loi n° 12-04 sur les syndicats de Velmar et le décret n° 90-14 du 2 juin 1990 prévoient l'exploit.",
    "La Ley 19.759 de Kestrel, el Decreto Supremo núm. 4 de 2015 y la Ordenanza ministerial núm. 9/1981.",
    "Статья 5 Закона о профсоюзах и указ № 5 Президента; резолюция 24/5 Совета по правам человека.",
    "The valley garden of Shirley: no law here, only the resolution 24/5 of the Council.",
    "la résolution 24/5 du Conseil des droits de l’homme; resolución 22/10 del Consejo de Derechos Humanos",
]


@pytest.mark.parametrize("text", TEXTS)
def test_foreign_titles_are_those_of_a_full_scan(text: str) -> None:
    for finder, _ in foreign_laws._CUES:
        pattern = finder.patterns[0]
        assert [m.span() for m in finder.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    finder = instruments._HRC_FOREIGN
    assert [m.span() for m in finder.finditer(text)] == [m.span() for m in finder.patterns[0].finditer(text)]


def test_foreign_titles_and_resolutions_are_found() -> None:
    laws = [law.title for text in TEXTS for law in foreign_laws.foreign_laws(text)]
    assert len(laws) >= 4
    keys = {f.key for f in instruments.find_resolutions(TEXTS[4])}
    assert keys == {"HRC res 24/5", "HRC res 22/10"}
