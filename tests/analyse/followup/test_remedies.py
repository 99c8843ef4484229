"""The remedy a request asks for, in English, French, Spanish and Russian."""

from __future__ import annotations

import pytest

from casewatch.analyse.followup.remedies import remedy_of


@pytest.mark.parametrize(
    ("text", "remedy", "family"),
    [
        ("release the detained leaders of the Port Workers' Union without delay", "release", "persons"),
        ("libérer immédiatement les syndicalistes détenus", "release", "persons"),
        ("disponer la puesta en libertad de los dirigentes sindicales", "release", "persons"),
        ("drop all charges against the strike committee members", "drop_charges", "persons"),
        ("cease the harassment of trade union leaders", "end_harassment", "persons"),
        ("put an end to the persecution of the FNTB and its affiliates", "end_harassment", "organisation"),
        (
            "carry out an independent investigation into the killing of the union treasurer",
            "investigate",
            "investigation",
        ),
        ("diligenter une enquête indépendante sur les agressions", "investigate", "investigation"),
        ("amend section 14 of the Trade Union Act", "amend_law", "law"),
        ("bring all national legislation into line with the Convention", "amend_law", "law"),
        ("modifier l'article 5 du Code du travail", "amend_law", "law"),
        ("derogar el artículo 3 de la ley de asociaciones", "amend_law", "law"),
        ("register the Federation of Textile Workers without further delay", "register", "organisation"),
        ("procéder à l'enregistrement du syndicat", "register", "organisation"),
        ("reinstate the dismissed workers", "reinstate", "employment"),
        ("indemnizar plenamente a los trabajadores despedidos", "compensate", "employment"),
        ("accept a direct contacts mission", "mission", "mission"),
        ("keep the Committee informed of developments", "provide_information", "information"),
        (
            "confirm the legal basis for the dissolution of the union",
            "provide_information",
            "information:organisation",
        ),
        ("amend sections 3 to 9 of the Unions Act regarding the registration of unions", "amend_law", "law"),
        ("register the union, amending the law where it stands in the way", "register", "organisation"),
        ("continue working closely with the Office", "other", "other"),
        ("освободить из-под стражи руководителей профсоюза", "release", "persons"),
        ("провести независимое расследование нападения на председателя", "investigate", "investigation"),
        ("внести изменения в Закон о профессиональных союзах", "amend_law", "law"),
        ("зарегистрировать Конфедерацию свободных профсоюзов", "register", "organisation"),
    ],
)
def test_remedy_of(text: str, remedy: str, family: str) -> None:
    found = remedy_of(text)
    assert (found.name, found.family) == (remedy, family)


def test_review_in_line_with_views_is_no_law_reform() -> None:
    """'in line with' asks for a law reform only when a law is named."""
    assert (
        remedy_of("ensure that organizations can function in line with the views of the Committee").family
        != "law"
    )
