"""Governments named together, section headings and names cut by a document's end (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Governments of Chile and Peru signed the protocol.",
            ["Government of Chile", "Government of Peru"],
        ),
        ("the Government of Chile and Peru agreed", ["Government of Chile", "Government of Peru"]),
        (
            "Les gouvernements du Mali, du Niger et du Tchad ont répondu.",
            ["gouvernement du Mali", "gouvernement du Niger", "gouvernement du Tchad"],
        ),
        ("los Gobiernos de Chile y Perú respondieron", ["Gobierno de Chile", "Gobierno de Perú"]),
        # one country whose name holds 'and' stays one government
        ("the Government of Trinidad and Tobago replied", ["Government of Trinidad and Tobago"]),
    ],
)
def test_each_country_has_its_own_government(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B. Respuesta del Gobierno\n\n12. El Gobierno indica que ...", []),
        ("C. Conclusions du Comité\n\n20. Le comité note ...", []),
        # a heading that names a body by its head noun stays a name
        ("B. Federación de Trabajadores del Puerto\n", ["Federación de Trabajadores del Puerto"]),
        ("II. Alegatos del Sindicato Nacional Minero\n", ["Sindicato Nacional Minero"]),
    ],
)
def test_a_section_heading_is_no_organisation(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the excerpt ends mid-word: the cut repeat joins nothing and is no second body
        ("El Ministerio Público abrió una causa. Luego el Ministerio Pú", ["Ministerio Público"]),
        ("la Federación de Estibadores apeló. Y la Federación de Est", ["Federación de Estibadores"]),
        # a name at a document's end that is whole stays
        ("Firmado por la Federación de Estibadores", ["Federación de Estibadores"]),
    ],
)
def test_a_name_cut_by_the_documents_end(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


def test_a_listing_title_with_its_verb_names_no_body() -> None:
    text = "Ostria: Velm Cement Continues to Harass Union Members\n\nThe federation keeps campaigning."
    names = [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]
    assert not any("Continues" in n for n in names)


def test_a_headline_s_imperative_names_no_body() -> None:
    text = "Reinstate Kestrel Hotel union activist!\n\nThe Arden Hotel Workers Union began a protest."
    names = [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]
    assert not any("Reinstate" in n for n in names)
