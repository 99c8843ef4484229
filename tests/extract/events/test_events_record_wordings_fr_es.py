"""French and Spanish wordings of supervisory records (`types_records`, `modality`,
`reporting_verbs_records` in vocab/events.json): a sentence to years in prison, ill-treatment and
shooting as participles, leaders "arrêtés" after their noun, a registration annulled, a law or
constitution adopted in the passive, a mission's visit, a strike that might come, and the
complainant who "añade que" telling, not acting. Invented sentences only."""

from __future__ import annotations

import pytest

from casewatch.extract.events.find import find_events
from casewatch.model import Event
from tests.extract.events.conftest import mentions_of

from .conftest import kinds_and_dates

NAMES = {
    "Ruben Solano": "person",
    "Marta Quiroga": "person",
    "Paul Verdier": "person",
    "Sindicato de Panaderos de Villa Ruiz": "organization",
    "Syndicat des meuniers de Portelune": "organization",
}


def events(text: str) -> list[Event]:
    return find_events(text, None, mentions_of(text, NAMES))


def kinds(text: str) -> list[tuple[str, str | None]]:
    return kinds_and_dates(events(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En 2004, Ruben Solano habría sido sentenciado a dos años de prisión.", "conviction"),
        ("Marta Quiroga fue condenada a tres meses de cárcel en mayo de 2011.", "conviction"),
        ("Los tres delegados fueron sentenciados a una pena de prisión en 2009.", "conviction"),
        ("En 2004, Ruben Solano fue maltratado por los guardias de la prisión.", "assault"),
        ("Le plaignant allègue que Paul Verdier a été maltraité en détention en 2010.", "assault"),
        ("Los detenidos habrían sido maltratados en la comisaría en junio de 2012.", "assault"),
        ("En 1951, el presidente del sindicato Ruben Solano habría sido fusilado por la policía.", "killing"),
        ("Selon les plaignants, deux grévistes ont été fusillés en mars 1962.", "killing"),
        ("Los dirigentes de la federación habrían sido fusilados sin juicio en 1950.", "killing"),
    ],
)
def test_sentences_ill_treatment_and_shootings_told_as_participles(text: str, expected: str) -> None:
    assert expected in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "La mission devait s'informer du sort des dirigeants syndicaux arrêtés en mai 1979.",
        "Le comité a été saisi de la situation des syndicalistes arrêtés après la grève de mai 1979.",
        "Le plaignant demande des nouvelles des militants arrêtés en mai 1979 à Portelune.",
    ],
)
def test_leaders_arrested_named_by_a_french_participle_after_their_noun(text: str) -> None:
    assert ("arrest", "1979-05") in kinds(text)


def test_leaders_held_named_by_a_participle_in_an_ask_tell_no_act() -> None:
    assert kinds("Le comité prie le gouvernement de libérer les syndicalistes détenus.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Alega que el registro del Sindicato de Panaderos de Villa Ruiz fue cancelado en 2016.",
        "Alega que la inscripción del Sindicato de Panaderos de Villa Ruiz fue anulada en 2016.",
        "La personería jurídica del Sindicato de Panaderos de Villa Ruiz ha sido revocada en 2016.",
        "Alegatos: despidos antisindicales y la anulación de la inscripción del sindicato en 2016",
    ],
)
def test_a_spanish_registration_annulled_is_a_deregistration(text: str) -> None:
    assert ("deregistration", "2016") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A la suite du référendum de mars 2001, une nouvelle Constitution a été adoptée.",
        "En mars 2001, un amendement à la Constitution a été adopté par le Parlement.",
        "En marzo de 2001 la nueva Constitución fue aprobada por referéndum.",
        "El código de trabajo ha sido reformado en marzo de 2001.",
    ],
)
def test_a_constitution_or_code_adopted_in_the_passive_is_a_law_change(text: str) -> None:
    assert ("law_change", "2001-03") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le Directeur général a chargé M. Paul Verdier de se rendre au pays du 4 au 9 mars 2003.",
        "Une mission de contacts directs s'est rendue dans le pays en mars 2003.",
        "La misión de contactos directos tuvo lugar en marzo de 2003.",
        "Una misión tripartita visitó el país del 4 al 9 de marzo de 2003.",
    ],
)
def test_a_mission_told_in_french_or_spanish(text: str) -> None:
    assert "mission" in {k for k, _ in kinds(text)}
    assert all(d is None or d.startswith("2003-03") for k, d in kinds(text) if k == "mission")


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement pourrait ainsi interdire une éventuelle grève des meuniers.",
        "Les employeurs attendaient de l'État qu'il interdise toute grève éventuelle.",
        "El Gobierno se habría comprometido a impedir una eventual huelga de los panaderos.",
    ],
)
def test_a_strike_that_might_come_is_no_protest(text: str) -> None:
    assert "protest" not in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "En su comunicación, Ruben Solano añade que el 3 de mayo de 2001 la policía detuvo a Marta Quiroga.",
        "Dans sa communication, Paul Verdier ajoute que le 3 mai 2001 la police a arrêté Ruben Solano.",
        "Ruben Solano agrega que el 3 de mayo de 2001 la policía detuvo a Marta Quiroga.",
    ],
)
def test_who_adds_or_specifies_tells_the_act(text: str) -> None:
    (event,) = [e for e in events(text) if e.type.value == "arrest"]
    teller = "Paul Verdier" if text.startswith("Dans") else "Ruben Solano"
    assert teller not in event.actors
    assert event.date is not None and event.date.iso == "2001-05-03"


