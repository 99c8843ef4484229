"""Classes of ILO records (Committee on Freedom of Association reports, Committee of Experts
observations): allegations written as noun phrases in three languages, acts named as what a request
bears on, acts told by the government in its reply, the dates of these records (the act's, never the
meeting's), and the roles (a court deciding acts; an organisation's members, not the organisation,
undergo what is done to them; a committee takes no part)."""

from __future__ import annotations

import pytest

from casewatch.model import Event, PartialDate

from .conftest import found_in, kinds_and_dates

REPORT_DATE = PartialDate(2014, 6)


def events(text: str, names: dict[str, str] | None = None) -> list[Event]:
    return found_in(text, REPORT_DATE, names)


def told(text: str) -> list[tuple[str, str | None]]:
    return sorted(kinds_and_dates(events(text)))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Allegations: threats, dismissals and maltreatment of members of the teachers' union", "assault"),
        ("Allégations: les mauvais traitements infligés aux dirigeants syndicaux", "assault"),
        ("Alegatos: malos tratos a los trabajadores detenidos", "assault"),
        ("The allegations relating to the sequestration of union funds were examined.", "harassment"),
        ("Alegatos: procedimientos de destitución de sindicalistas de la empresa", "harassment"),
        ("Los alegatos concernían una denuncia penal contra dirigentes sindicales.", "legal_action"),
    ],
)
def test_an_allegation_written_as_a_noun_is_an_event(text: str, kind: str) -> None:
    assert kind in [t for t, _ in told(text)]


def test_a_dismissal_a_request_bears_on_is_told_as_done() -> None:
    text = (
        "b) el Comité pide al Gobierno que le informe sobre el resultado del proceso judicial "
        "relacionado con el despido del dirigente sindical Sr. Tobías Arnal."
    )
    found = events(text, {"Tobías Arnal": "person"})
    assert [(e.type.value, e.targets) for e in found] == [("harassment", ("Tobías Arnal",))]


def test_a_release_a_request_bears_on_is_still_asked() -> None:
    text = "The Committee requests the Government to report on matters relating to the release of Ms Orvik."
    assert told(text) == []


def test_what_a_principle_names_is_no_act_whatever_the_sentence_dates() -> None:
    text = (
        "En su reunión de marzo de 2013 el Comité recordó el principio de que nadie debe ser "
        "sancionado por el mero hecho de haber participado en una huelga pacífica."
    )
    assert told(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The complainants allege that the Head of State, by an ordinance dated 3 March 1971, had "
        "abolished the right to strike.",
        "Le plaignant allègue que le gouvernement a supprimé le droit de grève le 3 mars 1971.",
        "Los querellantes alegan que el Gobierno suprimió el derecho de huelga el 3 de marzo de 1971.",
    ],
)
def test_the_right_to_strike_abolished_is_a_law_change(text: str) -> None:
    assert told(text) == [("law_change", "1971-03-03")]


def test_a_law_amending_another_with_its_date_is_a_law_change() -> None:
    text = "The Committee notes Act No. 12 of 4 May 1993 introducing amendments to the Labour Code."
    assert told(text) == [("law_change", "1993-05-04")]


def test_a_government_reply_tells_the_closing_of_proceedings_on_its_own_date() -> None:
    text = (
        "Por comunicación de 29 de abril de 2014, el Gobierno informa que en fecha de 28 de junio "
        "de 2012 se resolvió archivar las actuaciones seguidas contra los dirigentes sindicales."
    )
    assert told(text) == [("investigation", "2012-06-28")]


def test_a_committee_meeting_dates_no_act_it_examined() -> None:
    text = (
        "El Comité examinó por última vez este caso, cuyos alegatos concernían una denuncia penal "
        "contra dirigentes sindicales, en su reunión de marzo de 2013."
    )
    assert told(text) == [("legal_action", None)]


def test_a_noun_act_before_an_item_opened_by_as_well_as_befalls_those_before_it() -> None:
    text = (
        "Allegations: the arrest of union leaders and activists, false criminal charges, "
        "as well as the mass dismissal of dock workers"
    )
    charges = [e for e in events(text) if e.type.value == "legal_action"]
    assert [e.targets for e in charges] == [("union leaders", "union activists")]


@pytest.mark.parametrize(
    "text",
    [
        "Allegations: arrest and detention of ARFU members",
        "The main allegation was that measures were taken against the Arden Federation of Dock "
        "Workers and that several officers or active members of this organisation had been arrested.",
    ],
)
def test_the_members_undergo_what_is_done_to_them_not_their_organisation(text: str) -> None:
    names = {"ARFU": "organization", "Arden Federation of Dock Workers": "organization"}
    arrests = [e for e in events(text, names) if e.type.value == "arrest"]
    assert arrests
    assert all(k not in e.targets for e in arrests for k in names)
    assert all(e.targets for e in arrests)


def test_members_named_with_their_organisation_after_them_take_its_name() -> None:
    text = "The complainant alleges the arrest of members of the Arden Federation of Dock Workers in 2012."
    found = events(text, {"Arden Federation of Dock Workers": "organization"})
    assert [e.targets for e in found] == [("members of the Arden Federation of Dock Workers",)]


