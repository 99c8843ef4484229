"""Organisations named in French or Spanish style, and page furniture that names no body (invented texts)."""

from __future__ import annotations

import pytest

from casewatch.extract.names.mentions import extract_mentions
from casewatch.extract.names.org_romance import romance_orgs
from casewatch.model import EntityType


def org_names(text: str) -> list[str]:
    return [e.name for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Confédération générale des travailleurs du Sahel a protesté.",
            "Confédération générale des travailleurs du Sahel",
        ),
        ("le secrétaire de l’Union des syndicats du Borgou et de Me Dossou", "Union des syndicats du Borgou"),
        ("La Fédération des employeurs du Sahel a déclaré que", "Fédération des employeurs du Sahel"),
        (
            "le Syndicat national des agents et employés du pouvoir judiciaire dénonce",
            "Syndicat national des agents et employés du pouvoir judiciaire",
        ),
        ("la Central Unitaria de Trabajadores denunció", "Central Unitaria de Trabajadores"),
        ("pidió al ministerio del Trabajo que investigue", "ministerio del Trabajo"),
    ],
)
def test_romance_names_run_through_lower_case_words(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "La Commission rappelle que la liberté syndicale est garantie.",
        "Le mouvement syndical et la Confédération exige la libération.",
        "Trade routes of Central Asia were discussed.",
        "ILO-en-strap\nNORMLEX\nThe complaint was examined.",
    ],
)
def test_no_organisation_from_verbs_places_or_site_banners(text: str) -> None:
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "la Federación de Trabajadores del Sector Alimentos, Bebidas, Hoteles y Agroindustria (FETRASAB)",
            ["Federación de Trabajadores del Sector Alimentos, Bebidas, Hoteles y Agroindustria"],
        ),
        (
            "The Union of Teachers, the Union of Miners and Federation of Chemists wrote.",
            ["Union of Teachers", "Union of Miners", "Federation of Chemists"],
        ),
        (
            "The Federation of Chambers and Associations of Trade of Ruritania objected.",
            ["Federation of Chambers and Associations of Trade of Ruritania"],
        ),
    ],
)
def test_commas_and_conjunctions_inside_and_between_names(text: str, expected: list[str]) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "la Unidad Especial de Delitos contra Periodistas del Ministerio Público investiga",
            "Unidad Especial de Delitos contra Periodistas",
        ),
        ("el Poder Judicial de Ruritania dijo", "Poder Judicial de Ruritania"),
    ],
)
def test_a_romance_name_ends_before_another_body(text: str, expected: str) -> None:
    assert expected in org_names(text)


def test_a_country_before_of_opens_no_organisation() -> None:
    text = "non-observance by Kenya of the Freedom of Association and Protection of the Right Convention"
    assert not [name for name in org_names(text) if name.startswith("Kenya")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "l’Union des syndicats autonomes de Ruritanie a protesté",
            "Union des syndicats autonomes de Ruritanie",
        ),
        ("la Confederación Obrera Ruritana denunció", "Confederación Obrera Ruritana"),
        ("la Federación Sindical Libre de Estibadores denunció", "Federación Sindical Libre de Estibadores"),
        (
            "la Unión Internacional de Sindicatos de Estibadores de Ruritania",
            "Unión Internacional de Sindicatos de Estibadores de Ruritania",
        ),
    ],
)
def test_romance_names_with_more_adjectives_and_plural_heads(text: str, expected: str) -> None:
    assert expected in [f.text for f in romance_orgs(text)]


def test_a_past_tense_verb_ends_a_romance_name() -> None:
    assert [f.text for f in romance_orgs("el Sindicato Nacional era fuerte")] == ["Sindicato Nacional"]


def test_a_name_after_a_head_cut_short_is_still_found() -> None:
    text = "Le 3 mai 2019, le ministère du Travail a refusé d'enregistrer le Syndicat national des marins."
    found = [f.text for f in romance_orgs(text)]
    assert found == ["ministère du Travail", "Syndicat national des marins"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acudió ante la Dirección General de Inspección del Trabajo para denunciar.",
            "Dirección General de Inspección del Trabajo",
        ),
        (
            "La Empresa Regional de Servicio Público de Aguas del Norte despidió a diez.",
            "Empresa Regional de Servicio Público de Aguas del Norte",
        ),
        (
            "La Dirección Nacional de Registro Sindical negó la inscripción.",
            "Dirección Nacional de Registro Sindical",
        ),
    ],
)
def test_a_head_after_a_bare_de_is_the_body_s_field(text: str, expected: str) -> None:
    assert org_names(text) == [expected]


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "La Fédération internationale des travailleurs du bois (FITB) a porté plainte. La FITB insiste.",
            "Fédération internationale des travailleurs du bois",
            "FITB",
        ),
        (
            "Le Syndicat national des agents des douanes (SNAD) proteste ; le SNAD exige.",
            "Syndicat national des agents des douanes",
            "SNAD",
        ),
        (
            "La Unión nacional de trabajadores portuarios (UNTP) denunció. La UNTP insiste.",
            "Unión nacional de trabajadores portuarios",
            "UNTP",
        ),
        (
            "La Confédération des syndicats de l’industrie, du commerce et des secteurs annexes ou analogues"
            " (CSICA) a écrit.",
            "Confédération des syndicats de l’industrie, du commerce et des secteurs annexes ou analogues",
            "CSICA",
        ),
    ],
)
def test_a_romance_name_takes_its_bracketed_acronym(text: str, name: str, acronym: str) -> None:
    orgs = [(e.name, e.acronyms) for e in extract_mentions(text)[1] if e.type is EntityType.ORGANIZATION]
    assert orgs == [(name, (acronym,))]