@pytest.mark.parametrize(
    "text",
    [
        "Le comité craint qu'une éventuelle grève des meuniers soit interdite.",
        "Los empleadores temían una huelga eventual de los panaderos.",
        "Les employeurs craignaient des grèves éventuelles dans les moulins.",
    ],
)
def test_a_strike_qualified_as_possible_after_its_noun_is_no_protest(text: str) -> None:
    assert "protest" not in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "El querellante alega que el 3 de mayo de 2001 la policía golpeó a Ruben Solano.",
        "Según el sindicato, el 3 de mayo de 2001 unos desconocidos agredieron a Marta Quiroga.",
        "Le 3 mai 2001, Paul Verdier a été interpellé puis frappé par des policiers.",
        "Le 3 mai 2001, les grévistes ont été encerclés et violemment frappés.",
    ],
)
def test_a_beating_told_by_an_active_spanish_verb_or_a_joined_french_participle(text: str) -> None:
    assert ("assault", "2001-05-03") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "El 4 de mayo de 2016, la empresa impidió el acceso de los 80 trabajadores afiliados al sindicato.",
        "La empresa negó el ingreso a los afiliados al sindicato el 4 de mayo de 2016.",
        "Le 4 mai 2016, la direction a empêché l'accès des membres du syndicat à l'usine.",
        "On 4 May 2016 the management barred the workers from entering the factory.",
    ],
)
def test_workers_kept_out_of_their_workplace_undergo_harassment(text: str) -> None:
    assert ("harassment", "2016-05-04") in kinds(text)


def test_a_lawyer_denied_access_to_a_detainee_is_no_such_act() -> None:
    assert kinds("The police denied the lawyer access to the detainee on 4 May 2016.") == []


@pytest.mark.parametrize(
    "text",
    [
        "El 3 de mayo de 2019 el juez liberó a Ruben Solano.",
        "Según el Gobierno, las autoridades liberaron a los huelguistas el 3 de mayo de 2019.",
        "El 3 de mayo de 2019 la fiscalía excarceló a Marta Quiroga.",
    ],
)
def test_a_release_told_by_an_active_spanish_verb(text: str) -> None:
    assert ("release", "2019-05-03") in kinds(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Ruben Solano fue acusado de sedición el 4 de mayo de 2018.", "Ruben Solano"),
        ("Según el sindicato, Marta Quiroga fue acusada de rebelión por la fiscalía el 4 de mayo de 2018.",
         "Marta Quiroga"),
        ("Paul Verdier a été accusé de rébellion le 4 mai 2018.", "Paul Verdier"),
        ("Le 4 mai 2018, Paul Verdier a été accusé d'entrave à la liberté du travail.", "Paul Verdier"),
    ],
)  # fmt: skip
def test_who_is_accused_undergoes_the_charge(text: str, person: str) -> None:
    (charge,) = [e for e in events(text) if e.type.value == "legal_action"]
    assert person in charge.targets
    assert charge.date is not None and charge.date.iso == "2018-05-04"


def test_a_french_acknowledgement_of_receipt_is_no_charge() -> None:
    assert kinds("L'accusé de réception a été envoyé le 4 mai 2018.") == []


@pytest.mark.parametrize(
    "text",
    [
        "El 4 de mayo de 2018, Ruben Solano fue puesto en prisión preventiva.",
        "El 4 de mayo de 2018 Marta Quiroga fue enviada a la cárcel de la capital.",
        "Los huelguistas fueron recluidos en un centro de detención el 4 de mayo de 2018.",
    ],
)
def test_who_is_put_in_prison_undergoes_an_arrest(text: str) -> None:
    (arrest,) = [e for e in events(text) if e.type.value == "arrest"]
    assert arrest.actors == ()
    assert arrest.date is not None and arrest.date.iso == "2018-05-04"


@pytest.mark.parametrize(
    "text",
    [
        "El Ministerio denegó la inscripción del Sindicato de Panaderos de Villa Ruiz el 4 de mayo de 2018.",
        "El 4 de mayo de 2018 la autoridad rechazó la solicitud de registro del sindicato.",
        "Le ministère a refusé l'enregistrement du Syndicat des meuniers de Portelune le 4 mai 2018.",
        "Le 4 mai 2018, le préfet a rejeté la demande d'enregistrement du syndicat.",
    ],
)
def test_a_registration_refused_by_an_active_verb(text: str) -> None:
    assert ("registration_refused", "2018-05-04") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le 4 mai 2018, les comptes bancaires du Syndicat des meuniers de Portelune ont été gelés.",
        "El 4 de mayo de 2018, las cuentas bancarias del sindicato fueron congeladas.",
        "Las cuentas del Sindicato de Panaderos de Villa Ruiz habrían sido embargadas el 4 de mayo de 2018.",
    ],
)
def test_a_unions_accounts_frozen_in_the_passive_is_harassment(text: str) -> None:
    assert ("harassment", "2018-05-04") in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "El querellante alega que Ruben Solano fue víctima de un atentado el 3 de marzo de 2019.",
        "El querellante alega que Marta Quiroga sufrió un atentado contra su vida el 3 de marzo de 2019.",
        "El querellante denuncia el atentado contra la sede del sindicato el 3 de marzo de 2019.",
    ],
)
def test_a_spanish_attentat_alleged_is_an_assault(text: str) -> None:
    assert ("assault", "2019-03-03") in kinds(text)