def test_a_court_that_decides_acts_in_the_decision() -> None:
    text = "On 2 May 2012 the Velden District Court dissolved the Arden Federation of Dock Workers."
    names = {"Velden District Court": "organization", "Arden Federation of Dock Workers": "organization"}
    (closure,) = events(text, names)
    assert closure.actors == ("Velden District Court",)
    assert closure.forum == ("Velden District Court",)  # and it still tells acts before it apart


def test_a_committee_is_never_the_actor_of_a_release_it_asked_for() -> None:
    text = (
        "As to the Conference Committee's request to release Ms Lena Orvik, the Government reported "
        "that she was released in June 2013."
    )
    names = {"Conference Committee": "organization", "Lena Orvik": "person"}
    releases = [e for e in events(text, names) if e.type.value == "release"]
    assert releases and all("Conference Committee" not in e.actors for e in releases)


def test_who_a_refusal_names_after_its_of_refuses() -> None:
    text = "They allege the refusal of the Ministry of Labour to register the Arden Dockers' Union"
    names = {"Ministry of Labour": "organization", "Arden Dockers' Union": "organization"}
    (refusal,) = events(text, names)
    assert (refusal.type.value, refusal.actors, refusal.targets) == (
        "registration_refused",
        ("Ministry of Labour",),
        ("Arden Dockers' Union",),
    )


@pytest.mark.parametrize(
    ("text", "board"),
    [
        ("Allegations: the dismissal of the executive board of the union", "executive board"),
        ("Alegatos: el despido de la junta directiva del sindicato", "junta directiva"),
    ],
)
def test_an_executive_board_undergoes_its_dismissal(text: str, board: str) -> None:
    (dismissal,) = events(text)
    assert board in dismissal.targets


def test_the_enterprise_heading_a_list_item_takes_no_part_in_its_acts() -> None:
    text = "• - Harbour Transport Company (HTC): 40 workers were detained after a dispute with the managers."
    (arrest,) = events(text, {"Harbour Transport Company": "organization", "HTC": "organization"})
    assert arrest.targets == ("workers",)


def test_a_company_dismissing_the_executive_board_harasses_the_union() -> None:
    text = "The complainant alleges that in June 2010 the company dismissed the union's executive board."
    assert told(text) == [("harassment", "2010-06")]


def test_the_representative_of_a_body_who_visited_takes_part_in_the_mission() -> None:
    text = "The Committee noted the evidence obtained by the ILO representative who visited in May 2012."
    (mission,) = events(text)
    assert mission.type.value == "mission"
    assert "ILO representative" in mission.actors + mission.targets


def test_a_decree_refusing_recognition_is_a_refusal_and_a_petition_to_dissolve_a_legal_action() -> None:
    text = (
        "Allegations: Adoption of a decree refusing official recognition of a teachers' coordination "
        "and petition to the labour court for the dissolution of that coordination"
    )
    kinds = [kind for kind, _ in told(text)]
    assert "registration_refused" in kinds
    assert "legal_action" in kinds
    assert "law_change" not in kinds
    assert "deregistration" not in kinds


@pytest.mark.parametrize(
    "text",
    [
        "L'organisation plaignante allègue que le ministre du Travail a enregistré un syndicat d'entreprise "
        "à la société Arden Textile.",
        "La organización querellante alega que el Ministro de Trabajo registró un sindicato interno "
        "en la empresa Arden Textil.",
    ],
)
def test_a_minister_registering_a_rival_union_is_a_registration(text: str) -> None:
    assert "registration" in [kind for kind, _ in told(text)]


@pytest.mark.parametrize(
    "text",
    [
        "El Sr. Orvik recibió una condena de doce años, la que fue confirmada en segunda instancia.",
        "M. Orvik a été condamné à douze ans de prison, peine confirmée en appel.",
    ],
)
def test_a_sentence_confirmed_on_second_instance_is_an_appeal_decided(text: str) -> None:
    assert "appeal" in [kind for kind, _ in told(text)]


def test_armed_forces_said_to_have_occupied_the_factories_harass_the_workers() -> None:
    text = "Les forces armées auraient, en particulier, occupé les usines en obligeant les ouvriers à partir."
    assert "harassment" in [kind for kind, _ in told(text)]


def test_an_act_joined_by_asi_como_is_an_allegation_not_an_example() -> None:
    text = (
        "La organización querellante alega que el Ministro de Trabajo registró un sindicato interno "
        "en la empresa Arden Textil, así como el despido del vicepresidente del Sindicato Arden."
    )
    assert [kind for kind, _ in told(text)] == ["harassment", "registration"]


@pytest.mark.parametrize(
    "text",
    [
        "En sus declaraciones, los conductores negaban haber sido amenazados por el director de la empresa.",
        "Dans leurs déclarations, les chauffeurs niaient avoir été menacés par le directeur.",
        "In their statements the drivers denied having been threatened by the director.",
    ],
)
def test_an_act_the_people_concerned_deny_having_undergone_is_no_event(text: str) -> None:
    assert told(text) == []