@pytest.mark.parametrize(
    "text",
    [
        "Le Comité de la liberté syndicale a soumis son rapport au Conseil d'administration.",
        "El Comité de Libertad Sindical somete su informe al Consejo de Administración.",
        "The Committee of Experts noted that the Conseil d’administration had approved the report.",
    ],
)
def test_the_governing_body_by_its_french_or_spanish_name_on_an_ilo_page(text: str) -> None:
    assert "Governing Body of the International Labour Office" in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Conseil d'administration de la société a licencié le délégué syndical.",
        "El Consejo de Administración aprobó el despido de los dirigentes.",
        "Le Conseil d’administration a voté la fermeture de l’usine.",
    ],
)
def test_a_company_board_is_not_the_governing_body(text: str) -> None:
    assert "Governing Body of the International Labour Office" not in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un diputado a la Asamblea Nacional por el estado denunció la detención.", "Asamblea Nacional"),
        ("L’Assemblée nationale a adopté la loi sur les syndicats.", "Assemblée nationale"),
        ("Los detuvieron frente a la Gobernación Regional de Arden.", "Gobernación Regional de Arden"),
    ],
)
def test_assemblies_and_governorates_are_bodies(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "La Asamblea General de la ONU votó la resolución.",
        "The UN General Assembly adopted the Declaration in 1998.",
        "L’Assemblée générale des Nations Unies a adopté la déclaration.",
    ],
)
def test_the_general_assembly_in_any_language_is_one_body(text: str) -> None:
    assert org_names(text) == ["United Nations General Assembly"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "L'Union internationale des syndicats du bois, de la chimie et des mines a présenté une plainte.",
            "Union internationale des syndicats du bois, de la chimie et des mines",
        ),
        (
            "la Fédération des travailleurs du verre, de la céramique et des émaux et glaçures a écrit",
            "Fédération des travailleurs du verre, de la céramique et des émaux et glaçures",
        ),
        (
            "La queja de la Federación de Sindicatos del caucho, de la madera y de los plásticos llegó.",
            "Federación de Sindicatos del caucho, de la madera y de los plásticos",
        ),
    ],
)
def test_a_romance_name_runs_through_its_listed_complements(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Syndicat des maîtres du Bé, de la CGT et de la CFDT ont écrit.", "Syndicat des maîtres du Bé"),
        ("Le Syndicat des maîtres du Borgou, de la même manière, a écrit.", "Syndicat des maîtres du Borgou"),
        ("La Fédération des mineurs du Bé, de son côté et de son gré, nie.", "Fédération des mineurs du Bé"),
    ],
)
def test_a_listed_complement_holding_another_body_or_a_phrase_ends_the_name(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Head Office Circular No. AB/12/24\nTo every branch secretary",
        "Regional Office Bulletin No. 7 is out.",
        "the Office Newsletter of the month",
    ],
)
def test_a_document_of_an_office_names_no_body(text: str) -> None:
    assert org_names(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La Junta Local de Conciliación ordenó el reintegro.", "Junta Local de Conciliación"),
        ("la Junta Nacional de Arbitraje resolvió", "Junta Nacional de Arbitraje"),
        ("ante la Junta Federal de Conciliación y Arbitraje", "Junta Federal de Conciliación y Arbitraje"),
    ],
)
def test_a_spanish_board_is_a_body(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("los obreros fueron golpeados por la Policía durante la marcha", "Policía"),
        ("la Policía Nacional posteriormente negó los hechos", "Policía Nacional"),
        ("detenidos por la Guardia Civil constantemente", "Guardia Civil"),
        ("interpellés par la Gendarmerie pendant le piquet de grève", "Gendarmerie"),
    ],
)
def test_a_name_does_not_swallow_a_preposition_or_adverb_after_it(text: str, expected: str) -> None:
    assert expected in org_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Huit salariés ont été condamnés par le tribunal correctionnel à de la prison ferme.",
        "El amparo lo concedió un tribunal colegiado del primer circuito en materia laboral.",
    ],
)
def test_a_lower_case_head_with_no_capitalised_word_tells_a_kind_of_body(text: str) -> None:
    assert not any(n.startswith("tribunal") for n in org_names(text))


def test_a_lower_case_head_with_a_place_still_names_the_body() -> None:
    assert "tribunal correctionnel de Valdor" in org_names(
        "Il a comparu devant le tribunal correctionnel de Valdor."
    )


def test_a_plural_participle_after_a_singular_head_belongs_to_the_sentence() -> None:
    text = "La policía remitió a dos al Ministerio Público acusados de lesiones contra un agente."
    names = org_names(text)
    assert "Ministerio Público" in names
    assert not any("acusados" in n for n in names)