def test_an_attack_on_freedom_of_association_is_no_assault() -> None:
    text = "El querellante alega que la ley constituye un atentado contra la libertad sindical desde 2019."
    assert "assault" not in {k for k, _ in kinds(text)}


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno informa que el 5 de mayo de 2019 se dictó sentencia condenatoria contra los autores.",
        "El 5 de mayo de 2019 el tribunal dictó una sentencia condenatoria contra Ruben Solano.",
        "El Gobierno indica que el juzgado emitió sentencia condenatoria el 5 de mayo de 2019.",
    ],
)
def test_a_sentence_of_conviction_handed_down_is_a_conviction(text: str) -> None:
    assert ("conviction", "2019-05-05") in kinds(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Paul Verdier a été abattu par la police le 3 mars 2019.", "Paul Verdier"),
        ("Ruben Solano fue abatido por la policía el 3 de marzo de 2019.", "Ruben Solano"),
        ("Marta Quiroga murió baleada el 3 de marzo de 2019.", "Marta Quiroga"),
        ("La fédération signale la mort de Paul Verdier, tué par balle le 3 mars 2019.", "Paul Verdier"),
    ],
)
def test_who_is_shot_dead_undergoes_a_killing(text: str, person: str) -> None:
    (killing,) = [e for e in events(text) if e.type.value == "killing"]
    assert person in killing.targets
    assert person not in killing.actors
    assert killing.date is not None and killing.date.iso == "2019-03-03"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Le plaignant allègue que 15 adhérents du syndicat ont été licenciés en mars 2019.", "adhérents"),
        ("El querellante alega que 15 agremiados fueron despedidos en marzo de 2019.", "agremiados"),
        ("El querellante alega que varias afiliadas fueron despedidas en marzo de 2019.", "afiliadas"),
        ("Le plaignant allègue que des salariées ont été licenciées en mars 2019.", "salariées"),
        (
            "El querellante alega que los servidores públicos fueron despedidos en marzo de 2019.",
            "servidores públicos",
        ),
    ],
)
def test_members_and_employees_named_in_french_or_spanish_undergo_the_act(text: str, group: str) -> None:
    (dismissal,) = [e for e in events(text) if e.type.value == "harassment"]
    assert group in dismissal.targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 3 mars 2019, le syndicat a été suspendu par le ministère.", "suspension"),
        ("El 3 de marzo de 2019 el sindicato fue suspendido por el ministerio.", "suspension"),
        ("El sindicato fue suspendido de sus actividades el 3 de marzo de 2019.", "suspension"),
        ("Le 3 mars 2019, le président du syndicat a été suspendu de ses fonctions.", "harassment"),
        ("El 3 de marzo de 2019 el presidente del sindicato fue suspendido de sus funciones.", "harassment"),
        ("Tres dirigentes fueron suspendidos en sus cargos el 3 de marzo de 2019.", "harassment"),
    ],
)
def test_a_union_suspended_or_an_officer_suspended_from_duty(text: str, expected: str) -> None:
    assert kinds(text) == [(expected, "2019-03-03")]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement réfute l'allégation selon laquelle M. Paul Verdier aurait été arrêté.",
        "Les autorités réfutent que M. Paul Verdier ait été arrêté pour ses activités syndicales.",
        "El Gobierno refuta que el Sr. Ruben Solano haya sido detenido por sus actividades sindicales.",
        "Las autoridades niegan que la Sra. Marta Quiroga haya sido detenida por su afiliación sindical.",
    ],
)
def test_an_arrest_the_government_refutes_is_a_denied_claim(text: str) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Alegatos: tentativas de homicidio contra dirigentes sindicales",
        "La querellante denuncia la tentativa de homicidio contra la Sra. Marta Quiroga el 3 de marzo.",
        "Allégations: tentatives d'assassinat et menaces de mort contre des dirigeants syndicaux",
    ],
)
def test_an_attempted_killing_is_an_assault_not_a_killing(text: str) -> None:
    found = [kind for kind, _ in kinds(text)]
    assert "assault" in found and "killing" not in found


def test_a_killing_listed_beside_an_attempted_one_stays_a_killing() -> None:
    found = [
        kind
        for kind, _ in kinds("Alegatos: homicidios, tentativas de homicidio y amenazas contra sindicalistas")
    ]
    assert found == ["killing", "assault", "harassment"]
