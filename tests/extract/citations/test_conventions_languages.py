"""ILO conventions by number and by title in Russian; UN instruments by title in every language."""

from __future__ import annotations

import pytest

from casewatch.extract.citations.find import find_citations


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Правительство ратифицировало Конвенции МОТ № 87 и № 98.", {"ILO C087", "ILO C098"}),
        ("нарушение конвенций МОТ № 87 и 98", {"ILO C087", "ILO C098"}),
        ("согласно Конвенции о свободе ассоциации и защите права на организацию", {"ILO C087"}),
        ("Конвенцию о применении принципов права на организацию и на ведение коллективных переговоров",
         {"ILO C098"}),
        ("la Déclaration universelle des droits de l'homme", {"UDHR"}),
        ("el Pacto Internacional de Derechos Económicos, Sociales y Culturales", {"ICESCR"}),
        ("согласно статье 24 Устава МОТ", {"ILO Constitution"}),
        ("Декларации МОТ об основополагающих принципах и правах в сфере труда", {"ILO Declaration 1998"}),
        ("нарушает Декларацию о правозащитниках", {"UNDHRD"}),
        ("rappelant la résolution 22/6 du Conseil des droits de l’homme", {"HRC res 22/6"}),
        ("las resoluciones 12/2 y 27/31 del Consejo de Derechos Humanos", {"HRC res 12/2", "HRC res 27/31"}),
        ("в резолюции 32/31 Совета по правам человека", {"HRC res 32/31"}),
    ],
)  # fmt: skip
def test_instruments_named_in_other_languages(text: str, keys: set[str]) -> None:
    assert {c.key for c in find_citations(text, ("RUT",))} == keys


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la loi sur la sécurité publique de Hong Kong", {"HKG Loi sur la sécurité publique": set()}),
        ("la Ley de Carrera Administrativa del Perú", {"PER Ley de Carrera Administrativa": set()}),
        ("статья 14 Трудового кодекса Республики Беларусь", {"BLR Labour Code": {"art 14"}}),
        ("l’article 7 du Code du travail du Sénégal prévoit", {"SEN Labour Code": {"art 7"}}),
        ("el artículo 3 del Código del Trabajo de la República de Colombia", {"COL Labour Code": {"art 3"}}),
        ("статья 2 Закона о профсоюзах Республики Казахстан", {"KAZ Law on Trade Unions": {"art 2"}}),
    ],
)  # fmt: skip
def test_a_foreign_title_keyed_to_the_country_it_closes_with(
    text: str, expected: dict[str, set[str]]
) -> None:
    out: dict[str, set[str]] = {}
    for citation in find_citations(text, ("RUT",)):
        out.setdefault(citation.key, set()).update(citation.provisions)
    assert out == expected
