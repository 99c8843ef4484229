"""Letters that name their addressee only in the greeting or in a head laid out "writer / A / addressee"."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from casewatch.extract.metadata.greetings import slavic_greeted
from casewatch.extract.pipeline import extract
from casewatch.model import Text

BODY = (
    "Nous dénonçons les sanctions prises contre les délégués syndicaux du port de Valmer et demandons leur"
    " levée immédiate, ainsi que le respect du droit syndical dans vos services.\n"
)


@pytest.mark.parametrize(
    ("greeting", "addressee"),
    [
        ("Madame la ministre du travail,", "ministre du travail"),
        ("Monsieur le Ministre de l'Intérieur,", "Ministre de l'Intérieur"),
        ("Señor Ministro de Trabajo:", "Ministro de Trabajo"),
        ("Your Excellency / Minister of Fisheries", "Minister of Fisheries"),
    ],
)
def test_a_minister_greeted_with_the_portfolio(greeting: str, addressee: str, told: Callable) -> None:
    head = "Lettre ouverte\n\nPress Releases\n\n12 mars 2031\n\n"
    page = f"{head}{greeting}\n\n{BODY}\nVeuillez agréer nos salutations.\n"
    assert told(page).addressees == [addressee]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Шановний пане Гончарук!", "Гончарук"),
        ("Шановний пане Президенте!", "Президент"),
        ("Уважаемый господин Сомов!", "Сомов"),
        ("Шаноўны спадар Каваль!", "Каваль"),
        ("Уважаемые коллеги!", None),
    ],
)
def test_a_slavic_greeting_names_its_addressee(line: str, who: str | None) -> None:
    assert slavic_greeted(line) == who


LAID_OUT = """Site : www.example.org

Paul Marchand, secrétaire général,
A
Madame Lefort, Garde des Sceaux, Ministre de la Justice.

Madame la Ministre,
{body}
Pour le Conseil syndical.
Paul Marchand.
"""


def test_a_head_laid_out_writer_a_addressee() -> None:
    meta = extract(Text(LAID_OUT.format(body=BODY), "text/plain")).meta
    assert [p.name for p in meta.addressees] == ["Lefort"]
    assert [p.name for p in meta.signatories] == ["Paul Marchand"]


BOARD_STATEMENT = """Repudio a la agresión

El Consejo Directivo de la SiTRAM repudia enérgicamente la agresión sufrida por un delegado del sindicato
en la planta de Villa Serena, golpeado a la salida de una asamblea de trabajadores.

Exigimos a las autoridades el pronto esclarecimiento del hecho y la protección de los delegados.

2 de marzo de 2031

Tomás Ferreyra, Secretario General
Lucía Benítez, Secretaria de Prensa
"""


def test_a_board_speaks_for_its_union_and_signs_with_offices() -> None:
    meta = extract(Text(BOARD_STATEMENT, "text/plain")).meta
    assert [p.name for p in meta.senders] == ["Consejo Directivo de la SiTRAM"]
    assert [p.name for p in meta.signatories] == ["Tomás Ferreyra", "Lucía Benítez"]


SIGNED_IN_CAPITALS = """Valle Hondo, 3 de mayo de 2031

Señor
Ramiro Quintana
Director Regional del Trabajo

Presente

Venimos en solicitar la fiscalización de las empresas del puerto que niegan a los dirigentes del
sindicato los permisos para representar a los trabajadores, sin otro particular, lo saluda a Ud.,


MARIA TERESA OLMOS
Presidente
SUT Valle Hondo
"""


def test_a_signer_in_capitals_over_the_office_and_the_body() -> None:
    meta = extract(Text(SIGNED_IN_CAPITALS, "text/plain")).meta
    assert [p.name for p in meta.signatories] == ["Maria Teresa Olmos"]
    assert [p.name for p in meta.senders] == ["SUT Valle Hondo"]
    assert [p.name for p in meta.addressees] == ["Ramiro Quintana"]


GREETED_BY_SURNAME = """Valley Trades Council
Arthur Pennington
Operations Director
Hillside Coaches Ltd
Dear Mr Pennington
I am writing to express the council's support for the reinstatement of the union's convenor.
Yours sincerely
Rosa Kettle
"""


def test_a_greeting_by_honorific_and_surname_is_to_the_person_named_above() -> None:
    meta = extract(Text(GREETED_BY_SURNAME, "text/plain")).meta
    assert [p.name for p in meta.addressees] == ["Arthur Pennington"]
